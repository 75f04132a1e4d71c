"""In-process job store: for tests and single-process deployments that need no persistence.

Every method runs without awaiting in between reading and writing, so on one event loop each
operation is atomic without a lock.
"""

from __future__ import annotations

import copy

from proxyify_asgi.stores.jobs import TERMINAL, JobOutcome, JobRecord


class MemoryJobStore:
    """A dict of jobs by id, owned by one app instance."""

    def __init__(self) -> None:
        self._jobs: dict[str, JobRecord] = {}

    async def create(self, job: JobRecord) -> None:
        """Store a copy of ``job``."""
        self._jobs[job.id] = copy.deepcopy(job)

    async def get(self, job_id: str) -> JobRecord | None:
        """A copy of the job, or None."""
        job = self._jobs.get(job_id)
        return copy.deepcopy(job) if job is not None else None

    async def claim_poll(self, job_id: str, now: float, next_poll_at: float) -> bool:
        """Claim the right to poll the upstream now (see :class:`JobStore`)."""
        job = self._jobs.get(job_id)
        if job is None or job.status in TERMINAL or job.next_poll_at > now:
            return False
        job.next_poll_at = next_poll_at
        return True

    async def mark_processing(self, job_id: str) -> None:
        """``pending`` → ``processing``."""
        job = self._jobs.get(job_id)
        if job is not None and job.status == "pending":
            job.status = "processing"

    async def finish(self, job_id: str, outcome: JobOutcome, now: float) -> bool:
        """Record how the job ended, once."""
        job = self._jobs.get(job_id)
        if job is None or job.status in TERMINAL:
            return False
        job.status = outcome.status
        job.video_url = outcome.video_url
        job.duration_seconds = outcome.duration_seconds
        job.credits = outcome.credits
        job.cost_usd = outcome.cost_usd
        job.error = outcome.error
        job.finished_at = now
        return True

    async def aclose(self) -> None:
        """Nothing to release."""
