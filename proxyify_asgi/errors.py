"""The one exception tree of the gateway, and the one place errors become HTTP answers.

Every failure a client can see is a :class:`ProxyifyError` carrying its status, a message safe to
show and a ``metadata`` dict. Middlewares and endpoints raise (or send) these; :func:`error_body`
turns one into the spec's ``{"error": {"code", "message", "metadata"}}`` JSON. Anything else that
escapes is a bug and becomes a generic 500 that names no internals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from proxyify_asgi.types import Send


class ProxyifyError(Exception):
    """A failure with an HTTP status and a client-safe message."""

    status: int = 500
    default_message: str = "Internal server error."

    def __init__(
        self,
        message: str | None = None,
        *,
        metadata: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.metadata = dict(metadata or {})
        self.headers = dict(headers or {})
        super().__init__(self.message)


class InvalidRequest(ProxyifyError):
    """400: the body is malformed, of the wrong shape, or names an unknown model."""

    status = 400
    default_message = "Invalid parameters."


class PromptInjection(InvalidRequest):
    """400: the screening middleware judged the prompt an injection attempt."""

    default_message = "Prompt injection detected."


class Unauthorized(ProxyifyError):
    """401: missing, invalid, expired or revoked API key."""

    status = 401
    default_message = "Missing, invalid, or expired API key."


class PaymentRequired(ProxyifyError):
    """402: the account's credits or the key's spending limit do not cover the request."""

    status = 402
    default_message = "Insufficient credits. Please top up your balance."


class InsufficientCredits(PaymentRequired):
    """402: the account balance is below the most the request may cost."""


class SpendingLimitReached(PaymentRequired):
    """402: the key's own spending limit (daily, monthly, total) would be exceeded."""

    default_message = "Spending limit reached."


class Forbidden(ProxyifyError):
    """403: blocked by a key restriction (IP, origin, country, model, time)."""

    status = 403
    default_message = "Blocked by key restriction."


class NotFound(ProxyifyError):
    """404: no such path, job or resource (for this key)."""

    status = 404
    default_message = "Not found."


class MethodNotAllowed(ProxyifyError):
    """405: the path exists, the method does not."""

    status = 405
    default_message = "Method not allowed."


class ProviderTimeout(ProxyifyError):
    """408: the upstream did not answer in time."""

    status = 408
    default_message = "Provider timeout."


class RequestTimeout(ProxyifyError):
    """408: the client stopped sending its request body."""

    status = 408
    default_message = "Request body not received in time."


class PayloadTooLarge(ProxyifyError):
    """413: the request body is over the configured limit."""

    status = 413
    default_message = "Request body too large."


class RateLimited(ProxyifyError):
    """429: too many requests; ``retry_after`` (whole seconds, >= 1) goes to ``Retry-After``."""

    status = 429
    default_message = "Rate limit exceeded."

    def __init__(self, message: str | None = None, *, retry_after: int = 1, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = max(1, int(retry_after))
        self.headers.setdefault("Retry-After", str(self.retry_after))


class ProviderError(ProxyifyError):
    """502: the upstream answered with an error (or with something unreadable)."""

    status = 502
    default_message = "Provider returned an error."

    def __init__(
        self,
        message: str | None = None,
        *,
        upstream_status: int | None = None,
        retry_after: float | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.upstream_status = upstream_status
        self.retry_after = retry_after
        if upstream_status is not None:
            self.metadata.setdefault("provider_status", upstream_status)


class NoProviderAvailable(ProxyifyError):
    """503: no route configured, or every route is down or unreachable."""

    status = 503
    default_message = "No provider available for this model."


class ShuttingDown(NoProviderAvailable):
    """503 ending a stream that was still running when the gateway's shutdown grace ran out."""

    default_message = "The gateway is shutting down; this stream was ended before its answer was complete."


class LedgerUnavailable(ProxyifyError):
    """503: the credit ledger (or the store beside it) cannot be read or written now (locked,
    read-only, unreachable). Nothing is served unmetered: the request is refused, the client retries."""

    status = 503
    default_message = "Ledger unavailable, retry later."


class InternalError(ProxyifyError):
    """500: a bug. The message never carries internals."""


ECHO_LIMIT = 100
"""The most characters of a client-supplied string (a model id, an origin) an error message repeats."""


def clip(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, "…" marking the cut: an error may quote what the
    client sent, but a 100 KB model id must not come back as a 100 KB error."""
    return text if len(text) <= limit else text[:limit] + "…"


def error_body(exc: ProxyifyError) -> bytes:
    """The spec's JSON error body for ``exc``."""
    return orjson.dumps(
        {"error": {"code": exc.status, "message": exc.message, "metadata": exc.metadata}}
    )


def as_proxyify_error(exc: BaseException) -> ProxyifyError:
    """``exc`` itself if it is client-safe, else a generic 500 that hides what went wrong."""
    if isinstance(exc, ProxyifyError):
        return exc
    return InternalError()


async def send_error(send: Send, exc: ProxyifyError, request_id: str | None = None) -> None:
    """Send ``exc`` as a complete JSON HTTP response (the response must not have started)."""
    body = error_body(exc)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if request_id:
        headers.append((b"x-request-id", request_id.encode()))
    headers.extend((k.lower().encode(), str(v).encode()) for k, v in exc.headers.items())
    await send({"type": "http.response.start", "status": exc.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
