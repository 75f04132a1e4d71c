"""AuthMiddleware and RestrictionMiddleware each mounted alone in a small Starlette app."""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from proxyify_asgi import AuthMiddleware, RestrictionMiddleware
from proxyify_asgi.context import RequestContext
from proxyify_asgi.settings import ActiveHours
from proxyify_asgi.stores.keys import display_prefix, hash_secret
from proxyify_asgi.stores.keys_memory import MemoryKeyStore
from proxyify_asgi.stores.protocols import KeyPolicy, KeyRecord

T0 = datetime(2026, 1, 7, 12, 0, tzinfo=timezone.utc)  # a Wednesday


async def echo(request: Request) -> JSONResponse:
    """Answers with the key the middleware put in the context and the body it received."""
    key = RequestContext.of(request.scope).key
    body = await request.body()
    return JSONResponse({"key": key.name if key else None, "body": body.decode()})


ROUTES = [Route("/echo", echo, methods=["GET", "POST"]), Route("/healthz", echo), Route("/sub/{x}", echo)]


def record(name: str, secret: str, policy: KeyPolicy | None = None, **extra) -> KeyRecord:
    return KeyRecord(name=name, key_hash=hash_secret(secret), prefix=display_prefix(secret),
                     account=f"key:{name}", created_at=T0, policy=policy or KeyPolicy(), **extra)


def client(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 1234)), base_url="http://t")


# --- AuthMiddleware alone -------------------------------------------------------------------------


@pytest.fixture
async def key_store():
    store = MemoryKeyStore()
    await store.put(record("alice", "pk-alice-secret"))
    await store.put(record("gone", "pk-gone-secret", revoked_at=T0))
    await store.put(record("old", "pk-old-secret", expires_at=T0))
    return store


async def test_auth_alone_puts_the_key_in_the_context(key_store):
    app = Starlette(routes=ROUTES, middleware=[Middleware(AuthMiddleware, key_store=key_store, clock=lambda: T0)])
    async with client(app) as c:
        ok = await c.post("/echo", content=b"payload", headers={"Authorization": "Bearer pk-alice-secret"})
        assert ok.json() == {"key": "alice", "body": "payload"}
        assert (await c.get("/echo", headers={"X-API-Key": "pk-alice-secret"})).json()["key"] == "alice"
        assert (await c.get("/healthz")).status_code == 200
        for headers, reason in [({}, "missing"), ({"Authorization": "Bearer pk-nope"}, "invalid"),
                                ({"Authorization": "Bearer pk-gone-secret"}, "revoked"),
                                ({"Authorization": "Bearer pk-old-secret"}, "expired")]:
            r = await c.get("/echo", headers=headers)
            assert r.status_code == 401 and r.json()["error"]["metadata"]["reason"] == reason


async def test_auth_public_prefixes_and_mount_prefix(key_store):
    inner = Starlette(routes=ROUTES, middleware=[
        Middleware(AuthMiddleware, key_store=key_store, public_paths=("/healthz",), public_prefixes=("/sub/",)),
    ])
    host = Starlette()
    host.mount("/ai", inner)
    async with client(host) as c:
        assert (await c.get("/ai/healthz")).status_code == 200  # public, relative to the mount
        assert (await c.get("/ai/sub/x")).status_code == 200
        assert (await c.get("/ai/echo")).status_code == 401


async def test_auth_sees_a_revocation_through_its_store_at_once(key_store):
    auth = AuthMiddleware(Starlette(routes=ROUTES), key_store=key_store)
    async with client(auth) as c:
        headers = {"Authorization": "Bearer pk-alice-secret"}
        assert (await c.get("/echo", headers=headers)).status_code == 200
        await auth.key_store.revoke("alice", T0)
        assert (await c.get("/echo", headers=headers)).status_code == 401


# --- RestrictionMiddleware alone ------------------------------------------------------------------


class KeyFromHeader:
    """Stands in for any authentication: picks a policy by the x-test-key header."""

    def __init__(self, app, policies: dict[str, KeyPolicy]) -> None:
        self.app = app
        self.policies = policies

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            name = dict(scope["headers"]).get(b"x-test-key", b"").decode()
            if name in self.policies:
                RequestContext.of(scope).key = record(name, f"pk-{name}-x", self.policies[name])
        await self.app(scope, receive, send)


class FakeGeoIP:
    def get(self, ip: str):
        return {"country": {"iso_code": "DE"}} if ip.startswith("10.") else None


POLICIES = {
    "models": KeyPolicy(allowed_models=("openai/*",)),
    "office": KeyPolicy(active_hours=ActiveHours(tz="Europe/Berlin", days=("wed",), start="08:00", end="18:00")),
    "night": KeyPolicy(active_hours=ActiveHours(tz="Europe/Berlin", days=("wed",), start="22:00", end="06:00")),
    "german": KeyPolicy(allowed_countries=("DE",)),
    "lan": KeyPolicy(allowed_ips=("10.0.0.0/8",)),
}


def restricted_app(**options) -> Starlette:
    return Starlette(routes=ROUTES, middleware=[
        Middleware(KeyFromHeader, policies=POLICIES),
        Middleware(RestrictionMiddleware, clock=lambda: T0, **options),
    ])


async def test_restriction_alone_replays_the_body_it_read_for_the_model_rule():
    async with client(restricted_app()) as c:
        ok = await c.post("/echo", json={"model": "openai/gpt-4o"}, headers={"x-test-key": "models"})
        assert ok.status_code == 200 and ok.json()["body"] == '{"model":"openai/gpt-4o"}'
        denied = await c.post("/echo", json={"model": "x/y"}, headers={"x-test-key": "models"})
        assert denied.status_code == 403 and denied.json()["error"]["metadata"] == {"restriction": "model"}
        assert (await c.get("/echo", headers={"x-test-key": "models"})).status_code == 200  # no body, no model


async def test_restriction_alone_passes_requests_without_a_key():
    async with client(restricted_app()) as c:
        r = await c.post("/echo", json={"model": "x/y"})
        assert r.status_code == 200 and r.json()["key"] is None


async def test_restriction_alone_uses_the_injected_clock():
    async with client(restricted_app()) as c:
        assert (await c.get("/echo", headers={"x-test-key": "office"})).status_code == 200  # Wed 13:00 CET
        night = await c.get("/echo", headers={"x-test-key": "night"})
        assert night.status_code == 403 and night.json()["error"]["metadata"] == {"restriction": "time"}


async def test_restriction_alone_with_a_geoip_reader_ignores_the_country_header():
    app = restricted_app(geoip_reader=FakeGeoIP(), trusted_proxies=("127.0.0.1/32",))
    async with client(app) as c:
        r = await c.get("/echo", headers={"x-test-key": "german", "X-Forwarded-For": "10.0.0.1"})
        assert r.status_code == 200
        r = await c.get("/echo", headers={"x-test-key": "german", "X-Forwarded-For": "8.8.8.8", "CF-IPCountry": "DE"})
        assert r.status_code == 403 and r.json()["error"]["metadata"] == {"restriction": "country"}


async def test_restriction_alone_trusted_proxy_ip():
    async with client(restricted_app(trusted_proxies=("127.0.0.1/32",))) as c:
        assert (await c.get("/echo", headers={"x-test-key": "lan", "X-Forwarded-For": "10.3.3.3"})).status_code == 200
    async with client(restricted_app()) as c:
        r = await c.get("/echo", headers={"x-test-key": "lan", "X-Forwarded-For": "10.3.3.3"})
        assert r.status_code == 403 and r.json()["error"]["metadata"] == {"restriction": "ip"}
