"""Per-request state: one :class:`RequestContext` at ``scope["proxyify"]``.

Middlewares read and annotate it; nothing about a request lives anywhere else. The body is read
once (size-limited, 413 past the limit), parsed once, and replayed to the next app so a middleware
reused alone in someone else's app still hands an unread body downstream.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import orjson

from proxyify_asgi.errors import InvalidRequest, PayloadTooLarge, RequestTimeout
from proxyify_asgi.types import Message, Receive, Scope

SCOPE_KEY = "proxyify"
_DEFAULT_MAX_BODY = 25 * 1024 * 1024
_DEFAULT_BODY_TIMEOUT_S = 30.0


@dataclass(slots=True)
class Meter:
    """What one request used and cost; filled by the endpoint, read by metering and the envelope."""

    model_requested: str | None = None
    model_used: str | None = None
    provider: str | None = None
    modality: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    images_count: int = 0
    audio_seconds: Decimal = Decimal(0)
    duration_seconds: Decimal = Decimal(0)
    characters: int = 0
    latency_ms: int = 0
    attempts: int = 0
    cached: bool = False
    cost_usd: Decimal = Decimal(0)
    credits: int = 0
    status: str = "pending"
    """``pending`` → ``ok`` | ``partial`` (stream ended early) | ``error`` or ``cancelled`` (the
    client hung up before an upstream answered): nothing to charge."""
    answered: bool = False
    """True once an upstream attempt succeeded (set by the router). A client that hangs up before
    this cancels the upstream call; after it, the answer is charged as usual."""
    defer_settlement: bool = False
    """True when the charge happens later (video jobs settle on completion, not at submit)."""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class RequestContext:
    """State of one request; create with :meth:`of`."""

    request_id: str
    max_body_bytes: int = _DEFAULT_MAX_BODY
    key: Any = None
    """The authenticated key record (set by ``AuthMiddleware``), or None."""
    client_ip: str | None = None
    """The client address after trusted-proxy resolution (set by the first middleware that needs it)."""
    meter: Meter = field(default_factory=Meter)
    reservation: Any = None
    """The open credit reservation (set by ``MeteringMiddleware``); video jobs carry it forward."""
    started: float = field(default_factory=time.perf_counter)
    flags: dict[str, Any] = field(default_factory=dict)
    error_headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    """Headers an error answered further out must carry too (the rate limit's ``X-RateLimit-*``:
    the request counted, whatever answered it)."""
    body_bytes: bytes | None = None
    body_timeout_s: float = _DEFAULT_BODY_TIMEOUT_S
    """How long reading the body may wait for the next part of it (408 past it)."""
    declared_length: int | None = None
    """The request's ``Content-Length``, when it sent a valid one."""
    _json: Any = None
    _parsed: bool = False
    _source: Receive | None = None
    _replay: Receive | None = None

    @classmethod
    def of(cls, scope: Scope, *, max_body_bytes: int | None = None,
           new_id: Callable[[], str] | None = None) -> RequestContext:
        """The context of this request, created (with a request id) on first use.

        ``new_id`` makes the id when the client sent no usable ``X-Request-ID`` (default: random).
        """
        ctx = scope.get(SCOPE_KEY)
        if ctx is None:
            request_id, declared_length = _from_headers(scope, new_id)
            ctx = cls(request_id=request_id, declared_length=declared_length)
            scope[SCOPE_KEY] = ctx
        if max_body_bytes is not None:
            ctx.max_body_bytes = max_body_bytes
        return ctx

    async def body(self, receive: Receive) -> bytes:
        """The raw body, read once from ``receive``; 413 past ``max_body_bytes``."""
        if self.body_bytes is None:
            if self.declared_length is not None and self.declared_length > self.max_body_bytes:
                raise self._too_large()  # refused before waiting for a body that cannot be taken
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                try:
                    async with asyncio.timeout(self.body_timeout_s):
                        message = await receive()
                except TimeoutError:
                    raise RequestTimeout(
                        f"Request body not received in time: nothing arrived for {self.body_timeout_s:g} s."
                    ) from None
                if message["type"] != "http.request":
                    break  # client went away before sending the whole body
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body_bytes:
                    raise self._too_large()
                chunks.append(chunk)
                more = message.get("more_body", False)
            self.body_bytes = b"".join(chunks)
            self._source = receive
            self._replay = _Replay(self.body_bytes, receive)
        return self.body_bytes

    def _too_large(self) -> PayloadTooLarge:
        limit_mb = self.max_body_bytes / (1024 * 1024)
        return PayloadTooLarge(f"Request body is larger than the {limit_mb:g} MB limit.",
                               metadata={"limit_bytes": self.max_body_bytes})

    async def json(self, receive: Receive) -> Any:
        """The body parsed as JSON once; 400 if it is not JSON."""
        if not self._parsed:
            raw = await self.body(receive)
            try:
                self._json = orjson.loads(raw) if raw else None
            except orjson.JSONDecodeError:
                raise InvalidRequest("Request body is not valid JSON.") from None
            self._parsed = True
        return self._json

    def json_object(self) -> dict[str, Any] | None:
        """The parsed body if it was parsed and is a JSON object, else None (no I/O)."""
        return self._json if self._parsed and isinstance(self._json, dict) else None

    def downstream_receive(self, receive: Receive) -> Receive:
        """The ``receive`` to hand the next app: a replay of the body if we consumed ``receive``."""
        if self._replay is not None and receive is self._source:
            return self._replay
        return receive

    def elapsed_ms(self) -> int:
        """Milliseconds since the context was created."""
        return int((time.perf_counter() - self.started) * 1000)


class _Replay:
    """Gives the buffered body once, then defers to the real ``receive`` (for ``http.disconnect``)."""

    __slots__ = ("_body", "_receive", "_sent")

    def __init__(self, body: bytes, receive: Receive) -> None:
        self._body = body
        self._receive = receive
        self._sent = False

    async def __call__(self) -> Message:
        if not self._sent:
            self._sent = True
            return {"type": "http.request", "body": self._body, "more_body": False}
        return await self._receive()


class RequestIds:
    """Unique request ids without a system call each: a random prefix per instance and a counter.

    ``secrets.token_hex`` per request measured ~6% of the gateway's CPU under load; the 48-bit random
    prefix keeps ids from different processes apart.
    """

    __slots__ = ("_prefix", "_counter")

    def __init__(self) -> None:
        self._prefix = "req_" + secrets.token_hex(6)
        self._counter = itertools.count(1)

    def __call__(self) -> str:
        return f"{self._prefix}{next(self._counter):012x}"


def _from_headers(scope: Scope, new_id: Callable[[], str] | None) -> tuple[str, int | None]:
    """In one pass over the headers: the caller's ``X-Request-ID`` if it is sane, else a fresh id;
    and the ``Content-Length`` as a number, or None (absent, chunked, or not a number)."""
    request_id: str | None = None
    declared: int | None = None
    seen_id = seen_length = False
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id" and not seen_id:
            seen_id = True
            if 0 < len(value) <= 128 and value.isascii() and value.replace(b"-", b"").isalnum():
                request_id = value.decode()
        elif name == b"content-length" and not seen_length:
            seen_length = True
            if value.isdigit():
                declared = int(value) if len(value) <= 18 else 10**18  # past any body limit, no huge int
    if request_id is None:
        request_id = new_id() if new_id is not None else "req_" + secrets.token_hex(12)
    return request_id, declared
