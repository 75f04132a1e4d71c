"""Embedded payloads decoded so the rules can read them: base64, base32, hex, binary, URL-encoding,
HTML/Unicode escapes, rot13, letter spacing with wider gaps between words ("s e t   a s i d e"),
and the obfuscations of :mod:`.deobfuscate` (separator-joined letters, piled-on accents, emoji
or tags between letters, backwards text, decimal codes, Morse).

An instruction wrapped in base64 is still an instruction to a model that decodes base64. Each
decoder finds candidates with a linear regex, decodes at most :data:`MAX_CANDIDATES` of them and
at most :data:`MAX_DECODED_CHARS` characters in all, and keeps only results that read as text
(mostly printable), so hashes, ids and binary blobs cost little and yield nothing.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote_plus

from proxyify_asgi.screening import deobfuscate
from proxyify_asgi.screening.normalize import Views, reveal, views, well_formed

MAX_CANDIDATES = 32
"""Encoded runs decoded per text, at most."""
MAX_DECODED_CHARS = 65_536
"""Decoded characters kept per text, at most."""
_MIN_PRINTABLE = 0.9

_BASE64 = re.compile(r"[A-Za-z0-9+/\-_]{16,}={0,2}")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Fa-f])")
_BASE32 = re.compile(r"[A-Z2-7]{16,}={0,6}")
_BINARY = re.compile(r"(?<![01])[01]{8}(?:[\s,;|]*[01]{8}){5,}(?![01])")
_HEX_ESCAPES = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){4,}")
_MIN_TOKEN = 16
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_CHAR_ESCAPE = re.compile(r"&#x?[0-9A-Fa-f]{1,6};|\\u[0-9A-Fa-f]{4}")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")

_ROT13 = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZabcdefghijklm",
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A payload found inside a text, decoded."""

    encoding: str
    text: str


_ROT13_BYTES = bytes.maketrans(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    b"nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZabcdefghijklm",
)


def rot13(text: str) -> str:
    """``text`` with Latin letters rotated by 13 (its own inverse)."""
    if text.isascii():
        return text.encode("ascii").translate(_ROT13_BYTES).decode("ascii")
    # Bytes of multi-byte UTF-8 characters are all >= 0x80, which the table leaves alone; a
    # bytes translate is many times faster than str.translate on non-ASCII text.
    return text.encode("utf-8", "surrogatepass").translate(_ROT13_BYTES).decode("utf-8", "surrogatepass")


_ROT13_WORDS = frozenset(
    rot13(word)
    for word in "the and you your all are now not any this that with from ignore previous prior"
    " instructions rules system prompt reveal tell".split()
)
"""Common words of English written in rot13 ("gur", "lbhe", "vafgehpgvbaf"): two of them and the
whole text is read rotated, by every rule (the rotated anchors alone reach only the rules that
read words)."""


def _readable(raw: bytes) -> str | None:
    """``raw`` as text if it is UTF-8 and mostly printable, else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 4:
        return None
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return text if printable >= _MIN_PRINTABLE * len(text) else None


def _from_base64(token: str) -> str | None:
    if token.isalpha() and (token.islower() or token.isupper()):
        return None  # one long word, not base64
    padded = token.rstrip("=")
    padded += "=" * (-len(padded) % 4)
    try:
        if "-" in padded or "_" in padded:
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _from_base32(token: str) -> str | None:
    if token.isalpha():
        return None  # a long capitalised word (base32 runs mix in digits 2-7), or base64's
    run = token.rstrip("=")
    try:
        raw = base64.b32decode(run + "=" * (-len(run) % 8))
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _binary_runs(text: str) -> list[str]:
    """The readable texts of runs of 8-bit binary groups ("01101001 01100111 ...")."""
    if "0" not in text or "011" not in text or text.count("0110") + text.count("0111") < 6:  # letters' bytes
        return []
    found = []
    for m in _BINARY.finditer(text):
        digits = re.sub("[^01]", "", m.group())
        decoded = _readable(int(digits, 2).to_bytes(len(digits) // 8, "big"))
        if decoded is not None:
            found.append(decoded)
    return found


def _from_hex(token: str) -> str | None:
    digits = token.replace("\\x", "")
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def _changed(text: str, decoder: Callable[[str], str]) -> str | None:
    decoded = decoder(text)
    return decoded if decoded != text else None


def _unescape(text: str) -> str:
    """HTML character references and ``\\uXXXX`` escapes decoded; an escaped surrogate pair
    (``\\ud83d\\ude00``) becomes its character and a lone half U+FFFD, as in JSON."""
    decoded = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), html.unescape(text))
    return well_formed(decoded)


MAX_WHOLE_UNESCAPE = 16 * 1024
"""Texts up to this many characters whose escapes are spread through prose are decoded whole."""
_JSON_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|([nrt"\\/]))')
_JSON_STARTS = frozenset('{["')
_JSON_CHARACTERS = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


def _json_character(match: re.Match[str]) -> str:
    code = match.group(1)
    return chr(int(code, 16)) if code else _JSON_CHARACTERS[match.group(2)]


def _unescape_whole(text: str) -> str:
    """``text`` with the escapes of JSON strings (``\\uXXXX``, ``\\n``, ``\\"``...) and HTML
    character references decoded (surrogate halves joined, lone ones U+FFFD), invisible
    characters they spell removed: a text about byte-order marks writes ``\\ufeff`` openly, and
    the rewrite must not read as hiding characters (tag characters are revealed, as always)."""
    return reveal(well_formed(html.unescape(_JSON_ESCAPE.sub(_json_character, text))))[0]


def payloads(text: str, seen: Views | None = None) -> list[Decoded]:
    """Every readable payload embedded in ``text`` (case preserved), bounded in count and size.
    ``seen``: ``text``'s views, when already made."""
    found: list[Decoded] = []
    budget = MAX_DECODED_CHARS

    def keep(encoding: str, decoded: str | None) -> bool:
        nonlocal budget
        if len(found) >= MAX_CANDIDATES or budget <= 0:
            return False
        if decoded:
            decoded = decoded[:budget]
            budget -= len(decoded)
            found.append(Decoded(encoding, decoded))
        return len(found) < MAX_CANDIDATES and budget > 0

    # A regex scan of the whole text costs tens of microseconds per kilobyte; splitting is C-fast.
    # Only whitespace-separated tokens long enough to hold a payload are searched.
    tokens = text.split()
    if tokens and max(map(len, tokens)) >= _MIN_TOKEN:
        for token in tokens:
            if len(token) < _MIN_TOKEN:
                continue
            for pattern, encoding, decoder in _TOKEN_DECODERS:
                match = pattern.search(token)
                if match and not keep(encoding, decoder(match.group())):
                    return found
    # URL and character escapes: decode only the tokens that carry them, not the whole text.
    if "%" in text:
        escaped = [t for t in tokens if "%" in t and len(_URL_ESCAPE.findall(t)) >= 2]
        if escaped:
            keep("url", _changed(" ".join(escaped), unquote_plus))
    whole = False
    if "&#" in text or "\\u" in text:
        escaped = [t for t in tokens if ("&#" in t or "\\u" in t) and _CHAR_ESCAPE.search(t)]
        if escaped:
            keep("escapes", _changed(" ".join(escaped), _unescape))
        # escapes spread through prose: the words around them are the context they need
        whole = len(escaped) < len(tokens)
    elif "\\" in text:
        # a JSON document: its line breaks and quotation marks are escaped ("\\n## System")
        whole = text[:16].lstrip()[:1] in _JSON_STARTS and ("\\n" in text or '\\"' in text)
    if whole and len(text) <= MAX_WHOLE_UNESCAPE:
        keep("unescaped", _changed(text, _unescape_whole))
    if "  " in text and _WORD_GAP_THEN_SPACED.search(text):
        spaced = [_unspaced(m.group()) for m in _LETTER_SPACED.finditer(text)]
        if spaced and not keep("spacing", " ".join(spaced)):
            return found
    for decoded in _binary_runs(text):
        if not keep("binary", decoded):
            return found
    if seen is None:
        seen = views(text)
    if len(seen.tokens & _ROT13_WORDS) >= 2 and not keep("rot13", rot13(text)):
        return found
    for encoding, decoder in deobfuscate.DECODERS:
        if not keep(encoding, decoder(text, seen)):
            return found
    return found


_WORD_GAP_THEN_SPACED = re.compile(r"  \S \S \S")
"""A cheap first test (a literal start, which the regex engine finds by a fast search)."""
_LETTER_SPACED = re.compile(r"(?<!\S)\S(?: \S){2,}(?: {2,}\S(?: \S)*)+")
"""Letters one space apart, words two or more apart: the words can be read back. (With one
space everywhere they cannot; the ``squeezed`` view reads those.)"""


def _unspaced(run: str) -> str:
    """``"s e t   a s i d e"`` -> ``"set aside"``."""
    return " ".join(word.replace(" ", "") for word in re.split(" {2,}", run))


_TOKEN_DECODERS = (
    (_BASE64, "base64", _from_base64),
    (_BASE32, "base32", _from_base32),
    (_HEX_ESCAPES, "hex", _from_hex),
    (_HEX, "hex", _from_hex),
)
