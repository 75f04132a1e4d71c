"""Text-to-speech: raw audio streamed with the cost in the headers; demo and OpenAI /audio/speech."""

from __future__ import annotations

import io
import wave
from collections.abc import AsyncIterator
from typing import Any

import httpx
import mutagen.mp3
import pytest

from proxyify_asgi.settings import Settings
from tests.fakes.openai_media import SPEECH_CHUNKS
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake, demo_client  # noqa: F401  (fixtures)
from tests.media_support import ALICE, alice_bob_ledger, media_settings, metered_app

TEXT = "Hello, this is a TTS test."


def upstream_settings(url: str) -> Settings:
    models = [
        {"id": f"test/{name}", "modality": "tts", "price": {"per_mchar": 15},
         "routes": [{"provider": provider, "model": name, **route}]}
        for name, provider, route in (
            ("gpt-4o-mini-tts", "oa", {}), ("error-500", "oa", {}), ("slow-2", "oa", {"timeout_s": 0.3}),
            ("unreachable", "closed", {}),
        )
    ]
    models.append({"id": "test/failover", "modality": "tts", "price": {"per_mchar": 15}, "routes": [
        {"provider": "oa", "model": "error-500", "priority": 0},
        {"provider": "oa", "model": "gpt-4o-mini-tts", "priority": 1, "model_used": "test/backup-tts"},
    ]})
    return media_settings("memory://", {"oa": {"kind": "openai", "base_url": url, "api_key": "sk-up"}},
                          models, usd_per_credit=0.0001)


@pytest.fixture()
async def client(openai_fake) -> AsyncIterator[tuple[httpx.AsyncClient, Any]]:
    ledger = alice_bob_ledger()
    app = metered_app(upstream_settings(openai_fake[1]), ledger)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c, ledger
    await app.gateway.aclose()


def tts_body(model: str = "openai/gpt-4o-mini-tts", **extra: Any) -> dict[str, Any]:
    return {"model": model, "input": TEXT, "voice": "alloy", **extra}


# --- demo -----------------------------------------------------------------------------------------


async def test_demo_wav_is_real_audio_whose_length_follows_the_text(demo_client):
    short = await demo_client.post("/v1/chat/completions", json=tts_body(response_format="wav"))
    long = await demo_client.post("/v1/chat/completions", json=tts_body(response_format="wav", input=TEXT * 4))
    assert short.status_code == 200 and short.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(short.content)) as w:
        short_seconds = w.getnframes() / w.getframerate()
    with wave.open(io.BytesIO(long.content)) as w:
        long_seconds = w.getnframes() / w.getframerate()
    assert short_seconds > 1 and long_seconds == pytest.approx(4 * short_seconds, rel=0.01)


async def test_demo_mp3_headers_from_input_length(demo_client):
    r = await demo_client.post("/v1/chat/completions", json=tts_body(response_format="mp3"))
    assert r.status_code == 200
    assert r.headers["content-type"] == "audio/mpeg"
    # 26 characters at $15 per million = $0.00039 → 1 credit of $0.001.
    assert r.headers["x-balancer-credits-used"] == "1"
    assert r.headers["x-balancer-cost-usd"] == "0.001"
    assert r.headers["x-balancer-model-used"] == "openai/gpt-4o-mini-tts"
    assert mutagen.mp3.MP3(io.BytesIO(r.content)).info.length == pytest.approx(len(TEXT) * 0.06, abs=0.05)


async def test_demo_rejects_formats_it_cannot_synthesise(demo_client):
    r = await demo_client.post("/v1/chat/completions", json=tts_body(response_format="opus"))
    assert r.status_code == 400 and r.json()["error"]["metadata"]["field"] == "response_format"


# --- OpenAI upstream ------------------------------------------------------------------------------


def test_openai_speech_streams_through_a_real_socket(openai_fake):
    """The first bytes reach the client while the upstream is still sending the rest."""
    fake, url = openai_fake
    ledger = alice_bob_ledger()
    app = metered_app(upstream_settings(url), ledger)
    with serve(app) as gateway_url:
        sent_before = fake.speech_chunks_sent
        with httpx.stream("POST", gateway_url + "/v1/chat/completions", headers=ALICE, timeout=10,
                          json=tts_body("test/gpt-4o-mini-tts", response_format="mp3", speed=1.25)) as r:
            assert r.status_code == 200
            assert r.headers["content-type"] == "audio/mpeg"
            assert r.headers["x-balancer-credits-used"] == "4"  # 26 chars × $15/M = $0.00039 → 4 × $0.0001
            assert r.headers["x-balancer-cost-usd"] == "0.0004"
            assert r.headers["x-balancer-model-used"] == "test/gpt-4o-mini-tts"
            chunks = r.iter_raw()
            first = next(chunks)
            assert first == SPEECH_CHUNKS[0]
            # The upstream pauses 0.2 s between chunks: it has not sent them all yet.
            assert fake.speech_chunks_sent - sent_before < len(SPEECH_CHUNKS)
            rest = b"".join(chunks)
        assert first + rest == b"".join(SPEECH_CHUNKS)
    sent = next(r for r in reversed(fake.requests) if r["path"] == "/v1/audio/speech")
    assert sent["path"] == "/v1/audio/speech"
    assert sent["body"] == {"model": "gpt-4o-mini-tts", "input": TEXT, "voice": "alloy", "speed": 1.25,
                            "response_format": "mp3"}


async def test_openai_speech_is_metered(client):
    c, ledger = client
    r = await c.post("/v1/chat/completions", json=tts_body("test/gpt-4o-mini-tts", response_format="wav"), headers=ALICE)
    assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
    assert r.content == b"".join(SPEECH_CHUNKS)
    assert [u.credits for _, u in ledger.settled] == [4]


async def test_failing_route_fails_over_before_the_first_byte(client):
    c, ledger = client
    r = await c.post("/v1/chat/completions", json=tts_body("test/failover"), headers=ALICE)
    assert r.status_code == 200 and r.content == b"".join(SPEECH_CHUNKS)
    assert r.headers["x-balancer-model-used"] == "test/backup-tts"


@pytest.mark.parametrize(("model", "status"), [("test/error-500", 502), ("test/slow-2", 408), ("test/unreachable", 503)])
async def test_upstream_errors_are_json_errors_and_charge_nothing(client, model, status):
    c, ledger = client
    r = await c.post("/v1/chat/completions", json=tts_body(model), headers=ALICE)
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json" and r.json()["error"]["code"] == status
    assert "x-balancer-credits-used" not in r.headers
    assert ledger.settled == [] and len(ledger.released) == 1


# --- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "field"), [
    ({"input": None}, "input"),
    ({"input": ""}, "input"),
    ({"input": "   "}, "input"),
    ({"input": 42}, "input"),
    ({"voice": 3}, "voice"),
    ({"response_format": "ogg"}, "response_format"),
    ({"speed": 5}, "speed"),
    ({"speed": "fast"}, "speed"),
    ({"stream": True}, "stream"),
])
async def test_invalid_tts_requests_are_400_naming_the_field(demo_client, body, field):
    full = {**tts_body(), **body}
    if full.get("input") is None:
        full.pop("input")
    r = await demo_client.post("/v1/chat/completions", json=full)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["metadata"]["field"] == field
