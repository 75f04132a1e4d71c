"""Switching a shared SQLite file to WAL, safely when several processes open it at once."""

from __future__ import annotations

import sqlite3
import time


def enable_wal(conn: sqlite3.Connection, *, timeout_s: float = 10.0) -> None:
    """``PRAGMA journal_mode=WAL``, retried while another process holds the lock.

    Two processes opening a new file at the same moment both try to switch it to WAL; the switch
    needs an exclusive lock and SQLite answers "database is locked" at once instead of waiting
    out ``busy_timeout``, so one gateway or CLI process would fail to start. Once the file is in
    WAL mode the statement is a no-op read.
    """
    deadline = time.monotonic() + timeout_s
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
