"""Streaming chat over SSE (sse-starlette): pass chunks through, meter what was delivered.

The stream is OpenAI's: ``chat.completion.chunk`` objects as ``data:`` lines, then one last chunk
with ``"choices": []``, ``usage`` and ``_balancer``, then ``data: [DONE]``. If the upstream fails
mid-stream the client gets ``data: {"error": ...}`` and the stream closes without ``[DONE]``, so
no client mistakes a cut answer for a complete one.

Tokens are counted as *delivered*: the count after a ``yield`` only moves once sse-starlette has
handed that chunk to the server, so a client that disconnects is charged for what it received.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import Any

import anyio
import orjson
from sse_starlette import EventSourceResponse

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.charging import meter_chat
from proxyify_asgi.envelope import balancer_block
from proxyify_asgi.errors import ShuttingDown, as_proxyify_error, error_body
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.usage import estimated_tokens, openai_usage

DONE = b"data: [DONE]\n\n"
OnComplete = Callable[[list[dict[str, Any]], "dict[str, Any] | None"], Awaitable[None]]
"""Called with the delivered chunks and the upstream usage once a stream completed (for the cache)."""
PING_SECONDS = 15


def sse_event(payload: Any) -> bytes:
    """One ``data:`` event, pre-encoded (sse-starlette passes bytes through untouched)."""
    return b"data: " + orjson.dumps(payload) + b"\n\n"


def _delivered_tokens(chunk: dict[str, Any]) -> int:
    """Output tokens a chunk carries: upstreams send about one token per content delta."""
    n = 0
    for choice in chunk.get("choices") or ():
        delta = choice.get("delta") or {}
        if delta.get("content") or delta.get("tool_calls") or delta.get("reasoning"):
            n += 1
    return n


_SHUTDOWN_MARGIN_S = 1.0
"""How long before the shutdown grace runs out a stream is ended with its error event."""


class ChatStream:
    """Turns an upstream chunk iterator into SSE bytes while keeping the meter current."""

    def __init__(self, ctx: RequestContext, model: ModelSettings, body: dict[str, Any],
                 upstream: AsyncIterator[dict[str, Any]], usd_per_credit: Decimal,
                 *, charge: Decimal = Decimal(1), on_complete: OnComplete | None = None,
                 shutdown: anyio.Event | None = None, shutdown_grace_s: float = 0) -> None:
        self.ctx = ctx
        self.model = model
        self.body = body
        self.upstream = upstream
        self.usd_per_credit = usd_per_credit
        self.usage: dict[str, Any] | None = None
        self.delivered = 0
        self.last_chunk: dict[str, Any] = {}
        self.charge = charge
        """Share of the price charged (below 1 for cache hits)."""
        self.on_complete = on_complete
        self.delivered_chunks: list[dict[str, Any]] = []
        self.shutdown = shutdown
        """Set by sse-starlette when the server is shutting down."""
        self.shutdown_grace_s = shutdown_grace_s
        self._cut_at: float | None = None

    def _check_shutdown(self) -> None:
        """Raise :class:`ShuttingDown` once a shutdown began and its grace is nearly over: the
        stream then ends with an error event the client can read, not a cut connection (the
        response is cancelled when the grace runs out)."""
        if self.shutdown is None or not self.shutdown.is_set():
            return
        now = time.monotonic()
        if self._cut_at is None:
            self._cut_at = now + max(0.0, self.shutdown_grace_s - _SHUTDOWN_MARGIN_S)
        if now >= self._cut_at:
            raise ShuttingDown()

    def _settle_meter(self) -> None:
        """Price the upstream's usage, or (unknown, or the stream ended early) the estimate of
        what was delivered, into the meter."""
        tokens = openai_usage(self.usage) or estimated_tokens(self.body, self.delivered)
        meter_chat(self.ctx, self.model, *tokens, self.usd_per_credit, self.charge)

    def _final_chunk(self) -> dict[str, Any]:
        usage = self.usage or {
            "prompt_tokens": self.ctx.meter.input_tokens,
            "completion_tokens": self.ctx.meter.output_tokens,
            "total_tokens": self.ctx.meter.input_tokens + self.ctx.meter.output_tokens,
        }
        last = self.last_chunk
        return {
            "id": last.get("id", "chatcmpl-" + self.ctx.request_id),
            "object": "chat.completion.chunk",
            "created": last.get("created", 0),
            "model": last.get("model", self.model.id),
            "choices": [],
            "usage": usage,
            "_balancer": balancer_block(self.ctx.meter, "chat"),
        }

    def _error_event(self, exc: Exception) -> bytes:
        """The event that ends a broken stream: the spec's error body, plus what the delivered
        part cost in ``_balancer`` (it is charged, and this is the client's last chance to see it)."""
        body = orjson.loads(error_body(as_proxyify_error(exc)))
        body["_balancer"] = balancer_block(self.ctx.meter, "chat")
        return b"data: " + orjson.dumps(body) + b"\n\n"

    async def events(self) -> AsyncIterator[bytes]:
        """The SSE body. Whatever ends it, the meter reflects what the client received."""
        meter = self.ctx.meter
        meter.status = "partial"
        try:
            async for chunk in self.upstream:
                usage = chunk.get("usage")
                if usage is not None:  # the last usage reported counts; one not believable is unknown
                    self.usage = usage if openai_usage(usage) is not None else None
                if not chunk.get("choices"):
                    continue  # the upstream's own usage chunk: ours replaces it at the end
                self._check_shutdown()
                self.last_chunk = chunk
                yield sse_event(chunk)
                self.delivered += _delivered_tokens(chunk)  # runs only once the chunk was sent
                if self.on_complete is not None:
                    self.delivered_chunks.append(chunk)
            if self.on_complete is not None:  # only a complete stream gets here
                await self.on_complete(self.delivered_chunks, self.usage)
            self._settle_meter()
            meter.status = "ok"
            yield sse_event(self._final_chunk())
            yield DONE
        except Exception as exc:  # upstream cut or error after the first chunk
            self.usage = None
            self._settle_meter()
            meter.status = "partial"
            yield self._error_event(exc)
        finally:
            if meter.status == "partial":
                self.usage = None
                self._settle_meter()
            await self.upstream.aclose()  # type: ignore[attr-defined]


def stream_chat_response(ctx: RequestContext, model: ModelSettings, body: dict[str, Any],
                         upstream: AsyncIterator[dict[str, Any]], usd_per_credit: Decimal,
                         *, charge: Decimal = Decimal(1), on_complete: OnComplete | None = None,
                         shutdown_grace_s: float = 0) -> EventSourceResponse:
    """The SSE response for a chat stream whose first chunk the router already has in hand.
    ``shutdown_grace_s``: how long it may run on once the server is shutting down."""
    shutdown = anyio.Event()
    stream = ChatStream(ctx, model, body, upstream, usd_per_credit, charge=charge, on_complete=on_complete,
                        shutdown=shutdown, shutdown_grace_s=shutdown_grace_s)
    headers = {"x-request-id": ctx.request_id, "cache-control": "no-cache", "x-accel-buffering": "no"}
    if ctx.meter.model_used:
        headers["x-balancer-model-used"] = ctx.meter.model_used
    return EventSourceResponse(stream.events(), headers=headers, ping=PING_SECONDS, sep="\n",
                               shutdown_event=shutdown, shutdown_grace_period=shutdown_grace_s)
