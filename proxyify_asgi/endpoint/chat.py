"""Text chat: validate an OpenAI chat body, call the router, meter, answer (JSON or SSE)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.sse import stream_chat_response
from proxyify_asgi.endpoint.validation import (
    field_error,
    optional_number,
    optional_positive_int,
    optional_type,
)
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import chat_cost, to_credits
from proxyify_asgi.settings import ModelSettings

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})


def validate_chat(body: dict[str, Any]) -> None:
    """The chat body's shape: ``messages`` a non-empty list of role/content objects, sane options."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise field_error("messages", "a non-empty array of message objects")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise field_error(f"messages[{i}]", "an object with 'role' and 'content'")
        if message.get("role") not in ROLES:
            raise field_error(f"messages[{i}].role", "one of " + ", ".join(sorted(ROLES)))
        content = message.get("content")
        if content is not None and not isinstance(content, (str, list)):
            raise field_error(f"messages[{i}].content", "a string or an array of content parts")
        if isinstance(content, list) and not all(isinstance(p, dict) for p in content):
            raise field_error(f"messages[{i}].content", "an array of content part objects")
    optional_type(body, "stream", bool, "true or false")
    optional_number(body, "temperature", 0, 2)
    optional_number(body, "top_p", 0, 1)
    optional_positive_int(body, "max_tokens")
    optional_positive_int(body, "max_completion_tokens")
    optional_positive_int(body, "n")


def meter_chat(ctx: RequestContext, model: ModelSettings, input_tokens: int, output_tokens: int, usd_per_credit: Any) -> None:
    """Price the tokens into the meter."""
    meter = ctx.meter
    meter.input_tokens = input_tokens
    meter.output_tokens = output_tokens
    cost = chat_cost(model.price, input_tokens, output_tokens)
    meter.credits = to_credits(cost, usd_per_credit)
    meter.cost_usd = meter.credits * usd_per_credit


async def handle_chat(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Serve one chat request."""
    validate_chat(body)
    settings = gateway.settings.gateway
    if body.get("stream"):
        stream, call = await gateway.router.chat_stream(model, body, ctx)
        return stream_chat_response(ctx, model, body, stream, settings.usd_per_credit)
    result, _call = await gateway.router.chat(model, body, ctx)
    meter_chat(ctx, model, result.input_tokens, result.output_tokens, settings.usd_per_credit)
    ctx.meter.status = "ok"
    return enveloped_response(ctx, result.body, "chat", settings.envelope)
