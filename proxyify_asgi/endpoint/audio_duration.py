"""How long a piece of audio lasts, read from the audio itself (never from the client's word).

WAV from its RIFF chunks (the sample bytes actually present, never the declared size); MP3 and
FLAC recognised by ``mutagen`` and then measured frame by frame (``audio_frames``), not from the
totals in their Xing/VBRI or STREAMINFO headers; Ogg and M4A through ``mutagen``; WebM through a
small EBML reader: the ``Duration`` of the segment info, or, for recordings without one
(browsers' ``MediaRecorder`` writes none), the timestamp of the last audio block.

Ogg (last page's granule position), M4A (the ``mdhd`` duration) and WebM (``Duration``) are still
measured from values the file states about itself; counting their packets needs each codec's
framing and is not done here.
"""

from __future__ import annotations

import io
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
from proxyify_asgi.errors import InvalidRequest

_MUTAGEN_TYPES: dict[str, list[type]] = {
    "mp3": [MP3], "ogg": [OggVorbis, OggOpus, OggFLAC, OggSpeex], "flac": [FLAC], "m4a": [MP4],
}
SUPPORTED_FORMATS: tuple[str, ...] = ("wav", "mp3", "ogg", "flac", "m4a", "webm")

_WAVE_FORMAT_EXTENSIBLE = 0xFFFE
_WAV_SAMPLE_TAGS = frozenset({1, 3, 6, 7})
"""PCM, IEEE float, A-law, mu-law: one fixed-size frame per sample instant."""
_MIN_RATE, _MAX_RATE = 1_000, 768_000
"""Sample rates a WAV may declare; beyond them the header is nonsense (and would price 25 MB at nothing)."""


def audio_seconds(audio: bytes, audio_format: str) -> Decimal:
    """The duration of ``audio`` in seconds (two decimals); 400 if it is not ``audio_format`` or is silent-empty."""
    if audio_format == "wav":
        seconds = _wav_seconds(audio)
    elif audio_format == "webm":
        seconds = webm_seconds(audio)
    else:
        seconds = _mutagen_seconds(audio, audio_format)
    if seconds is None:
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
    if tag not in _WAV_SAMPLE_TAGS or not channels or not bits or not _MIN_RATE <= rate <= _MAX_RATE:
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


# --- WebM (Matroska) ---------------------------------------------------------------------------

_EBML, _SEGMENT, _INFO, _CLUSTER = 0x1A45DFA3, 0x18538067, 0x1549A966, 0x1F43B675
_TIMECODE_SCALE, _DURATION, _CLUSTER_TIMECODE = 0x2AD7B1, 0x4489, 0xE7
_SIMPLE_BLOCK, _BLOCK_GROUP, _BLOCK = 0xA3, 0xA0, 0xA1
_LEVEL1 = frozenset({_INFO, _CLUSTER, 0x1654AE6B, 0x1C53BB6B, 0x114D9B74, 0x1254C367, 0x1941A469, 0x1043A770})
_UNKNOWN = -1


def _vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int]:
    """An EBML variable-length integer at ``pos``: (value, next position)."""
    first = data[pos]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or pos + length > len(data):
        raise ValueError("bad EBML integer")
    value = first if keep_marker else first & (0xFF >> length)
    all_ones = value == (0xFF >> length)
    for b in data[pos + 1 : pos + length]:
        value = (value << 8) | b
        all_ones = all_ones and b == 0xFF
    return (_UNKNOWN if all_ones and not keep_marker else value), pos + length


def _element(data: bytes, pos: int) -> tuple[int, int, int]:
    """(id, data start, data end) of the element at ``pos``; unknown sizes end at the buffer end."""
    element_id, pos = _vint(data, pos, keep_marker=True)
    size, pos = _vint(data, pos, keep_marker=False)
    return element_id, pos, len(data) if size == _UNKNOWN else min(len(data), pos + size)


def _uint(raw: bytes) -> int:
    return int.from_bytes(raw, "big") if raw else 0


def webm_seconds(data: bytes) -> float | None:
    """Duration of a WebM file, or None if it is not one."""
    try:
        element_id, _start, end = _element(data, 0)
        if element_id != _EBML:
            return None
        element_id, start, seg_end = _element(data, end)
        if element_id != _SEGMENT:
            return None
        return _segment_seconds(data, start, seg_end)
    except (ValueError, IndexError):
        return None


def _segment_seconds(data: bytes, pos: int, end: int) -> float | None:
    scale, duration, last_block = 1_000_000, None, None
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id == _INFO:
            scale, duration = _info(data, start, stop, scale)
        elif element_id == _CLUSTER:
            stop, block = _cluster_last_block(data, start, stop)
            last_block = block if last_block is None or (block is not None and block > last_block) else last_block
        pos = stop
    units = duration if duration else last_block
    return units * scale / 1e9 if units is not None else None


def _info(data: bytes, pos: int, end: int, scale: int) -> tuple[int, float | None]:
    duration = None
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id == _TIMECODE_SCALE:
            scale = _uint(data[start:stop]) or scale
        elif element_id == _DURATION and stop - start in (4, 8):
            duration = struct.unpack(">f" if stop - start == 4 else ">d", data[start:stop])[0]
        pos = stop
    return scale, duration


def _cluster_last_block(data: bytes, pos: int, end: int) -> tuple[int, int | None]:
    """(end of the cluster, timestamp of its last block); an unknown-size cluster ends at the next level-1 element."""
    cluster_time, last = 0, None
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id in _LEVEL1:
            return pos, last
        if element_id == _CLUSTER_TIMECODE:
            cluster_time = _uint(data[start:stop])
        elif element_id in (_SIMPLE_BLOCK, _BLOCK_GROUP):
            block_start = start
            if element_id == _BLOCK_GROUP:
                inner_id, block_start, _inner_end = _element(data, start)
                if inner_id != _BLOCK:
                    pos = stop
                    continue
            _track, after_track = _vint(data, block_start, keep_marker=False)
            relative = struct.unpack(">h", data[after_track : after_track + 2])[0]
            last = cluster_time + relative
        pos = stop
    return end, last
