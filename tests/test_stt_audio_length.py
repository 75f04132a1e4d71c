"""Speech-to-text bills the audio actually sent, never the length a container header claims."""

from __future__ import annotations

import base64
import random
import struct
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi.endpoint.audio_duration import audio_seconds
from proxyify_asgi.endpoint.audio_frames import MAX_FALSE_SYNCS
from proxyify_asgi.errors import InvalidRequest
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake  # noqa: F401  (fixture)
from tests.media_support import ALICE, alice_bob_ledger, make_wav, media_settings, metered_app

FIXTURES = Path(__file__).parent / "fixtures"
MP3 = (FIXTURES / "tone_3000ms.mp3").read_bytes()  # 3 s, 8 kHz, VBR with a Xing header (ffmpeg, LAME)
FLAC = (FIXTURES / "tone_3000ms.flac").read_bytes()  # 3 s, 8 kHz (ffmpeg)
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
    # 65535 bits per sample would make each frame 8 KB: ten minutes priced as a fraction of a second
    make_wav(600)[:34] + struct.pack("<H", 65535) + make_wav(600)[36:],
    make_wav(60)[:22] + struct.pack("<H", 4096) + make_wav(60)[24:],  # 4096 channels, the same trick
    wav_with_format(3, 16, 8000),  # "16-bit float" does not exist
], ids=["adpcm", "no-fmt-chunk", "4-MHz-rate", "65535-bit-samples", "4096-channels", "16-bit-float"])
def test_wavs_whose_length_cannot_be_measured_are_400(wav):
    with pytest.raises(InvalidRequest, match="not a readable wav"):
        audio_seconds(wav, "wav")


def mp3_with_xing_frames(frames: int) -> bytes:
    at = MP3.find(b"Xing")
    assert at > 0 and int.from_bytes(MP3[at + 4 : at + 8], "big") & 1  # the frame count is present
    return MP3[: at + 8] + struct.pack(">I", frames) + MP3[at + 12 :]


def flac_with_total_samples(total: int) -> bytes:
    # STREAMINFO follows "fLaC" and its 4-byte block header; its total sample count is the low
    # 36 bits of the 8 bytes at offset 10 (after block sizes and frame sizes).
    start = 4 + 4 + 10
    packed = int.from_bytes(FLAC[start : start + 8], "big")
    packed = (packed >> 36 << 36) | total
    return FLAC[:start] + packed.to_bytes(8, "big") + FLAC[start + 8 :]


def test_mp3_is_measured_by_its_frames_not_the_xing_total():
    honest = audio_seconds(MP3, "mp3")
    assert Decimal("3.00") <= honest <= Decimal("3.20")  # 3 s plus the encoder's delay and padding
    assert audio_seconds(mp3_with_xing_frames(10), "mp3") == honest
    assert audio_seconds(mp3_with_xing_frames(10_000_000), "mp3") == honest
    # Frames appended after the first file's are played, so they are billed.
    assert MP3[:3] == b"ID3" and MP3[6:9] == bytes(3)  # a tag shorter than 128 bytes: its size is byte 9
    frames = MP3[10 + MP3[9] :]
    assert audio_seconds(MP3 + frames, "mp3") >= 2 * honest


def test_flac_is_measured_by_its_frames_not_the_streaminfo_total():
    assert audio_seconds(FLAC, "flac") == Decimal("3.00")
    assert audio_seconds(flac_with_total_samples(8000), "flac") == Decimal("3.00")  # header says 1 s
    assert audio_seconds(flac_with_total_samples(0), "flac") == Decimal("3.00")  # "unknown", as streams write
    metadata_only = FLAC[: FLAC.find(b"\xff\xf8")]
    with pytest.raises(InvalidRequest, match="empty"):
        audio_seconds(metadata_only, "flac")


def test_bytes_after_the_frames_are_not_billed_as_frames():
    # Random bytes hold frame-sync look-alikes (as an appended cover picture does); one that does
    # not chain to another frame (MP3) or fails its header CRC (FLAC) is not audio.
    trailer = random.Random(9).randbytes(200_000)
    assert audio_seconds(MP3 + trailer, "mp3") == audio_seconds(MP3, "mp3")
    assert audio_seconds(FLAC + trailer, "flac") == Decimal("3.00")


def test_a_flood_of_false_frame_syncs_is_refused_not_scanned_for_ever():
    false_flac_headers = b"\xff\xf8\x59\x08\x00\x00" * (MAX_FALSE_SYNCS + 1)  # plausible, CRC wrong
    with pytest.raises(InvalidRequest, match="not a readable flac"):
        audio_seconds(FLAC + false_flac_headers, "flac")


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


def test_the_audio_is_measured_once_per_request_off_the_event_loop(gateway, monkeypatch):
    """Walking a crafted 25 MB file frame by frame can take seconds: metering and the handler
    share one measurement, made in a worker thread, not on the loop every request shares."""
    import asyncio

    from proxyify_asgi.endpoint import stt

    calls: list[bool] = []
    real = stt.audio_seconds

    def spy(audio: bytes, audio_format: str):
        try:
            asyncio.get_running_loop()
            calls.append(True)  # on an event loop
        except RuntimeError:
            calls.append(False)
        return real(audio, audio_format)

    monkeypatch.setattr(stt, "audio_seconds", spy)
    url, _fake, _ledger = gateway
    r = httpx.post(url + "/v1/chat/completions", json=stt_body(make_wav(3)), headers=ALICE, timeout=10)
    assert r.status_code == 200, r.text
    assert calls == [False]
