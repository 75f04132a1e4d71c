"""One way to open a Redis connection for the stores (the ``redis`` extra, imported on first use)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def open_redis(url: str, *, timeout_s: float, max_connections: int = 32, decode_responses: bool = False) -> Any:
    """A ``redis.asyncio.Redis`` for ``url`` over a blocking pool of ``max_connections``.

    Blocking: under a burst a caller waits up to ``timeout_s`` for a free connection instead of
    failing with "Too many connections" (redis-py's default pool). No retries: a write that may
    have run must not run twice (a grant would count twice); the caller sees the error instead.
    """
    import redis.asyncio as redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    pool = redis.BlockingConnectionPool.from_url(
        url, max_connections=max_connections, timeout=timeout_s, decode_responses=decode_responses,
        socket_timeout=timeout_s, socket_connect_timeout=timeout_s, retry=Retry(NoBackoff(), 0),
    )
    return redis.Redis.from_pool(pool)


class RedisBacked:
    """The connection plumbing of a Redis store: a client made on first use (constructing does no
    I/O, like the SQLite stores) and closed by :meth:`aclose` (reopened on next use)."""

    def __init__(self, url: str, *, timeout_s: float, decode_responses: bool = True, max_connections: int = 32) -> None:
        self.url = url
        self.max_connections = max_connections
        self._timeout_s = timeout_s
        self._decode = decode_responses
        self._client: Any = None
        self._scripts: dict[str, Any] = {}

    def _redis(self) -> Any:
        if self._client is None:
            self._client = open_redis(self.url, timeout_s=self._timeout_s, max_connections=self.max_connections,
                                      decode_responses=self._decode)
        return self._client

    async def _script(self, source: str, keys: Sequence[str], args: Sequence[object]) -> Any:
        """Run the Lua ``source`` by its SHA (EVALSHA; redis-py loads it on a NOSCRIPT answer):
        the script text is sent once per server, not with every call."""
        client = self._redis()
        script = self._scripts.get(source)
        if script is None:
            script = self._scripts[source] = client.register_script(source)
        return await script(keys=list(keys), args=list(args), client=client)

    async def aclose(self) -> None:
        """Close the connection pool (reopened on next use)."""
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
