"""What AuthMiddleware + RestrictionMiddleware add per request, measured with raw ASGI calls.

No network, no server: the two middlewares around an app that answers at once, against the same
app alone. Prints the median and p99 added time in microseconds. Run: ``python bench/auth_overhead.py``.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from proxyify_asgi.middleware.auth import AuthMiddleware  # noqa: E402
from proxyify_asgi.middleware.restriction import RestrictionMiddleware  # noqa: E402
from proxyify_asgi.settings import Settings  # noqa: E402
from proxyify_asgi.stores.key_service import seed_keys  # noqa: E402
from proxyify_asgi.stores.keys_sqlite import SQLiteKeyStore  # noqa: E402

SECRET = "pk-bench-secret-0001"
BODY = b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}]}'


async def ok_app(scope, receive, send) -> None:
    await receive()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def make_scope() -> dict:
    return {
        "type": "http", "method": "POST", "path": "/v1/chat/completions", "root_path": "",
        "client": ("10.1.2.3", 40000), "headers": [
            (b"authorization", f"Bearer {SECRET}".encode()), (b"content-type", b"application/json"),
            (b"origin", b"https://app.example.com"), (b"cf-ipcountry", b"DE"),
        ],
    }


async def one(app) -> None:
    async def receive():
        return {"type": "http.request", "body": BODY, "more_body": False}

    async def send(message):
        pass

    await app(make_scope(), receive, send)


async def timed(app, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        await one(app)
        out.append(time.perf_counter() - t)
    return out


async def main(n: int = 20_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteKeyStore(f"{tmp}/bench.db")
        settings = Settings.demo(storage={"url": "memory://"}, keys=[{
            "name": "bench", "key": SECRET, "allowed_models": ["openai/*"], "allowed_ips": ["10.0.0.0/8"],
            "allowed_origins": ["https://*.example.com"], "allowed_countries": ["DE"],
            "active_hours": {"tz": "Europe/Berlin", "start": "00:00", "end": "24:00"},
        }])
        await seed_keys(store, settings)
        chain = AuthMiddleware(RestrictionMiddleware(ok_app), key_store=store)
        for app in (ok_app, chain):
            await timed(app, 2000)  # warm up
        base = await timed(ok_app, n)
        full = await timed(chain, n)
        await store.aclose()
    added = [(f - b) * 1e6 for f, b in zip(sorted(full), sorted(base))]
    print(f"requests: {n}, every restriction kind active, SQLite store behind the 2 s cache")
    print(f"added per request: p50 {statistics.median(added):.1f} us, p99 {added[int(n * 0.99)]:.1f} us")


if __name__ == "__main__":
    asyncio.run(main())
