"""Text chat: validate an OpenAI chat body, call the router, meter, answer (JSON or SSE)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.charging import meter_chat
from proxyify_asgi.endpoint.sse import OnComplete, stream_chat_response
from proxyify_asgi.endpoint.validation import (
    field_error,
    optional_number,
    optional_positive_int,
    optional_type,
    validate_messages,
)
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.providers._shapes import usage as usage_object
from proxyify_asgi.providers.base import ChatResult
from proxyify_asgi.routing.cache import CachedChat, ChatCache
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.usage import approx_answer_tokens, estimated_tokens, openai_usage

MAX_CHOICES = 128
"""OpenAI's own bound on ``n``: more is the client's 400 here, not the upstream's 502."""
CACHE_HEADER_FLAG = "cache_header"
"""``ctx.flags`` entry holding the request's ``X-Proxyify-Cache`` header (set by the endpoint app)."""


def validate_chat(body: dict[str, Any], *, max_choices: int = MAX_CHOICES) -> None:
    """The chat body's shape: well-formed ``messages`` and OpenAI's common options of the right types.

    Options are forwarded to the upstream as sent, so one of the wrong type would come back as the
    upstream's error (a 502); it is the client's 400 here instead. ``max_choices`` bounds ``n``
    (image requests allow fewer, and their message must say so).
    """
    validate_messages(body.get("messages"))
    optional_type(body, "stream", bool, "true or false")
    optional_type(body, "cache", bool, "true or false")
    optional_number(body, "temperature", 0, 2)
    optional_number(body, "top_p", 0, 1)
    optional_number(body, "presence_penalty", -2, 2)
    optional_number(body, "frequency_penalty", -2, 2)
    optional_positive_int(body, "max_tokens")
    optional_positive_int(body, "max_completion_tokens")
    optional_positive_int(body, "n", maximum=max_choices)
    optional_type(body, "seed", int, "an integer")
    optional_type(body, "user", str, "a string")
    optional_type(body, "logprobs", bool, "true or false")
    optional_type(body, "parallel_tool_calls", bool, "true or false")
    top_logprobs = optional_type(body, "top_logprobs", int, "an integer from 0 to 20")
    if top_logprobs is not None and not 0 <= top_logprobs <= 20:
        raise field_error("top_logprobs", "an integer from 0 to 20")
    modalities = optional_type(body, "modalities", list, "an array of strings such as 'text'")
    if modalities is not None and not all(isinstance(m, str) for m in modalities):
        raise field_error("modalities", "an array of strings such as 'text'")
    for name in ("stream_options", "logit_bias", "metadata"):
        optional_type(body, name, dict, "an object")
    _validate_tool_options(body)
    stop = optional_type(body, "stop", (str, list), "a string or an array of strings")
    if isinstance(stop, list) and not all(isinstance(s, str) for s in stop):
        raise field_error("stop", "a string or an array of strings")
    response_format = optional_type(body, "response_format", dict, "an object with a string 'type'")
    if response_format is not None and not isinstance(response_format.get("type"), str):
        raise field_error("response_format.type", "a string such as 'text' or 'json_object'")


def _validate_tool_options(body: dict[str, Any]) -> None:
    """``tools``: an array of tool objects (a function tool's ``function`` an object with a name);
    ``tool_choice``: a string or an object."""
    tools = optional_type(body, "tools", list, "an array of tool objects")
    for i, tool in enumerate(tools or ()):
        if not isinstance(tool, dict) or not isinstance(tool.get("type"), str):
            raise field_error(f"tools[{i}]", "a tool object with a string 'type'")
        if tool["type"] == "function" and not (
            isinstance(tool.get("function"), dict) and isinstance(tool["function"].get("name"), str)
        ):
            raise field_error(f"tools[{i}].function", "an object with a string 'name'")
    choice = optional_type(body, "tool_choice", (str, dict), "a string or an object")
    if isinstance(choice, dict) and "function" in choice and not isinstance(choice["function"], dict):
        raise field_error("tool_choice.function", "an object with a string 'name'")
    # the deprecated forms of the same (still accepted by OpenAI)
    functions = optional_type(body, "functions", list, "an array of function objects with a string 'name'")
    for i, function in enumerate(functions or ()):
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise field_error(f"functions[{i}]", "a function object with a string 'name'")
    call = optional_type(body, "function_call", (str, dict), "'none', 'auto' or an object with a string 'name'")
    if isinstance(call, dict) and not isinstance(call.get("name"), str):
        raise field_error("function_call.name", "a string")


def answer_tokens(result: ChatResult, body: dict[str, Any]) -> tuple[int, int]:
    """``(input, output)`` tokens a JSON answer is charged for: the upstream's usage, or when it is
    unknown the estimate a stream without usage gets, its text standing for the delivered chunks;
    the answer's ``usage`` then shows the estimate (the upstream's figures are not believable)."""
    if result.input_tokens is not None and result.output_tokens is not None:
        return result.input_tokens, result.output_tokens
    tokens = estimated_tokens(body, approx_answer_tokens(result.body))
    result.body["usage"] = usage_object(*tokens)
    return tokens


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
        return stream_chat_response(ctx, model, body, stream, settings.usd_per_credit, on_complete=on_complete,
                                    shutdown_grace_s=settings.shutdown_grace_s)
    result, _call = await router.chat(model, body, ctx)
    input_tokens, output_tokens = answer_tokens(result, body)
    meter_chat(ctx, model, input_tokens, output_tokens, settings.usd_per_credit)
    ctx.meter.status = "ok"
    if cache is not None:
        await cache.store(CachedChat(ctx.meter.model_used, input_tokens, output_tokens, body=result.body))
    return enveloped_response(ctx, result.body, "chat", settings.envelope)


def _stream_storer(cache: ChatCache, model_used: str | None) -> OnComplete:
    """The callback that stores a stream once it completed."""

    async def store(chunks: list[dict[str, Any]], usage: dict[str, Any] | None) -> None:
        await cache.store(_stream_entry(model_used, chunks, usage))

    return store


def _stream_entry(model_used: str | None, chunks: list[dict[str, Any]], usage: dict[str, Any] | None) -> CachedChat:
    """A completed stream as a cache entry; its usage rides in a final ``choices: []`` chunk."""
    entry = CachedChat(model_used, *(openai_usage(usage) or (0, 0)), chunks=list(chunks))
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
        return stream_chat_response(ctx, model, body, _replay(hit.chunks), settings.usd_per_credit, charge=charge,
                                    shutdown_grace_s=settings.shutdown_grace_s)
    meter_chat(ctx, model, hit.input_tokens, hit.output_tokens, settings.usd_per_credit, charge)
    meter.status = "ok"
    return enveloped_response(ctx, hit.body, "chat", settings.envelope)
