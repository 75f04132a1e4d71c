"""Telling a store that cannot be used right now from a bug."""

from __future__ import annotations

import sqlite3
import sys


def store_unavailable(exc: BaseException) -> bool:
    """True if ``exc`` says a store's back end cannot be used now: a SQLite file that is locked,
    read-only, missing or failing (``OperationalError``), or a Redis server that cannot be reached,
    timed out, is loading or is a read-only replica. Such a request is refused with a 503, not
    served (nothing may be free) and not reported as a bug (a 500)."""
    if isinstance(exc, sqlite3.OperationalError):
        return True
    redis = sys.modules.get("redis.exceptions")  # the redis extra; only a store that imported it raises these
    return redis is not None and isinstance(
        exc, (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError, redis.ReadOnlyError)
    )
