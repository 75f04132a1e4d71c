"""Video jobs: submit, poll, settle exactly once; across pollers, restarts, keys and mount prefixes."""

from __future__ import annotations

import asyncio
import time
from contextlib import contextmanager
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from proxyify_asgi.providers.demo.media import demo_video
from proxyify_asgi.settings import Settings
from tests.fakes.kling import ACCESS_KEY, SECRET_KEY, FakeKling
from tests.fakes.openai_media import VIDEO_BYTES
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake  # noqa: F401  (fixtures)
from tests.media_support import ALICE, BOB, FakeLedger, alice_bob_ledger, media_settings, metered_app

PER_SECOND = 0.1344  # the spec's example: 5 s → 672 credits


@pytest.fixture(scope="module")
def kling_fake() -> Iterator[tuple[FakeKling, str]]:
    fake = FakeKling()
    with serve(fake.app()) as url:
        yield fake, url + "/v1"


def video_settings(storage_url: str, kling_url: str, openai_url: str) -> Settings:
    def model(mid: str, provider: str, name: str, **route: Any) -> dict[str, Any]:
        return {"id": mid, "modality": "video", "price": {"per_second": PER_SECOND},
                "routes": [{"provider": provider, "model": name, **route}]}

    return media_settings(
        storage_url,
        {
            "demo": {"kind": "demo", "options": {"video_seconds_to_complete": 0.6, "poll_interval_s": 0.05}},
            "kling": {"kind": "kling", "base_url": kling_url, "api_key": ACCESS_KEY, "api_secret": SECRET_KEY,
                      "options": {"poll_interval_s": 0}},
            "kling-bad-secret": {"kind": "kling", "base_url": kling_url, "api_key": ACCESS_KEY, "api_secret": "nope"},
            "oa": {"kind": "openai", "base_url": openai_url, "api_key": "sk-up", "options": {"poll_interval_s": 0}},
        },
        [
            model("kling/kling-video-v3-pro", "demo", "kling/kling-video-v3-pro"),
            model("test/kling", "kling", "kling-v2-master"),
            model("test/kling-rare-polls", "kling", "kling-v2-master", options={"poll_interval_s": 60}),
            model("test/kling-error", "kling", "error-500"),
            model("test/kling-bad-secret", "kling-bad-secret", "kling-v2-master"),
            model("test/sora", "oa", "sora-2"),
            model("test/unreachable", "closed", "x"),
        ],
    )


@pytest.fixture()
def settings(tmp_path: Path, kling_fake, openai_fake) -> Settings:
    return video_settings(f"sqlite:///{tmp_path}/gateway.db", kling_fake[1], openai_fake[1])


@pytest.fixture()
async def asgi_client(settings) -> AsyncIterator[tuple[httpx.AsyncClient, FakeLedger]]:
    ledger = alice_bob_ledger()
    app = metered_app(settings, ledger)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c, ledger
    await app.gateway.aclose()


@contextmanager
def gateway_client(settings: Settings, *, auth: bool = True) -> Iterator[tuple[httpx.Client, FakeLedger]]:
    """A client of the metered gateway served on a real socket, and the gateway's ledger."""
    ledger = alice_bob_ledger()
    app = metered_app(settings, ledger, auth=auth)
    with serve(app) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client, ledger


def submit(client: httpx.Client, model: str, headers: dict[str, str] = ALICE, **extra: Any) -> dict[str, Any]:
    r = client.post("/v1/chat/completions", json={"model": model, "prompt": "A golden retriever on a beach", **extra},
                    headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def poll_until_done(client: httpx.Client, polling_url: str, headers: dict[str, str] = ALICE) -> list[dict[str, Any]]:
    seen = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        r = client.get(polling_url, headers=headers)
        assert r.status_code == 200, r.text
        seen.append(r.json())
        if r.json()["data"]["status"] in ("completed", "failed"):
            return seen
        time.sleep(0.05)
    raise AssertionError("job did not finish")


# --- lifecycle ------------------------------------------------------------------------------------


def test_demo_lifecycle_over_a_real_socket(settings):
    with gateway_client(settings) as (client, ledger):
        submitted = submit(client, "kling/kling-video-v3-pro", duration=5, resolution="720p", aspect_ratio="16:9")
        job_id = submitted["data"]["id"]
        assert submitted["data"] == {"id": job_id, "status": "pending", "polling_url": f"/v1/jobs/{job_id}"}
        assert submitted["_balancer"]["job_id"] == job_id
        assert submitted["_balancer"]["model_used"] == "kling/kling-video-v3-pro"
        assert len(ledger.open) == 1 and ledger.settled == []  # the hold stays with the job

        seen = poll_until_done(client, submitted["data"]["polling_url"])
        statuses = [s["data"]["status"] for s in seen]
        assert statuses[-1] == "completed" and "processing" in statuses
        assert statuses.index("processing") < statuses.index("completed")
        done = seen[-1]
        assert done["_balancer"] == {"credits_used": 672, "cost_usd": 0.672, "duration_seconds": 5}
        assert done["data"]["video_url"] == f"/v1/jobs/{job_id}/content"

        video = client.get(done["data"]["video_url"], headers=ALICE)
        assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
        assert video.content == demo_video() and video.content[4:8] == b"ftyp"

        for _ in range(3):  # polling a finished job changes nothing
            assert client.get(submitted["data"]["polling_url"], headers=ALICE).json() == done
    assert [(u.credits, u.units, u.extra["job_id"]) for _, u in ledger.settled] == [(672, 5, job_id)]
    assert not ledger.open and len(ledger.calls) == 1


def test_kling_job_with_real_jwt_settles_once_with_the_real_duration(settings, kling_fake):
    fake, _ = kling_fake
    with gateway_client(settings) as (client, ledger):
        submitted = submit(client, "test/kling", duration=10, aspect_ratio="9:16", resolution="1080p")
        assert fake.submits[-1] == {"model_name": "kling-v2-master", "prompt": "A golden retriever on a beach",
                                    "duration": "10", "aspect_ratio": "9:16", "mode": "pro"}
        seen = poll_until_done(client, submitted["data"]["polling_url"])
    assert [s["data"]["status"] for s in seen] == ["pending", "processing", "completed"]
    done = seen[-1]
    assert done["data"]["video_url"].endswith(".mp4") and done["data"]["video_url"].startswith("http://127.0.0.1")
    assert done["_balancer"] == {"credits_used": 1344, "cost_usd": 1.344, "duration_seconds": 10}
    assert [u.credits for _, u in ledger.settled] == [1344]


def test_openai_videos_api_and_content_through_the_gateway(settings, openai_fake):
    fake, _ = openai_fake
    with gateway_client(settings) as (client, ledger):
        submitted = submit(client, "test/sora", duration=8, resolution="720p", aspect_ratio="16:9")
        create = next(r for r in reversed(fake.requests) if r["path"] == "/v1/videos")
        assert create["body"] == {"model": "sora-2", "prompt": "A golden retriever on a beach", "seconds": "8",
                                  "size": "1280x720"}
        done = poll_until_done(client, submitted["data"]["polling_url"])[-1]
        assert done["data"]["status"] == "completed"
        content = client.get(done["data"]["video_url"], headers=ALICE)
        assert content.status_code == 200 and content.content == VIDEO_BYTES
        assert content.headers["content-type"] == "video/mp4"
    assert done["_balancer"]["duration_seconds"] == 8 and [u.credits for _, u in ledger.settled] == [1076]


def test_failed_job_costs_nothing_and_releases_the_hold(settings):
    with gateway_client(settings) as (client, ledger):
        submitted = submit(client, "test/kling", prompt="please fail this one")
        done = poll_until_done(client, submitted["data"]["polling_url"])[-1]
        again = client.get(submitted["data"]["polling_url"], headers=ALICE).json()
    assert done["data"]["status"] == "failed" and "risk control" in done["data"]["error"]["message"]
    assert done["_balancer"]["credits_used"] == 0 and again == done
    assert ledger.settled == [] and len(ledger.released) == 1 and not ledger.open
    assert [verb for verb, _ in ledger.calls] == ["release"]


def test_an_upstream_hiccup_while_polling_keeps_the_job_and_retries(settings, kling_fake):
    fake, _ = kling_fake
    with gateway_client(settings) as (client, ledger):
        submitted = submit(client, "test/kling")
        fake.failing_queries = 1
        hiccup = client.get(submitted["data"]["polling_url"], headers=ALICE)
        assert hiccup.status_code == 200 and hiccup.json()["data"]["status"] == "pending"
        assert fake.failing_queries == 0  # the upstream was asked, and failed
        done = poll_until_done(client, submitted["data"]["polling_url"])[-1]
    assert done["data"]["status"] == "completed" and [u.credits for _, u in ledger.settled] == [672]


def test_a_job_the_provider_forgot_fails_and_costs_nothing(settings, openai_fake):
    fake, _ = openai_fake
    with gateway_client(settings) as (client, ledger):
        submitted = submit(client, "test/sora")
        fake.videos.clear()  # the upstream answers 404 for the job from now on
        done = client.get(submitted["data"]["polling_url"], headers=ALICE).json()
    assert done["data"]["status"] == "failed" and done["_balancer"]["credits_used"] == 0
    assert [verb for verb, _ in ledger.calls] == ["release"]


# --- concurrency and persistence ------------------------------------------------------------------


async def test_two_pollers_at_once_cause_one_upstream_query(settings, kling_fake):
    fake, _ = kling_fake
    app = metered_app(settings, alice_bob_ledger())
    with serve(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            r = await client.post("/v1/chat/completions", headers=ALICE,
                                  json={"model": "test/kling-rare-polls", "prompt": "two pollers"})
            polling_url = r.json()["data"]["polling_url"]
            task_id = list(fake.tasks)[-1]
            answers = await asyncio.gather(*(client.get(polling_url, headers=ALICE) for _ in range(2)))
            later = await client.get(polling_url, headers=ALICE)
    assert all(a.status_code == 200 and a.json()["data"]["status"] == "pending" for a in answers)
    assert later.json()["data"]["status"] == "pending"
    assert fake.tasks[task_id]["queries"] == 1  # the job may poll upstream once per 60 s


async def test_many_concurrent_pollers_settle_a_completed_job_exactly_once(settings, kling_fake):
    fake, _ = kling_fake
    ledger = alice_bob_ledger()
    app = metered_app(settings, ledger)
    with serve(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            r = await client.post("/v1/chat/completions", headers=ALICE,
                                  json={"model": "test/kling", "prompt": "race", "duration": 5})
            polling_url = r.json()["data"]["polling_url"]
            fake.tasks[list(fake.tasks)[-1]]["queries"] = 5  # the upstream task is already done
            answers = await asyncio.gather(*(client.get(polling_url, headers=ALICE) for _ in range(8)))
    assert {a.json()["data"]["status"] for a in answers} == {"completed"}
    assert {a.json()["_balancer"]["credits_used"] for a in answers} == {672}
    assert [u.credits for _, u in ledger.settled] == [672] and not ledger.open
    assert [verb for verb, _ in ledger.calls] == ["settle"]  # no second attempt, even a refused one


def test_poll_after_restart_on_the_same_sqlite_file(settings):
    ledger = alice_bob_ledger()  # the ledger outlives the process, like a real one
    first = metered_app(settings, ledger)
    with serve(first) as url, httpx.Client(base_url=url, timeout=10) as client:
        submitted = submit(client, "test/kling")
        first_poll = client.get(submitted["data"]["polling_url"], headers=ALICE).json()
    assert first_poll["data"]["status"] == "pending"
    second = metered_app(settings, ledger)  # a new app instance: nothing in memory survives
    with serve(second) as url, httpx.Client(base_url=url, timeout=10) as client:
        done = poll_until_done(client, submitted["data"]["polling_url"])[-1]
    assert done["data"]["status"] == "completed" and done["_balancer"]["credits_used"] == 672
    assert [u.credits for _, u in ledger.settled] == [672]


# --- ownership and mounting -----------------------------------------------------------------------


def test_another_key_gets_404_for_the_job_and_its_video(settings):
    with gateway_client(settings) as (client, _ledger):
        submitted = submit(client, "kling/kling-video-v3-pro")
        polling_url = submitted["data"]["polling_url"]
        theirs = client.get(polling_url, headers=BOB)
        keyless = client.get(polling_url)
        content = client.get(polling_url + "/content", headers=BOB)
        unknown = client.get("/v1/jobs/vid_doesnotexist", headers=ALICE)
        mine = client.get(polling_url, headers=ALICE)
    for r in (theirs, content, unknown):
        assert r.status_code == 404 and r.json()["error"]["code"] == 404
    assert keyless.status_code == 401
    assert theirs.json()["error"]["message"] == unknown.json()["error"]["message"].replace("vid_doesnotexist", submitted["data"]["id"])
    assert mine.status_code == 200


def test_without_auth_the_endpoint_still_serves_jobs(settings):
    """Mounted without AuthMiddleware there is no key: jobs belong to ``anonymous``."""
    with gateway_client(settings, auth=False) as (client, ledger):
        submitted = submit(client, "kling/kling-video-v3-pro", headers={})
        done = poll_until_done(client, submitted["data"]["polling_url"], headers={})[-1]
    assert done["data"]["status"] == "completed"
    assert [(u.key, u.credits) for _, u in ledger.settled] == [("anonymous", 672)]


def test_mounted_under_a_prefix_polling_and_video_urls_carry_it(settings):
    ledger = alice_bob_ledger()
    gateway = metered_app(settings, ledger)
    host = Starlette(routes=[Mount("/ai", app=gateway)])
    with serve(host) as url, httpx.Client(base_url=url, timeout=10) as client:
        r = client.post("/ai/v1/chat/completions", headers=ALICE,
                        json={"model": "kling/kling-video-v3-pro", "prompt": "mounted"})
        assert r.status_code == 200, r.text
        job_id = r.json()["data"]["id"]
        assert r.json()["data"]["polling_url"] == f"/ai/v1/jobs/{job_id}"
        done = poll_until_done(client, r.json()["data"]["polling_url"])[-1]
        assert done["data"]["video_url"] == f"/ai/v1/jobs/{job_id}/content"
        assert client.get(done["data"]["video_url"], headers=ALICE).content == demo_video()
    assert len(ledger.settled) == 1


# --- submit failures and validation ---------------------------------------------------------------


@pytest.mark.parametrize(("model", "status"), [
    ("test/kling-error", 502), ("test/kling-bad-secret", 502), ("test/unreachable", 503),
])
async def test_submit_failures_charge_nothing_and_store_no_job(asgi_client, model, status):
    client, ledger = asgi_client
    r = await client.post("/v1/chat/completions", json={"model": model, "prompt": "x"}, headers=ALICE)
    assert r.status_code == status and r.json()["error"]["code"] == status
    assert SECRET_KEY not in r.text and "nope" not in r.text
    assert ledger.settled == [] and len(ledger.released) == 1 and not ledger.open


async def test_content_of_an_unfinished_job_is_400(asgi_client):
    client, _ = asgi_client
    r = await client.post("/v1/chat/completions", json={"model": "test/kling-rare-polls", "prompt": "x"}, headers=ALICE)
    content = await client.get(r.json()["data"]["polling_url"] + "/content", headers=ALICE)
    assert content.status_code == 400 and content.json()["error"]["metadata"]["status"] == "pending"


@pytest.mark.parametrize(("body", "field"), [
    ({"prompt": None}, "prompt"),
    ({"prompt": "  "}, "prompt"),
    ({"prompt": ["a"]}, "prompt"),
    ({"duration": 0}, "duration"),
    ({"duration": 61}, "duration"),
    ({"duration": "5"}, "duration"),
    ({"duration": True}, "duration"),
    ({"duration": 5.5}, "duration"),
    ({"resolution": "4k"}, "resolution"),
    ({"aspect_ratio": "4:3"}, "aspect_ratio"),
    ({"stream": True}, "stream"),
])
async def test_invalid_video_requests_are_400_naming_the_field(asgi_client, body, field):
    client, ledger = asgi_client
    full = {"model": "kling/kling-video-v3-pro", "prompt": "ok", **body}
    if full["prompt"] is None:
        full.pop("prompt")
    r = await client.post("/v1/chat/completions", json=full, headers=ALICE)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["metadata"]["field"] == field
    assert ledger.settled == []
