"""One thread that owns one SQLite connection and commits concurrent changes together.

Why: with WAL and ``synchronous=NORMAL`` the cost of a ledger change is mostly its ``COMMIT`` and
the hop to the thread and back, not its SQL. Under load many requests reserve and settle at once;
the worker takes every change waiting in its queue, runs each inside its own ``SAVEPOINT`` (one
change's failure, say a 402, rolls back that change alone) within one ``BEGIN IMMEDIATE``
transaction, commits once, and only then answers the callers. Each change stays atomic and is only
reported done once it is durable; a burst of 64 pays for one commit instead of 64.
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

MAX_BATCH = 128


@dataclass(slots=True)
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Any]
    outcome: tuple[bool, Any] | None = None


def _settle_futures(jobs: list[_Job]) -> None:
    """On the event loop: hand each caller its result or exception."""
    for job in jobs:
        if job.future.cancelled() or job.outcome is None:
            continue
        ok, value = job.outcome
        if ok:
            job.future.set_result(value)
        else:
            job.future.set_exception(value)


class SqliteWorker:
    """Runs ``fn(connection, *args)`` calls on a dedicated thread, batching them into one commit."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], name: str) -> None:
        self._connect = connect
        self._name = name
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._db: sqlite3.Connection | None = None

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(db, *args)`` inside a write transaction; returns once its commit is done."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name=self._name, daemon=True)
            self._thread.start()
        loop = asyncio.get_running_loop()
        job = _Job(fn, args, loop, loop.create_future())
        self._queue.put(job)
        return await job.future

    def _serve(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                break
            batch = [first]
            stop = False
            while len(batch) < MAX_BATCH:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                batch.append(job)
            self._run_batch(batch)
            if stop:
                break
        if self._db is not None:
            self._db.close()
            self._db = None

    def _run_batch(self, batch: list[_Job]) -> None:
        try:
            if self._db is None:
                self._db = self._connect()
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                for job in batch:
                    job.outcome = self._run_one(db, job)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except Exception as exc:  # the batch did not commit: every change in it failed
            for job in batch:
                job.outcome = (False, exc)
        by_loop: dict[asyncio.AbstractEventLoop, list[_Job]] = {}
        for job in batch:
            by_loop.setdefault(job.loop, []).append(job)
        for loop, jobs in by_loop.items():
            try:
                loop.call_soon_threadsafe(_settle_futures, jobs)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                pass

    @staticmethod
    def _run_one(db: sqlite3.Connection, job: _Job) -> tuple[bool, Any]:
        db.execute("SAVEPOINT change")
        try:
            value = job.fn(db, *job.args)
        except Exception as exc:
            db.execute("ROLLBACK TO change")
            db.execute("RELEASE change")
            return False, exc
        db.execute("RELEASE change")
        return True, value

    async def aclose(self) -> None:
        """Finish queued work, close the connection, stop the thread."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._queue.put(None)
        await asyncio.get_running_loop().run_in_executor(None, thread.join)
