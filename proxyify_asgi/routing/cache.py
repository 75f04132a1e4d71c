"""Response cache: exact-match answers for repeated chat requests.

Opt-in per request (``"cache": true`` in the body, or the header ``X-Proxyify-Cache: true``) and per
model (``cache = true`` in its ``[[models]]`` entry, which a request can turn off with
``"cache": false``). The key is a hash of the normalised request: the model id, the messages, the
parameters that change the answer (:data:`ANSWER_FIELDS`) and whether it streams; nothing else
(``user``, ``metadata``, the key) takes part, so the same question from two keys is one entry.

A hit never reaches an upstream, says ``cached: true`` and costs ``routing.cache_hit_charge`` of the
normal price (0 by default). Only complete answers are stored: a stream that ended early (client
gone, upstream cut) is never cached. Streams are stored as their chunks and replayed as a stream.

:class:`Cache` is the storage interface (bytes in, bytes out, with a TTL); :class:`MemoryCache` is
the in-process LRU with a byte cap. A Redis implementation can take its place for several workers.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from proxyify_asgi.settings import ModelSettings

logger = logging.getLogger("proxyify_asgi.routing")

ANSWER_FIELDS = frozenset({
    "messages", "temperature", "top_p", "n", "stop", "max_tokens", "max_completion_tokens",
    "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "seed",
    "tools", "tool_choice", "parallel_tool_calls", "response_format", "modalities",
    "reasoning_effort", "prediction", "audio", "top_k", "stop_sequences",
})
"""Request fields that change the answer, so they belong to the cache key."""

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


class Cache(Protocol):
    """Byte storage with a per-entry time to live."""

    async def get(self, key: str) -> bytes | None:
        """The value stored under ``key`` if present and not expired."""
        ...

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        """Store ``value`` under ``key`` for ``ttl_s`` seconds."""
        ...


class MemoryCache:
    """In-process LRU bounded by the total size of the stored values; entries expire after their TTL.

    ``clock`` (monotonic seconds) is injectable. A value bigger than the whole cap is not stored.
    """

    def __init__(self, *, max_bytes: int = 64 * 1024 * 1024, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_bytes = max_bytes
        self.clock = clock
        self.size = 0
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    async def get(self, key: str) -> bytes | None:
        """The live value under ``key`` (and mark it recently used), else None."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, value = entry
        if self.clock() >= expires:
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        """Store ``value``, evicting least recently used entries to stay under ``max_bytes``."""
        if key in self._entries:
            self._drop(key)
        if len(value) > self.max_bytes or ttl_s <= 0:
            return
        self._entries[key] = (self.clock() + ttl_s, value)
        self.size += len(value)
        while self.size > self.max_bytes:
            oldest = next(iter(self._entries))
            self._drop(oldest)

    def _drop(self, key: str) -> None:
        _, value = self._entries.pop(key)
        self.size -= len(value)


def cache_key(model_id: str, body: dict[str, Any]) -> str:
    """The key of a chat request: a SHA-256 of its answer-relevant parts, canonically encoded."""
    relevant = {k: v for k, v in body.items() if k in ANSWER_FIELDS}
    document = {"model": model_id, "stream": bool(body.get("stream")), "request": relevant}
    try:
        encoded = orjson.dumps(document, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    except TypeError:  # not JSON-encodable after all: cannot be keyed, so never cached
        encoded = b""
    return "chat:" + hashlib.sha256(encoded).hexdigest() if encoded else ""


def cache_requested(model: ModelSettings, body: dict[str, Any], header: str | None) -> bool:
    """Whether this request uses the cache: the body's ``cache`` flag, else the header, else the model."""
    flag = body.get("cache")
    if isinstance(flag, bool):
        return flag
    if header is not None:
        value = header.strip().lower()
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
    return model.cache


@dataclass(slots=True)
class CachedChat:
    """A stored chat answer: the JSON body, or the stream's chunks (with a final usage chunk)."""

    model_used: str | None
    input_tokens: int
    output_tokens: int
    body: dict[str, Any] | None = None
    chunks: list[dict[str, Any]] = field(default_factory=list)

    def encode(self) -> bytes:
        """Serialised for a :class:`Cache`."""
        return orjson.dumps({
            "model_used": self.model_used, "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens, "body": self.body, "chunks": self.chunks,
        })

    @classmethod
    def decode(cls, raw: bytes) -> CachedChat | None:
        """Parse a stored entry; None if it is unreadable (treated as a miss)."""
        try:
            data = orjson.loads(raw)
            return cls(
                model_used=data["model_used"], input_tokens=int(data["input_tokens"]),
                output_tokens=int(data["output_tokens"]), body=data["body"], chunks=list(data["chunks"]),
            )
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return None


class ChatCache:
    """The cache as one chat request sees it: its key and TTL bound to a :class:`Cache`.

    Storage failures never fail the request: a lookup error is a miss, a store error is ignored.
    """

    def __init__(self, cache: Cache, key: str, ttl_s: float) -> None:
        self.cache = cache
        self.key = key
        self.ttl_s = ttl_s

    @classmethod
    def for_request(cls, cache: Cache, model: ModelSettings, body: dict[str, Any], header: str | None) -> ChatCache | None:
        """The request's cache handle, or None when it did not opt in (or cannot be keyed)."""
        if not cache_requested(model, body, header):
            return None
        key = cache_key(model.id, body)
        return cls(cache, key, float(model.cache_ttl_s)) if key else None

    async def lookup(self) -> CachedChat | None:
        """The stored answer, or None."""
        try:
            raw = await self.cache.get(self.key)
        except Exception as exc:
            logger.warning("cache lookup failed: %s", type(exc).__name__)
            return None
        return CachedChat.decode(raw) if raw is not None else None

    async def store(self, entry: CachedChat) -> None:
        """Store a complete answer."""
        try:
            await self.cache.set(self.key, entry.encode(), self.ttl_s)
        except Exception as exc:
            logger.warning("cache store failed: %s", type(exc).__name__)
