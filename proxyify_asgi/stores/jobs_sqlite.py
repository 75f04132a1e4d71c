"""SQLite job store: WAL mode, one connection used from a worker thread, atomic UPDATEs.

Several processes may share the file (WAL lets readers and one writer work at once; a busy
timeout rides out write locks). Each transition is one ``UPDATE ... WHERE <precondition>`` whose
row count says whether this caller made it, so no read-modify-write race exists between
processes either.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import orjson

from proxyify_asgi.stores.jobs import JobOutcome, JobRecord
from proxyify_asgi.stores.sqlite_wal import enable_wal

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS proxyify_jobs (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    model_id TEXT NOT NULL,
    model_used TEXT NOT NULL,
    provider TEXT NOT NULL,
    route_model TEXT NOT NULL,
    upstream_job_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    next_poll_at REAL NOT NULL,
    status TEXT NOT NULL,
    params TEXT NOT NULL,
    reservation TEXT,
    video_url TEXT,
    duration_seconds TEXT,
    credits INTEGER NOT NULL DEFAULT 0,
    cost_usd TEXT NOT NULL DEFAULT '0',
    error TEXT,
    finished_at REAL
)
"""
COLUMNS = (
    "id", "owner", "model_id", "model_used", "provider", "route_model", "upstream_job_id",
    "request_id", "created_at", "next_poll_at", "status", "params", "reservation", "video_url",
    "duration_seconds", "credits", "cost_usd", "error", "finished_at",
)
_UNFINISHED = "status IN ('pending', 'processing')"


class SqliteJobStore:
    """Jobs in the table ``proxyify_jobs`` of the SQLite file at ``path`` (created on first use)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            enable_wal(conn)
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute(_SCHEMA)
            self._conn = conn
        return self._conn

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def locked() -> T:
            with self._lock:
                return fn(self._connect())

        return await asyncio.to_thread(locked)

    async def create(self, job: JobRecord) -> None:
        """Insert a new job."""
        row = job_row(job)
        sql = f"INSERT INTO proxyify_jobs ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        await self._run(lambda c: c.execute(sql, row))

    async def get(self, job_id: str) -> JobRecord | None:
        """The job, or None."""
        sql = f"SELECT {', '.join(COLUMNS)} FROM proxyify_jobs WHERE id = ?"
        row = await self._run(lambda c: c.execute(sql, (job_id,)).fetchone())
        return row_job(row) if row is not None else None

    async def claim_poll(self, job_id: str, now: float, next_poll_at: float) -> bool:
        """Claim the right to poll the upstream now (see :class:`JobStore`)."""
        sql = f"UPDATE proxyify_jobs SET next_poll_at = ? WHERE id = ? AND next_poll_at <= ? AND {_UNFINISHED}"
        cursor = await self._run(lambda c: c.execute(sql, (next_poll_at, job_id, now)))
        return cursor.rowcount == 1

    async def mark_processing(self, job_id: str) -> None:
        """``pending`` → ``processing``."""
        sql = "UPDATE proxyify_jobs SET status = 'processing' WHERE id = ? AND status = 'pending'"
        await self._run(lambda c: c.execute(sql, (job_id,)))

    async def finish(self, job_id: str, outcome: JobOutcome, now: float) -> bool:
        """Record how the job ended, once."""
        sql = (
            "UPDATE proxyify_jobs SET status = ?, video_url = ?, duration_seconds = ?, credits = ?,"
            f" cost_usd = ?, error = ?, finished_at = ? WHERE id = ? AND {_UNFINISHED}"
        )
        duration = str(outcome.duration_seconds) if outcome.duration_seconds is not None else None
        args = (outcome.status, outcome.video_url, duration, outcome.credits, str(outcome.cost_usd),
                outcome.error, now, job_id)
        cursor = await self._run(lambda c: c.execute(sql, args))
        return cursor.rowcount == 1

    async def aclose(self) -> None:
        """Close the connection."""
        def close() -> None:
            with self._lock:
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None

        await asyncio.to_thread(close)


def job_row(job: JobRecord) -> tuple[Any, ...]:
    """The job as the store's columns (``COLUMNS``); the Redis store keeps the same values."""
    return (
        job.id, job.owner, job.model_id, job.model_used, job.provider, job.route_model,
        job.upstream_job_id, job.request_id, job.created_at, job.next_poll_at, job.status,
        orjson.dumps(job.params).decode(),
        orjson.dumps(job.reservation).decode() if job.reservation is not None else None,
        job.video_url,
        str(job.duration_seconds) if job.duration_seconds is not None else None,
        job.credits, str(job.cost_usd), job.error, job.finished_at,
    )


def row_job(row: tuple[Any, ...]) -> JobRecord:
    """The job back from :func:`job_row`'s columns."""
    v = dict(zip(COLUMNS, row, strict=True))
    return JobRecord(
        id=v["id"], owner=v["owner"], model_id=v["model_id"], model_used=v["model_used"],
        provider=v["provider"], route_model=v["route_model"], upstream_job_id=v["upstream_job_id"],
        request_id=v["request_id"], created_at=v["created_at"], next_poll_at=v["next_poll_at"],
        status=v["status"], params=orjson.loads(v["params"]),
        reservation=orjson.loads(v["reservation"]) if v["reservation"] else None,
        video_url=v["video_url"],
        duration_seconds=Decimal(v["duration_seconds"]) if v["duration_seconds"] is not None else None,
        credits=v["credits"], cost_usd=Decimal(v["cost_usd"]), error=v["error"],
        finished_at=v["finished_at"],
    )
