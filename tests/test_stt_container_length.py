"""Ogg, M4A and WebM are billed from their packets and bytes, not from the length their container states.

Fixtures (ffmpeg 6, 3 s each): ``tone_3000ms_opus.ogg`` (440 Hz, 24 kbit/s Opus, 48 kHz mono),
``noise_3000ms_vorbis.ogg`` (pink noise, Vorbis q6, 22.05 kHz mono), ``tone_3000ms_flac.ogg``
(FLAC in Ogg, 8 kHz), ``noise_3000ms.m4a`` (pink noise, AAC-LC 64 kbit/s, 16 kHz) and
``noise_3000ms.webm`` (pink noise, Opus 96 kbit/s), ``noise_3000ms_vorbis.webm`` (as the Ogg Vorbis one). Forgeries rewrite Ogg pages with mutagen's
``OggPage``, which recomputes each page's CRC, so they stay valid Ogg.
"""

from __future__ import annotations

import base64
import io
import itertools
import random
import struct
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from mutagen.ogg import OggPage

from proxyify_asgi.endpoint.audio_duration import MAX_BITRATE, audio_seconds
from proxyify_asgi.endpoint.audio_mp4 import mp4_audio_bytes
from proxyify_asgi.endpoint.audio_ogg import MalformedOgg, first_stream_audio, opus_batch_samples, opus_packet_samples
from proxyify_asgi.errors import InvalidRequest
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake  # noqa: F401  (fixture)
from tests.media_support import ALICE, alice_bob_ledger, media_settings, metered_app

FIXTURES = Path(__file__).parent / "fixtures"
OPUS = (FIXTURES / "tone_3000ms_opus.ogg").read_bytes()
VORBIS = (FIXTURES / "noise_3000ms_vorbis.ogg").read_bytes()
OGG_FLAC = (FIXTURES / "tone_3000ms_flac.ogg").read_bytes()
M4A = (FIXTURES / "noise_3000ms.m4a").read_bytes()
WEBM = (FIXTURES / "noise_3000ms.webm").read_bytes()
WEBM_VORBIS = (FIXTURES / "noise_3000ms_vorbis.webm").read_bytes()
OPUS_PRE_SKIP = 312  # what libopus writes in OpusHead at 48 kHz
ONE_FRAME = Decimal("0.02")  # the fixture's Opus frames are 20 ms


def pages(data: bytes) -> list[OggPage]:
    stream = io.BytesIO(data)
    found = []
    while stream.tell() < len(data):
        found.append(OggPage(stream))
    return found


def written(ogg_pages: list[OggPage]) -> bytes:
    return b"".join(page.write() for page in ogg_pages)  # write() recomputes each page's CRC


def with_last_granule(data: bytes, granule: int) -> bytes:
    ogg_pages = pages(data)
    ogg_pages[-1].position = granule
    return written(ogg_pages)


def with_serial(data: bytes, serial: int) -> list[OggPage]:
    ogg_pages = pages(data)
    for page in ogg_pages:
        page.serial = serial
    return ogg_pages


# --- Ogg Opus, packet by packet --------------------------------------------------------------------


def test_ogg_opus_is_billed_its_packets_whatever_the_last_granule_says():
    assert audio_seconds(OPUS, "ogg") == Decimal("3.00")
    one_second = with_last_granule(OPUS, OPUS_PRE_SKIP + 48_000)
    assert abs(audio_seconds(one_second, "ogg") - Decimal("3.00")) <= ONE_FRAME
    ten_hours = with_last_granule(OPUS, OPUS_PRE_SKIP + 48_000 * 36_000)
    # An inflated granule is not billed either: at most the packets, padding of the last one included.
    assert abs(audio_seconds(ten_hours, "ogg") - Decimal("3.00")) <= ONE_FRAME


@pytest.mark.parametrize(("packet", "samples"), [
    (bytes([3 << 3 | 0]), 2880),  # SILK NB 60 ms, one frame
    (bytes([16 << 3 | 0]), 120),  # CELT NB 2.5 ms
    (bytes([31 << 3 | 1]) + bytes(10), 1920),  # CELT FB 20 ms, two equal frames
    (bytes([13 << 3 | 2]) + bytes(10), 1920),  # hybrid SWB 20 ms, two frames of different sizes
    (bytes([18 << 3 | 3, 6]) + bytes(10), 2880),  # CELT NB 10 ms × 6 frames
    (bytes([0 << 3 | 3, 12]), 5760),  # SILK 10 ms × 12 = 120 ms, the longest packet allowed
])
def test_opus_packet_durations_follow_the_toc_byte(packet, samples):
    assert opus_packet_samples(packet) == samples


@pytest.mark.parametrize("packet", [b"", bytes([3]), bytes([3, 0]), bytes([3 << 3 | 3, 3])],
                         ids=["empty", "code-3-no-count", "zero-frames", "over-120-ms"])
def test_malformed_opus_packets_are_refused(packet):
    with pytest.raises(MalformedOgg):
        opus_packet_samples(packet)


def spanning_opus(final_granule: int) -> bytes:
    """50 packets of 60 ms (400 bytes: SILK NB, TOC config 3, code 0), each split across two pages.

    The payload is zeros (the counter reads TOC bytes only); pages carry 255 bytes of one packet
    and the 145-byte end of the previous, so every audio packet is put back together from two.
    """
    head, tags = pages(OPUS)[:2]
    packet = bytes([3 << 3]) + bytes(399)
    ogg_pages = [head, tags]
    for index in range(51):
        page = OggPage()
        page.serial, page.sequence = head.serial, index + 2
        page.continued = index > 0
        page.packets = ([packet[255:]] if index else []) + ([packet[:255]] if index < 50 else [])
        page.complete = index == 50
        page.position = 2880 * index if index else -1  # -1: no packet ends here (RFC 3533 §6)
        ogg_pages.append(page)
    ogg_pages[-1].last, ogg_pages[-1].position = True, final_granule
    return written(ogg_pages)


def test_packets_spanning_pages_are_put_back_together():
    genuine = spanning_opus(50 * 2880)
    assert audio_seconds(genuine, "ogg") == Decimal("2.99")  # 144,000 samples less the 312 of pre-skip
    forged = audio_seconds(spanning_opus(OPUS_PRE_SKIP + 48_000), "ogg")  # "1 s"
    assert abs(forged - Decimal("2.99")) <= Decimal("0.06")  # trimmed by one 60 ms packet at most
    with pytest.raises(InvalidRequest, match="not a readable ogg"):
        audio_seconds(genuine[: genuine.rfind(b"OggS")], "ogg")  # the last packet never finishes


@pytest.mark.parametrize("seed", range(5))
def test_the_batched_opus_count_agrees_with_the_packet_by_packet_one(seed):
    rng = random.Random(seed)
    packets = []
    for _ in range(300):
        toc = rng.randrange(256)
        packet = bytes([toc, rng.choice([1, 2, 3, 12, 48, 63]) if toc & 3 == 3 else rng.randrange(256)])
        packets.append(packet + rng.randbytes(rng.randrange(3)))
    valid = []
    for packet in packets:
        try:
            valid.append((packet, opus_packet_samples(packet)))
        except MalformedOgg:
            pass
    data = b"".join(packet for packet, _samples in valid)
    ends = list(itertools.accumulate(len(packet) for packet, _samples in valid))
    assert opus_batch_samples(data, [0, *ends[:-1]], ends) == sum(samples for _packet, samples in valid)


def test_streams_side_by_side_count_once():
    # The forged stream (its last granule says 1 s) and a copy with another serial, interleaved
    # page by page as a muxer would: billed one stream's packets, neither its claim nor the sum.
    first, second = pages(with_last_granule(OPUS, OPUS_PRE_SKIP + 48_000)), with_serial(OPUS, 0x5EC0_4D)
    interleaved = [first[0], second[0]] + [page for pair in zip(first[1:], second[1:]) for page in pair]
    assert abs(audio_seconds(written(interleaved), "ogg") - Decimal("3.00")) <= ONE_FRAME


def test_chained_links_add_up():
    # RFC 3533 chaining: a second stream after the first ended is played after it.
    chained = OPUS + written(with_serial(OPUS, 0x5EC0_4D))
    assert audio_seconds(chained, "ogg") == Decimal("6.00")


def _zero_frame_packet(data: bytes) -> bytes:
    ogg_pages = pages(data)
    ogg_pages[2].packets[0] = bytes([3 << 3 | 3, 0])  # code 3, zero frames: malformed (RFC 6716 [R5])
    return written(ogg_pages)


def _flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1 :]


def _stray_page(data: bytes) -> bytes:
    ogg_pages = pages(data)
    return written(ogg_pages[:3] + with_serial(data, 77)[3:4] + ogg_pages[3:])  # a serial that never began


@pytest.mark.parametrize("ogg", [
    OPUS[: len(OPUS) - 50],  # cut inside the last page
    _flipped(OPUS, len(OPUS) // 2),  # one bit changed: the page's CRC no longer matches
    _zero_frame_packet(OPUS),
    _stray_page(OPUS),
    OPUS[:200] + bytes(1000),  # an Opus head, then zeros where pages should be
], ids=["truncated", "bad-crc", "zero-frame-packet", "page-of-unknown-stream", "garbage-after-head"])
def test_malformed_ogg_is_the_400_of_undecodable_audio(ogg):
    with pytest.raises(InvalidRequest, match="not a readable ogg") as info:
        audio_seconds(ogg, "ogg")
    assert info.value.metadata["field"] == "input_audio.data"


# --- declared lengths with a byte floor -----------------------------------------------------------


def test_ogg_vorbis_with_a_forged_granule_is_billed_at_least_its_byte_floor():
    assert audio_seconds(VORBIS, "ogg") == Decimal("3.00")  # genuine: its own length, not more
    codec, size, _frames = first_stream_audio(VORBIS)
    floor = Decimal(size * 8) / MAX_BITRATE["vorbis"]
    assert codec == "vorbis" and size > 0.8 * len(VORBIS) and floor > Decimal("0.3")
    forged = with_last_granule(VORBIS, 22)  # "1 ms"
    assert audio_seconds(forged, "ogg") == floor.quantize(Decimal("0.01"))


def test_flac_in_ogg_is_counted_frame_by_frame():
    assert audio_seconds(OGG_FLAC, "ogg") == Decimal("3.00")
    assert audio_seconds(with_last_granule(OGG_FLAC, 8), "ogg") == Decimal("3.00")  # "1 ms"


def m4a_with_mdhd_duration(data: bytes, duration: int) -> bytes:
    at = data.find(b"mdhd")
    assert data[at + 4] == 0  # version 0: 32-bit times; the duration follows two times and the timescale
    start = at + 4 + 4 + 12
    return data[:start] + struct.pack(">I", duration) + data[start + 4 :]


def test_m4a_with_a_forged_duration_is_billed_at_least_its_sample_bytes():
    assert abs(audio_seconds(M4A, "m4a") - Decimal("3.00")) <= Decimal("0.07")  # AAC priming and padding
    samples = mp4_audio_bytes(M4A)
    assert 0.9 * len(M4A) < samples < len(M4A)
    floor = (Decimal(samples * 8) / MAX_BITRATE["aac"]).quantize(Decimal("0.01"))
    assert floor > Decimal("0.3")
    assert audio_seconds(m4a_with_mdhd_duration(M4A, 1), "m4a") == floor


def webm_with_duration(data: bytes, duration: float) -> bytes:
    at = data.find(b"\x44\x89\x88")  # Duration, an 8-byte float
    assert at > 0
    return data[: at + 3] + struct.pack(">d", duration) + data[at + 11 :]


def test_webm_opus_is_counted_block_by_block_whatever_its_duration_says():
    assert abs(audio_seconds(WEBM, "webm") - Decimal("3.00")) <= ONE_FRAME  # CodecDelay not subtracted
    assert audio_seconds(webm_with_duration(WEBM, 1.0), "webm") == audio_seconds(WEBM, "webm")  # "1 ms"
    assert audio_seconds(webm_with_duration(WEBM, 3.6e7), "webm") == audio_seconds(WEBM, "webm")  # "10 h"


def test_webm_vorbis_with_a_forged_duration_is_billed_at_least_its_block_bytes():
    assert audio_seconds(WEBM_VORBIS, "webm") == Decimal("3.01")  # its Duration: 3.012 s
    forged = audio_seconds(webm_with_duration(WEBM_VORBIS, 1.0), "webm")  # 1 ms in the default 1 ms units
    # About 60 kbit/s of Vorbis under a 512 kbit/s ceiling: the floor is about 3 × 60 / 512 s.
    assert Decimal("0.25") <= forged <= Decimal("0.40")


@pytest.mark.parametrize("duration", [float("nan"), float("inf")])
def test_a_webm_duration_that_is_no_number_is_unreadable_not_a_500(duration):
    with pytest.raises(InvalidRequest, match="not a readable webm"):
        audio_seconds(webm_with_duration(WEBM_VORBIS, duration), "webm")


def test_a_webm_without_blocks_keeps_its_stated_duration_unless_it_is_opus():
    # Nothing to floor by (found by fuzzing: max() of the duration alone); old code did the same.
    header_only = WEBM_VORBIS[: WEBM_VORBIS.find(b"\x1f\x43\xb6\x75")]  # cut before the first Cluster
    assert audio_seconds(header_only, "webm") == Decimal("3.01")
    with pytest.raises(InvalidRequest, match="empty"):  # Opus is counted: no blocks, no audio
        audio_seconds(WEBM[: WEBM.find(b"\x1f\x43\xb6\x75")], "webm")


# --- through the gateway, on a real socket -------------------------------------------------------


def stt_body(audio: bytes, audio_format: str) -> dict[str, Any]:
    return {"model": "test/whisper", "input_audio": {"data": base64.b64encode(audio).decode(), "format": audio_format}}


@pytest.fixture()
def gateway(openai_fake):  # noqa: F811  (the fixture imported above)
    fake, upstream_url = openai_fake
    models = [{"id": "test/whisper", "modality": "stt", "price": {"per_minute": 0.6},
               "routes": [{"provider": "oa", "model": "whisper-1"}]}]
    settings = media_settings("memory://", {"oa": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-up"}},
                              models, usd_per_credit=0.001)
    ledger = alice_bob_ledger()
    with serve(metered_app(settings, ledger)) as url:
        yield url, fake, ledger


def test_a_forged_ogg_opus_is_billed_its_real_length_over_http(gateway):
    url, fake, ledger = gateway
    forged = with_last_granule(OPUS, OPUS_PRE_SKIP + 48_000)
    with httpx.Client(base_url=url, headers=ALICE, timeout=10) as client:
        r = client.post("/v1/chat/completions", json=stt_body(forged, "ogg"))
        assert r.status_code == 200, r.text
        assert fake.requests[-1]["body"]["size"] == len(forged)
        assert 2.98 <= r.json()["_balancer"]["audio_seconds"] <= 3.0  # not the 1 s the granule claims
        assert r.json()["_balancer"]["credits_used"] == 30  # 2.99 s at $0.60/min = $0.0299

        sent_before = len(fake.requests)
        bad = client.post("/v1/chat/completions", json=stt_body(_flipped(OPUS, len(OPUS) // 2), "ogg"))
        assert bad.status_code == 400
        assert bad.json() == {"error": {"code": 400, "message": "Invalid 'input_audio.data': not a readable ogg file.",
                                        "metadata": {"field": "input_audio.data"}}}
        assert len(fake.requests) == sent_before  # refused before any upstream call
    assert [usage.credits for _reservation, usage in ledger.settled] == [30]
