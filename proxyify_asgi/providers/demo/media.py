"""Offline media for the demo provider, built with the standard library only.

- images: a real PNG (zlib + struct) of the requested aspect ratio and size class — long side
  1024 / 2048 / 4096 px — painted with a gradient whose colours follow the prompt;
- speech: a WAV of short tones, one per word, so its length follows the text (``pcm`` is the same
  samples raw; ``mp3`` is silent but valid MPEG frames of the same length, since an MP3 encoder
  is out of scope for a demo);
- transcripts: a deterministic sentence derived from the audio's length and fingerprint;
- video: the small MP4 shipped beside this file (``demo.mp4``), whatever the prompt.
"""

from __future__ import annotations

import array
import hashlib
import math
import struct
import zlib
from importlib import resources

WAV_RATE = 16_000
SECONDS_PER_CHAR = 0.06
MIN_SPEECH_SECONDS = 0.5
_MP3_FRAME_HEADER = b"\xff\xfb\x90\x64"
"""MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding, mono-ish: 417-byte frames of 1152 samples."""
_MP3_FRAME_BYTES = 417
_MP3_FRAME_SECONDS = 1152 / 44_100


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def gradient_png(width: int, height: int, seed: str) -> bytes:
    """An RGB PNG of ``width``×``height``: red across, green down, blue from ``seed``."""
    digest = hashlib.sha256(seed.encode()).digest()
    blue, red_shift, green_shift = digest[0], digest[1], digest[2]
    row_template = bytearray(width * 3)
    row_template[0::3] = bytes((red_shift + x * 255 // max(1, width - 1)) % 256 for x in range(width))
    row_template[2::3] = bytes([blue]) * width
    rows = bytearray()
    for y in range(height):
        row_template[1::3] = bytes([(green_shift + y * 255 // max(1, height - 1)) % 256]) * width
        rows += b"\x00" + row_template  # filter type 0 (None) per scanline
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 1)) + _png_chunk(b"IEND", b""))


def speech_seconds(text: str) -> float:
    """How long the demo speaks ``text``: 60 ms a character, at least half a second."""
    return max(MIN_SPEECH_SECONDS, len(text) * SECONDS_PER_CHAR)


def tone_samples(text: str) -> array.array:
    """16-bit mono samples at 16 kHz: one tone per word, pitch from the word, length from the text."""
    words = text.split() or [text]
    total = int(speech_seconds(text) * WAV_RATE)
    per_word = max(1, total // len(words))
    sounding = per_word * 85 // 100  # a short silence closes each word
    samples = array.array("h")
    for word in words:
        period = WAV_RATE // (220 + hashlib.sha256(word.encode()).digest()[0] * 2)
        cycle = array.array("h", (int(9830 * math.sin(2 * math.pi * i / period)) for i in range(period)))
        samples.extend((cycle * (sounding // period + 1))[:sounding])
        samples.extend(array.array("h", bytes(2 * (per_word - sounding))))
    samples.extend(array.array("h", bytes(2 * (total - len(samples)))))
    return samples


def wav_bytes(samples: array.array) -> bytes:
    """A PCM WAV file around 16-bit mono samples."""
    data = _little_endian(samples)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16, 1, 1, WAV_RATE,
        WAV_RATE * 2, 2, 16, b"data", len(data),
    )
    return header + data


def _swapped(samples: array.array) -> bytes:
    copy = array.array("h", samples)
    copy.byteswap()
    return copy.tobytes()


def silent_mp3(seconds: float) -> bytes:
    """Valid MPEG-1 Layer III frames of silence lasting about ``seconds``."""
    frames = max(1, round(seconds / _MP3_FRAME_SECONDS))
    frame = _MP3_FRAME_HEADER + bytes(_MP3_FRAME_BYTES - len(_MP3_FRAME_HEADER))
    return frame * frames


def synthesize(text: str, response_format: str) -> bytes:
    """Demo speech for ``text`` in ``wav``, ``pcm`` or ``mp3``."""
    if response_format == "mp3":
        return silent_mp3(speech_seconds(text))
    samples = tone_samples(text)
    return wav_bytes(samples) if response_format == "wav" else _little_endian(samples)


def _little_endian(samples: array.array) -> bytes:
    return samples.tobytes() if struct.pack("=h", 1) == struct.pack("<h", 1) else _swapped(samples)


def demo_transcript(audio: bytes, audio_format: str, language: str | None) -> str:
    """The same audio always gets the same transcript."""
    fingerprint = hashlib.sha256(audio).hexdigest()[:8]
    lang = f", language {language}" if language else ""
    return (f"This is the proxyify demo transcript of a {len(audio)}-byte {audio_format} recording"
            f" (fingerprint {fingerprint}{lang}).")


def demo_video() -> bytes:
    """The demo MP4 shipped with the package."""
    return resources.files("proxyify_asgi.providers.demo").joinpath("demo.mp4").read_bytes()
