"""``create_app``: the middleware chain of DESIGN.md §1 around the endpoint app.

The order is fixed: [CORS, only with ``[gateway] cors_origins``] → ErrorGuard → Auth → Restriction → RateLimit → RouteCheck → Screening →
Metering → endpoint. Each layer is a pure ASGI class that also works alone in any Starlette or
FastAPI app (RouteCheck only sends unrouted requests past the body readers to this endpoint app).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager

import httpx

from proxyify_asgi.endpoint.admin import ADMIN_PREFIX, admin_routes
from proxyify_asgi.endpoint.admin_accounts import account_admin_routes
from proxyify_asgi.endpoint.balance import balance_routes
from proxyify_asgi.endpoint.metrics import metrics_routes
from proxyify_asgi.endpoint.routes import RouteCheckMiddleware, build_endpoint_app
from proxyify_asgi.errors import NoProviderAvailable, send_error
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.middleware.auth import AuthMiddleware
from proxyify_asgi.middleware.cors import GatewayCORSMiddleware
from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
from proxyify_asgi.middleware.restriction import RestrictionMiddleware
from proxyify_asgi.middleware.screening import ScreeningMiddleware
from proxyify_asgi.screening.screeners import Screener
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.protocols import KeyStore
from proxyify_asgi.types import ASGIApp, Receive, Scope, Send

logger = logging.getLogger("proxyify_asgi")


class ProxyifyApp:
    """The composed gateway: an ASGI app that also answers the lifespan protocol.

    Mounted inside a host app that does not forward lifespan events, it starts lazily on the first
    request; use :func:`lifespan` in the host's lifespan to also close upstream connections cleanly.
    """

    def __init__(
        self, app: ASGIApp, gateway: Gateway, *, warm_up: Callable[[], Awaitable[None]] | None = None,
        before_close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """``warm_up``: started in the background once the gateway has started (the screening
        models load then, not on the first request); it must log its own failures.
        ``before_close``: awaited at shutdown before the gateway's stores close (metering's last
        attempt at the settles still waiting); it must log its own failures."""
        self.app = app
        self.gateway = gateway
        self.settings = gateway.settings
        self.warm_up = warm_up
        self.before_close = before_close
        self._warming: asyncio.Task[None] | None = None

    def start_warm_up(self) -> None:
        """Start :attr:`warm_up` in the background, once (start-up stays instant)."""
        if self.warm_up is not None and self._warming is None:
            self._warming = asyncio.create_task(self.warm_up())

    def stop_warm_up(self) -> None:
        """Stop waiting for a warm-up still running at shutdown (a load in its thread finishes)."""
        if self._warming is not None and not self._warming.done():
            self._warming.cancel()

    async def close(self) -> None:
        """Shutdown: stop the warm-up, run :attr:`before_close`, close the gateway."""
        self.stop_warm_up()
        try:
            if self.before_close is not None:
                await self.before_close()
        finally:
            await self.gateway.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if not self.gateway.started and scope["type"] == "http":
            # Lazy start: a host app that mounts us does not forward lifespan events.
            try:
                await self.gateway.start()
            except Exception as exc:
                logger.error("gateway failed to start: %s", type(exc).__name__, exc_info=exc)
                await send_error(send, NoProviderAvailable("The gateway could not start; see the server log."))
                return
            self.start_warm_up()
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
                self.start_warm_up()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.close()
                await send({"type": "lifespan.shutdown.complete"})
                return


@asynccontextmanager
async def lifespan(app: ProxyifyApp) -> AsyncIterator[None]:
    """For host apps: ``async with lifespan(gateway_app): yield`` starts and closes the gateway."""
    await app.gateway.start()
    app.start_warm_up()
    try:
        yield
    finally:
        await app.close()


def create_app(
    settings: Settings | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    key_store: KeyStore | None = None,
    screeners: Sequence[Screener] | None = None,
    admin_key: str | None = None,
) -> ProxyifyApp:
    """Build the gateway for ``settings`` (the demo configuration if None).

    ``transport`` replaces the upstream HTTP transport (tests pass ``httpx.MockTransport``);
    ``key_store`` replaces the store ``[storage] url`` names (the caller then owns and closes it);
    ``screeners`` replace the prompt-injection screener chain ``[screening]`` names (e.g. add a
    :class:`~proxyify_asgi.screening.screeners.HookScreener`); ``admin_key`` is the admin API's
    bearer key (default: the ``PROXYIFY_ADMIN_KEY`` environment variable, read now; neither: the
    admin API is off), so two apps in one process can have different ones.
    """
    settings = settings or Settings.demo()
    gw = settings.gateway
    gateway = Gateway(settings, transport=transport, key_store=key_store)
    routes = [
        *admin_routes(gateway, admin_key), *account_admin_routes(gateway, admin_key), *balance_routes(gateway),
        *metrics_routes(gateway),
    ]
    endpoint = build_endpoint_app(gateway, extra_routes=routes)
    metering = MeteringMiddleware(endpoint, ledger=gateway.ledger, settings=settings)
    app: ASGIApp = metering
    app = screening = ScreeningMiddleware.from_settings(
        app, settings.screening, screeners=screeners, max_body_bytes=gw.max_body_bytes
    )
    app = RouteCheckMiddleware(app, endpoint=endpoint)  # 404/405 before any layer reads the body
    limits = settings.rate_limits
    app = RateLimitMiddleware(
        app, storage_uri=limits.storage, default=limits.default, strategy=limits.strategy,
        by_ip_without_key=limits.by_ip_without_key, exempt_paths=gw.public_paths, max_body_bytes=gw.max_body_bytes,
        models=settings.model,  # the token limit holds the model's output cap, as metering reserves it
    )
    app = RestrictionMiddleware(
        app, trusted_proxies=gw.trusted_proxies, country_header=gw.country_header, geoip_db=gw.geoip_db,
    )
    app = AuthMiddleware(app, key_store=gateway.keys, public_paths=gw.public_paths, public_prefixes=(ADMIN_PREFIX,))
    app = ErrorGuardMiddleware(app, max_body_bytes=settings.gateway.max_body_bytes,
                               body_timeout_s=settings.gateway.body_timeout_s)
    if gw.cors_origins:  # outermost: preflights carry no key, and errors need the headers too
        app = GatewayCORSMiddleware(app, origins=gw.cors_origins)
    return ProxyifyApp(app, gateway, warm_up=screening.warm_up, before_close=metering.settle_pending)
