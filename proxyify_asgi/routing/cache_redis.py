"""The response cache in Redis, shared by every gateway process that uses one ``[storage] url``.

Several workers or hosts behind one Redis then answer a repeated request from one entry instead
of each filling its own memory. Entries expire by Redis's own TTL (``SET ... PX``); their total
size is bounded by the server's ``maxmemory`` and eviction policy, not by
``routing.cache_max_mb`` (which sizes the in-memory cache only). A Redis that is down or slow
never fails a request: :class:`~proxyify_asgi.routing.cache.ChatCache` treats a lookup error as a
miss and ignores a store error.
"""

from __future__ import annotations

from proxyify_asgi.stores.redis_client import RedisBacked
from proxyify_asgi.stores.url import REDIS_SCHEMES

_TIMEOUT_S = 0.5
"""Socket timeout: a cache that does not answer quickly is a miss, not a wait."""


class RedisCache(RedisBacked):
    """:class:`~proxyify_asgi.routing.cache.Cache` over Redis strings, keys under ``prefix``.

    The client is created on first use (constructing it does no I/O) and closed by :meth:`aclose`.
    """

    def __init__(self, url: str, *, prefix: str = "proxyify:cache:") -> None:
        super().__init__(url, timeout_s=_TIMEOUT_S, decode_responses=False)
        self.prefix = prefix

    async def get(self, key: str) -> bytes | None:
        """The value under ``key``, or None when absent or expired."""
        value = await self._redis().get(self.prefix + key)
        return bytes(value) if value is not None else None

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        """Store ``value`` for ``ttl_s`` seconds (at least a millisecond; nothing for ``ttl_s <= 0``)."""
        if ttl_s <= 0:
            return
        await self._redis().set(self.prefix + key, value, px=max(1, int(ttl_s * 1000)))


def shared_cache(storage_url: str) -> RedisCache | None:
    """A Redis cache when ``[storage] url`` is a Redis one (the processes sharing the ledger share
    the answers too), else None: the router's in-memory cache."""
    return RedisCache(storage_url) if storage_url.startswith(REDIS_SCHEMES) else None
