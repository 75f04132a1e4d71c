"""Homoglyphs and leetspeak read back in the whole text: words that mix Latin letters with
Cyrillic or Greek look-alikes ("ѕуѕtеm", "Humаn") or with digits that stand for letters
("1gn0r3", "pr3v10us", "h77p5"), folded to Latin letters.

The ``words`` view folds both already, but the rules that read the other views (a URL in
``plain``, a ``<|im_start|>`` in ``lines``) saw the look-alikes. The folded text is screened as
a rewrite (:data:`.deobfuscate.REWRITES`): only hits the text itself lacks count.

Digits and letters mix in much that is not leetspeak: base64, hex, hashes, UUIDs, API keys,
version strings, identifiers ("sha256", "x86", "utf8"). So a word is read as leetspeak only when
it is 2 to 15 characters long, its token holds no alphanumeric run of 16 or more, and its digits
are those leet uses (0 1 3 4 5 7 8, no 2 6 9). The text is rewritten only when it holds two
words that count: mixed-script words, or leet words that spell a known word, four characters or
more with a leet digit between letters, not all hex digits, not a numeronym ("i18n"); or one
that spells an attack's word ("1gn0r3").

Ordinary text pays one bytes translation and a literal search (a character-class "shape" of the
text in which a leet digit before a letter, or a Cyrillic or Greek letter before a Latin one,
shows as a two-byte string), about 1.5 microseconds per kilobyte.
"""

from __future__ import annotations

import re

from proxyify_asgi.screening.normalize import CONFUSABLES, Views
from proxyify_asgi.screening.typos import shipped_known_words

_LEET_CHARS = "0134578$"
_LEET_AS_I = str.maketrans(_LEET_CHARS, "oieastbs")
_LEET_AS_L = str.maketrans(_LEET_CHARS, "oleastbs")
_CAPITALS = dict(zip("АВЕКМНОРСТХЅІЈΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTXSIJABEZHIKMNOPTYX"))
_GLYPHS = {**{k: v for k, v in CONFUSABLES.items() if "\u0370" <= k <= "\u052f"}, **_CAPITALS}
"""Cyrillic and Greek look-alikes of Latin letters (Latin-script ones such as Turkish "ı" are
letters of their own languages)."""
_GLYPH_TABLE = str.maketrans(_GLYPHS)
_GREEK_CYRILLIC_LEADS = (0xCE, 0xCF, 0xD0, 0xD1, 0xD3, 0xD4)
"""UTF-8 lead bytes of Greek (U+0380..U+03FF) and Cyrillic (U+0400..U+04FF, U+0500..U+052F)."""


def _shape_table() -> bytes:
    """Bytes of UTF-8 to their class: ``a`` a Latin letter, ``1`` a leet digit or ``$``, ``c``
    the start of a Greek or Cyrillic letter, a space anything else (continuation bytes are
    deleted, so a two-byte letter is one class byte)."""
    table = bytearray(b" " * 256)
    for byte in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        table[byte] = ord("a")
    for byte in _LEET_CHARS.encode():
        table[byte] = ord("1")
    for byte in _GREEK_CYRILLIC_LEADS:
        table[byte] = ord("c")
    return bytes(table)


_SHAPE = _shape_table()
_CONTINUATION = bytes(range(0x80, 0xC0))
_LEET_SWITCH = re.compile(b"1a")
_GLYPH_SWITCH = re.compile(b"ca")
"""Literal needles that start with a rare byte: the regex engine finds them by a memchr (four
times faster than ``bytes.count`` of two bytes, which stops at every letter)."""
_MIN_LEET_SWITCHES = 3
"""Leet digits followed by a letter a text needs before its words are looked at: "1gn0r3" alone
has two, "pr3v10u5" two, a version string or "mp3" none."""
_MIN_GLYPH_SWITCHES = 2
"""Cyrillic or Greek letters followed by a Latin one ("Humаn", "іnstructіons" has two)."""

MAX_WORDS = 4096
"""Words looked at per text, at most (a few milliseconds of Python): past them, a long text's
look-alikes are read by the ``words`` view only."""
_TOKEN_REACH = 256
"""Characters looked through for a token's ends; a longer token is not prose."""
_LONG_RUN = re.compile(r"[^\W_]{16}")
"""An alphanumeric run this long is base64, hex, a hash or a key: its token is left alone."""
_HEX = frozenset("0123456789abcdefABCDEF")
_LEET_INSIDE = re.compile(r"[^\W\d_][0134578$]+[^\W\d_]|[0134578$][^\W\d_]+[0134578$]")
"""A leet digit between letters ("y0u") or a letter between leet digits ("4r3"); digits only
before or after the letters are units, ordinals and versions ("10am", "3rd", "ipv4", "v1")."""
_NUMERONYM = re.compile(r"[^\W\d_](\d)(?!\1)\d[^\W\d_]")
"""A letter, two different digits, a letter: "i18n", "l10n", "c14n" count the letters they leave
out (leet doubles a digit: "t00l", "ca11")."""
_LATIN_END = "\u0250"
"""Latin letters end here (accented ones included: "écrіt", "talimatlarі")."""
_NOT_LEET_DIGITS = re.compile(r"[269]|[^\D0-9]")
"""Digits leetspeak does not use (and digits of other scripts)."""
_MAX_LEET_LENGTH = 15
_MIN_COUNTED = 4
"""Leet words shorter than this are folded but not counted: "1st", "mp3", "k8s", "s3", "v1" are
ordinary text's, and read as words too ("ist", "mpe", "kbs", "se", "vi")."""
_ATTACK_WORDS = frozenset(
    "ignore previous prior instructions instruction rules system prompt reveal forget disregard"
    " override bypass jailbreak unrestricted unfiltered filters restrictions developer secret"
    " password confidential obey".split()
)
_KNOWN = shipped_known_words()


def folded(text: str, v: Views) -> str | None:
    """``text`` with its leetspeak and Cyrillic or Greek look-alike words written in Latin
    letters, or None when it has too few of them (``v``: its views, unused, as for every
    decoder)."""
    raw = text.encode("ascii") if text.isascii() else text.encode("utf-8", "surrogatepass")
    shape = raw.translate(_SHAPE, _CONTINUATION)
    leet = len(_LEET_SWITCH.findall(shape)) >= _MIN_LEET_SWITCHES
    glyphs = not text.isascii() and len(_GLYPH_SWITCH.findall(shape)) >= _MIN_GLYPH_SWITCHES
    if not (leet or glyphs):
        return None
    fixes: list[tuple[int, int, str]] = []
    counted = {"leet": 0, "mixed": 0, "anchor": 0}
    long_tokens = _LongTokens(text)
    for start, end in _candidates(shape, leet, glyphs):
        word_shape = shape[start:end]
        if b"c" not in word_shape and (b"a" not in word_shape or end - start > _MAX_LEET_LENGTH):
            continue  # a number, or too long for a leet word, with no look-alike in it
        # base64, hex, hashes and keys are never leetspeak (look-alikes in them are undone)
        read = _read(text[start:end], leet and not long_tokens.around(start, end))
        if read is None:
            continue
        latin, kind = read
        fixes.append((start, end, latin))
        if kind:
            counted[kind] += 1
            counted["anchor"] += latin.lower() in _ATTACK_WORDS
    if max(counted["leet"], counted["mixed"]) < 2 and not counted["anchor"]:
        return None
    return _rewritten(text, fixes)


def _candidates(shape: bytes, leet: bool, glyphs: bool) -> list[tuple[int, int]]:
    """The (start, end) of the words that hold a leet digit or a Cyrillic or Greek letter, in
    text order. ``shape`` has one byte per character of the text (continuation bytes deleted),
    so its positions are the text's; a word is a run of letters and leet digits in it."""
    spans: dict[int, int] = {}
    for mark in (b"1" if leet else b"") + (b"c" if glyphs else b""):
        at = shape.find(mark)
        while at != -1:
            start = shape.rfind(b" ", 0, at) + 1
            end = shape.find(b" ", at)
            end = len(shape) if end == -1 else end
            spans[start] = end
            at = shape.find(mark, end)
            if len(spans) >= MAX_WORDS:
                break
    return sorted(spans.items())


class _LongTokens:
    """Whether the whitespace-separated token around a word holds a long alphanumeric run, or is
    itself too long to be prose (its ends are not looked for further): found once per token."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.span = (0, 0)
        self.long = False

    def around(self, start: int, end: int) -> bool:
        """For the word ``text[start:end]``."""
        if self.span[0] <= start and end <= self.span[1]:
            return self.long
        text = self.text
        left = max(text.rfind(ch, max(0, start - _TOKEN_REACH), start) for ch in " \n\t") + 1
        ends = [i for i in (text.find(ch, end, end + _TOKEN_REACH) for ch in " \n\t") if i != -1]
        right = min(ends, default=len(text))
        if (left == 0 and start > _TOKEN_REACH) or (not ends and right - end > _TOKEN_REACH):
            # no end within reach: remember the reach looked through, not the whole token
            self.span, self.long = (start, min(right, end + _TOKEN_REACH)), True
        else:
            self.span, self.long = (left, right), _LONG_RUN.search(text, left, right) is not None
        return self.long


def _read(word: str, leet: bool) -> tuple[str, str | None] | None:
    """``word`` in Latin letters, and what it counts as ("mixed": Latin letters wearing Cyrillic
    or Greek look-alikes, "leet": leetspeak of a known word, None: folded but not counted), or
    None when it is neither."""
    if word.isascii():
        return _from_leet(word) if leet and not word.isalpha() else None
    latin = word.translate(_GLYPH_TABLE)
    if not all(ch < _LATIN_END for ch in latin):
        return None  # letters of another alphabet: a word of that language
    if latin == word:  # accented Latin letters, no look-alike ("syst3me")
        return _from_leet(word) if leet and not word.isalpha() else None
    mixed = "mixed" if any(ch.isascii() and ch.isalpha() for ch in word) else None
    if leet and not latin.isalpha():
        as_leet = _from_leet(latin)
        return (as_leet[0], mixed or as_leet[1]) if as_leet else (latin, mixed)
    return latin, mixed


def _from_leet(word: str) -> tuple[str, str | None] | None:
    """An ASCII word of letters and leet digits in letters, and "leet" when it counts (a known
    word of four letters or more, with a leet digit between letters), else None."""
    if not 2 <= len(word) <= _MAX_LEET_LENGTH or _NOT_LEET_DIGITS.search(word):
        return None
    if not any(ch.isalpha() for ch in word) or not any(ch in _LEET_CHARS for ch in word):
        return None
    for table in (_LEET_AS_I, _LEET_AS_L):
        latin = word.translate(table)
        if latin.lower() in _KNOWN:
            return latin, "leet" if _counts(word) else None
    return word.translate(_LEET_AS_I), None


def _counts(word: str) -> bool:
    """Whether a leet word that spells a known word counts towards reading the text so: four
    characters or more, two letters or more (not "14T10" of a timestamp), a leet digit
    between letters, not all hex digits ("c0ffee"), not a numeronym ("i18n")."""
    letters = sum(ch.isalpha() for ch in word)
    if len(word) < _MIN_COUNTED or letters < 2 or _HEX.issuperset(word):
        return False
    return _LEET_INSIDE.search(word) is not None and not _NUMERONYM.fullmatch(word)


def _rewritten(text: str, fixes: list[tuple[int, int, str]]) -> str:
    pieces = []
    at = 0
    for start, end, latin in fixes:
        pieces.append(text[at:start])
        pieces.append(latin)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
