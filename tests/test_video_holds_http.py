"""Video holds through the real metering, over a real socket (audit 11): a job's credit hold lives
as long as the job may (``[gateway] job_ttl_s``), a job past that age is failed as expired and never
charged (Kling fake); a request without ``duration`` holds what the provider makes by default, and
a longer clip than held is charged, and reported, at the held seconds (OpenAI Videos API fake).

The expiry sweep runs at start and every 30 s; the tests run it through a second ledger on the same
SQLite file, as another gateway process sharing the database would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi.app import create_app
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from tests.fakes.kling import ACCESS_KEY, SECRET_KEY, FakeKling
from tests.fakes.openai_media import FakeOpenAIMedia
from tests.fakes.server import serve

SECRET = "pk-video-ttl-test-key"
AUTH = {"authorization": f"Bearer {SECRET}"}
VIDEO = "test/kling"
SORA = "test/sora"
IMAGE = "test/image"


def ttl_settings(tmp_path: Path, kling_url: str, *, job_ttl_s: int, reservation_ttl_s: int = 1,
                 openai_url: str = "http://127.0.0.1:9/v1") -> Settings:
    """A key with 1000 credits, a Kling video model at 672 credits for 5 s, a 960-credit image
    model, and a Sora model at the same per-second price."""
    return Settings.from_dict({
        "gateway": {"reservation_ttl_s": reservation_ttl_s, "job_ttl_s": job_ttl_s, "http_transport": "httpx"},
        "storage": {"url": f"sqlite:///{tmp_path / 'gateway.db'}"},
        "rate_limits": {"default": "1000000/minute"},
        "providers": {
            "kling": {"kind": "kling", "base_url": kling_url, "api_key": ACCESS_KEY, "api_secret": SECRET_KEY,
                      "options": {"poll_interval_s": 0}},
            "demo": {"kind": "demo"},
            "oa": {"kind": "openai", "base_url": openai_url, "api_key": "sk-up", "options": {"poll_interval_s": 0}},
        },
        "models": [
            {"id": VIDEO, "modality": "video", "price": {"per_second": 0.1344},
             "routes": [{"provider": "kling", "model": "kling-v2-master"}]},
            {"id": SORA, "modality": "video", "price": {"per_second": 0.1344},
             "routes": [{"provider": "oa", "model": "sora-2"}]},
            {"id": IMAGE, "modality": "image", "price": {"per_image": 0.96},
             "routes": [{"provider": "demo", "model": "black-forest-labs/flux-1.1-pro"}]},
        ],
        "keys": [{"name": "ttl", "key": SECRET, "credits": 1000, "rate_limit": "1000000/minute"}],
    })


@contextmanager
def kling(queries_until_done: int) -> Iterator[tuple[FakeKling, str]]:
    fake = FakeKling(queries_until_done=queries_until_done)
    with serve(fake.app()) as url:
        yield fake, url + "/v1"


@contextmanager
def gateway(settings: Settings) -> Iterator[httpx.Client]:
    with serve(create_app(settings)) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client


def sweep(tmp_path: Path) -> int:
    """Run the expiry sweep as another process sharing the database would."""
    async def run() -> int:
        ledger = SqliteLedger(tmp_path / "gateway.db")
        try:
            return await ledger.sweep_expired()
        finally:
            await ledger.aclose()

    return asyncio.run(run())


def settled_credits(tmp_path: Path) -> list[int]:
    async def run() -> list[int]:
        ledger = SqliteLedger(tmp_path / "gateway.db")
        try:
            return [e.credits for e in await ledger.entries() if e.kind == "settle"]
        finally:
            await ledger.aclose()

    return asyncio.run(run())


def balance(client: httpx.Client) -> dict[str, Any]:
    r = client.get("/v1/balance", headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()["data"]


def submit_video(client: httpx.Client) -> str:
    r = client.post("/v1/chat/completions", json={"model": VIDEO, "prompt": "A dog", "duration": 5}, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()["data"]["polling_url"]


def poll(client: httpx.Client, polling_url: str) -> dict[str, Any]:
    r = client.get(polling_url, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()


def past_the_ttl(seconds: float = 1.2) -> None:
    time.sleep(seconds)


def test_the_audit_scenario_ends_with_the_job_expired_and_nothing_charged(tmp_path):
    with kling(queries_until_done=1) as (fake, url), gateway(ttl_settings(tmp_path, url, job_ttl_s=1)) as client:
        polling_url = submit_video(client)
        assert balance(client)["credits"] == 328 and balance(client)["reserved"] == 672
        past_the_ttl()
        assert sweep(tmp_path) == 1  # the hold outlived the job's TTL: released
        image = client.post("/v1/chat/completions", headers=AUTH, json={
            "model": IMAGE, "messages": [{"role": "user", "content": "A red fox"}]})
        assert image.status_code == 200, image.text
        assert balance(client)["credits"] == 40

        expired = poll(client, polling_url)  # the upstream has finished by now: too late
        assert expired["data"]["status"] == "failed"
        assert "expired" in expired["data"]["error"]["message"]
        assert expired["_balancer"].get("credits_used", 0) == 0
        queries = fake.queries
        assert poll(client, polling_url)["data"]["status"] == "failed"  # and it stays so
        assert fake.queries == queries  # an expired job is never asked about again
        assert balance(client)["credits"] == 40
        assert balance(client)["reserved"] == 0
    assert settled_credits(tmp_path) == [960]  # the image only


def test_a_job_keeps_its_hold_past_reservation_ttl_and_is_charged_once(tmp_path):
    with kling(queries_until_done=1) as (_fake, url), gateway(ttl_settings(tmp_path, url, job_ttl_s=60)) as client:
        polling_url = submit_video(client)
        past_the_ttl()  # past reservation_ttl_s = 1, well within job_ttl_s
        assert sweep(tmp_path) == 0
        assert balance(client)["credits"] == 328 and balance(client)["reserved"] == 672

        done = poll(client, polling_url)
        assert done["data"]["status"] == "completed"
        assert done["_balancer"]["credits_used"] == 672 and done["_balancer"]["duration_seconds"] == 5
        assert poll(client, polling_url)["_balancer"]["credits_used"] == 672
        assert balance(client)["credits"] == 328 and balance(client)["reserved"] == 0
    assert settled_credits(tmp_path) == [672]


def test_a_completion_seen_only_after_the_deadline_is_not_charged(tmp_path):
    """The poll starts before the deadline, the upstream answers "done" after it: the hold may be
    gone by then, so the job expires instead of settling."""
    with kling(queries_until_done=1) as (fake, url), gateway(ttl_settings(tmp_path, url, job_ttl_s=1)) as client:
        fake.query_delay_s = 1.2
        polling_url = submit_video(client)
        late = poll(client, polling_url)
        assert fake.queries == 1  # the upstream was asked, and said completed
        assert late["data"]["status"] == "failed" and "expired" in late["data"]["error"]["message"]
        assert balance(client)["credits"] == 1000 and balance(client)["reserved"] == 0
    assert settled_credits(tmp_path) == []


@pytest.mark.parametrize("swept", [False, True], ids=["hold-open", "hold-swept"])
def test_a_job_that_never_finishes_expires_and_frees_its_hold(tmp_path, swept):
    with kling(queries_until_done=10**6) as (fake, url), gateway(ttl_settings(tmp_path, url, job_ttl_s=1)) as client:
        polling_url = submit_video(client)
        assert poll(client, polling_url)["data"]["status"] in ("pending", "processing")
        past_the_ttl()
        if swept:
            assert sweep(tmp_path) == 1
        queries = fake.queries
        expired = poll(client, polling_url)
        assert expired["data"]["status"] == "failed" and "expired" in expired["data"]["error"]["message"]
        assert fake.queries == queries
        assert balance(client)["credits"] == 1000 and balance(client)["reserved"] == 0
    assert settled_credits(tmp_path) == []


def test_sora_without_duration_holds_its_4_s_default_and_charges_and_reports_the_seconds_held(tmp_path):
    """The Videos API makes 4 s when ``seconds`` is absent: that is held, not 5 s. The fake then
    reports an 8 s clip: the charge stops at the held 4 s and ``duration_seconds`` says 4, not 8."""
    fake = FakeOpenAIMedia()
    with serve(fake.app()) as oa_url, kling(queries_until_done=1) as (_kling, url), \
            gateway(ttl_settings(tmp_path, url, job_ttl_s=60, openai_url=oa_url + "/v1")) as client:
        r = client.post("/v1/chat/completions", json={"model": SORA, "prompt": "A dog"}, headers=AUTH)
        assert r.status_code == 200, r.text
        create = next(q for q in fake.requests if q["path"] == "/v1/videos")
        assert "seconds" not in create["body"]
        assert balance(client)["reserved"] == 538  # 4 s x 0.1344 USD = 537.6 credits, rounded up
        done: dict[str, Any] = {}
        for _ in range(20):
            done = poll(client, r.json()["data"]["polling_url"])
            if done["data"]["status"] == "completed":
                break
        assert done["data"]["status"] == "completed"
        assert done["_balancer"]["duration_seconds"] == 4 and done["_balancer"]["credits_used"] == 538
        assert balance(client)["credits"] == 1000 - 538 and balance(client)["reserved"] == 0
    assert settled_credits(tmp_path) == [538]
