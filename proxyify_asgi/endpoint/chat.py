"""Text chat: validate an OpenAI chat body, call the router, meter, answer (JSON or SSE)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.sse import OnComplete, stream_chat_response
from proxyify_asgi.endpoint.validation import (
    field_error,
    optional_number,
    optional_positive_int,
    optional_type,
)
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import chat_cost, to_credits
from proxyify_asgi.routing.cache import CachedChat, ChatCache
from proxyify_asgi.settings import ModelSettings

CACHE_HEADER_FLAG = "cache_header"
"""``ctx.flags`` entry holding the request's ``X-Proxyify-Cache`` header (set by the endpoint app)."""

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
        if isinstance(content, list):
            _validate_parts(content, f"messages[{i}].content")
    optional_type(body, "stream", bool, "true or false")
    optional_type(body, "cache", bool, "true or false")
    optional_number(body, "temperature", 0, 2)
    optional_number(body, "top_p", 0, 1)
    optional_positive_int(body, "max_tokens")
    optional_positive_int(body, "max_completion_tokens")
    optional_positive_int(body, "n")


def _validate_parts(parts: list[Any], name: str) -> None:
    """Content parts: objects with a string ``type``; a ``text`` part carries a string ``text``."""
    for j, part in enumerate(parts):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise field_error(f"{name}[{j}]", "a content part object with a string 'type'")
        if part["type"] == "text" and not isinstance(part.get("text"), str):
            raise field_error(f"{name}[{j}].text", "a string")


def meter_chat(ctx: RequestContext, model: ModelSettings, input_tokens: int, output_tokens: int,
               usd_per_credit: Any, charge: Decimal = Decimal(1)) -> None:
    """Price the tokens into the meter (``charge`` < 1 for cache hits)."""
    meter = ctx.meter
    meter.input_tokens = input_tokens
    meter.output_tokens = output_tokens
    cost = chat_cost(model.price, input_tokens, output_tokens) * charge
    meter.credits = to_credits(cost, usd_per_credit)
    meter.cost_usd = meter.credits * usd_per_credit


async def handle_chat(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Serve one chat request."""
    validate_chat(body)
    settings = gateway.settings.gateway
    router = gateway.router
    cache = ChatCache.for_request(router.cache, model, body, ctx.flags.get(CACHE_HEADER_FLAG))
    if cache is not None:
        looked_up = time.perf_counter()
        hit = await cache.lookup()
        if hit is not None:
            router.stats.model(model.id).cache_hits += 1
            return answer_from_cache(gateway, ctx, model, body, hit, looked_up)
    if body.get("stream"):
        stream, call = await router.chat_stream(model, body, ctx)
        on_complete = _stream_storer(cache, ctx.meter.model_used) if cache is not None else None
        return stream_chat_response(ctx, model, body, stream, settings.usd_per_credit, on_complete=on_complete)
    result, _call = await router.chat(model, body, ctx)
    meter_chat(ctx, model, result.input_tokens, result.output_tokens, settings.usd_per_credit)
    ctx.meter.status = "ok"
    if cache is not None:
        await cache.store(CachedChat(ctx.meter.model_used, result.input_tokens, result.output_tokens, body=result.body))
    return enveloped_response(ctx, result.body, "chat", settings.envelope)


def _stream_storer(cache: ChatCache, model_used: str | None) -> OnComplete:
    """The callback that stores a stream once it completed."""

    async def store(chunks: list[dict[str, Any]], usage: dict[str, Any] | None) -> None:
        await cache.store(_stream_entry(model_used, chunks, usage))

    return store


def _stream_entry(model_used: str | None, chunks: list[dict[str, Any]], usage: dict[str, Any] | None) -> CachedChat:
    """A completed stream as a cache entry; its usage rides in a final ``choices: []`` chunk."""
    usage = usage or {}
    entry = CachedChat(model_used, int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0),
                       chunks=list(chunks))
    if usage and chunks:
        last = chunks[-1]
        entry.chunks.append({k: last[k] for k in ("id", "object", "created", "model") if k in last} | {"choices": [], "usage": usage})
    return entry


async def _replay(chunks: list[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    for chunk in chunks:
        yield chunk


def answer_from_cache(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any],
                      hit: CachedChat, looked_up: float) -> Response:
    """Answer from a cache entry: ``cached: true``, no upstream call, priced at ``cache_hit_charge``."""
    settings = gateway.settings.gateway
    charge = gateway.settings.routing.cache_hit_charge
    meter = ctx.meter
    meter.cached = True
    meter.provider = "cache"
    meter.model_used = hit.model_used or model.id
    meter.latency_ms = int((time.perf_counter() - looked_up) * 1000)
    if body.get("stream"):
        return stream_chat_response(ctx, model, body, _replay(hit.chunks), settings.usd_per_credit, charge=charge)
    meter_chat(ctx, model, hit.input_tokens, hit.output_tokens, settings.usd_per_credit, charge)
    meter.status = "ok"
    return enveloped_response(ctx, hit.body, "chat", settings.envelope)
