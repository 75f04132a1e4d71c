"""The router: which route serves a request, and what happens when one fails.

For each request the model's strategy orders its routes (see :mod:`.strategies`); routes whose
circuit is open are skipped (see :mod:`.breaker`). An attempt that fails on a connect error, a
timeout or an upstream 408/429/5xx moves on: to the same route again while its ``max_retries``
allow (after waiting out a short upstream ``Retry-After``), then to the next route. Everything
stops at the request's total deadline or its retry budget (``routing.max_attempts``). Other
upstream answers (400, 401, ...) are the request's fault or the account's, so they are returned
as they are: trying elsewhere would not help.

When no route may be tried (none configured, every circuit open) the answer is 503 "No provider
available for this model" with ``Retry-After``; when every attempt failed it is the last failure.
A chat request with ``n`` > 1 skips the routes that cannot serve it (see :mod:`.capabilities`);
when those were the only ones, the answer is that 400, not a 503.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import NoProviderAvailable, ProviderError, ProviderTimeout, ProxyifyError
from proxyify_asgi.providers import ADAPTERS, ProviderAdapter
from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.providers.base import ChatResult, UpstreamCall
from proxyify_asgi.routing.breaker import BreakerStore, LocalBreakers
from proxyify_asgi.routing.cache import Cache, MemoryCache
from proxyify_asgi.routing.capabilities import n_unsupported, needs_chat_n
from proxyify_asgi.routing.stats import RouteFigures, RouteStats
from proxyify_asgi.routing.strategies import Candidate, Strategy, order_routes, strategy_for
from proxyify_asgi.settings import ModelSettings, RouteSettings, Settings
from proxyify_asgi.upstream_http import UpstreamHTTP

T = TypeVar("T")
Operation = Callable[[ProviderAdapter, UpstreamCall], Awaitable[T]]
RETRYABLE_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})
SAME_ROUTE_BACKOFF_S = 0.05

logger = logging.getLogger("proxyify_asgi.routing")


def is_retryable(exc: ProxyifyError) -> bool:
    """Would another attempt plausibly succeed where this one failed?"""
    if isinstance(exc, (ProviderTimeout, NoProviderAvailable)):
        return True
    if isinstance(exc, ProviderError):
        return exc.upstream_status is None or exc.upstream_status in RETRYABLE_STATUSES
    return False


def _name_provider(exc: ProxyifyError, provider: str) -> None:
    """Every upstream-error 502 names the provider that failed (``metadata.provider``)."""
    if isinstance(exc, ProviderError):
        exc.metadata.setdefault("provider", provider)


def route_key(model: ModelSettings, index: int, route: RouteSettings) -> str:
    """The stable name of one route of one model (breaker and figures key)."""
    return f"{model.id}#{index}:{route.provider}/{route.model}"


class Router:
    """Holds one adapter per provider, the breakers, the figures and the response cache.

    ``http`` is the app's shared hot-path HTTP client (given to every adapter when set).
    ``clock`` (monotonic seconds), ``rng`` and ``sleep`` are injectable for tests; ``breakers`` and
    ``cache`` default to in-process implementations and may be replaced by shared ones.
    """

    def __init__(
        self,
        settings: Settings,
        client: httpx.AsyncClient,
        http: UpstreamHTTP | None = None,
        *,
        breakers: BreakerStore | None = None,
        cache: Cache | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.routing = settings.routing
        self.adapters: dict[str, ProviderAdapter] = {
            name: ADAPTERS[p.kind](p, client) for name, p in settings.providers.items()
        }
        if http is not None:
            for adapter in self.adapters.values():
                adapter.http = http
        # Each adapter scrubs upstream text of every provider's secrets, not just its own.
        redactor = Redactor.for_providers(settings.providers.values())
        for adapter in self.adapters.values():
            adapter.redactor = redactor
        self.clock = clock
        self.rng = rng or random.Random()
        self.sleep = sleep
        self.breakers: BreakerStore = breakers or LocalBreakers(self.routing.breaker, clock)
        self.stats = RouteStats(self.breakers, float(self.routing.latency_decay_s))
        self.cache: Cache = cache or MemoryCache(
            max_bytes=int(self.routing.cache_max_mb * 1024 * 1024), clock=clock
        )
        self._strategies: dict[str, Strategy] = {m.id: strategy_for(m) for m in settings.models}

    # -- planning ----------------------------------------------------------------------------------

    def plan(self, model: ModelSettings) -> list[tuple[str, Candidate]]:
        """``(route key, candidate)`` pairs in the order this request should try them."""
        candidates: list[Candidate] = []
        keys: dict[int, str] = {}
        for index, route in enumerate(model.routes):
            key = route_key(model, index, route)
            figures = self._figures(key, route, model)
            keys[index] = key
            candidates.append(Candidate(
                index=index, route=route, price=route.price or model.price,
                in_flight=figures.in_flight, latency=figures.latency,
            ))
        strategy = self._strategies.get(model.id) or strategy_for(model)
        return [(keys[c.index], c) for c in order_routes(strategy, candidates, self.rng)]

    def upstream_call(
        self, model: ModelSettings, route: RouteSettings, body: dict[str, Any], ctx: RequestContext,
        remaining_s: float | None = None,
    ) -> UpstreamCall:
        """The call for one attempt on ``route``, its timeout capped by the time left."""
        provider = self.settings.providers[route.provider]
        timeout = float(route.timeout_s if route.timeout_s is not None else provider.timeout_s)
        if remaining_s is not None:
            timeout = max(0.001, min(timeout, remaining_s))
        return UpstreamCall(
            model=model, route=route, provider=provider, body=body,
            request_id=ctx.request_id, timeout_s=timeout,
        )

    def _figures(self, key: str, route: RouteSettings, model: ModelSettings) -> RouteFigures:
        return self.stats.route(key, model.id, route.provider, route.model)

    # -- the failover loop -------------------------------------------------------------------------

    async def call(
        self, model: ModelSettings, body: dict[str, Any], ctx: RequestContext, op: Operation[T]
    ) -> tuple[T, UpstreamCall]:
        """Run ``op`` on routes in the strategy's order until one succeeds (see module doc)."""
        return await self._run(model, body, ctx, op, streaming=False)

    async def _run(
        self, model: ModelSettings, body: dict[str, Any], ctx: RequestContext, op: Operation[Any],
        *, streaming: bool,
    ) -> tuple[Any, UpstreamCall]:
        model_figures = self.stats.model(model.id)
        model_figures.requests += 1
        plan = self.plan(model)
        deadline = self.clock() + float(self.routing.deadline_s)
        started = time.perf_counter()
        last: ProxyifyError | None = None
        if needs_chat_n(model, body):
            plan = self._serving_n(plan)
        for key, candidate in plan:
            route = candidate.route
            for retry in range(max(0, route.max_retries) + 1):
                remaining = deadline - self.clock()
                if ctx.meter.attempts >= self.routing.max_attempts or remaining <= 0:
                    model_figures.errors += 1
                    raise self._final_error(last, model, plan)
                if not self.breakers.allow(key):
                    break
                call = self.upstream_call(model, route, body, ctx, remaining)
                ctx.meter.attempts += 1
                outcome = await self._attempt(key, call, op, streaming, remaining)
                if not isinstance(outcome, ProxyifyError):
                    self._record_success(ctx, call, started)
                    return outcome, call
                if not is_retryable(outcome):
                    raise outcome
                last = outcome
                wait = outcome.retry_after if isinstance(outcome, ProviderError) else None
                if retry >= route.max_retries:
                    break
                if wait is not None and wait > float(self.routing.max_retry_after_s):
                    break  # the upstream asked for a long pause: use another route meanwhile
                pause = wait if wait is not None else SAME_ROUTE_BACKOFF_S * 2**retry * (0.5 + self.rng.random())
                await self.sleep(max(0.0, min(pause, deadline - self.clock())))
        model_figures.errors += 1
        raise self._final_error(last, model, plan)

    def _serving_n(self, plan: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
        """The plan without the routes that cannot serve a chat ``n`` > 1 (skipped as unavailable);
        the 400 when that leaves none (a capable route with an open circuit still makes a 503)."""
        adapters = [self.adapters[candidate.route.provider] for _, candidate in plan]
        serving = [step for step, adapter in zip(plan, adapters) if adapter.serves_chat_n]
        if plan and not serving:
            raise n_unsupported([adapter.kind for adapter in adapters])
        return serving

    def _final_error(self, last: ProxyifyError | None, model: ModelSettings, plan: list[tuple[str, Candidate]]) -> ProxyifyError:
        """What the client gets when no attempt succeeded: the last failure, or a 503.
        Every 503 carries ``Retry-After`` (an unreachable upstream is not a reason to hammer us)."""
        if last is None:
            return self._unavailable(model, plan)
        if isinstance(last, NoProviderAvailable) and "Retry-After" not in last.headers:
            last.headers["Retry-After"] = self._unavailable(model, plan).headers["Retry-After"]
        return last

    async def _attempt(self, key: str, call: UpstreamCall, op: Operation[Any], streaming: bool, remaining: float) -> Any:
        """One attempt, cut off at the request's deadline (the HTTP client's timeouts are per read,
        so a trickling upstream could otherwise outlive it); returns the result, or the
        :class:`ProxyifyError` it failed with."""
        figures = self._figures(key, call.route, call.model)
        figures.requests += 1
        figures.in_flight += 1
        t0 = self.clock()
        try:
            async with asyncio.timeout(remaining):
                result = await op(self.adapters[call.route.provider], call)
        except TimeoutError:
            figures.in_flight -= 1
            exc = ProviderTimeout(f"Provider {call.route.provider!r} did not answer in time.",
                                  metadata={"provider": call.route.provider})
            self._record_failure(key, figures, exc)
            return exc
        except ProxyifyError as exc:
            figures.in_flight -= 1
            _name_provider(exc, call.route.provider)
            self._record_failure(key, figures, exc)
            return exc
        except Exception as exc:  # an adapter bug must not take the request down with it
            figures.in_flight -= 1
            logger.error("adapter %s failed with %s", call.provider.kind, type(exc).__name__, exc_info=exc)
            error = ProviderError(f"Provider {call.route.provider!r} failed.", metadata={"provider": call.route.provider})
            self._record_failure(key, figures, error)
            return error
        except BaseException:  # cancelled: the client left; no verdict on the route
            figures.in_flight -= 1
            self.breakers.record_abandoned(key)
            raise
        elapsed = self.clock() - t0
        figures.latency.observe(elapsed, self.clock())
        figures.last_latency_s = elapsed
        self.breakers.record_success(key)
        if streaming:
            return _TrackedStream(result, self, key, figures)  # in_flight drops when the stream ends
        figures.in_flight -= 1
        return result

    def _record_failure(self, key: str, figures: RouteFigures, exc: ProxyifyError) -> None:
        logger.debug("route %s failed: %s %s", key, exc.status, type(exc).__name__)
        if is_retryable(exc):
            figures.errors += 1
            retry_after = exc.retry_after if isinstance(exc, ProviderError) else None
            self.breakers.record_failure(key, retry_after=retry_after)
        else:
            self.breakers.record_success(key)  # the upstream is up; the request was at fault

    def _record_success(self, ctx: RequestContext, call: UpstreamCall, started: float) -> None:
        meter = ctx.meter
        meter.answered = True  # from here a client hanging up no longer cancels (endpoint.hangup)
        meter.provider = call.route.provider
        meter.model_used = call.route.model_used or call.model.id
        meter.latency_ms = int((time.perf_counter() - started) * 1000)

    def _unavailable(self, model: ModelSettings, plan: list[tuple[str, Candidate]]) -> NoProviderAvailable:
        waits = [self.breakers.retry_in(key) for key, _ in plan]
        retry_after = max(1, math.ceil(min(waits))) if waits else 1
        return NoProviderAvailable(
            "No provider available for this model.",
            metadata={"model": model.id}, headers={"Retry-After": str(retry_after)},
        )

    # -- chat --------------------------------------------------------------------------------------

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
                await stream.aclose()  # type: ignore[attr-defined]
                raise
            return _Prepended(first, stream)

        return await self._run(model, body, ctx, open_stream, streaming=True)

    async def aclose(self) -> None:
        """Close every adapter, and the cache if it holds connections."""
        for adapter in self.adapters.values():
            await adapter.aclose()
        close = getattr(self.cache, "aclose", None)
        if close is not None:
            await close()


class _Prepended:
    """An async iterator that yields ``first`` and then the rest of ``rest``."""

    def __init__(self, first: dict[str, Any], rest: AsyncIterator[dict[str, Any]]) -> None:
        self._first: dict[str, Any] | None = first
        self._rest = rest

    def __aiter__(self) -> _Prepended:
        return self

    async def __anext__(self) -> dict[str, Any]:
        if self._first is not None:
            first, self._first = self._first, None
            return first
        return await anext(self._rest)

    async def aclose(self) -> None:
        self._first = None
        await self._rest.aclose()  # type: ignore[attr-defined]


class _TrackedStream:
    """A committed stream: keeps its route counted in flight until it ends, and reports a
    mid-stream upstream failure to the route's breaker and figures. ``aclose`` is idempotent."""

    def __init__(self, inner: Any, router: Router, key: str, figures: RouteFigures) -> None:
        self._inner = inner
        self._router = router
        self._key = key
        self._figures = figures
        self._open = True

    def __aiter__(self) -> _TrackedStream:
        return self

    async def __anext__(self) -> dict[str, Any]:
        try:
            return await anext(self._inner)
        except StopAsyncIteration:
            await self.aclose()
            raise
        except ProxyifyError as exc:
            _name_provider(exc, self._figures.provider)
            if self._open:
                self._router._record_failure(self._key, self._figures, exc)
            await self.aclose()
            raise

    async def aclose(self) -> None:
        if self._open:
            self._open = False
            self._figures.in_flight -= 1
            await self._inner.aclose()
