"""The Redis job store (``redis://`` / ``rediss://``): video jobs shared by several hosts.

A job is a hash under ``{prefix}{jobs}:job:<id>`` whose fields are the SQLite store's columns
(:data:`~.jobs_sqlite.COLUMNS`) as text, a NULL column being an absent field. Each transition is
one Lua script that checks its precondition and writes (the SQLite store's ``UPDATE ... WHERE``),
so exactly one poller of any host claims a poll interval and a job finishes once. Values are
written as Python formatted them and only compared in Lua, never re-encoded there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from proxyify_asgi.stores.jobs import JobOutcome, JobRecord
from proxyify_asgi.stores.jobs_sqlite import COLUMNS, job_row, row_job
from proxyify_asgi.stores.redis_client import RedisBacked

_NUMBERS = {"created_at": float, "next_poll_at": float, "finished_at": float, "credits": int}
"""Columns read back as numbers (the others are text, as SQLite keeps them)."""

_CREATE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.error_reply('a job with this id exists') end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1
"""
_CLAIM = """
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'pending' and status ~= 'processing' then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'next_poll_at')) > tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'next_poll_at', ARGV[2])
return 1
"""
_PROCESSING = """
if redis.call('HGET', KEYS[1], 'status') == 'pending' then redis.call('HSET', KEYS[1], 'status', 'processing') end
return 1
"""
_FINISH = """
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'pending' and status ~= 'processing' then return 0 end
-- ARGV: n, then n column/value pairs to set, then the columns that become NULL
local n = tonumber(ARGV[1])
for i = 2, 2 * n, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
for i = 2 * n + 2, #ARGV do redis.call('HDEL', KEYS[1], ARGV[i]) end
return 1
"""


def _text(value: Any) -> str:
    """A non-NULL column value as Redis keeps it (NULL is an absent field, never "")."""
    return repr(value) if isinstance(value, float) else str(value)


class RedisJobStore(RedisBacked):
    """:class:`~proxyify_asgi.stores.jobs.JobStore` in Redis (connects on first use)."""

    def __init__(self, url: str, *, prefix: str = "proxyify:", timeout_s: float = 10.0) -> None:
        super().__init__(url, timeout_s=timeout_s)
        self._ns = f"{prefix}{{jobs}}:job:"

    async def create(self, job: JobRecord) -> None:
        """Insert a new job (an existing id is an error, as in SQLite)."""
        fields = [x for column, value in zip(COLUMNS, job_row(job), strict=True) if value is not None
                  for x in (column, _text(value))]
        await self._script(_CREATE, [self._ns + job.id], fields)

    async def get(self, job_id: str) -> JobRecord | None:
        """The job, or None."""
        fields = await self._redis().hgetall(self._ns + job_id)
        if not fields:
            return None
        row = tuple(
            _NUMBERS[c](fields[c]) if c in _NUMBERS and c in fields else fields.get(c) for c in COLUMNS
        )
        return row_job(row)

    async def claim_poll(self, job_id: str, now: float, next_poll_at: float) -> bool:
        """Claim the right to poll the upstream now (see :class:`~.jobs.JobStore`)."""
        return bool(await self._script(_CLAIM, [self._ns + job_id], [repr(now), repr(next_poll_at)]))

    async def mark_processing(self, job_id: str) -> None:
        """``pending`` → ``processing``."""
        await self._script(_PROCESSING, [self._ns + job_id], [])

    async def finish(self, job_id: str, outcome: JobOutcome, now: float) -> bool:
        """Record how the job ended, once: True only for the caller that finished it."""
        duration = outcome.duration_seconds
        changes = {
            "status": outcome.status, "video_url": outcome.video_url,
            "duration_seconds": str(duration) if duration is not None else None, "credits": outcome.credits,
            "cost_usd": str(Decimal(outcome.cost_usd)), "error": outcome.error, "finished_at": now,
        }
        kept = [x for column, value in changes.items() if value is not None for x in (column, _text(value))]
        nulls = [column for column, value in changes.items() if value is None]
        return bool(await self._script(_FINISH, [self._ns + job_id], [len(kept) // 2, *kept, *nulls]))
