"""Rate limits on the ``limits`` library's async API: requests, requests per model, tokens, concurrency.

Per request, in this order:

1. **Concurrency** (``KeyPolicy.max_concurrent``): in-flight requests of the key in this process.
   The slot is taken before anything awaits, so the cap is exact; with several workers each has its own.
2. **Requests** (``KeyPolicy.rate_limit``, else ``default``; several as ``"10/second;1000/hour"``),
   by key, or by client address when no key is in the context (so the middleware works alone).
3. **Requests per model** (``KeyPolicy.model_rate_limits``: model id or glob → rate), the model read
   from the JSON body (read once through the request context and replayed downstream).
4. **Tokens per minute** (``KeyPolicy.tokens_per_minute``): before the call, the most the request can
   use is taken from the key's fixed one-minute token window: the prompt estimate plus, for a chat model
   of the ``models`` table, the output cap metering reserves for (``max_tokens`` or
   ``max_completion_tokens`` capped by the model's ``max_output_tokens``, that cap when absent, times
   ``n``; :func:`~proxyify_asgi.pricing.max_chat_output_tokens`). A media model holds the prompt estimate
   only; a model the table does not know (or no table: the middleware alone) holds the request's own
   ``max_tokens`` × ``n``, if any. A request whose hold exceeds the whole limit can never fit: a 400, not
   a 429. After the call (whatever ended it) the hold is replaced by the real input + output tokens of
   ``ctx.meter`` (0 unless its status is ``ok`` or ``partial``), in whichever window is current then.

With several request limits, all are tested before any is consumed, so a refused request does not use up
the others. A refusal is a 429 with ``Retry-After`` (whole seconds, at least 1). Every answer, refusals
included, carries ``X-RateLimit-Limit``, ``-Remaining`` and ``-Reset`` (seconds until a slot frees) of the
request limit closest to exhaustion.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from limits import RateLimitItem, RateLimitItemPerMinute, parse_many
from limits.aio.strategies import STRATEGIES, FixedWindowRateLimiter

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import InvalidRequest, ProxyifyError, RateLimited, send_error
from proxyify_asgi.middleware.ratelimit_storage import open_limits_storage
from proxyify_asgi.pricing import (
    estimate_prompt_tokens,
    max_chat_output_tokens,
    requested_count,
    requested_max_tokens,
)
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.types import ASGIApp, Message, Receive, Scope, Send


_JSON_INT_MAX = 2**63 - 1
"""The largest integer the error body's JSON encoder (orjson) writes."""


@dataclass(slots=True)
class _Window:
    """The figures the ``X-RateLimit-*`` headers report."""

    limit: int
    remaining: int
    reset_s: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (b"x-ratelimit-limit", str(self.limit).encode()),
            (b"x-ratelimit-remaining", str(max(self.remaining, 0)).encode()),
            (b"x-ratelimit-reset", str(self.reset_s).encode()),
        ]

    def header_dict(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.headers()}


def _seconds_until(epoch: float) -> int:
    return max(1, math.ceil(epoch - time.time()))


class RateLimitMiddleware:
    """Pure ASGI rate limiting; see the module docstring for what is limited and how."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        storage_uri: str = "memory://",
        default: str = "600/minute",
        strategy: str = "moving-window",
        by_ip_without_key: str | None = None,
        exempt_paths: Iterable[str] = (),
        max_body_bytes: int | None = None,
        models: Callable[[str], ModelSettings | None] | None = None,
    ) -> None:
        """``models`` looks a model id up (``Settings.model``): the token limit holds its output cap."""
        if strategy not in STRATEGIES:
            raise ValueError(f"unknown rate-limit strategy {strategy!r}; expected one of {sorted(STRATEGIES)}")
        self.app = app
        self.storage: Any = open_limits_storage(storage_uri)
        self.limiter = STRATEGIES[strategy](self.storage)
        self.token_limiter = FixedWindowRateLimiter(self.storage)
        self.default = parse_many(default)
        self.anonymous = parse_many(by_ip_without_key) if by_ip_without_key else self.default
        self.exempt_paths = frozenset(exempt_paths)
        self.max_body_bytes = max_body_bytes
        self.models = models
        self._parsed: dict[str, list[RateLimitItem]] = {}
        self._in_flight: dict[str, int] = {}

    def _items(self, rate: str | None) -> list[RateLimitItem]:
        if not rate:
            return self.default
        items = self._parsed.get(rate)
        if items is None:
            items = self._parsed[rate] = parse_many(rate)
        return items

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _app_path(scope) in self.exempt_paths:
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope, max_body_bytes=self.max_body_bytes)
        key = ctx.key
        policy = key.policy if key is not None else None
        ident = f"key:{key.name}" if key is not None else f"ip:{ctx.client_ip or _peer(scope)}"
        items = self._items(policy.rate_limit) if policy is not None else self.anonymous
        cap = policy.max_concurrent if policy is not None else None
        if cap is not None and self._in_flight.get(ident, 0) >= cap:
            refusal = RateLimited("Too many concurrent requests for this key.",
                                  metadata={"limit": "concurrency", "max_concurrent": cap})
            window = await self._peek(items, ident)
            refusal.headers.update(window.header_dict())
            await send_error(send, refusal, ctx.request_id)
            return
        if cap is not None:
            self._in_flight[ident] = self._in_flight.get(ident, 0) + 1
        try:
            await self._limited(scope, receive, send, ctx, ident, policy, items)
        finally:
            if cap is not None:
                left = self._in_flight[ident] - 1
                if left:
                    self._in_flight[ident] = left
                else:
                    del self._in_flight[ident]

    async def _limited(self, scope: Scope, receive: Receive, send: Send, ctx: RequestContext,
                       ident: str, policy: Any, items: list[RateLimitItem]) -> None:
        tokens_held = 0
        window: _Window | None = None
        try:
            window = await self._take(items, ident)
            body = await self._body(ctx, receive, policy, scope)
            if body is not None:
                window = await self._take_model(policy, body, ident) or window
                tokens_held = await self._take_tokens(policy, body, ident)
        except ProxyifyError as exc:  # 429, 413 while reading the body, 400 for a token hold that never fits
            if window is not None and "x-ratelimit-limit" not in exc.headers:
                exc.headers.update(window.header_dict())  # a token or body refusal: report the request window
            await send_error(send, exc, ctx.request_id)
            return
        extra = window.headers()
        ctx.error_headers = extra  # for an error ErrorGuard answers instead (decoded only then)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        try:
            await self.app(scope, ctx.downstream_receive(receive), send_with_headers)
        finally:
            if tokens_held:
                await self._correct_tokens(policy, ident, tokens_held, ctx)

    async def _take(self, items: list[RateLimitItem], ident: str, *scopes: str) -> _Window:
        """Consume one request from every limit in ``items``, or refuse without consuming any."""
        if len(items) > 1:
            for item in items:
                if not await self.limiter.test(item, ident, *scopes):
                    raise await self._refusal(item, ident, *scopes)
        for item in items:
            if not await self.limiter.hit(item, ident, *scopes):
                raise await self._refusal(item, ident, *scopes)
        return await self._peek(items, ident, *scopes)

    async def _peek(self, items: list[RateLimitItem], ident: str, *scopes: str) -> _Window:
        """The window of ``items`` closest to exhaustion, without consuming anything."""
        tightest: _Window | None = None
        for item in items:
            stats = await self.limiter.get_window_stats(item, ident, *scopes)
            window = _Window(item.amount, stats.remaining, _seconds_until(stats.reset_time))
            if tightest is None or window.remaining < tightest.remaining:
                tightest = window
        assert tightest is not None
        return tightest

    async def _refusal(self, item: RateLimitItem, ident: str, *scopes: str) -> RateLimited:
        stats = await self.limiter.get_window_stats(item, ident, *scopes)
        retry = _seconds_until(stats.reset_time)
        window = _Window(item.amount, 0, retry)
        what = f"{item.amount} per {item.get_expiry()} s" + (f" for model {scopes[1]}" if scopes else "")
        refusal = RateLimited(f"Rate limit exceeded ({what}).", retry_after=retry,
                              metadata={"limit": "requests", "rate": str(item), "retry_after": retry})
        refusal.headers.update(window.header_dict())
        return refusal

    @staticmethod
    async def _body(ctx: RequestContext, receive: Receive, policy: Any, scope: Scope) -> dict[str, Any] | None:
        """The JSON body when a per-model or token limit needs it; None if not needed or not JSON."""
        if policy is None or scope["method"] != "POST" or not (policy.model_rate_limits or policy.tokens_per_minute):
            return None
        try:
            body = await ctx.json(receive)
        except InvalidRequest:
            return None  # the endpoint answers the 400
        return body if isinstance(body, dict) else None

    async def _take_model(self, policy: Any, body: dict[str, Any], ident: str) -> _Window | None:
        model = body.get("model")
        if not isinstance(model, str):
            return None
        for pattern, rate in policy.model_rate_limits.items():
            if model == pattern or fnmatchcase(model, pattern):
                return await self._take(self._items(rate), ident, "model", pattern)
        return None

    def _token_item(self, policy: Any) -> RateLimitItem:
        return RateLimitItemPerMinute(policy.tokens_per_minute)

    def _output_hold(self, body: dict[str, Any]) -> int:
        """The output tokens to hold: what metering reserves for, so the limit counts what may be billed."""
        model_id = body.get("model")
        model = self.models(model_id) if self.models is not None and isinstance(model_id, str) else None
        if model is None:  # no table, or a model the endpoint will refuse: only the request's own cap is known
            return (requested_max_tokens(body) or 0) * requested_count(body)
        return max_chat_output_tokens(model, body) if model.modality == "chat" else 0

    async def _take_tokens(self, policy: Any, body: dict[str, Any], ident: str) -> int:
        """Hold the most tokens the request can use in the key's minute window; 429 if it does not fit now,
        400 if it never can."""
        if not policy.tokens_per_minute or not isinstance(body.get("messages"), list):
            return 0
        prompt, output = estimate_prompt_tokens(body), self._output_hold(body)
        estimate = prompt + output
        item = self._token_item(policy)
        if estimate > item.amount:  # waiting cannot help: a 429 with Retry-After would be retried forever
            raise _never_fits(item.amount, prompt, output, body)
        if await self.token_limiter.hit(item, ident, "tokens", cost=estimate):
            return estimate
        await self._give_back(item.key_for(ident, "tokens"), item.get_expiry(), estimate)
        stats = await self.token_limiter.get_window_stats(item, ident, "tokens")
        retry = _seconds_until(stats.reset_time)
        raise RateLimited(
            "Token rate limit exceeded.", retry_after=retry,
            metadata={"limit": "tokens", "tokens_per_minute": item.amount, "requested_tokens": estimate,
                      "remaining_tokens": stats.remaining, "retry_after": retry},
        )

    async def _correct_tokens(self, policy: Any, ident: str, held: int, ctx: RequestContext) -> None:
        """Replace the held estimate by the tokens the request really used (0 if it failed)."""
        meter = ctx.meter
        used = meter.input_tokens + meter.output_tokens if meter.status in ("ok", "partial") else 0
        item = self._token_item(policy)
        key = item.key_for(ident, "tokens")
        if used > held:
            await self.storage.incr(key, item.get_expiry(), amount=used - held)
        elif used < held:
            await self._give_back(key, item.get_expiry(), held - used)

    async def _give_back(self, key: str, expiry: int, amount: int) -> None:
        decr = getattr(self.storage, "decr", None)
        if decr is not None:
            await decr(key, amount)
        else:  # storages without decr (Redis) take a negative increment
            await self.storage.incr(key, expiry, amount=-amount)


def _never_fits(limit: int, prompt: int, output: int, body: dict[str, Any]) -> InvalidRequest:
    """The 400 for a request whose token hold exceeds the key's whole ``tokens_per_minute``."""
    if prompt > limit:
        advice = "shorten the prompt"
    elif requested_max_tokens(body) is None:
        advice = "set a lower max_tokens (without it the model's whole output cap counts)"
    else:
        advice = "lower max_tokens" + (" or n" if requested_count(body) > 1 else "")
    figures = {"requested_tokens": prompt + output, "prompt_tokens_estimate": prompt, "output_tokens_cap": output}
    metadata: dict[str, Any] = {"limit": "tokens", "tokens_per_minute": limit}
    # A garbage n or max_tokens (the endpoint refuses them, but after this layer) can make figures JSON
    # encoders cannot write as numbers: the message still states them, the metadata leaves them out.
    metadata.update({name: value for name, value in figures.items() if value <= _JSON_INT_MAX})
    return InvalidRequest(
        f"This request may use up to {prompt + output} tokens (prompt estimate {prompt}, output cap {output}), "
        f"more than the key's tokens_per_minute ({limit}); {advice}.",
        metadata=metadata,
    )


def _app_path(scope: Scope) -> str:
    """The path inside the app (without the mount prefix Starlette keeps in ``path``)."""
    path, root = scope["path"], scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


def _peer(scope: Scope) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"
