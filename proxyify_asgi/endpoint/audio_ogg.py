"""Ogg read page by page (RFC 3533): Opus timed packet by packet, other codecs' audio bytes counted.

The length mutagen reports for an Ogg file is the last page's granule position, a number the
client writes: a one-hour Opus file whose last granule says 48,000 would be billed one second.
Here every page is checked (capture pattern, version, segment table inside the buffer, CRC-32)
and the packets are put back together from their lacing values, so the bill follows what a
decoder plays:

- **Opus** (RFC 7845): each audio packet's duration comes from its TOC byte (RFC 6716 §3.1),
  summed, minus the pre-skip of ``OpusHead``. The final granule is believed only as far as the
  end trimming RFC 7845 §4.5 allows it: it may cut the last packet short, never more.
- **Vorbis, Speex, FLAC**: the bytes of their audio packets (header packets excluded, so cover
  art in the comment packet does not count) for ``audio_duration``'s byte floor.

Streams multiplexed side by side (RFC 3533 grouping: several BOS pages, then their data) are one
recording: only one stream of a group is billed, the longest Opus one, since the upstream
transcribes one audio stream. Chained links (RFC 3533 chaining: a new group after the last one
ended) follow one another in time, as decoders play them, so their lengths add up.

Anything that is not a well-formed page, a page of a stream whose beginning was never seen, a
packet left unfinished at the end of the file, or an Opus packet RFC 6716 calls malformed raises
:class:`MalformedOgg`; the caller turns it into the 400 every undecodable audio gets. Work is
linear in the input: one pass over the pages, one CRC over each (zlib, at C speed).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

OPUS_RATE = 48_000
"""Opus granule positions and packet durations are in 48 kHz samples whatever the input rate (RFC 7845 §4)."""
_CAPTURE = b"OggS"
_HEADER = struct.Struct("<4sBBqIII B")
"""capture pattern, version, header type, granule position, serial, page sequence, CRC, segment count."""
_CONTINUED, _BOS, _EOS = 0x01, 0x02, 0x04
_CRC_FIELD = slice(22, 26)

_BIT_REVERSED = bytes(int(f"{b:08b}"[::-1], 2) for b in range(256))


def _reverse32(value: int) -> int:
    return int(f"{value:032b}"[::-1], 2)


def ogg_crc(page: bytes) -> int:
    """Ogg's CRC-32 (polynomial 0x04C11DB7, MSB first, no reflection, initial value and final XOR 0).

    zlib computes the bit-reflected CRC-32 with the same polynomial; fed the bytes with their bits
    reversed, starting from a zero register (zlib inverts ``value`` on entry and the result on
    exit, hence the 0xFFFFFFFF), its result is Ogg's with its bits reversed: C speed for 25 MB.
    """
    return _reverse32(zlib.crc32(page.translate(_BIT_REVERSED), 0xFFFFFFFF) ^ 0xFFFFFFFF)


class MalformedOgg(ValueError):
    """The bytes are not a well-formed Ogg stream of a codec measured here."""


@dataclass(frozen=True)
class OggPacket:
    """One packet put back together: its stream, its bytes, the granule of the page that ended it."""

    serial: int
    data: bytes
    granule: int
    link: int
    """Which chained link (0, 1, ...) the packet's stream belongs to."""


def ogg_packets(data: bytes) -> Iterator[OggPacket]:
    """Every packet of every logical stream in ``data``, in file order; MalformedOgg if any page is bad."""
    pending: dict[int, list[bytes]] = {}  # serial -> pieces of a packet continued on its next page
    ended: set[int] = set()
    link_of: dict[int, int] = {}  # serial -> the chained link its BOS page opened or joined
    link, link_has_data = 0, False
    pos = 0
    while pos < len(data):
        if len(data) - pos < _HEADER.size:
            raise MalformedOgg("truncated page header")
        capture, version, kind, granule, serial, _seq, crc, count = _HEADER.unpack_from(data, pos)
        if capture != _CAPTURE or version != 0:
            raise MalformedOgg("not an Ogg page")
        lacing = data[pos + _HEADER.size : pos + _HEADER.size + count]
        body = pos + _HEADER.size + count
        end = body + sum(lacing)
        if len(lacing) < count or end > len(data):
            raise MalformedOgg("truncated page")
        page = data[pos:end]
        if ogg_crc(page[:22] + b"\0\0\0\0" + page[26:]) != crc:
            raise MalformedOgg("page checksum mismatch")
        if kind & _BOS:
            if serial in pending or serial in ended:
                raise MalformedOgg("a stream begins twice")
            if link_has_data:  # a new group after data pages: the next chained link
                link, link_has_data = link + 1, False
            pending[serial], link_of[serial] = [], link
        elif serial not in pending:
            raise MalformedOgg("a page of a stream that never began (or already ended)")
        else:
            link_has_data = True
        pieces = pending[serial]
        if bool(kind & _CONTINUED) != bool(pieces):
            raise MalformedOgg("continuation flag does not match the previous page")
        start = body
        for value in lacing:
            pieces.append(data[start : start + value])
            start += value
            if value < 255:  # a lacing value under 255 ends the packet (RFC 3533 §5)
                yield OggPacket(serial, b"".join(pieces), granule, link_of[serial])
                pieces = []
        pending[serial] = pieces
        if kind & _EOS:
            if pieces:
                raise MalformedOgg("a stream ends inside a packet")
            del pending[serial]
            ended.add(serial)
        pos = end
    if any(pending.values()):
        raise MalformedOgg("the file ends inside a packet")


# --- Opus ----------------------------------------------------------------------------------------

_FRAME_SAMPLES = (
    *[480, 960, 1920, 2880] * 3,  # configs 0-11, SILK-only NB/MB/WB: 10, 20, 40, 60 ms
    *[480, 960] * 2,  # 12-15, hybrid SWB/FB: 10, 20 ms
    *[120, 240, 480, 960] * 4,  # 16-31, CELT-only NB/WB/SWB/FB: 2.5, 5, 10, 20 ms
)
"""48 kHz samples per frame by TOC configuration number (RFC 6716 §3.1, Table 2)."""
_MAX_PACKET_SAMPLES = 5_760
"""120 ms: the longest packet RFC 6716 §3.2.5 allows; a code 3 packet claiming more is malformed."""


def opus_packet_samples(packet: bytes) -> int:
    """48 kHz samples a decoder produces from one Opus packet (RFC 6716 §3.1-3.2); MalformedOgg if invalid."""
    if not packet:
        raise MalformedOgg("an empty Opus packet")  # RFC 6716 §3.4 [R1]: at least one byte
    toc = packet[0]
    code = toc & 3
    if code == 0:
        frames = 1
    elif code in (1, 2):
        frames = 2
    else:
        if len(packet) < 2:
            raise MalformedOgg("an Opus code 3 packet without its frame count")  # [R6]
        frames = packet[1] & 0x3F
    samples = frames * _FRAME_SAMPLES[toc >> 3]
    if not 0 < samples <= _MAX_PACKET_SAMPLES:
        raise MalformedOgg("an Opus packet of zero frames or over 120 ms")  # [R5]
    return samples


@dataclass
class _OpusStream:
    """What one Opus logical stream has shown so far."""

    pre_skip: int = 0
    headers_seen: int = 0
    samples: int = 0
    last_packet: int = 0
    granule: int = -1

    def seconds(self) -> float:
        """Samples played: the packets' total, trimmed at the end by at most the last packet."""
        end = self.samples
        if self.granule >= 0:  # RFC 7845 §4.5: the final granule may discard part of the last packet
            end = min(end, max(self.granule, end - self.last_packet))
        return max(0, end - self.pre_skip) / OPUS_RATE


@dataclass
class _Link:
    opus: dict[int, _OpusStream] = field(default_factory=dict)
    others: set[int] = field(default_factory=set)


def is_ogg_opus(data: bytes) -> bool:
    """Whether ``data`` starts with an Ogg page whose first packet is an ``OpusHead``."""
    return data[:4] == _CAPTURE and len(data) > 27 and data[27 + data[26] : 27 + data[26] + 8] == b"OpusHead"


def opus_seconds(data: bytes) -> float:
    """Seconds of Opus audio in an Ogg file, counted packet by packet; MalformedOgg if it cannot be.

    Per chained link the longest Opus stream counts (side-by-side streams are alternatives, not
    more audio); links add up. Streams of other codecs in a link are skipped; a link with no Opus
    stream at all is refused, since what it holds would go upstream unmeasured.
    """
    links: list[_Link] = []
    for packet in ogg_packets(data):
        while len(links) <= packet.link:
            links.append(_Link())
        link = links[packet.link]
        if packet.serial in link.others:
            continue
        stream = link.opus.get(packet.serial)
        if stream is None:  # the stream's first packet says its codec
            if not packet.data.startswith(b"OpusHead"):
                link.others.add(packet.serial)
                continue
            link.opus[packet.serial] = stream = _OpusStream(pre_skip=_pre_skip(packet.data), headers_seen=1)
        elif stream.headers_seen == 1:
            if not packet.data.startswith(b"OpusTags"):
                raise MalformedOgg("an Opus stream without its OpusTags packet")
            stream.headers_seen = 2
        else:
            stream.last_packet = opus_packet_samples(packet.data)
            stream.samples += stream.last_packet
            stream.granule = packet.granule
    if not links or any(not link.opus for link in links):
        raise MalformedOgg("a link without an Opus stream")
    return sum(max(stream.seconds() for stream in link.opus.values()) for link in links)


def _pre_skip(head: bytes) -> int:
    """The pre-skip of an ``OpusHead`` packet (RFC 7845 §5.1), checking what a decoder checks."""
    if len(head) < 19 or head[8] >> 4 != 0 or head[9] == 0:
        raise MalformedOgg("an OpusHead of an unknown version or with no channels")
    return int.from_bytes(head[10:12], "little")


# --- other codecs: the bytes of their audio packets ---------------------------------------------

def _codec(first: bytes) -> str | None:
    """The codec of a stream whose first packet is ``first``, if measured here."""
    if first.startswith(b"\x01vorbis"):
        return "vorbis"
    if first.startswith(b"Speex   "):
        return "speex"
    if first.startswith(b"\x7fFLAC"):
        return "flac"
    return None


def _is_audio(codec: str, index: int, packet: bytes) -> bool:
    """Whether the ``index``-th packet of a stream is audio, judged from the packet itself where the codec allows.

    Vorbis: audio packets have bit 0 of their first byte clear, header packets set (Vorbis I §4.3.1).
    FLAC in Ogg: audio packets are frames, starting with the frame sync 0xFFF8/0xFFF9; everything
    else (the mapping packet, STREAMINFO, pictures...) is metadata. Speex: the header and comment
    packets; the "extra headers" a Speex header may announce are counted as audio (no encoder
    writes them), so a client cannot declare its audio to be headers.
    """
    if codec == "vorbis":
        return bool(packet) and not packet[0] & 1
    if codec == "flac":
        return packet[:2] in (b"\xff\xf8", b"\xff\xf9")
    return index >= 2


def first_stream_audio(data: bytes) -> tuple[str, bytes]:
    """The codec of a Vorbis, Speex or FLAC-in-Ogg file and its audio packets, concatenated.

    Only the first stream of each chained link counts (as for Opus, streams side by side are
    alternatives the upstream does not all transcribe). MalformedOgg when a page is bad, a link's
    first stream is no codec this module knows, or links of different codecs are chained.
    """
    first_serials: dict[int, int] = {}  # link -> serial of its first stream
    seen: dict[int, int] = {}  # serial -> packets so far
    codec, audio = "", []
    for packet in ogg_packets(data):
        serial = first_serials.setdefault(packet.link, packet.serial)
        if serial != packet.serial:
            continue
        index = seen.get(serial, 0)
        seen[serial] = index + 1
        if index == 0:
            found = _codec(packet.data)
            if found is None or codec not in ("", found):
                raise MalformedOgg("an Ogg stream of an unknown codec, or links of different codecs")
            codec = found
        elif _is_audio(codec, index, packet.data):
            audio.append(packet.data)
    if not codec:
        raise MalformedOgg("no stream")
    return codec, b"".join(audio)
