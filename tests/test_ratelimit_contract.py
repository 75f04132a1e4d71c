"""RateLimitMiddleware alone in a small Starlette app, over a real socket, per ``limits`` storage.

The ``storage`` fixture runs every test against each storage URI: ``memory://`` and a real
redis-server (``tests/redis_server.py``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from proxyify_asgi.context import RequestContext
from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
from proxyify_asgi.pricing import estimate_prompt_tokens
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.stores.protocols import KeyPolicy, KeyRecord
from tests.fakes.server import serve
from tests.keyctx import TestKeyMiddleware

@pytest.fixture(params=["memory://", "redis"])
def storage(request: pytest.FixtureRequest) -> str:
    """Every test runs against each storage: in-process memory, and a real redis-server."""
    if request.param == "redis":
        return request.getfixturevalue("redis_url")
    return request.param


def record(name: str, **policy: Any) -> KeyRecord:
    return KeyRecord(name=name, key_hash="x", prefix="pk", account=f"key:{name}",
                     created_at=datetime.now(UTC), policy=KeyPolicy(**policy))


class Endpoint:
    """Echoes the model; ``/slow`` waits for ``gate``; ``used`` sets the meter's tokens."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.entered = 0
        self.used = (0, 0)
        self.fail = False

    async def chat(self, request: Request) -> JSONResponse:
        try:
            body = await request.json()  # the middleware read it first: the replay must still work
        except ValueError:
            return JSONResponse({"error": "not json"}, status_code=400)
        ctx = RequestContext.of(request.scope)
        ctx.meter.input_tokens, ctx.meter.output_tokens = self.used
        ctx.meter.status = "error" if self.fail else "ok"
        return JSONResponse({"model": body.get("model")}, status_code=502 if self.fail else 200)

    async def slow(self, request: Request) -> JSONResponse:
        self.entered += 1
        await self.gate.wait()
        return JSONResponse({"ok": True})


@contextmanager
def limited(storage: str, keys: dict[str, KeyRecord], **options: Any) -> Iterator[tuple[str, Endpoint]]:
    endpoint = Endpoint()
    app = Starlette(routes=[
        Route("/chat", endpoint.chat, methods=["POST"]),
        Route("/slow", endpoint.slow),
        Route("/healthz", lambda r: JSONResponse({})),
    ])
    stack = TestKeyMiddleware(RateLimitMiddleware(app, storage_uri=storage, **options), records=keys)
    with serve(stack) as url:
        yield url, endpoint


def chat(model: str = "openai/gpt-4o", text: str = "hi", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


@pytest.mark.parametrize("strategy", ["moving-window", "fixed-window", "sliding-window-counter"])
async def test_the_n_plus_first_request_is_429_until_the_window_frees(storage: str, strategy: str) -> None:
    keys = {"pk-a": record("a", rate_limit="2/second")}
    with limited(storage, keys, strategy=strategy) as (url, _):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}) as client:
            first, second, third = [await client.get("/healthz") for _ in range(3)]
            assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
            assert [r.headers["x-ratelimit-limit"] for r in (first, second, third)] == ["2", "2", "2"]
            assert [r.headers["x-ratelimit-remaining"] for r in (first, second, third)] == ["1", "0", "0"]
            assert 1 <= int(first.headers["x-ratelimit-reset"]) <= 2
            retry = int(third.headers["retry-after"])
            assert 1 <= retry <= 2
            assert third.headers["x-ratelimit-reset"] == str(retry)
            error = third.json()["error"]
            assert (error["code"], error["metadata"]["limit"]) == (429, "requests")
            await asyncio.sleep(retry)
            assert (await client.get("/healthz")).status_code == 200


async def test_a_refused_request_does_not_use_up_the_other_limits(storage: str) -> None:
    keys = {"pk-a": record("a", rate_limit="2/second;3/minute")}
    with limited(storage, keys) as (url, _):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}) as client:
            assert [(await client.get("/healthz")).status_code for _ in range(3)] == [200, 200, 429]
            await asyncio.sleep(1)
            assert (await client.get("/healthz")).status_code == 200  # the 429 did not count per minute
            refused = await client.get("/healthz")
            assert refused.status_code == 429
            assert 50 <= int(refused.headers["retry-after"]) <= 60
            assert refused.headers["x-ratelimit-limit"] == "3"


async def test_without_a_key_it_limits_by_client_address(storage: str) -> None:
    with limited(storage, {}, default="100/minute", by_ip_without_key="2/minute", exempt_paths=["/slow"]) as (url, _):
        async with httpx.AsyncClient(base_url=url) as client:
            codes = [(await client.get("/healthz")).status_code for _ in range(3)]
            assert codes == [200, 200, 429]
            keyed = await client.get("/healthz", headers={"authorization": "Bearer nobody"})
            assert keyed.status_code == 429  # an unknown key is no key: still this address


async def test_per_model_limits_match_globs_and_leave_other_models_alone(storage: str) -> None:
    keys = {"pk-a": record("a", rate_limit="100/minute", model_rate_limits={"openai/*": "1/minute"})}
    with limited(storage, keys) as (url, _):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}) as client:
            ok = await client.post("/chat", json=chat("openai/gpt-4o"))
            assert ok.status_code == 200 and ok.json() == {"model": "openai/gpt-4o"}
            refused = await client.post("/chat", json=chat("openai/gpt-4o-mini"))
            assert refused.status_code == 429 and "openai/*" in refused.json()["error"]["message"]
            assert (await client.post("/chat", json=chat("anthropic/claude-sonnet-4.5"))).status_code == 200
            assert (await client.post("/chat", content=b"{not json")).status_code == 400  # the endpoint's own answer


async def test_token_limit_holds_the_estimate_then_counts_real_usage(storage: str) -> None:
    keys = {"pk-a": record("a", tokens_per_minute=100)}
    with limited(storage, keys) as (url, endpoint):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}) as client:
            endpoint.used = (10, 20)
            first = chat(max_tokens=60)
            assert estimate_prompt_tokens(first) + 60 <= 100
            assert (await client.post("/chat", json=first)).status_code == 200
            # 30 used: a request holding exactly the 70 left fits only because the estimate was corrected.
            fits = chat()
            fits["max_tokens"] = 70 - estimate_prompt_tokens(fits)
            endpoint.used = (0, 0)
            endpoint.fail = True  # a failed call gives its whole hold back
            assert (await client.post("/chat", json=fits)).status_code == 502
            endpoint.fail = False
            endpoint.used = (35, 35)
            assert (await client.post("/chat", json=fits)).status_code == 200
            refused = await client.post("/chat", json=chat())
            assert refused.status_code == 429
            meta = refused.json()["error"]["metadata"]
            assert (meta["limit"], meta["remaining_tokens"]) == ("tokens", 0)
            assert refused.headers["x-ratelimit-limit"] == "600"  # the request window, reported on token refusals too
            assert 1 <= int(refused.headers["retry-after"]) <= 60


async def test_a_token_hold_above_the_whole_limit_is_a_400_without_retry_after(storage: str) -> None:
    keys = {"pk-a": record("a", tokens_per_minute=100)}
    with limited(storage, keys) as (url, _):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}) as client:
            r = await client.post("/chat", json=chat(max_tokens=200))
            assert r.status_code == 400, r.text
            assert "retry-after" not in r.headers  # waiting cannot make it fit
            assert r.headers["x-ratelimit-limit"] == "600"  # every answer reports the request window
            error = r.json()["error"]
            assert error["metadata"]["requested_tokens"] == estimate_prompt_tokens(chat()) + 200
            assert "tokens_per_minute (100)" in error["message"] and "lower max_tokens" in error["message"]
            assert (await client.post("/chat", json=chat(max_tokens=50))).status_code == 200  # it held nothing
            absurd = await client.post("/chat", json=chat(max_tokens=2**62, n=4))  # 2**64: not a 500
            assert absurd.status_code == 400 and "requested_tokens" not in absurd.json()["error"]["metadata"]
            assert str(2**64 + estimate_prompt_tokens(chat())) in absurd.json()["error"]["message"]


async def test_the_token_hold_uses_the_model_table_output_cap(storage: str) -> None:
    table = {m.id: m for m in (ModelSettings(id="openai/gpt-4o", max_output_tokens=40),
                               ModelSettings(id="openai/dall-e", modality="image"))}
    keys = {"pk-a": record("a", tokens_per_minute=100)}
    with limited(storage, keys, models=table.get) as (url, endpoint):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}) as client:
            prompt = estimate_prompt_tokens(chat())
            endpoint.fail = True  # every call gives its hold back: the refusals below show the hold itself
            assert (await client.post("/chat", json=chat(n=2))).status_code == 502  # 12 + 2 x 40 fits
            refused = await client.post("/chat", json=chat(n=3))  # 12 + 3 x 40 never fits
            assert refused.status_code == 400
            assert refused.json()["error"]["metadata"]["requested_tokens"] == prompt + 3 * 40
            # max_tokens above the model's cap counts as the cap; a media model holds the prompt only;
            # a model the table does not know holds the request's own max_tokens.
            assert (await client.post("/chat", json=chat(max_tokens=10**6, n=2))).status_code == 502
            assert (await client.post("/chat", json=chat("openai/dall-e", max_tokens=10**6))).status_code == 502
            assert (await client.post("/chat", json=chat("other/model", max_tokens=101))).status_code == 400


async def test_concurrency_cap_refuses_the_extra_request_and_frees_slots(storage: str) -> None:
    keys = {"pk-a": record("a", max_concurrent=2), "pk-b": record("b", max_concurrent=2)}
    with limited(storage, keys) as (url, endpoint):
        async with httpx.AsyncClient(base_url=url, headers={"authorization": "Bearer pk-a"}, timeout=10) as client:
            held = [asyncio.create_task(client.get("/slow")) for _ in range(2)]
            deadline = time.monotonic() + 5
            while endpoint.entered < 2 and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            refused = await client.get("/slow")
            assert refused.status_code == 429
            assert refused.json()["error"]["metadata"] == {"limit": "concurrency", "max_concurrent": 2}
            assert refused.headers["retry-after"] == "1"
            assert refused.headers["x-ratelimit-remaining"] == str(600 - 2)  # the default request limit
            other = await client.get("/healthz", headers={"authorization": "Bearer pk-b"})
            assert other.status_code == 200  # caps are per key
            endpoint.gate.set()
            assert [r.status_code for r in await asyncio.gather(*held)] == [200, 200]
            assert (await client.get("/slow")).status_code == 200


def test_unknown_strategy_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="strategy"):
        RateLimitMiddleware(Starlette(), strategy="leaky-bucket")


async def test_exempt_paths_hold_under_a_mount_prefix() -> None:
    inner = Starlette(routes=[Route("/healthz", lambda r: JSONResponse({})), Route("/other", lambda r: JSONResponse({}))])
    host = Starlette(routes=[Mount("/ai", RateLimitMiddleware(inner, default="1/minute", exempt_paths=["/healthz"]))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=host), base_url="http://t") as client:
        assert [(await client.get("/ai/healthz")).status_code for _ in range(3)] == [200, 200, 200]
        assert [(await client.get("/ai/other")).status_code for _ in range(2)] == [200, 429]


@pytest.mark.parametrize("limit", [5, 30])
async def test_fast_memory_storage_agrees_with_the_upstream_moving_window(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    import random

    from limits.aio.storage import MemoryStorage

    from proxyify_asgi.middleware.ratelimit_storage import FastMemoryStorage

    now = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    ours, upstream = FastMemoryStorage(), MemoryStorage()
    rng = random.Random(7)
    decisions = []
    for _ in range(3000):
        now[0] += rng.expovariate(2.0)  # bursts and gaps around the 10 s window
        amount = rng.choice((1, 1, 1, 2, 6))
        got = await ours.acquire_entry("k", limit, 10, amount)
        assert got == await upstream.acquire_entry("k", limit, 10, amount)
        decisions.append(got)
        start, count = await ours.get_moving_window("k", limit, 10)
        up_start, up_count = await upstream.get_moving_window("k", limit, 10)
        assert count == up_count and (count == 0 or start == up_start)
    assert 0 < sum(decisions) < len(decisions)  # both outcomes were exercised
    if limit == 30:
        assert ours._hits["k"].start < 1024 < sum(decisions)  # old hits were compacted away
