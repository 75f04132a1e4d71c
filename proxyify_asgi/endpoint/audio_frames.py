"""MP3 and FLAC lengths counted from the audio frames present, not from a header's totals.

An MP3's Xing/VBRI header and a FLAC's STREAMINFO carry a total the client wrote: set it low and
120 s of frames would be billed as a fraction of a second (high, as days). A decoder plays every
frame that follows, so the bill counts every frame: each frame header gives its own sample count,
and for MP3 its byte length too. Bytes between frames (tags, junk) are skipped by searching for
the next frame sync, as decoders do; a candidate sync in those bytes counts only if it chains
to a neighbouring frame (MP3) or its header CRC matches (FLAC), and a file with more than
``MAX_FALSE_SYNCS`` candidates that do neither is refused rather than scanned for ever.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_FALSE_SYNCS = 20_000
"""Frame-sync look-alikes tolerated between frames (a real 25 MB file has a few hundred at most)."""

_MP3_KBPS = {
    (1, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (1, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (1, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (2, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (2, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (2, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
"""Bit rates by (1 = MPEG-1, 2 = MPEG-2 or 2.5; layer) and the header's 4-bit index (0 = free format)."""
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
"""Sample rates by the header's version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5)."""


def _byte_class(accept: Callable[[int], bool]) -> bytes:
    """A regex character class of the byte values ``accept`` allows."""
    return b"[" + b"".join(re.escape(bytes([b])) for b in range(256) if accept(b)) + b"]"


_MP3_SYNC = re.compile(
    b"\xff"
    + _byte_class(lambda b: b >> 5 == 7 and (b >> 3) & 3 != 1 and (b >> 1) & 3 != 0)
    + _byte_class(lambda b: b >> 4 not in (0, 15) and (b >> 2) & 3 != 3)
)
"""A plausible MPEG audio frame header's first three bytes: found at C speed, however long the junk."""


def _mp3_frame(data: bytes, pos: int) -> tuple[int, float] | None:
    """(byte length, seconds) of the MPEG audio frame whose header starts at ``pos``, or None."""
    if pos + 4 > len(data) or data[pos] != 0xFF or data[pos + 1] & 0xE0 != 0xE0:
        return None
    version, layer_bits = (data[pos + 1] >> 3) & 3, (data[pos + 1] >> 1) & 3
    bitrate_index, rate_index, padding = data[pos + 2] >> 4, (data[pos + 2] >> 2) & 3, (data[pos + 2] >> 1) & 1
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None  # reserved values (free-format frames carry no length, so they cannot be walked)
    layer = 4 - layer_bits
    bitrate = _MP3_KBPS[(1 if version == 3 else 2, layer)][bitrate_index] * 1000
    rate = _MP3_RATES[version][rate_index]
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4, 384 / rate
    samples = 1152 if layer == 2 or version == 3 else 576
    return samples // 8 * bitrate // rate + padding, samples / rate


def _id3v2_end(data: bytes) -> int:
    """Where the audio starts after a leading ID3v2 tag (0 without one)."""
    if len(data) < 10 or data[:3] != b"ID3":
        return 0
    size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F)
    return 10 + size + (10 if data[5] & 0x10 else 0)  # flag 0x10: a footer follows


def mp3_seconds(data: bytes) -> float | None:
    """Seconds of MPEG audio in ``data``: every chained frame from the first sync to the end.

    A frame counts when it follows a counted frame or the next frame starts where it ends (as
    mutagen and decoders lock on), so a sync look-alike in a trailing picture is not billed.
    None when the junk between frames holds too many look-alikes to check.
    """
    seconds, false_syncs, chained = 0.0, 0, False
    match = _MP3_SYNC.search(data, _id3v2_end(data))
    pos = match.start() if match else len(data)
    while pos < len(data):
        frame = _mp3_frame(data, pos)
        end = pos + frame[0] if frame else pos
        if frame and (chained or end >= len(data) or _mp3_frame(data, end) is not None):
            if not (seconds == 0 and _is_info_frame(data[pos:end])):
                seconds += frame[1]
            pos, chained = end, True
            continue
        false_syncs += 1
        if false_syncs > MAX_FALSE_SYNCS:
            return None
        match = _MP3_SYNC.search(data, pos + 1)
        pos, chained = (match.start() if match else len(data)), False
    return seconds


def _is_info_frame(frame: bytes) -> bool:
    """A leading Xing/Info/VBRI frame holds the encoder's summary, and decoders play no audio from it."""
    return any(tag in frame[4:64] for tag in (b"Xing", b"Info", b"VBRI"))


# --- FLAC ----------------------------------------------------------------------------------------

_FLAC_BLOCK_SIZES = {1: 192, **{c: 576 << (c - 2) for c in range(2, 6)}, **{c: 256 << (c - 8) for c in range(8, 16)}}
"""Samples per frame by the header's block-size code (6 and 7: stored after the frame number)."""


def _crc8_step(crc: int) -> int:
    for _ in range(8):
        crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


_CRC8 = tuple(_crc8_step(b) for b in range(256))
"""CRC-8 (polynomial x^8 + x^2 + x + 1) of each byte value, FLAC's frame-header checksum."""


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = _CRC8[crc ^ byte]
    return crc


_FLAC_SYNC = re.compile(
    b"\xff[\xf8\xf9]"
    + _byte_class(lambda b: b >> 4 != 0 and b & 0x0F != 15)
    + _byte_class(lambda b: b >> 4 <= 10 and (b >> 1) & 7 not in (3, 7) and not b & 1)
)
"""A plausible FLAC frame header's first four bytes."""


_FLAC_RATES = {1: 88200, 2: 176400, 3: 192000, 4: 8000, 5: 16000, 6: 22050, 7: 24000, 8: 32000, 9: 44100,
               10: 48000, 11: 96000}
"""Sample rates by the frame header's rate code (0: STREAMINFO's; 12-14: stored after the header)."""


def _flac_frame_seconds(data: bytes, pos: int, stream_rate: int) -> float | None:
    """Seconds of the FLAC frame whose header starts at ``pos`` (its CRC-8 checked), or None."""
    if pos + 6 > len(data):
        return None
    size_code, rate_code = data[pos + 2] >> 4, data[pos + 2] & 0x0F
    channels, sample_size, reserved = data[pos + 3] >> 4, (data[pos + 3] >> 1) & 7, data[pos + 3] & 1
    if size_code == 0 or rate_code == 15 or channels > 10 or sample_size in (3, 7) or reserved:
        return None
    end = pos + 4 + _utf8_number_length(data[pos + 4])
    if end == pos + 4:
        return None
    samples = _FLAC_BLOCK_SIZES.get(size_code, 0)
    if size_code in (6, 7):
        samples = int.from_bytes(data[end : end + size_code - 5], "big") + 1
        end += size_code - 5
    rate = _FLAC_RATES.get(rate_code, stream_rate)
    if rate_code in (12, 13, 14):
        width = 1 if rate_code == 12 else 2
        stored = int.from_bytes(data[end : end + width], "big")
        rate = stored * 1000 if rate_code == 12 else stored if rate_code == 13 else stored * 10
        end += width
    if end >= len(data) or not rate or _crc8(data[pos:end]) != data[end]:
        return None
    return samples / rate


def _utf8_number_length(first: int) -> int:
    """Bytes of the UTF-8-style frame or sample number starting with ``first`` (0 if malformed)."""
    if first < 0x80:
        return 1
    for length in range(2, 8):
        if first >> (7 - length) == (1 << (length + 1)) - 2:  # ``length`` ones, then a zero
            return length
    return 0


def _flac_audio_start(data: bytes) -> int:
    """Where the frames start: after ``fLaC`` and the metadata blocks (so a picture is never scanned)."""
    pos = 4
    while pos + 4 <= len(data):
        last, length = data[pos] & 0x80, int.from_bytes(data[pos + 1 : pos + 4], "big")
        pos += 4 + length
        if last:
            break
    return pos


def flac_seconds(data: bytes, stream_rate: int) -> float | None:
    """Seconds of FLAC audio in ``data``: every frame header with a valid CRC-8, summed.

    Frames carry no byte length, so every plausible frame sync is tried; a false one inside
    compressed data must also match the CRC (one in 256). None when too many fail to.
    """
    seconds, false_syncs = 0.0, 0
    for match in _FLAC_SYNC.finditer(data, _flac_audio_start(data)):
        frame = _flac_frame_seconds(data, match.start(), stream_rate)
        if frame is not None:
            seconds += frame
            continue
        false_syncs += 1
        if false_syncs > MAX_FALSE_SYNCS:
            return None
    return seconds
