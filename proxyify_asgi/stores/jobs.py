"""Video jobs: the :class:`JobRecord`, the :class:`JobStore` protocol and :func:`open_job_store`.

A job is written at submit and refreshed by whoever polls it: there is no background worker, so a
job survives restarts and is served by any process that shares the store. Two atomic transitions
make that safe under concurrency:

- :meth:`JobStore.claim_poll` lets one poller per interval ask the upstream (``next_poll_at``), so
  many clients polling one job do not multiply upstream calls;
- :meth:`JobStore.finish` moves a job to ``completed``/``failed`` once; only the caller that made
  the move settles (or releases) the job's credit reservation, so a job is charged exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, Protocol, runtime_checkable

from proxyify_asgi.stores.url import parse_storage_url

JobStatus = Literal["pending", "processing", "completed", "failed"]
TERMINAL: frozenset[str] = frozenset({"completed", "failed"})


@dataclass(slots=True)
class JobRecord:
    """One video job as stored."""

    id: str
    owner: str
    """The name of the key that submitted it (``anonymous`` without auth); only it may read the job."""
    model_id: str
    model_used: str
    provider: str
    route_model: str
    upstream_job_id: str
    request_id: str
    created_at: float
    next_poll_at: float
    status: JobStatus = "pending"
    params: dict[str, Any] = field(default_factory=dict)
    """The submitted request fields the job needs later (prompt, duration, ...)."""
    reservation: dict[str, Any] | None = None
    """The open credit reservation, serialised; settled or released when the job ends."""
    video_url: str | None = None
    duration_seconds: Decimal | None = None
    credits: int = 0
    cost_usd: Decimal = Decimal(0)
    error: str | None = None
    finished_at: float | None = None

    @property
    def done(self) -> bool:
        """Completed or failed."""
        return self.status in TERMINAL


@dataclass(frozen=True, slots=True)
class JobOutcome:
    """How a job ended: what :meth:`JobStore.finish` writes."""

    status: Literal["completed", "failed"]
    video_url: str | None = None
    duration_seconds: Decimal | None = None
    credits: int = 0
    cost_usd: Decimal = Decimal(0)
    error: str | None = None


@runtime_checkable
class JobStore(Protocol):
    """Persistent video jobs. Implementations never block the event loop on disk I/O."""

    async def create(self, job: JobRecord) -> None:
        """Store a new job."""
        ...

    async def get(self, job_id: str) -> JobRecord | None:
        """The job, or None (a copy: changing it changes nothing stored)."""
        ...

    async def claim_poll(self, job_id: str, now: float, next_poll_at: float) -> bool:
        """Atomically: if the job is unfinished and due (``next_poll_at <= now``), push its next
        poll to ``next_poll_at`` and return True; the caller then asks the upstream. Else False."""
        ...

    async def mark_processing(self, job_id: str) -> None:
        """``pending`` → ``processing`` (no-op in any other state)."""
        ...

    async def finish(self, job_id: str, outcome: JobOutcome, now: float) -> bool:
        """Atomically move an unfinished job to its outcome; True only for the caller that did."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


def open_job_store(url: str) -> JobStore:
    """The job store for a ``[storage] url``: ``sqlite:///relative.db``, ``sqlite:////abs.db``,
    ``memory://``. Opening is lazy: no file is touched until the first operation."""
    kind, path = parse_storage_url(url)
    if kind == "memory":
        from proxyify_asgi.stores.jobs_memory import MemoryJobStore

        return MemoryJobStore()
    if kind == "redis":
        from proxyify_asgi.stores.jobs_redis import RedisJobStore

        return RedisJobStore(path)
    from proxyify_asgi.stores.jobs_sqlite import SqliteJobStore

    return SqliteJobStore(path)
