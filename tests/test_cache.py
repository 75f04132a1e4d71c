"""Response cache: the LRU store, the request key, opt-in rules, and hits through the gateway
(JSON and streamed) against a real local OpenAI-compatible upstream."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.app import ProxyifyApp
from proxyify_asgi.routing.cache import MemoryCache, cache_key, cache_requested
from proxyify_asgi.settings import ModelSettings
from tests.fakes.chaos_upstream import ChaosUpstream
from tests.fakes.gateway_settings import AUTH, CHAOS_ANSWER_CREDITS, TEST_PRICE, gateway_settings, parse_sse
from tests.fakes.server import serve


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_memory_cache_hit_miss_and_expiry() -> None:
    clock = Clock()
    cache = MemoryCache(max_bytes=1000, clock=clock)
    assert await cache.get("k") is None
    await cache.set("k", b"value", ttl_s=10)
    assert await cache.get("k") == b"value"
    clock.now = 9.99
    assert await cache.get("k") == b"value"
    clock.now = 10
    assert await cache.get("k") is None and len(cache) == 0 and cache.size == 0


async def test_memory_cache_evicts_least_recently_used_past_the_byte_cap() -> None:
    cache = MemoryCache(max_bytes=10, clock=Clock())
    await cache.set("a", b"aaaa", 60)
    await cache.set("b", b"bbbb", 60)
    assert await cache.get("a") == b"aaaa"  # a is now the most recently used
    await cache.set("c", b"cccc", 60)  # 12 bytes > 10: evict b
    assert await cache.get("b") is None
    assert await cache.get("a") == b"aaaa" and await cache.get("c") == b"cccc"
    assert cache.size == 8
    await cache.set("huge", b"x" * 11, 60)  # larger than the whole cache: not stored, nothing evicted
    assert await cache.get("huge") is None and cache.size == 8


def test_cache_key_covers_what_changes_the_answer_only() -> None:
    base = {"messages": [{"role": "user", "content": "hi"}], "temperature": 0.2}
    key = cache_key("m", base)
    assert cache_key("m", {"temperature": 0.2, "messages": [{"content": "hi", "role": "user"}]}) == key
    assert cache_key("m", {**base, "user": "u1", "metadata": {"a": 1}, "cache": True}) == key
    assert cache_key("m", {**base, "temperature": 0.3}) != key
    assert cache_key("m", {**base, "messages": [{"role": "user", "content": "hi!"}]}) != key
    assert cache_key("other", base) != key
    assert cache_key("m", {**base, "stream": True}) != key


def test_opt_in_precedence_body_then_header_then_model() -> None:
    off, on = ModelSettings(id="m"), ModelSettings(id="m", cache=True)
    assert cache_requested(off, {}, None) is False
    assert cache_requested(on, {}, None) is True
    assert cache_requested(off, {}, "true") is True
    assert cache_requested(on, {}, "false") is False
    assert cache_requested(off, {"cache": True}, "false") is True
    assert cache_requested(on, {"cache": False}, "true") is False


@pytest.fixture
def upstream() -> Iterator[tuple[ChaosUpstream, str]]:
    app = ChaosUpstream("up")
    with serve(app) as url:
        yield app, url


@pytest.fixture
async def gateways(tmp_path: Path) -> AsyncIterator[Callable[..., ProxyifyApp]]:
    """``make(url, model_cache=False, **routing)``: a gateway in front of ``url``, closed afterwards."""
    apps: list[ProxyifyApp] = []

    def make(url: str, *, model_cache: bool = False, **routing: Any) -> ProxyifyApp:
        providers = {"up": {"kind": "openai", "base_url": url + "/v1"}}
        model = {"id": "m/chat", "cache": model_cache, "cache_ttl_s": 60,
                 "routes": [{"provider": "up", "model": "up-model"}], "price": TEST_PRICE}
        apps.append(create_app(gateway_settings(tmp_path, providers, [model], routing=routing)))
        return apps[-1]

    yield make
    for app in apps:
        await app.gateway.aclose()


async def ask(app: ProxyifyApp, headers: dict[str, str] | None = None, **extra: Any) -> httpx.Response:
    body = {"model": "m/chat", "messages": [{"role": "user", "content": "same question"}], **extra}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw") as client:
        return await client.post("/v1/chat/completions", json=body, headers={**AUTH, **(headers or {})})


async def test_json_hit_is_free_marked_cached_and_never_reaches_upstream(gateways: Callable[..., ProxyifyApp], upstream: Any) -> None:
    up, url = upstream
    app = gateways(url)
    first = (await ask(app, cache=True)).json()
    second = await ask(app, cache=True)
    assert up.counts["ok"] == 1
    assert "cache" not in up.bodies[0]  # the gateway's own flag is not forwarded
    hit = second.json()
    assert hit["data"] == first["data"]
    assert first["_balancer"]["cached"] is False and first["_balancer"]["credits_used"] == CHAOS_ANSWER_CREDITS
    assert hit["_balancer"]["cached"] is True and hit["_balancer"]["credits_used"] == 0
    assert hit["_balancer"]["cost_usd"] == 0 and hit["_balancer"]["input_tokens"] == 10
    assert second.headers["x-balancer-credits-used"] == "0"
    assert app.gateway.router.stats.snapshot()["models"]["m/chat"]["cache_hits"] == 1


async def test_header_opt_in_and_no_opt_in(gateways: Callable[..., ProxyifyApp], upstream: Any) -> None:
    up, url = upstream
    app = gateways(url)
    await ask(app)
    await ask(app)
    assert up.counts["ok"] == 2  # not opted in: every request goes upstream
    await ask(app, {"X-Proxyify-Cache": "true"})
    hit = await ask(app, {"X-Proxyify-Cache": "true"})
    assert up.counts["ok"] == 3 and hit.json()["_balancer"]["cached"] is True


async def test_model_level_cache_and_request_opt_out(gateways: Callable[..., ProxyifyApp], upstream: Any) -> None:
    up, url = upstream
    app = gateways(url, model_cache=True)
    await ask(app)
    assert (await ask(app)).json()["_balancer"]["cached"] is True
    assert (await ask(app, cache=False)).json()["_balancer"]["cached"] is False
    assert up.counts["ok"] == 2


async def test_entries_expire_after_the_model_ttl(gateways: Callable[..., ProxyifyApp], upstream: Any) -> None:
    up, url = upstream
    app = gateways(url, model_cache=True)
    await ask(app)
    cache = app.gateway.router.cache
    assert isinstance(cache, MemoryCache)
    cache.clock = lambda: time.monotonic() + 61  # past cache_ttl_s = 60
    assert (await ask(app)).json()["_balancer"]["cached"] is False
    assert up.counts["ok"] == 2


async def test_cache_hit_charge_is_configurable(gateways: Callable[..., ProxyifyApp], upstream: Any) -> None:
    _, url = upstream
    app = gateways(url, cache_hit_charge=1)
    await ask(app, cache=True)
    hit = (await ask(app, cache=True)).json()["_balancer"]
    assert hit["cached"] is True and hit["credits_used"] == CHAOS_ANSWER_CREDITS


async def test_stream_is_replayed_as_a_stream(gateways: Callable[..., ProxyifyApp], upstream: Any) -> None:
    up, url = upstream
    app = gateways(url)
    first = parse_sse((await ask(app, cache=True, stream=True)).text)
    second_response = await ask(app, cache=True, stream=True)
    assert second_response.headers["content-type"].startswith("text/event-stream")
    second = parse_sse(second_response.text)
    assert up.counts["ok"] == 1
    assert second[-1] == "[DONE]"
    assert [c["choices"] for c in second[:-2]] == [c["choices"] for c in first[:-2]]
    final = second[-2]
    assert final["choices"] == [] and final["usage"]["completion_tokens"] == 5
    assert final["_balancer"]["cached"] is True and final["_balancer"]["credits_used"] == 0
    assert first[-2]["_balancer"]["cached"] is False
    # A JSON request is a different entry: it goes upstream.
    assert (await ask(app, cache=True)).json()["_balancer"]["cached"] is False


async def test_stream_that_ended_early_is_not_cached(gateways: Callable[..., ProxyifyApp]) -> None:
    up = ChaosUpstream("up", {"midstream": 1.0})
    with serve(up) as url:
        app = gateways(url)
        for _ in range(2):
            events = parse_sse((await ask(app, cache=True, stream=True)).text)
            assert "error" in events[-1]
    assert up.counts["midstream"] == 2
