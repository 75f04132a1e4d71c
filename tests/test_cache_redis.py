"""The response cache in Redis (real redis-server): the Cache contract, sharing, and failure as a miss."""

from __future__ import annotations

import asyncio
import time

from proxyify_asgi.routing.cache import CachedChat, ChatCache
from proxyify_asgi.routing.cache_redis import RedisCache, shared_cache
from tests.fakes.server import free_port


async def test_hit_miss_and_expiry(redis_url: str) -> None:
    cache = RedisCache(redis_url)
    try:
        assert await cache.get("k") is None
        await cache.set("k", b"\x00answer\xff", ttl_s=0.3)
        assert await cache.get("k") == b"\x00answer\xff"
        await cache.set("gone", b"x", ttl_s=0)  # no TTL: not stored
        assert await cache.get("gone") is None
        await asyncio.sleep(0.4)
        assert await cache.get("k") is None  # expired by Redis
    finally:
        await cache.aclose()


async def test_two_processes_sharing_one_redis_share_the_answers(redis_url: str) -> None:
    """Two caches (two gateway workers) on one Redis: what one stores, the other finds."""
    first, second = RedisCache(redis_url), RedisCache(redis_url)
    try:
        entry = CachedChat(model_used="openai/gpt-4o", input_tokens=3, output_tokens=5,
                           body={"choices": [{"message": {"content": "hi"}}]}, chunks=[])
        await ChatCache(first, "chat:abc", 60).store(entry)
        found = await ChatCache(second, "chat:abc", 60).lookup()
        assert found is not None and found.body == entry.body and found.output_tokens == 5
    finally:
        await first.aclose()
        await second.aclose()


async def test_a_redis_that_is_down_is_a_miss_quickly_never_an_error() -> None:
    cache = RedisCache(f"redis://127.0.0.1:{free_port()}/0")
    handle = ChatCache(cache, "chat:abc", 60)
    started = time.monotonic()
    assert await handle.lookup() is None
    await handle.store(CachedChat(model_used=None, input_tokens=1, output_tokens=1, body={}, chunks=[]))
    assert time.monotonic() - started < 3
    await cache.aclose()


def test_the_cache_follows_a_redis_storage_url_only() -> None:
    assert isinstance(shared_cache("redis://127.0.0.1:6379/2"), RedisCache)
    assert shared_cache("sqlite:///./proxyify.db") is None
    assert shared_cache("memory://") is None
