"""The group-committing SQLite worker: changes batched into one commit stay individually atomic."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from proxyify_asgi.stores.sqlite_worker import SqliteWorker


def connect_to(path: str):
    def connect() -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER PRIMARY KEY)")
        return db
    return connect


def insert_pair(db: sqlite3.Connection, n: int) -> int:
    db.execute("INSERT INTO t VALUES (?)", (n,))
    if n % 2:
        raise ValueError(f"odd {n}")  # after a write: the savepoint must undo it
    db.execute("INSERT INTO t VALUES (?)", (n + 1000,))
    return n


async def test_failures_in_a_batch_roll_back_alone_and_the_rest_commit(tmp_path):
    worker = SqliteWorker(connect_to(str(tmp_path / "w.db")), "test-worker")
    results = await asyncio.gather(*(worker.run(insert_pair, n) for n in range(200)), return_exceptions=True)
    await worker.aclose()
    assert [r for r in results if not isinstance(r, Exception)] == list(range(0, 200, 2))
    assert all(isinstance(r, ValueError) for r in results[1::2])
    rows = {n for (n,) in sqlite3.connect(tmp_path / "w.db").execute("SELECT n FROM t")}
    assert rows == set(range(0, 200, 2)) | {n + 1000 for n in range(0, 200, 2)}


async def test_a_batch_that_cannot_commit_fails_every_change(tmp_path):
    path = str(tmp_path / "locked.db")
    worker = SqliteWorker(connect_to(path), "test-worker")
    await worker.run(lambda db: None)  # create the file
    blocker = sqlite3.connect(path, isolation_level=None, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock

    def connect_fast_fail() -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=0.05)

    impatient = SqliteWorker(connect_fast_fail, "test-worker-2")
    with pytest.raises(sqlite3.OperationalError):
        await impatient.run(insert_pair, 2)
    blocker.execute("ROLLBACK")
    assert await impatient.run(insert_pair, 4) == 4  # the worker recovers once the lock is free
    await impatient.aclose()
    await worker.aclose()
