"""Opening a ``limits`` async storage by URI, with a quieter in-memory storage for ``memory://``.

``limits``' async ``MemoryStorage`` schedules its expiry sweep after nearly every hit, and the sweep
hops to a worker thread once per key: on a 2-core host that thread traffic cost more than the
rest of rate limiting and metering together (see ``bench/metering.py``). Counting does not depend on
the sweep (every read compares timestamps; the sweep only trims memory), so :class:`PacedMemoryStorage`
runs it at most once per ``housekeeping_s``.
"""

from __future__ import annotations

import time
from typing import Any

from limits.aio.storage import MemoryStorage
from limits.storage import storage_from_string

_UPSTREAM_SCHEDULER = "_MemoryStorage__schedule_expiry"


class PacedMemoryStorage(MemoryStorage):
    """``limits``' async memory storage with its housekeeping sweep paced (exact counts, less churn)."""

    def __init__(self, uri: str | None = None, *, housekeeping_s: float = 1.0, **options: Any) -> None:
        super().__init__(uri, **options)
        self.housekeeping_s = housekeeping_s
        self._next_sweep = 0.0

    async def _MemoryStorage__schedule_expiry(self) -> None:  # overrides the upstream private hook
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + self.housekeeping_s
            await getattr(MemoryStorage, _UPSTREAM_SCHEDULER)(self)


def async_storage_uri(uri: str) -> str:
    """``memory://`` → ``async+memory://``: the async variant of a ``limits`` storage URI."""
    return uri if uri.startswith("async+") else "async+" + uri


def open_limits_storage(uri: str) -> Any:
    """The async ``limits`` storage for ``uri`` (``memory://``, ``redis://…``, any scheme ``limits`` knows)."""
    full = async_storage_uri(uri)
    if full == "async+memory://" and hasattr(MemoryStorage, _UPSTREAM_SCHEDULER):
        return PacedMemoryStorage()
    return storage_from_string(full)
