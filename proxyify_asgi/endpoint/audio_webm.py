"""WebM (Matroska) read with a small EBML reader: the length it states, and the bytes of its audio blocks.

An Opus track (``A_OPUS``, what browsers' ``MediaRecorder`` writes) is timed as in Ogg: each
block holds one Opus packet, whose TOC byte gives its duration (RFC 6716 §3.1), summed over
the blocks; the ``CodecDelay`` is not subtracted (a few ms more than the audio, less than a
frame). Other codecs take the length the file states: the ``Duration`` of the segment info or,
for recordings without one, the timestamp of the last block. Both are values the client writes,
so ``audio_duration`` floors them by the bytes of the blocks a decoder would play:
every block of every track that is not plainly video (``TrackType`` 1 with a ``V_`` codec), so
a track left undeclared or mislabelled still counts. Blocks carry no offsets to elsewhere in the
file, so the audio cannot be hidden outside the clusters this reader walks.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from proxyify_asgi.endpoint.audio_ogg import MalformedOgg, opus_packet_samples

_EBML, _SEGMENT, _INFO, _CLUSTER, _TRACKS = 0x1A45DFA3, 0x18538067, 0x1549A966, 0x1F43B675, 0x1654AE6B
_TIMECODE_SCALE, _DURATION, _CLUSTER_TIMECODE = 0x2AD7B1, 0x4489, 0xE7
_SIMPLE_BLOCK, _BLOCK_GROUP, _BLOCK = 0xA3, 0xA0, 0xA1
_TRACK_ENTRY, _TRACK_NUMBER, _TRACK_TYPE, _CODEC_ID = 0xAE, 0xD7, 0x83, 0x86
_VIDEO_TRACK = 1
_LEVEL1 = frozenset({_INFO, _CLUSTER, _TRACKS, 0x1C53BB6B, 0x114D9B74, 0x1254C367, 0x1941A469, 0x1043A770})
_UNKNOWN = -1


@dataclass(frozen=True)
class WebmAudio:
    """What a WebM file states about its length, and the block bytes of each track that may be audio."""

    seconds: float | None
    """The segment's ``Duration``, else its last block's timestamp; None if it has neither."""
    track_bytes: dict[str, int]
    """Codec id (``A_OPUS``, ``A_VORBIS``, ... or ``""`` if undeclared) -> block payload bytes of its tracks."""
    opus_samples: int | None = None
    """48 kHz samples of the longest ``A_OPUS`` track, counted from each block's TOC byte; None if
    there is no Opus track or a block of one could not be counted (laced, or not valid Opus)."""


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


def webm_audio(data: bytes) -> WebmAudio | None:
    """The stated length and per-codec block bytes of a WebM file, or None if it is not one."""
    try:
        element_id, _start, end = _element(data, 0)
        if element_id != _EBML:
            return None
        element_id, start, seg_end = _element(data, end)
        if element_id != _SEGMENT:
            return None
        return _segment(data, start, seg_end)
    except (ValueError, IndexError, struct.error):
        return None


def webm_seconds(data: bytes) -> float | None:
    """Duration a WebM file states (segment info, else its last block), or None if it is not one."""
    measured = webm_audio(data)
    return measured.seconds if measured is not None else None


def _segment(data: bytes, pos: int, end: int) -> WebmAudio:
    scale, duration, last_block = 1_000_000, None, None
    tracks: dict[int, tuple[int, str]] = {}
    block_bytes: dict[int, int] = {}
    samples: dict[int, int | None] = {}  # track -> Opus samples of its blocks, None once one is not countable
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id == _INFO:
            scale, duration = _info(data, start, stop, scale)
        elif element_id == _TRACKS:
            tracks.update(_tracks(data, start, stop))
        elif element_id == _CLUSTER:
            stop, block = _cluster(data, start, stop, block_bytes, samples)
            last_block = block if last_block is None or (block is not None and block > last_block) else last_block
        pos = stop
    units = duration if duration else last_block
    per_codec: dict[str, int] = {}
    for number, size in block_bytes.items():
        kind, codec = tracks.get(number, (0, ""))
        if kind == _VIDEO_TRACK and codec.startswith("V_"):
            continue  # plainly video: its bytes are no measure of the audio
        per_codec[codec] = per_codec.get(codec, 0) + size
    opus = [samples.get(number, 0) for number, (_kind, codec) in tracks.items() if codec == "A_OPUS"]
    counted = max(opus) if opus and None not in opus else None  # type: ignore[type-var]
    return WebmAudio(units * scale / 1e9 if units is not None else None, per_codec, counted)


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


def _tracks(data: bytes, pos: int, end: int) -> dict[int, tuple[int, str]]:
    """Track number -> (TrackType, CodecID) of each TrackEntry."""
    found: dict[int, tuple[int, str]] = {}
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id == _TRACK_ENTRY:
            number, kind, codec = 0, 0, ""
            inner = start
            while inner < stop:
                inner_id, inner_start, inner_stop = _element(data, inner)
                if inner_id == _TRACK_NUMBER:
                    number = _uint(data[inner_start:inner_stop])
                elif inner_id == _TRACK_TYPE:
                    kind = _uint(data[inner_start:inner_stop])
                elif inner_id == _CODEC_ID:
                    codec = data[inner_start:inner_stop].decode("ascii", "replace")
                inner = inner_stop
            found[number] = (kind, codec)
        pos = stop
    return found


def _cluster(data: bytes, pos: int, end: int, block_bytes: dict[int, int],
             samples: dict[int, int | None]) -> tuple[int, int | None]:
    """(end of the cluster, timestamp of its last block), adding each block's payload size to ``block_bytes``
    and, read as one Opus packet, its samples to ``samples`` (None for a track once a block is laced
    or no valid Opus packet: only ``A_OPUS`` tracks' counts are used).

    An unknown-size cluster ends at the next level-1 element.
    """
    cluster_time, last = 0, None
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id in _LEVEL1:
            return pos, last
        if element_id == _CLUSTER_TIMECODE:
            cluster_time = _uint(data[start:stop])
        elif element_id in (_SIMPLE_BLOCK, _BLOCK_GROUP):
            block_start, block_end = start, stop
            if element_id == _BLOCK_GROUP:
                found = _child(data, start, stop, _BLOCK)  # not always the group's first child
                if found is None:
                    pos = stop
                    continue
                block_start, block_end = found
            track, after_track = _vint(data, block_start, keep_marker=False)
            relative = struct.unpack(">h", data[after_track : after_track + 2])[0]
            last = cluster_time + relative
            # The payload follows the track number, the 16-bit timestamp and the flags byte.
            payload = after_track + 3
            block_bytes[track] = block_bytes.get(track, 0) + max(0, block_end - payload)
            counted = samples.get(track, 0)
            if counted is not None:
                laced = data[after_track + 2] & 0x06  # Xiph, fixed or EBML lacing: several frames
                try:
                    samples[track] = None if laced else counted + opus_packet_samples(data[payload : min(payload + 2, block_end)])
                except MalformedOgg:
                    samples[track] = None
        pos = stop
    return end, last


def _child(data: bytes, pos: int, end: int, wanted: int) -> tuple[int, int] | None:
    """(data start, data end) of the first child ``wanted`` between ``pos`` and ``end``."""
    while pos < end:
        element_id, start, stop = _element(data, pos)
        if element_id == wanted:
            return start, stop
        pos = stop
    return None
