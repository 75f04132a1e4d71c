"""The long-lived services of one app: settings, the upstream HTTP client, the router, the stores.

One :class:`Gateway` per ``create_app`` call, nothing at module level. It starts lazily on the
first request (so a host app that never runs our lifespan still works) or eagerly from the
lifespan, whichever comes first, and closes from the lifespan's shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from proxyify_asgi.routing.cache_redis import shared_cache
from proxyify_asgi.routing.router import Router
from proxyify_asgi.upstream_http import AiohttpUpstream, UpstreamHTTP
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.jobs import JobStore, open_job_store
from proxyify_asgi.stores.key_service import CachedKeyStore, OnCreated, seed_keys
from proxyify_asgi.stores.keys import open_key_store
from proxyify_asgi.stores.ledger import open_ledger, seed_accounts
from proxyify_asgi.stores.protocols import CreditLedger, KeyRecord, KeyStore

SWEEP_INTERVAL_S = 30.0
"""How often expired credit reservations are released while the gateway runs."""


MAX_CONNECTIONS = 512


def aiohttp_session() -> aiohttp.ClientSession:
    """The shared upstream connection pool (keep-alive, no proxies from the environment)."""
    connector = aiohttp.TCPConnector(limit=MAX_CONNECTIONS, keepalive_timeout=30, ttl_dns_cache=300)
    return aiohttp.ClientSession(connector=connector, trust_env=False, auto_decompress=True,
                                 skip_auto_headers=("User-Agent",))


def upstream_clients(
    settings: Settings, transport: httpx.AsyncBaseTransport | None
) -> tuple[httpx.AsyncClient, UpstreamHTTP | None, aiohttp.ClientSession | None]:
    """The httpx client every adapter gets, and the fast hot-path client when aiohttp is configured.

    With aiohttp (the default, see README Performance) both share one aiohttp connection pool. An
    injected ``transport`` (tests) means httpx only.
    """
    if transport is not None:
        return httpx.AsyncClient(transport=transport, timeout=30.0, trust_env=False), None, None
    if settings.gateway.http_transport == "aiohttp":
        session = aiohttp_session()
        client = httpx.AsyncClient(transport=AiohttpTransport(client=session), timeout=30.0, trust_env=False)
        return client, AiohttpUpstream(session), session
    limits = httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=256, keepalive_expiry=30)
    return httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(limits=limits), timeout=30.0, trust_env=False), None, None


class Gateway:
    """Services shared by the middlewares and the endpoint of one app."""

    def __init__(
        self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None,
        key_store: KeyStore | None = None, ledger: CreditLedger | None = None,
    ) -> None:
        self.settings = settings
        self._transport = transport
        # The key store opens lazily (no I/O here); an injected one belongs to the caller.
        self._owns_keys = key_store is None
        self.keys = CachedKeyStore(key_store if key_store is not None else open_key_store(settings.storage.url))
        self.ledger: CreditLedger = ledger or open_ledger(settings.storage.url)
        """The credit ledger (opening does no I/O; swept and seeded from :meth:`start`)."""
        self.jobs: JobStore = open_job_store(settings.storage.url)
        """Video jobs (opened lazily on first use, like the key store)."""
        self.job_refreshes: dict[str, asyncio.Future[JobRecord]] = {}
        """Video jobs this process is refreshing from the upstream right now, by id: concurrent
        pollers of one job share that answer instead of returning the state from before it."""
        self.on_key_created: OnCreated | None = self.open_key_account
        """Awaited for every key created (seeding, admin API): the ledger's grant goes here."""
        self._sweeper: asyncio.Task[None] | None = None
        self._client: httpx.AsyncClient | None = None
        self._session: aiohttp.ClientSession | None = None
        self._router: Router | None = None
        self._lock = asyncio.Lock()

    @property
    def started(self) -> bool:
        """Whether :meth:`start` has run."""
        return self._client is not None

    async def start(self) -> None:
        """Seed the keys, create the HTTP client and router (idempotent, safe under concurrent first requests)."""
        if self._client is not None:
            return
        async with self._lock:
            if self._client is not None:
                return
            # Holds left by a killed process are released before anything new is reserved.
            await self.ledger.sweep_expired()
            await seed_accounts(self.ledger, self.settings)
            await seed_keys(self.keys, self.settings, on_created=self.on_key_created)
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="proxyify-ledger-sweep")
            client, http, self._session = upstream_clients(self.settings, self._transport)
            self._router = Router(self.settings, client, http, cache=shared_cache(self.settings.storage.url))
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

    async def open_key_account(self, record: KeyRecord) -> None:
        """A new key with credits of its own gets its account, unless the account exists already.

        Create-if-absent (never a grant on top) so seeding and this hook agree in any order and a
        key re-created under an old name does not double its credits.
        """
        if record.credits is not None:
            await self.ledger.create_account(record.account, record.credits, note=f"key {record.name} created")

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_INTERVAL_S)
            try:
                await self.ledger.sweep_expired()
            except Exception as exc:  # keep sweeping; the next round retries
                logging.getLogger("proxyify_asgi").error("ledger sweep failed: %s", type(exc).__name__)

    async def aclose(self) -> None:
        """Stop the sweep, close the router, the ledger, the job store and the HTTP client."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        await self.ledger.aclose()  # reopens by itself if the gateway starts again
        await self.jobs.aclose()  # reopens by itself if the gateway starts again
        if self._router is not None:
            await self._router.aclose()
        if self._client is not None:
            await self._client.aclose()
        if self._session is not None:
            await self._session.close()
        self._client = None
        self._session = None
        self._router = None
        if self._owns_keys:
            await self.keys.aclose()
