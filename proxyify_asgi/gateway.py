"""The long-lived services of one app: settings, the upstream HTTP client, the router, the stores.

One :class:`Gateway` per ``create_app`` call, nothing at module level. It starts lazily on the
first request (so a host app that never runs our lifespan still works) or eagerly from the
lifespan, whichever comes first, and closes from the lifespan's shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import httpx

from proxyify_asgi.routing.router import Router
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger import open_ledger, seed_accounts
from proxyify_asgi.stores.protocols import CreditLedger

SWEEP_INTERVAL_S = 30.0
"""How often expired credit reservations are released while the gateway runs."""


def default_transport(settings: Settings) -> httpx.AsyncBaseTransport:
    """The upstream transport the settings ask for (aiohttp by default; see README, Performance)."""
    limits = httpx.Limits(max_connections=512, max_keepalive_connections=256, keepalive_expiry=30)
    if settings.gateway.http_transport == "aiohttp":
        from httpx_aiohttp import AiohttpTransport

        return AiohttpTransport(limits=limits, trust_env=False)
    return httpx.AsyncHTTPTransport(limits=limits, trust_env=False)


class Gateway:
    """Services shared by the middlewares and the endpoint of one app."""

    def __init__(self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None,
                 ledger: CreditLedger | None = None) -> None:
        self.settings = settings
        self._transport = transport
        self.ledger: CreditLedger = ledger or open_ledger(settings.storage.url)
        """The credit ledger (opening does no I/O; seeded and swept from :meth:`start`)."""
        self._sweeper: asyncio.Task[None] | None = None
        self._client: httpx.AsyncClient | None = None
        self._router: Router | None = None
        self._lock = asyncio.Lock()

    @property
    def started(self) -> bool:
        """Whether :meth:`start` has run."""
        return self._client is not None

    async def start(self) -> None:
        """Create the HTTP client and router (idempotent, safe under concurrent first requests)."""
        if self._client is not None:
            return
        async with self._lock:
            if self._client is not None:
                return
            # Holds left by a killed process are released before anything new is reserved.
            await self.ledger.sweep_expired()
            await seed_accounts(self.ledger, self.settings)
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="proxyify-ledger-sweep")
            transport = self._transport or default_transport(self.settings)
            client = httpx.AsyncClient(transport=transport, timeout=30.0, trust_env=False)
            self._router = Router(self.settings, client)
            self._client = client

    @property
    def router(self) -> Router:
        """The router (after :meth:`start`)."""
        assert self._router is not None, "Gateway.start() has not run"
        return self._router

    @property
    def client(self) -> httpx.AsyncClient:
        """The shared upstream HTTP client (after :meth:`start`)."""
        assert self._client is not None, "Gateway.start() has not run"
        return self._client

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_INTERVAL_S)
            try:
                await self.ledger.sweep_expired()
            except Exception as exc:  # keep sweeping; the next round retries
                logging.getLogger("proxyify_asgi").error("ledger sweep failed: %s", type(exc).__name__)

    async def aclose(self) -> None:
        """Stop the sweep, close the router, the HTTP client and the ledger."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        await self.ledger.aclose()
        if self._router is not None:
            await self._router.aclose()
        if self._client is not None:
            await self._client.aclose()
        self._client = None
        self._router = None
