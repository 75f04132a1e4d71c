"""The long-lived services of one app: settings, the upstream HTTP client, the router, the stores.

One :class:`Gateway` per ``create_app`` call, nothing at module level. It starts lazily on the
first request (so a host app that never runs our lifespan still works) or eagerly from the
lifespan, whichever comes first, and closes from the lifespan's shutdown.
"""

from __future__ import annotations

import asyncio

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from proxyify_asgi.routing.router import Router
from proxyify_asgi.upstream_http import AiohttpUpstream, UpstreamHTTP
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.jobs import JobStore, open_job_store
from proxyify_asgi.stores.key_service import CachedKeyStore, OnCreated, seed_keys
from proxyify_asgi.stores.keys import open_key_store
from proxyify_asgi.stores.protocols import KeyStore


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
        key_store: KeyStore | None = None,
    ) -> None:
        self.settings = settings
        self._transport = transport
        # The key store opens lazily (no I/O here); an injected one belongs to the caller.
        self._owns_keys = key_store is None
        self.keys = CachedKeyStore(key_store if key_store is not None else open_key_store(settings.storage.url))
        self.jobs: JobStore = open_job_store(settings.storage.url)
        """Video jobs (opened lazily on first use, like the key store)."""
        self.on_key_created: OnCreated | None = None
        """Awaited for every key created (seeding, admin API): the ledger's grant goes here."""
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
            await seed_keys(self.keys, self.settings, on_created=self.on_key_created)
            client, http, self._session = upstream_clients(self.settings, self._transport)
            self._router = Router(self.settings, client, http)
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

    async def aclose(self) -> None:
        """Close the router, the job store and the HTTP client."""
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
