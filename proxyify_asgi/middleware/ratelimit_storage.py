"""Opening a ``limits`` async storage by URI, with a faster in-memory storage for ``memory://``.

``limits``' async ``MemoryStorage`` costs grow with traffic in two places this module avoids:

- its moving window keeps each key's hits newest-first in a list and inserts at the front, so one
  hit costs O(hits in the window): at 100 000 hits a minute that was the largest cost of a request;
- it schedules an expiry sweep after nearly every hit, and the sweep hops to a worker thread per key.

:class:`FastMemoryStorage` keeps the same contract (the same limits pass and fail at the same moments;
the contract tests run on it) with hits oldest-first, appended in O(1) and trimmed lazily from the
front, and does its housekeeping inline at most once per ``housekeeping_s``. Fixed-window and
sliding-window counters are the upstream implementation, unchanged.
"""

from __future__ import annotations

import bisect
import time
from typing import Any
from urllib.parse import urlparse

from limits.aio.storage import MemoryStorage
from limits.storage import SCHEMES, storage_from_string

_UPSTREAM_SCHEDULER = "_MemoryStorage__schedule_expiry"


class _Hits:
    """One key's hit times, oldest first; ``times[start:]`` are the live ones."""

    __slots__ = ("expiry", "start", "times")

    def __init__(self, expiry: float) -> None:
        self.times: list[float] = []
        self.start = 0
        self.expiry = expiry

    def trim(self, now: float) -> int:
        """Forget hits older than the window; the number still in it."""
        cutoff = now - self.expiry
        if self.start < len(self.times) and self.times[self.start] < cutoff:
            self.start = bisect.bisect_left(self.times, cutoff, self.start)
            if self.start > 1024 and self.start * 2 > len(self.times):
                del self.times[: self.start]  # compact now and then: amortised O(1) per hit
                self.start = 0
        return len(self.times) - self.start


class FastMemoryStorage(MemoryStorage):
    """``limits``' async memory storage with an O(1) moving window and paced, inline housekeeping."""

    def __init__(self, uri: str | None = None, *, housekeeping_s: float = 1.0, **options: Any) -> None:
        super().__init__(uri, **options)
        self.housekeeping_s = housekeeping_s
        self._next_housekeeping = 0.0
        self._hits: dict[str, _Hits] = {}

    async def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        """Record ``amount`` hits unless that would put more than ``limit`` in the last ``expiry`` s."""
        if amount > limit:
            return False
        now = time.time()
        self._housekeeping(now)
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = _Hits(expiry)
        if hits.trim(now) + amount > limit:
            return False
        hits.times.extend([now] * amount)
        return True

    async def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        """``(time of the oldest hit in the window, hits in the window)``; ``(now, 0)`` if none."""
        now = time.time()
        hits = self._hits.get(key)
        count = hits.trim(now) if hits is not None else 0
        if not count:
            return now, 0
        assert hits is not None
        return hits.times[hits.start], count

    async def clear(self, key: str) -> None:
        """Forget ``key``'s counters and hits."""
        self._hits.pop(key, None)
        await super().clear(key)

    async def reset(self) -> int | None:
        """Forget everything."""
        count = len(self._hits)
        self._hits.clear()
        return max(count, await super().reset() or 0)

    async def _MemoryStorage__schedule_expiry(self) -> None:  # the upstream hook its counters call
        self._housekeeping(time.time())

    def _housekeeping(self, now: float) -> None:
        """Drop expired counters and idle keys, at most once per ``housekeeping_s``."""
        if now < self._next_housekeeping:
            return
        self._next_housekeeping = now + self.housekeeping_s
        for key in [k for k, hits in self._hits.items() if not hits.trim(now)]:
            del self._hits[key]
        for key in [k for k, at in self.expirations.items() if at <= now]:
            self.storage.pop(key, None)
            self.expirations.pop(key, None)
            self.locks.pop(key, None)


def async_storage_uri(uri: str) -> str:
    """``memory://`` → ``async+memory://``: the async variant of a ``limits`` storage URI."""
    return uri if uri.startswith("async+") else "async+" + uri


def limits_storage_problem(uri: str) -> str | None:
    """What is wrong with ``uri`` as a ``[rate_limits] storage`` URI, or None; nothing is opened.

    Only the scheme can be judged without connecting: a known scheme whose client library is
    missing still fails when the gateway starts (``serve`` reports it in one line).
    """
    scheme = urlparse(async_storage_uri(uri)).scheme
    if "://" in uri and scheme in SCHEMES:  # the async variants register on importing limits.aio
        return None
    known = ", ".join(sorted(s.removeprefix("async+") + "://" for s in SCHEMES if s.startswith("async+")))
    return f"unknown rate-limit storage {uri!r} (expected a URI with one of the schemes: {known})"


def open_limits_storage(uri: str) -> Any:
    """The async ``limits`` storage for ``uri`` (``memory://``, ``redis://…``, any scheme ``limits`` knows)."""
    full = async_storage_uri(uri)
    if full == "async+memory://" and hasattr(MemoryStorage, _UPSTREAM_SCHEDULER):
        return FastMemoryStorage()
    if urlparse(full).scheme.startswith("async+redis"):  # redis, rediss, redis+unix, +cluster, +sentinel
        # redis-py (the redis extra, which the ledger and stores use too), not limits' default coredis
        return storage_from_string(full, implementation="redispy")
    return storage_from_string(full)
