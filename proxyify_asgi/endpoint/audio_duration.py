"""How long a piece of audio lasts, read from the audio itself (never from the client's word).

WAV from its RIFF chunks (the sample bytes actually present, never the declared size); MP3 and
FLAC recognised by ``mutagen`` and then measured frame by frame (``audio_frames``), not from the
totals in their Xing/VBRI or STREAMINFO headers; Ogg Opus packet by packet and FLAC in Ogg frame
by frame (``audio_ogg``), not from the last page's granule position; WebM Opus block by block
(``audio_webm``), not from its ``Duration``.

Ogg Vorbis and Speex (mutagen's length: the last granule), M4A (the ``mdhd`` duration) and other
WebM (the ``Duration``, or the last block's timestamp) are still timed by a length the
file states about itself, since counting their packets needs each codec's framing. That length
gets a floor from the audio bytes (``byte_floor``): no stream of the codec carries more than
``MAX_BITRATE`` bits per second, so ``bytes × 8 / MAX_BITRATE`` seconds is the least the bytes can
last. A genuine file is never billed more than it lasts; a forged length can under-report by at
most the ratio of the file's real bitrate to that maximum.
"""

from __future__ import annotations

import io
import math
import struct
from decimal import Decimal

import mutagen
from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggflac import OggFLAC
from mutagen.oggopus import OggOpus
from mutagen.oggspeex import OggSpeex
from mutagen.oggvorbis import OggVorbis

from proxyify_asgi.endpoint.audio_frames import flac_seconds, mp3_seconds
from proxyify_asgi.endpoint.audio_mp4 import mp4_audio_bytes
from proxyify_asgi.endpoint.audio_ogg import OPUS_RATE, MalformedOgg, first_stream_audio, is_ogg_opus, opus_seconds
from proxyify_asgi.endpoint.audio_webm import webm_audio
from proxyify_asgi.errors import InvalidRequest

_MUTAGEN_TYPES: dict[str, list[type]] = {
    "mp3": [MP3], "ogg": [OggVorbis, OggOpus, OggFLAC, OggSpeex], "flac": [FLAC], "m4a": [MP4],
}
SUPPORTED_FORMATS: tuple[str, ...] = ("wav", "mp3", "ogg", "flac", "m4a", "webm")

_WAVE_FORMAT_EXTENSIBLE = 0xFFFE
_WAV_SAMPLE_BITS: dict[int, frozenset[int]] = {
    1: frozenset({8, 16, 24, 32}),  # PCM
    3: frozenset({32, 64}),  # IEEE float
    6: frozenset({8}),  # A-law
    7: frozenset({8}),  # mu-law
}
"""The measurable encodings (one fixed-size frame per sample instant) and the sample sizes each
really has: a header claiming 65535 bits per sample would make every frame 8 KB and price ten
minutes of audio as a fraction of a second."""
_MAX_CHANNELS = 8
"""7.1 surround; more channels in one frame would, like the bits, shrink the measured length."""
_MIN_RATE, _MAX_RATE = 1_000, 768_000
"""Sample rates a WAV may declare; beyond them the header is nonsense (and would price 25 MB at nothing)."""

MAX_BITRATE: dict[str, int] = {
    "opus": 512_000,
    "vorbis": 512_000,
    "speex": 64_000,
    "aac": 576_000,
    "other": 4_608_000,
}
"""Bits per second of audio no genuine stream of the codec family exceeds: the divisor of the byte floor.

- opus: RFC 6716 §2.1.1 gives Opus 6 to 510 kbit/s (per stream; a stereo file is one coupled stream).
- vorbis: the Vorbis I specification sets no ceiling; libvorbis's top quality (q10) is about
  500 kbit/s for stereo at 44.1/48 kHz (white noise, ffmpeg ``-q:a 10``, 48 kHz stereo: 435 kbit/s).
- speex: the Speex manual gives 2 to 44 kbit/s (ultra-wideband, quality 10); 64 leaves room for
  intensity stereo and VBR.
- aac: ISO/IEC 14496-3 (4.5.3, decoder buffer) allows at most 6144 bits per channel per
  1024-sample frame: 288 kbit/s per channel at 48 kHz, 576 for stereo. It also covers MP3 in MP4
  (320 kbit/s at most, ISO/IEC 11172-3).
- other (ALAC, PCM, AC-3 and anything unrecognised): uncompressed 24-bit 96 kHz stereo, which
  no lossless or lossy codec of stereo audio exceeds.

Files with more than two channels, or AAC above 48 kHz, may genuinely exceed these and would
then be billed a little more than they last; speech recordings are mono or stereo.
"""


def byte_floor(audio_bytes: int, family: str) -> float:
    """The fewest seconds ``audio_bytes`` of a ``family`` stream can hold: a forged length may not go below it.

    A genuine file is never billed more than it lasts (its bitrate is below ``MAX_BITRATE``); a
    forged declared length can under-report by at most the ratio of the file's real bitrate to
    that maximum (a 64 kbit/s Vorbis file forged to say 1 s is still billed 1/8 of its length).
    """
    return audio_bytes * 8 / MAX_BITRATE[family]


def audio_seconds(audio: bytes, audio_format: str) -> Decimal:
    """The duration of ``audio`` in seconds (two decimals); 400 if it is not ``audio_format`` or is silent-empty."""
    if audio_format == "wav":
        seconds = _wav_seconds(audio)
    elif audio_format == "webm":
        seconds = _webm_seconds(audio)
    elif audio_format == "ogg":
        seconds = _ogg_seconds(audio)
    elif audio_format == "m4a":
        seconds = _m4a_seconds(audio)
    else:
        seconds = _mutagen_seconds(audio, audio_format)
    if seconds is None or not math.isfinite(seconds):  # a Duration of NaN or infinity is no length
        raise InvalidRequest(
            f"Invalid 'input_audio.data': not a readable {audio_format} file.", metadata={"field": "input_audio.data"}
        )
    if seconds <= 0:
        raise InvalidRequest("Invalid 'input_audio.data': the audio is empty.", metadata={"field": "input_audio.data"})
    return Decimal(str(seconds)).quantize(Decimal("0.01"))


def _wav_seconds(audio: bytes) -> float | None:
    """Seconds of sample data actually present in a PCM, float, A-law or mu-law WAV; None if unreadable.

    The data chunk's declared size is not trusted in either direction: a size larger than the
    bytes that follow is clamped to them (a truncated file, or a streamed WAV whose writer left
    0 or 0xFFFFFFFF there, is billed for what it holds), and bytes after a size that undercounts
    are billed too (the whole payload goes upstream, so they are audio as far as the bill goes;
    metadata chunks after the samples are rare and small). Only the encodings whose frame size
    follows from the header are measured; compressed WAV encodings (ADPCM, MP3-in-WAV...) are
    refused rather than billed from a byte rate the client wrote.
    """
    layout = _wav_layout(audio)
    if layout is None:
        return None
    frame_bytes, rate, data_start = layout
    return (len(audio) - data_start) // frame_bytes / rate


def _wav_layout(audio: bytes) -> tuple[int, int, int] | None:
    """(bytes per frame, frames per second, offset of the samples) from the RIFF chunks, or None."""
    if len(audio) < 12 or audio[:4] != b"RIFF" or audio[8:12] != b"WAVE":
        return None
    pos, fmt = 12, None
    while pos + 8 <= len(audio):
        chunk_id, size = audio[pos : pos + 4], int.from_bytes(audio[pos + 4 : pos + 8], "little")
        if chunk_id == b"data":
            return (*fmt, pos + 8) if fmt else None  # a data chunk before any fmt chunk is malformed
        if chunk_id == b"fmt ":
            fmt = _wav_format(audio[pos + 8 : pos + 8 + size])
            if fmt is None:
                return None
        pos += 8 + size + (size & 1)  # chunks are padded to an even length
    return None


def _wav_format(fmt: bytes) -> tuple[int, int] | None:
    """(bytes per frame, sample rate) of a ``fmt `` chunk with a measurable encoding, else None."""
    if len(fmt) < 16:
        return None
    tag, channels, rate, _avg, _align, bits = struct.unpack("<HHIIHH", fmt[:16])
    if tag == _WAVE_FORMAT_EXTENSIBLE and len(fmt) >= 26:
        tag = int.from_bytes(fmt[24:26], "little")  # the first two bytes of the SubFormat GUID
    if bits not in _WAV_SAMPLE_BITS.get(tag, ()) or not 1 <= channels <= _MAX_CHANNELS or not _MIN_RATE <= rate <= _MAX_RATE:
        return None
    return channels * ((bits + 7) // 8), rate


def _mutagen_seconds(audio: bytes, audio_format: str) -> float | None:
    """mutagen says whether ``audio`` is ``audio_format``; MP3 and FLAC are then measured frame by frame."""
    try:
        parsed = mutagen.File(io.BytesIO(audio), options=_MUTAGEN_TYPES[audio_format])
    except (mutagen.MutagenError, struct.error, ValueError, EOFError, IndexError):
        return None
    info = getattr(parsed, "info", None)
    if info is None:
        return None
    if audio_format == "mp3":
        return mp3_seconds(audio)
    if audio_format == "flac":
        rate = getattr(info, "sample_rate", 0)
        return flac_seconds(audio, rate) if _MIN_RATE <= rate <= _MAX_RATE else None
    length = getattr(info, "length", None)
    return float(length) if length is not None else None


def _mutagen_info(audio: bytes, kind: type) -> object | None:
    """mutagen's stream info of ``audio`` read as ``kind``, or None."""
    try:
        return getattr(mutagen.File(io.BytesIO(audio), options=[kind]), "info", None)
    except (mutagen.MutagenError, struct.error, ValueError, EOFError, IndexError):
        return None


def _ogg_seconds(audio: bytes) -> float | None:
    """Opus counted packet by packet; FLAC in Ogg frame by frame; Vorbis and Speex: mutagen's length, floored by their bytes."""
    try:
        if is_ogg_opus(audio):
            return opus_seconds(audio)
        codec, size, flac_frames = first_stream_audio(audio)
    except MalformedOgg:
        return None
    declared = _mutagen_seconds(audio, "ogg")
    if declared is None:
        return None
    if codec == "flac":
        rate = getattr(_mutagen_info(audio, OggFLAC), "sample_rate", 0)
        # The frames, behind an empty last metadata block, are a FLAC stream flac_seconds can walk.
        return flac_seconds(b"fLaC\x80\x00\x00\x00" + flac_frames, rate) if _MIN_RATE <= rate <= _MAX_RATE else None
    return max(declared, byte_floor(size, codec))


_M4A_AAC = ("mp4a.40.", "mp4a.66", "mp4a.67", "mp4a.68", "mp4a.69", "mp4a.6b")
"""mutagen's codec names for AAC (MPEG-4 and MPEG-2) and MPEG audio (MP3) in MP4."""


def _m4a_seconds(audio: bytes) -> float | None:
    """The ``mdhd`` length mutagen reads, floored by the bytes of the samples the decoder reads."""
    declared = _mutagen_seconds(audio, "m4a")
    if declared is None:
        return None
    codec = getattr(_mutagen_info(audio, MP4), "codec", "") or ""
    family = "aac" if codec.startswith(_M4A_AAC) else "other"
    return max(declared, byte_floor(mp4_audio_bytes(audio), family))


_WEBM_FAMILIES = {"A_OPUS": "opus", "A_VORBIS": "vorbis"}


def _webm_seconds(audio: bytes) -> float | None:
    """An Opus track counted block by block; other codecs' stated length floored by their blocks' bytes.

    One track is transcribed, so the largest of the candidates counts, not their sum.
    """
    measured = webm_audio(audio)
    if measured is None:
        return None
    stated = measured.opus_samples / OPUS_RATE if measured.opus_samples is not None else measured.seconds
    if stated is None:
        return None
    floors = [
        byte_floor(size, _WEBM_FAMILIES.get(codec, "aac" if codec.startswith("A_AAC") else "other"))
        for codec, size in measured.track_bytes.items()
        if not (codec == "A_OPUS" and measured.opus_samples is not None)
    ]
    return max([stated, *floors])
