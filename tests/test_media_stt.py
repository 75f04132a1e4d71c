"""Speech-to-text: audio measured from the audio itself, priced per minute; demo and OpenAI multipart."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi.endpoint.audio_duration import audio_seconds
from proxyify_asgi.endpoint.stt import MAX_AUDIO_BYTES
from proxyify_asgi.errors import InvalidRequest
from tests.media_fixtures import openai_fake, demo_client  # noqa: F401  (fixtures)
from tests.media_support import ALICE, alice_bob_ledger, make_wav, media_settings, metered_app

FIXTURES = Path(__file__).parent / "fixtures"


def stt_body(audio: bytes, audio_format: str, model: str = "openai/whisper-1", **extra: Any) -> dict[str, Any]:
    return {"model": model, "input_audio": {"data": base64.b64encode(audio).decode(), "format": audio_format}, **extra}


@pytest.fixture()
async def client(openai_fake) -> AsyncIterator[tuple[httpx.AsyncClient, Any]]:
    models = [
        {"id": f"test/{name}", "modality": "stt", "price": {"per_minute": 0.006},
         "routes": [{"provider": provider, "model": name, **route}]}
        for name, provider, route in (
            ("whisper-large-v3", "oa", {}), ("error-500", "oa", {}), ("slow-2", "oa", {"timeout_s": 0.3}),
            ("unreachable", "closed", {}),
        )
    ]
    settings = media_settings("memory://", {"oa": {"kind": "openai", "base_url": openai_fake[1], "api_key": "sk-up"}},
                              models, usd_per_credit=0.0001)
    ledger = alice_bob_ledger()
    app = metered_app(settings, ledger)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c, ledger
    await app.gateway.aclose()


# --- duration, from the audio itself --------------------------------------------------------------


def test_wav_duration_from_frames():
    assert audio_seconds(make_wav(2.5), "wav") == Decimal("2.50")
    assert audio_seconds(make_wav(1.0, rate=8000, channels=2), "wav") == Decimal("1.00")


def test_ogg_vorbis_duration_with_mutagen():
    assert audio_seconds((FIXTURES / "tone_1500ms.ogg").read_bytes(), "ogg") == Decimal("1.50")


def test_webm_duration_from_segment_info_and_from_blocks_when_info_has_none():
    data = (FIXTURES / "tone_1750ms.webm").read_bytes()
    assert Decimal("1.70") <= audio_seconds(data, "webm") <= Decimal("1.80")
    # Turn the Duration element (0x4489) into a Void of the same length, as MediaRecorder files lack it.
    at = data.find(b"\x44\x89")
    size = data[at + 2] & 0x7F
    patched = data[:at] + b"\xec" + bytes([0x80 | (size + 1)]) + data[at + 2 : at + 3 + size] + data[at + 3 + size :]
    assert len(patched) == len(data)
    assert Decimal("1.65") <= audio_seconds(patched, "webm") <= Decimal("1.80")


@pytest.mark.parametrize("audio_format", ["wav", "mp3", "ogg", "flac", "m4a", "webm"])
def test_bytes_that_are_not_the_format_are_400(audio_format):
    with pytest.raises(InvalidRequest) as info:
        audio_seconds(b"this is plainly not audio at all" * 10, audio_format)
    assert info.value.metadata["field"] == "input_audio.data"


def test_zero_length_wav_is_400():
    with pytest.raises(InvalidRequest, match="empty"):
        audio_seconds(make_wav(0), "wav")


# --- demo -----------------------------------------------------------------------------------------


async def test_demo_transcribes_deterministically_and_prices_per_minute(demo_client):
    audio = make_wav(30)
    first = await demo_client.post("/v1/chat/completions", json=stt_body(audio, "wav", language="en"))
    second = await demo_client.post("/v1/chat/completions", json=stt_body(audio, "wav", language="en"))
    assert first.status_code == 200, first.text
    assert first.json()["data"]["text"] == second.json()["data"]["text"]
    assert "language en" in first.json()["data"]["text"]
    balancer = first.json()["_balancer"]
    # 30 s at $0.006/min = $0.003 = 3 credits of $0.001.
    assert balancer["audio_seconds"] == 30 and balancer["credits_used"] == 3
    assert balancer["cost_usd"] == pytest.approx(0.003) and balancer["model_used"] == "openai/whisper-1"


async def test_demo_accepts_compressed_audio(demo_client):
    audio = (FIXTURES / "tone_1500ms.ogg").read_bytes()
    r = await demo_client.post("/v1/chat/completions", json=stt_body(audio, "ogg", model="openai/whisper-large-v3"))
    assert r.status_code == 200, r.text
    assert r.json()["_balancer"]["audio_seconds"] == 1.5
    assert r.json()["_balancer"]["credits_used"] == 1  # 1.5 s × $0.006/60 = $0.00015 → 1 credit of $0.001


# --- OpenAI-compatible upstream -------------------------------------------------------------------


async def test_openai_multipart_transcription(client, openai_fake):
    c, ledger = client
    fake, _ = openai_fake
    audio = make_wav(12)
    r = await c.post("/v1/chat/completions", json=stt_body(audio, "wav", model="test/whisper-large-v3", language="de"),
                     headers=ALICE)
    assert r.status_code == 200, r.text
    assert r.json()["data"] == {"text": f"fake transcript of {len(audio)} bytes"}
    sent = fake.requests[-1]
    assert sent["path"] == "/v1/audio/transcriptions"
    assert sent["body"]["model"] == "whisper-large-v3" and sent["body"]["language"] == "de"
    assert sent["body"]["filename"] == "audio.wav" and sent["body"]["content_type"] == "audio/wav"
    assert sent["body"]["size"] == len(audio)
    assert sent["headers"]["authorization"] == "Bearer sk-up"
    assert sent["headers"]["content-type"].startswith("multipart/form-data")
    assert r.json()["_balancer"]["credits_used"] == 12 and ledger.settled[-1][1].credits == 12


@pytest.mark.parametrize(("model", "status"), [("test/error-500", 502), ("test/slow-2", 408), ("test/unreachable", 503)])
async def test_upstream_failures_charge_nothing(client, model, status):
    c, ledger = client
    r = await c.post("/v1/chat/completions", json=stt_body(make_wav(1), "wav", model=model), headers=ALICE)
    assert r.status_code == status and r.json()["error"]["code"] == status
    assert ledger.settled == [] and len(ledger.released) == 1


# --- validation -----------------------------------------------------------------------------------

WAV_B64 = base64.b64encode(make_wav(0.5)).decode()


@pytest.mark.parametrize(("input_audio", "field"), [
    (None, "input_audio"),
    ("base64here", "input_audio"),
    ({"data": WAV_B64}, "input_audio.format"),
    ({"data": WAV_B64, "format": "aiff"}, "input_audio.format"),
    ({"format": "wav"}, "input_audio.data"),
    ({"data": "not*base64!", "format": "wav"}, "input_audio.data"),
    ({"data": "", "format": "wav"}, "input_audio.data"),
    ({"data": base64.b64encode(b"garbage" * 20).decode(), "format": "mp3"}, "input_audio.data"),
])
async def test_invalid_stt_requests_are_400_naming_the_field(demo_client, input_audio, field):
    body: dict[str, Any] = {"model": "openai/whisper-1"}
    if input_audio is not None:
        body["input_audio"] = input_audio
    r = await demo_client.post("/v1/chat/completions", json=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["metadata"]["field"] == field


async def test_audio_over_the_size_limit_is_400(demo_client):
    audio = make_wav(0.1) + bytes(MAX_AUDIO_BYTES)
    r = await demo_client.post("/v1/chat/completions", json=stt_body(audio, "wav"))
    assert r.status_code == 400
    assert r.json()["error"]["metadata"]["limit_bytes"] == MAX_AUDIO_BYTES
    assert "larger than" in r.json()["error"]["message"]


async def test_data_url_prefix_and_line_breaks_are_accepted(demo_client):
    encoded = base64.encodebytes(make_wav(2)).decode()  # MIME-style, newline every 76 chars
    body = {"model": "openai/whisper-1", "input_audio": {"data": "data:audio/wav;base64," + encoded, "format": "wav"}}
    r = await demo_client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["_balancer"]["audio_seconds"] == 2
