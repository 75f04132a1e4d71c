"""Speech-to-text bills the audio actually sent, never the length a container header claims."""

from __future__ import annotations

import base64
import struct
from decimal import Decimal
from typing import Any

import httpx
import pytest

from proxyify_asgi.endpoint.audio_duration import audio_seconds
from proxyify_asgi.errors import InvalidRequest
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake  # noqa: F401  (fixture)
from tests.media_support import ALICE, alice_bob_ledger, make_wav, media_settings, metered_app

DATA_SIZE = slice(40, 44)
"""Where the stdlib ``wave`` module writes the data chunk's size (after RIFF, WAVE, a 16-byte fmt chunk)."""


def with_data_size(wav: bytes, size: int) -> bytes:
    patched = bytearray(wav)
    patched[DATA_SIZE] = struct.pack("<I", size)
    return bytes(patched)


def wav_with_format(tag: int, bits: int, frames: int, rate: int = 8000) -> bytes:
    """A mono WAV of ``frames`` silent samples in encoding ``tag`` (3 = float, 6 = A-law)."""
    width = bits // 8
    fmt = struct.pack("<HHIIHH", tag, 1, rate, rate * width, width, bits)
    data = bytes(frames * width)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --- the measure ----------------------------------------------------------------------------------


def test_a_data_size_larger_than_the_file_is_clamped_to_the_samples_present():
    assert audio_seconds(with_data_size(make_wav(3), 0x7FFFFFFF), "wav") == Decimal("3.00")
    # Streamed WAVs (ffmpeg to a pipe) leave 0xFFFFFFFF there: billed for what they hold.
    assert audio_seconds(with_data_size(make_wav(1.5), 0xFFFFFFFF), "wav") == Decimal("1.50")


def test_a_data_size_smaller_than_the_samples_present_does_not_undercharge():
    assert audio_seconds(with_data_size(make_wav(120), 32_000), "wav") == Decimal("120.00")


def test_a_header_without_samples_is_empty_audio():
    header_only = make_wav(3)[:44]
    with pytest.raises(InvalidRequest, match="empty") as info:
        audio_seconds(header_only, "wav")
    assert info.value.metadata["field"] == "input_audio.data"


def test_float_and_a_law_wavs_are_measured_from_their_samples():
    assert audio_seconds(wav_with_format(3, 32, 8000 * 2), "wav") == Decimal("2.00")
    assert audio_seconds(wav_with_format(6, 8, 8000 * 5 // 2), "wav") == Decimal("2.50")


@pytest.mark.parametrize("wav", [
    wav_with_format(2, 4, 8000),  # MS ADPCM: its length cannot be read off the header alone
    make_wav(1)[:12] + make_wav(1)[36:],  # no fmt chunk before the samples
    make_wav(1, rate=16_000)[:24] + struct.pack("<I", 4_000_000) + make_wav(1)[28:],  # 4 MHz "sample rate"
], ids=["adpcm", "no-fmt-chunk", "4-MHz-rate"])
def test_wavs_whose_length_cannot_be_measured_are_400(wav):
    with pytest.raises(InvalidRequest, match="not a readable wav"):
        audio_seconds(wav, "wav")


# --- through the gateway, on a real socket -------------------------------------------------------


def stt_body(audio: bytes) -> dict[str, Any]:
    return {"model": "test/whisper", "input_audio": {"data": base64.b64encode(audio).decode(), "format": "wav"}}


@pytest.fixture()
def gateway(openai_fake):  # noqa: F811  (the fixture imported above)
    fake, upstream_url = openai_fake
    models = [{"id": "test/whisper", "modality": "stt", "price": {"per_minute": 0.06},
               "routes": [{"provider": "oa", "model": "whisper-1"}]}]
    settings = media_settings("memory://", {"oa": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-up"}},
                              models, usd_per_credit=0.001)
    ledger = alice_bob_ledger()
    app = metered_app(settings, ledger)
    with serve(app) as url:
        yield url, fake, ledger


def test_lying_wav_headers_are_billed_for_the_audio_sent(gateway):
    url, fake, ledger = gateway
    with httpx.Client(base_url=url, headers=ALICE, timeout=10) as client:
        over = client.post("/v1/chat/completions", json=stt_body(with_data_size(make_wav(3), 0x7FFFFFFF)))
        assert over.status_code == 200, over.text
        assert over.json()["_balancer"]["audio_seconds"] == 3
        assert over.json()["_balancer"]["credits_used"] == 3  # 3 s at $0.06/min = $0.003

        long_wav = with_data_size(make_wav(120), 32_000)
        under = client.post("/v1/chat/completions", json=stt_body(long_wav))
        assert under.status_code == 200, under.text
        assert fake.requests[-1]["body"]["size"] == len(long_wav)  # all of it went upstream...
        assert under.json()["_balancer"]["audio_seconds"] == 120  # ...so all of it is billed
        assert under.json()["_balancer"]["credits_used"] == 120

        sent_before = len(fake.requests)
        empty = client.post("/v1/chat/completions", json=stt_body(make_wav(3)[:44]))
        assert empty.status_code == 400
        assert empty.json()["error"]["metadata"]["field"] == "input_audio.data"
        assert "empty" in empty.json()["error"]["message"]
        assert len(fake.requests) == sent_before  # refused before any upstream call
    assert [usage.credits for _reservation, usage in ledger.settled] == [3, 120]
