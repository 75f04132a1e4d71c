"""What rate limiting and metering add per request, measured on raw ASGI calls (no sockets).

Prints the median per-request microseconds of: the ledger's reserve+settle (memory and SQLite), the
RateLimitMiddleware check, the MeteringMiddleware round trip, and both middlewares together, each
minus the same request through the bare app. Usage: ``python bench/metering.py [--requests N] [--runs R]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson

from proxyify_asgi.context import RequestContext
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_memory import MemoryLedger
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import KeyPolicy, KeyRecord, Usage

BODY = orjson.dumps({"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hello there"}], "max_tokens": 100})
KEY = KeyRecord(name="bench", key_hash="x", prefix="pk", account="bench", created_at=datetime.now(UTC),
                policy=KeyPolicy(rate_limit="1000000/minute", spend_limit_usd=None))


async def endpoint(scope: Any, receive: Any, send: Any) -> None:
    """A stand-in endpoint: reads the body, meters a small chat answer, replies."""
    ctx = RequestContext.of(scope)
    await ctx.body(receive)
    ctx.meter.status, ctx.meter.credits, ctx.meter.cost_usd = "ok", 3, Decimal("0.003")
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


async def one_request(app: Any) -> int:
    scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": [], "client": ("127.0.0.1", 1)}
    RequestContext.of(scope).key = KEY

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": BODY, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        pass

    start = time.perf_counter_ns()
    await app(scope, receive, send)
    return time.perf_counter_ns() - start


async def p50_us(app: Any, requests: int, runs: int) -> float:
    medians = []
    for _ in range(runs):
        samples = [await one_request(app) for _ in range(requests)]
        medians.append(statistics.median(samples))
    return statistics.median(medians) / 1000


async def ledger_us(ledger: Any, requests: int, runs: int) -> float:
    await ledger.grant("bench", 10**12)
    usage = Usage(request_id="r", key="bench", model_requested="m", model_used="m", provider="p", credits=3,
                  cost_usd=Decimal("0.003"))
    medians = []
    for _ in range(runs):
        samples = []
        for _ in range(requests):
            start = time.perf_counter_ns()
            res = await ledger.reserve("bench", "bench", 10, Decimal("0.01"), request_id="r", ttl_s=60)
            await ledger.settle(res, usage)
            samples.append(time.perf_counter_ns() - start)
        medians.append(statistics.median(samples))
    await ledger.aclose()
    return statistics.median(medians) / 1000


async def metered_p50(path: Path, settings: Settings, requests: int, runs: int, *, with_limits: bool) -> float:
    """p50 through metering on a fresh SQLite ledger, optionally behind the rate limiter."""
    ledger = SqliteLedger(path)
    await ledger.grant("bench", 10**12)
    app: Any = MeteringMiddleware(endpoint, ledger=ledger, settings=settings)
    if with_limits:
        app = RateLimitMiddleware(app)
    try:
        return await p50_us(app, requests, runs)
    finally:
        await ledger.aclose()


async def main(requests: int, runs: int) -> None:
    settings = Settings.demo()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"ledger reserve+settle, memory: {await ledger_us(MemoryLedger(), requests, runs):8.1f} µs")
        print(f"ledger reserve+settle, sqlite: {await ledger_us(SqliteLedger(Path(tmp) / 'a.db'), requests, runs):8.1f} µs")
        base = await p50_us(endpoint, requests, runs)
        limited = await p50_us(RateLimitMiddleware(endpoint), requests, runs)
        metered = await metered_p50(Path(tmp) / "b.db", settings, requests, runs, with_limits=False)
        both = await metered_p50(Path(tmp) / "c.db", settings, requests, runs, with_limits=True)
    print(f"bare endpoint p50:             {base:8.1f} µs")
    print(f"+ rate limit (memory://):      {limited - base:8.1f} µs")
    print(f"+ metering (sqlite ledger):    {metered - base:8.1f} µs")
    print(f"+ both:                        {both - base:8.1f} µs   (target <= 500 µs)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    asyncio.run(main(options.requests, options.runs))
