"""The outermost guard: a request id on every answer, and no exception ever escapes as a traceback."""

from __future__ import annotations

import logging

from proxyify_asgi.context import RequestContext, RequestIds
from starlette.exceptions import HTTPException

from proxyify_asgi.errors import (
    InvalidRequest,
    LedgerUnavailable,
    MethodNotAllowed,
    NotFound,
    ProxyifyError,
    as_proxyify_error,
    clip,
    send_error,
)
from proxyify_asgi.stores.failures import store_unavailable
from proxyify_asgi.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("proxyify_asgi")


class ErrorGuardMiddleware:
    """Creates the request context, stamps ``X-Request-ID``, and turns escapes into spec errors.

    A :class:`ProxyifyError` raised anywhere below (a middleware, the endpoint) becomes its JSON
    answer; a store that cannot be used now (the ledger locked or read-only, Redis unreachable:
    :func:`~proxyify_asgi.stores.failures.store_unavailable`) is logged once (type, message,
    request id) and becomes a 503 :class:`LedgerUnavailable`; anything else is logged once (type,
    request id, traceback; never the body or headers) and becomes a generic 500. If the response had
    already started, the connection just ends.
    """

    def __init__(self, app: ASGIApp, *, max_body_bytes: int | None = None, body_timeout_s: float | None = None) -> None:
        """``max_body_bytes``: the body limit (413 past it); ``body_timeout_s``: how long a body
        may go without sending anything (408 then). Both default to the request context's."""
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout_s = body_timeout_s
        self.new_id = RequestIds()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope, max_body_bytes=self.max_body_bytes, new_id=self.new_id)
        if self.body_timeout_s is not None:
            ctx.body_timeout_s = self.body_timeout_s
        request_id = ctx.request_id.encode()
        started = False

        async def send_with_id(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = message.setdefault("headers", [])
                if not any(k == b"x-request-id" for k, _ in headers):
                    headers = list(headers)
                    headers.append((b"x-request-id", request_id))
                    message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            error = _client_error(exc, scope)
            if error is None and store_unavailable(exc):
                # An outage, not a bug: no traceback; the message ("database is locked") names no secret.
                logger.error("ledger unavailable in request %s: %s: %s", ctx.request_id, type(exc).__name__, exc)
                error = LedgerUnavailable()
            elif error is None:
                logger.error("unhandled %s in request %s", type(exc).__name__, ctx.request_id, exc_info=exc)
                error = as_proxyify_error(exc)
            if not started:
                for name, value in ctx.error_headers:
                    error.headers.setdefault(name.decode(), value.decode())
                await send_error(send, error, ctx.request_id)


def _client_error(exc: Exception, scope: Scope) -> ProxyifyError | None:
    """The client-facing error for ``exc``, or None if it is a bug."""
    if isinstance(exc, ProxyifyError):
        return exc
    if isinstance(exc, HTTPException):  # Starlette's router: unknown path or method
        path = clip(str(scope.get("path", "")))
        if exc.status_code == 405:
            return MethodNotAllowed(f"Method {scope.get('method')} not allowed on {path}.", headers=exc.headers)
        if exc.status_code == 404:
            return NotFound(f"No route for {path}.")
        return InvalidRequest(clip(str(exc.detail)))
    return None
