"""The JobStore contract, run against every implementation (memory, SQLite, Redis), plus shared stores."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from proxyify_asgi.settings import ConfigurationError
from proxyify_asgi.stores.jobs import JobOutcome, JobRecord, JobStore, open_job_store
from proxyify_asgi.stores.jobs_memory import MemoryJobStore
from proxyify_asgi.stores.jobs_redis import RedisJobStore
from proxyify_asgi.stores.jobs_sqlite import SqliteJobStore


def new_job(job_id: str = "vid_1", **extra) -> JobRecord:
    return JobRecord(
        id=job_id, owner="alice", model_id="m", model_used="m", provider="p", route_model="r",
        upstream_job_id="up-1", request_id="req-1", created_at=100.0, next_poll_at=100.0,
        params={"prompt": "a dog", "duration": 5},
        reservation={"id": "res-1", "account": "alice", "key": "alice", "credits": 700, "cost_usd": "0.7",
                     "expires_at": "2030-01-01T00:00:00+00:00"},
        **extra,
    )


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def store(request, tmp_path: Path) -> AsyncIterator[JobStore]:
    urls = {"memory": "memory://", "sqlite": f"sqlite:///{tmp_path}/jobs.db"}
    url = request.getfixturevalue("redis_url") if request.param == "redis" else urls[request.param]
    s = open_job_store(url)
    yield s
    await s.aclose()


async def test_create_and_get_round_trips_every_field(store):
    job = new_job()
    await store.create(job)
    assert await store.get("vid_1") == job
    assert await store.get("vid_unknown") is None
    assert isinstance(store, JobStore)


async def test_a_returned_job_is_a_copy(store):
    await store.create(new_job())
    got = await store.get("vid_1")
    got.status = "completed"
    got.params["prompt"] = "changed"
    again = await store.get("vid_1")
    assert again.status == "pending" and again.params["prompt"] == "a dog"


async def test_claim_poll_once_per_interval(store):
    await store.create(new_job())
    assert await store.claim_poll("vid_1", now=100.0, next_poll_at=102.0)
    assert not await store.claim_poll("vid_1", now=101.0, next_poll_at=103.0)  # not due yet
    assert await store.claim_poll("vid_1", now=102.0, next_poll_at=104.0)
    assert (await store.get("vid_1")).next_poll_at == 104.0
    assert not await store.claim_poll("vid_missing", now=200.0, next_poll_at=201.0)


async def test_concurrent_claims_have_one_winner(store):
    await store.create(new_job())
    wins = await asyncio.gather(*(store.claim_poll("vid_1", now=100.0, next_poll_at=105.0) for _ in range(10)))
    assert wins.count(True) == 1


async def test_processing_only_from_pending(store):
    await store.create(new_job())
    await store.mark_processing("vid_1")
    assert (await store.get("vid_1")).status == "processing"
    await store.finish("vid_1", JobOutcome("failed", error="x"), now=110.0)
    await store.mark_processing("vid_1")
    assert (await store.get("vid_1")).status == "failed"


async def test_finish_happens_once_and_stops_polling(store):
    await store.create(new_job())
    outcome = JobOutcome("completed", video_url="https://cdn/v.mp4", duration_seconds=Decimal("5.0"),
                         credits=672, cost_usd=Decimal("0.672"))
    results = await asyncio.gather(*(store.finish("vid_1", outcome, now=120.0) for _ in range(5)))
    assert results.count(True) == 1
    assert not await store.finish("vid_1", JobOutcome("failed", error="late"), now=121.0)
    job = await store.get("vid_1")
    assert (job.status, job.video_url, job.duration_seconds, job.credits, job.cost_usd, job.error, job.finished_at) == (
        "completed", "https://cdn/v.mp4", Decimal("5.0"), 672, Decimal("0.672"), None, 120.0)
    assert job.done and not await store.claim_poll("vid_1", now=500.0, next_poll_at=501.0)


async def test_empty_text_is_kept_apart_from_none(store):
    """An empty error or video URL reads back empty, not as a missing value."""
    await store.create(dataclasses.replace(new_job(), upstream_job_id=""))
    assert await store.finish("vid_1", JobOutcome("failed", video_url="", error=""), now=120.0)
    job = await store.get("vid_1")
    assert (job.upstream_job_id, job.video_url, job.error, job.duration_seconds) == ("", "", "", None)


async def test_sqlite_file_is_shared_by_separate_store_instances(tmp_path):
    """Two instances on one file stand for two processes: a transition happens once across both."""
    path = str(tmp_path / "shared.db")
    a, b = SqliteJobStore(path), SqliteJobStore(path)
    await a.create(new_job())
    assert (await b.get("vid_1")).owner == "alice"
    claims = await asyncio.gather(a.claim_poll("vid_1", 100.0, 110.0), b.claim_poll("vid_1", 100.0, 110.0))
    assert sorted(claims) == [False, True]
    outcome = JobOutcome("completed", credits=1)
    finishes = await asyncio.gather(a.finish("vid_1", outcome, 120.0), b.finish("vid_1", outcome, 120.0))
    assert sorted(finishes) == [False, True]
    assert (await a.get("vid_1")).status == "completed"
    assert (tmp_path / "shared.db-wal").exists()  # WAL mode
    await a.aclose()
    await b.aclose()


def test_open_job_store_by_url(tmp_path):
    assert isinstance(open_job_store("memory://"), MemoryJobStore)
    relative = open_job_store("sqlite:///./proxyify.db")
    assert isinstance(relative, SqliteJobStore) and relative.path == "./proxyify.db"
    assert open_job_store(f"sqlite:///{tmp_path}/x.db").path == f"{tmp_path}/x.db"
    assert not (tmp_path / "x.db").exists()  # opening touches nothing until first use
    with pytest.raises(ConfigurationError, match="storage.url"):
        open_job_store("mongodb://localhost/jobs")


async def test_a_redis_store_is_shared_by_separate_instances(redis_url):
    """Two instances on one Redis stand for two hosts: a transition happens once across both."""
    a, b = RedisJobStore(redis_url), RedisJobStore(redis_url)
    await a.create(new_job())
    assert (await b.get("vid_1")) == new_job()
    with pytest.raises(Exception, match="exists"):
        await b.create(new_job())
    claims = await asyncio.gather(*(s.claim_poll("vid_1", 100.0, 110.0) for s in (a, b, a, b)))
    assert sorted(claims) == [False, False, False, True]
    outcome = JobOutcome("completed", video_url="https://v/x.mp4", duration_seconds=Decimal("4.5"), credits=450,
                         cost_usd=Decimal("0.45"))
    finishes = await asyncio.gather(a.finish("vid_1", outcome, 120.0), b.finish("vid_1", outcome, 120.0))
    assert sorted(finishes) == [False, True]
    done = await a.get("vid_1")
    assert (done.status, done.duration_seconds, done.credits, done.cost_usd, done.finished_at) == (
        "completed", Decimal("4.5"), 450, Decimal("0.45"), 120.0)
    await a.aclose()
    await b.aclose()
