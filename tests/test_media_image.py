"""Image generation through /v1/chat/completions: demo, OpenAI-style chat images, the Images API, BFL."""

from __future__ import annotations

import base64
import struct
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from proxyify_asgi.settings import Settings
from tests.fakes.bfl import API_KEY as BFL_KEY
from tests.fakes.bfl import FakeBFL
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake, demo_client  # noqa: F401  (fixtures)
from tests.media_support import ALICE, alice_bob_ledger, media_settings, metered_app

PROMPT = [{"role": "user", "content": "A sunset over mountains"}]
PRICE = {"per_image": 0.04, "per_image_by_size": {"1K": 0.04, "2K": 0.08, "4K": 0.16}}


def png_size(data_url: str) -> tuple[int, int]:
    """Width and height from a PNG data URL's IHDR chunk (checks it really is a PNG)."""
    assert data_url.startswith("data:image/png;base64,")
    raw = base64.b64decode(data_url.split(",", 1)[1])
    assert raw[:8] == b"\x89PNG\r\n\x1a\n" and raw[12:16] == b"IHDR"
    return struct.unpack(">II", raw[16:24])


@pytest.fixture(scope="module")
def bfl_fake() -> Iterator[tuple[FakeBFL, str]]:
    fake = FakeBFL()
    with serve(fake.app()) as url:
        yield fake, url + "/v1"


def upstream_settings(openai_url: str, bfl_url: str) -> Settings:
    image_model = lambda mid, provider, model, **route: {  # noqa: E731
        "id": mid, "modality": "image", "price": PRICE,
        "routes": [{"provider": provider, "model": model, **route}],
    }
    return media_settings(
        "memory://",
        {
            "oa": {"kind": "openai", "base_url": openai_url, "api_key": "sk-upstream-secret"},
            "bfl": {"kind": "bfl", "base_url": bfl_url, "api_key": BFL_KEY, "options": {"poll_interval_s": 0.05}},
        },
        [
            image_model("test/chat-images", "oa", "google/gemini-image"),
            image_model("test/images-api", "oa", "gpt-image-1", options={"images_api": True}),
            image_model("test/flux", "bfl", "flux-pro-1.1"),
            image_model("test/error", "oa", "error-500"),
            image_model("test/slow", "oa", "slow-2", timeout_s=0.3),
            image_model("test/unreachable", "closed", "x"),
            image_model("test/bfl-error", "bfl", "error-500"),
            image_model("test/bfl-moderated", "bfl", "moderated"),
            image_model("test/bfl-forever", "bfl", "forever", timeout_s=0.4),
        ],
    )


@pytest.fixture()
async def client(openai_fake, bfl_fake) -> AsyncIterator[tuple[httpx.AsyncClient, Any]]:
    ledger = alice_bob_ledger()
    app = metered_app(upstream_settings(openai_fake[1], bfl_fake[1]), ledger)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c, ledger
    await app.gateway.aclose()


def image_body(model: str, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": PROMPT, "modalities": ["image", "text"], **extra}


# --- demo -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("aspect", "size", "expected", "credits"), [
    (None, None, (1024, 1024), 40),
    ("16:9", "1K", (1024, 576), 40),
    ("9:16", "2K", (1152, 2048), 80),
    ("16:9", "4K", (4096, 2304), 160),
])
async def test_demo_draws_png_of_requested_geometry_and_prices_by_size(demo_client, aspect, size, expected, credits):
    config = {k: v for k, v in (("aspect_ratio", aspect), ("image_size", size)) if v}
    body = image_body("black-forest-labs/flux-1.1-pro", **({"image_config": config} if config else {}))
    r = await demo_client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    payload = r.json()
    images = payload["data"]["choices"][0]["message"]["images"]
    assert len(images) == 1 and images[0]["type"] == "image_url"
    assert png_size(images[0]["image_url"]["url"]) == expected
    balancer = payload["_balancer"]
    assert balancer["images_count"] == 1
    assert balancer["credits_used"] == credits and balancer["cost_usd"] == pytest.approx(credits / 1000)
    assert balancer["model_used"] == "black-forest-labs/flux-1.1-pro"
    assert r.headers["x-balancer-credits-used"] == str(credits)


# --- OpenAI-compatible upstreams ------------------------------------------------------------------


async def test_chat_style_images_pass_through_and_are_charged(client, openai_fake):
    c, ledger = client
    fake, _ = openai_fake
    r = await c.post("/v1/chat/completions", json=image_body("test/chat-images", image_config={"aspect_ratio": "16:9"}),
                     headers=ALICE)
    assert r.status_code == 200, r.text
    message = r.json()["data"]["choices"][0]["message"]
    assert png_size(message["images"][0]["image_url"]["url"]) == (8, 8)
    assert message["content"] == "Here is your image."
    sent = fake.requests[-1]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["headers"]["authorization"] == "Bearer sk-upstream-secret"
    assert sent["body"]["model"] == "google/gemini-image"
    assert sent["body"]["modalities"] == ["image", "text"]
    assert sent["body"]["image_config"] == {"aspect_ratio": "16:9", "image_size": "1K"}
    assert [u.credits for _, u in ledger.settled] == [40] and not ledger.open


async def test_images_api_b64_json_becomes_data_url(client, openai_fake):
    c, ledger = client
    fake, _ = openai_fake
    r = await c.post("/v1/chat/completions", json=image_body("test/images-api", image_config={"aspect_ratio": "9:16"}),
                     headers=ALICE)
    assert r.status_code == 200, r.text
    url = r.json()["data"]["choices"][0]["message"]["images"][0]["image_url"]["url"]
    assert png_size(url) == (8, 8)
    sent = fake.requests[-1]
    assert sent["path"] == "/v1/images/generations"
    assert sent["body"] == {"model": "gpt-image-1", "prompt": "A sunset over mountains", "n": 1, "size": "1024x1536"}
    assert ledger.settled[-1][1].credits == 40


# --- Black Forest Labs ----------------------------------------------------------------------------


async def test_bfl_submits_polls_and_fetches_the_sample(client, bfl_fake):
    c, ledger = client
    fake, _ = bfl_fake
    body = image_body("test/flux", image_config={"aspect_ratio": "16:9", "image_size": "2K"})
    r = await c.post("/v1/chat/completions", json=body, headers=ALICE)
    assert r.status_code == 200, r.text
    url = r.json()["data"]["choices"][0]["message"]["images"][0]["image_url"]["url"]
    assert png_size(url) == (16, 9)
    submitted = fake.requests[-1]
    assert submitted["model"] == "flux-pro-1.1"
    # 2K 16:9 capped at FLUX 1.1 [pro]'s 1440 px, multiples of 32.
    assert (submitted["body"]["width"], submitted["body"]["height"]) == (1440, 800)
    assert submitted["body"]["prompt"] == "A sunset over mountains"
    task = fake.tasks[f"task-{len(fake.tasks)}"]
    assert task["polls"] == fake.pending_polls + 1
    assert "x-key" not in fake.sample_fetch_headers[-1]  # the key never goes to the delivery URL
    # Charged as what was sent: 1440 px does not reach 2K's 2048, so it is the 1K price.
    assert r.json()["_balancer"]["credits_used"] == 40 and ledger.settled[-1][1].credits == 40


# --- failures: right status, nothing charged ------------------------------------------------------


@pytest.mark.parametrize(("model", "status"), [
    ("test/error", 502),
    ("test/slow", 408),
    ("test/unreachable", 503),
    ("test/bfl-error", 502),
    ("test/bfl-moderated", 502),
    ("test/bfl-forever", 408),
])
async def test_upstream_failures_map_and_charge_nothing(client, model, status):
    c, ledger = client
    r = await c.post("/v1/chat/completions", json=image_body(model), headers=ALICE)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == status
    assert "sk-upstream-secret" not in r.text and BFL_KEY not in r.text
    assert ledger.settled == [] and len(ledger.released) == 1 and not ledger.open


# --- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "field"), [
    ({"messages": None}, "messages"),
    ({"messages": []}, "messages"),
    ({"messages": [{"role": "assistant", "content": "no user text"}]}, "messages"),
    ({"image_config": {"aspect_ratio": "4:3"}}, "image_config.aspect_ratio"),
    ({"image_config": {"image_size": "8K"}}, "image_config.image_size"),
    ({"image_config": "big"}, "image_config"),
    ({"modalities": ["text"]}, "modalities"),
    ({"modalities": "image"}, "modalities"),
    ({"stream": True}, "stream"),
])
async def test_invalid_image_requests_are_400_naming_the_field(demo_client, body, field):
    full = {**image_body("black-forest-labs/flux-1.1-pro"), **body}
    r = await demo_client.post("/v1/chat/completions", json=full)
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["metadata"]["field"] == field and field in error["message"]
