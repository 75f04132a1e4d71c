"""``create_app``: the middleware chain of DESIGN.md §1 around the endpoint app.

The order is fixed: ErrorGuard → Auth → Restriction → RateLimit → Screening → Metering →
endpoint. Each layer is a pure ASGI class that also works alone in any Starlette or FastAPI app.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.admin_accounts import account_admin_routes
from proxyify_asgi.endpoint.balance import balance_routes
from proxyify_asgi.endpoint.routes import build_endpoint_app
from proxyify_asgi.errors import InternalError, send_error
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
from proxyify_asgi.settings import Settings
from proxyify_asgi.types import ASGIApp, Receive, Scope, Send

logger = logging.getLogger("proxyify_asgi")


class ProxyifyApp:
    """The composed gateway: an ASGI app that also answers the lifespan protocol.

    Mounted inside a host app that does not forward lifespan events, it starts lazily on the first
    request; use :func:`lifespan` in the host's lifespan to also close upstream connections cleanly.
    """

    def __init__(self, app: ASGIApp, gateway: Gateway) -> None:
        self.app = app
        self.gateway = gateway
        self.settings = gateway.settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if not self.gateway.started and scope["type"] == "http":
            # Lazy start (no lifespan): the ledger is swept and seeded before any middleware uses it.
            try:
                await self.gateway.start()
            except Exception as exc:
                ctx = RequestContext.of(scope)
                logger.error("gateway start failed in request %s", ctx.request_id, exc_info=exc)
                await send_error(send, InternalError(), ctx.request_id)
                return
        await self.app(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.gateway.start()
                except Exception as exc:  # report, do not crash the server's lifespan task
                    await send({"type": "lifespan.startup.failed", "message": type(exc).__name__})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.gateway.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


@asynccontextmanager
async def lifespan(app: ProxyifyApp) -> AsyncIterator[None]:
    """For host apps: ``async with lifespan(gateway_app): yield`` starts and closes the gateway."""
    await app.gateway.start()
    try:
        yield
    finally:
        await app.gateway.aclose()


def create_app(
    settings: Settings | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ProxyifyApp:
    """Build the gateway for ``settings`` (the demo configuration if None).

    ``transport`` replaces the upstream HTTP transport (tests pass ``httpx.MockTransport``).
    """
    settings = settings or Settings.demo()
    gateway = Gateway(settings, transport=transport)
    app: ASGIApp = build_endpoint_app(gateway, [*balance_routes(gateway), *account_admin_routes(gateway)])
    app = MeteringMiddleware(app, ledger=gateway.ledger, settings=settings)
    # Screening goes here.
    limits = settings.rate_limits
    app = RateLimitMiddleware(
        app, storage_uri=limits.storage, default=limits.default, strategy=limits.strategy,
        by_ip_without_key=limits.by_ip_without_key, exempt_paths=settings.gateway.public_paths,
        max_body_bytes=settings.gateway.max_body_bytes,
    )
    # Restriction, then Auth, go here (outermost last).
    app = ErrorGuardMiddleware(app, max_body_bytes=settings.gateway.max_body_bytes)
    return ProxyifyApp(app, gateway)
