"""The router: which route serves a request, and what happens when one fails.

This is the failover loop; *which order* routes are tried in is a strategy (``priority`` here:
lowest ``priority`` first, config order breaking ties). A route is abandoned for the next on
connect errors, timeouts and upstream 408/429/5xx; other upstream answers (400, 401, ...) are the
request's fault or the account's, and trying elsewhere would not help.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import (
    InvalidRequest,
    NoProviderAvailable,
    ProviderError,
    ProviderTimeout,
    ProxyifyError,
)
from proxyify_asgi.providers import ADAPTERS, ProviderAdapter
from proxyify_asgi.providers.base import ChatResult, UpstreamCall
from proxyify_asgi.settings import ModelSettings, RouteSettings, Settings
from proxyify_asgi.upstream_http import UpstreamHTTP

T = TypeVar("T")
Operation = Callable[[ProviderAdapter, UpstreamCall], Awaitable[T]]
RETRYABLE_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})


def is_retryable(exc: ProxyifyError) -> bool:
    """Would another route plausibly succeed where this attempt failed?"""
    if isinstance(exc, (ProviderTimeout, NoProviderAvailable)):
        return True
    if isinstance(exc, ProviderError):
        return exc.upstream_status is None or exc.upstream_status in RETRYABLE_STATUSES
    return False


class Router:
    """Holds one adapter per configured provider and runs requests over a model's routes."""

    def __init__(self, settings: Settings, client: httpx.AsyncClient, http: UpstreamHTTP | None = None) -> None:
        self.settings = settings
        self.adapters: dict[str, ProviderAdapter] = {
            name: ADAPTERS[p.kind](p, client) for name, p in settings.providers.items()
        }
        if http is not None:
            for adapter in self.adapters.values():
                adapter.http = http

    def ordered_routes(self, model: ModelSettings) -> list[RouteSettings]:
        """The order to try ``model``'s routes in."""
        return sorted(model.routes, key=lambda r: r.priority)

    def upstream_call(self, model: ModelSettings, route: RouteSettings, body: dict[str, Any], ctx: RequestContext) -> UpstreamCall:
        """The call for one attempt on ``route``."""
        provider = self.settings.providers[route.provider]
        timeout = route.timeout_s if route.timeout_s is not None else provider.timeout_s
        return UpstreamCall(
            model=model, route=route, provider=provider, body=body,
            request_id=ctx.request_id, timeout_s=float(timeout),
        )

    def _record_success(self, ctx: RequestContext, call: UpstreamCall, started: float) -> None:
        meter = ctx.meter
        meter.provider = call.route.provider
        meter.model_used = call.route.model_used or call.model.id
        meter.latency_ms = int((time.perf_counter() - started) * 1000)

    async def call(self, model: ModelSettings, body: dict[str, Any], ctx: RequestContext, op: Operation[T]) -> tuple[T, UpstreamCall]:
        """Run ``op`` on the first route that succeeds; raise the last failure if none does."""
        if not model.routes:
            raise NoProviderAvailable(metadata={"model": model.id})
        started = time.perf_counter()
        last: ProxyifyError | None = None
        for route in self.ordered_routes(model):
            call = self.upstream_call(model, route, body, ctx)
            ctx.meter.attempts += 1
            try:
                result = await op(self.adapters[route.provider], call)
            except ProxyifyError as exc:
                if isinstance(exc, InvalidRequest) or not is_retryable(exc):
                    raise
                last = exc
                continue
            self._record_success(ctx, call, started)
            return result, call
        assert last is not None
        raise last

    async def chat(self, model: ModelSettings, body: dict[str, Any], ctx: RequestContext) -> tuple[ChatResult, UpstreamCall]:
        """A non-streaming chat completion with failover."""
        return await self.call(model, body, ctx, lambda adapter, call: adapter.chat(call))

    async def chat_stream(
        self, model: ModelSettings, body: dict[str, Any], ctx: RequestContext
    ) -> tuple[AsyncIterator[dict[str, Any]], UpstreamCall]:
        """Open a stream, failing over until one route yields its first chunk.

        Once the first chunk is in hand the stream is committed to that route: a later failure
        surfaces to the client as an error event, because the client has already seen output.
        """

        async def open_stream(adapter: ProviderAdapter, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
            stream = adapter.chat_stream(call)
            try:
                first = await anext(stream)
            except StopAsyncIteration:
                raise ProviderError(f"Provider {call.route.provider!r} sent an empty stream.") from None
            except BaseException:
                await stream.aclose()
                raise
            return _prepend(first, stream)

        return await self.call(model, body, ctx, open_stream)

    async def aclose(self) -> None:
        """Close every adapter."""
        for adapter in self.adapters.values():
            await adapter.aclose()


async def _prepend(first: dict[str, Any], rest: AsyncIterator[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    try:
        yield first
        async for item in rest:
            yield item
    finally:
        await rest.aclose()  # type: ignore[attr-defined]
