"""Two processes opening a new SQLite file at once: the WAL switch waits for the lock, never fails."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from proxyify_asgi.stores.sqlite_wal import enable_wal


def test_the_wal_switch_waits_out_another_connections_lock(tmp_path):
    path = str(tmp_path / "new.db")
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.2, lambda: holder.execute("COMMIT")).start()
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("PRAGMA journal_mode=WAL")  # what the stores did: "database is locked" at once
    started = time.monotonic()
    enable_wal(other, timeout_s=5)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert time.monotonic() - started < 5
    other.close()
    holder.close()


def test_a_lock_held_past_the_timeout_still_fails(tmp_path):
    path = str(tmp_path / "held.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(other, timeout_s=0.1)
    holder.execute("COMMIT")
    other.close()
    holder.close()
