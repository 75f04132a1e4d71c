"""Obfuscations undone so the rules can read what they hide: letters joined by separators
("i.g.n.o.r.e", "i-g-n-o-r-e"), diacritics and "zalgo" marks piled on letters ("ïgnôrè"),
emoji or markup tags between letters or words ("ig<b></b>nore", "ignore 🙂 all 🙂 previous"),
text written backwards (when the text asks for it to be read so), and letters written as decimal
codes or Morse (base32 and binary bytes are read in :mod:`.decode`, with base64 and hex).

Each decoder returns the text with the obfuscation undone, or None. They are the second half of
:func:`.decode.payloads`: what they return is screened like a decoded base64 payload (every
rule, plus the small evasion bonus). The text itself is screened as it is, so a decoder only ever
adds evidence.

Ordinary text must not pay for them: each decoder runs behind a gate that costs well under a
microsecond per kilobyte (``str.isascii``, a count by ``str.encode``, a set intersection with
the text's words, ``in`` for one character), and only text the gate lets through is scanned. ``python bench/screening_evasions.py`` measures what each
catches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from proxyify_asgi.screening import lookalikes, normalize
from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.typos import shipped_known_words

_LATIN_LETTER = r"[^\W\d_]"
_SEPARATORS = r"[._*|/~+\-·•^=,:]"
_SEPARATED = re.compile(rf"(?<![^\W_])\S({_SEPARATORS})(?:\S\1)*\S?")
"""Single characters joined by one repeated separator: "i.g.n.o.r.e", "i-g-n-o-r-e", "m.y.", and
runs holding digits or punctuation ("1-g-n-0-r-3", "d_o_n_'_t", "h-t-t-p-s-:-/-/"). A run starts
at a word's start (never inside "12-05-2024"). Nothing after the repetition can fail, so the
engine never backtracks into it (linear time)."""
_SEPARATED_GATE = re.compile(rf"({_SEPARATORS}){_LATIN_LETTER}\1{_LATIN_LETTER}\1")
"""A cheap first test: separator, letter, separator, letter, separator (starts with a class of
literals, so the engine skips ahead quickly)."""
_SINGLE_LETTERS = frozenset("bcdfghjklnopqruvwxyz")
"""Single-letter words that ordinary text seldom holds (not "a", "i", nor the "s", "t", "e",
"m" of contractions and "e.g."); separator-joined letters leave many in the ``words`` view."""
_MIN_SINGLE_LETTERS = 4
_COMMON_SINGLES = frozenset("aistem0123456789")

_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks of Latin text (diacritics, "zalgo" stacks)."""
_MARKED_LATIN = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_VIETNAMESE = re.compile("[ơưđƠƯĐ\u1ea0-\u1ef9]")
_ENGLISH_WORDS = frozenset(
    "the you your all and are not now any for with this that from what who how was were will"
    " ignore previous prior instructions rules system prompt tell give show reveal forget"
    " disregard above earlier must only new mode"
    # the same few words of the other languages the rules read, where they are written
    # without accents (decorated with them, they are as unnatural as "thè")
    " las los del que tus sus todas instrucciones ignora olvida sistema"  # es, pt, it
    " les tes vos toutes oublie consignes"  # fr
    " die der und deine alle anweisungen ignoriere vergiss"  # de
    " suas todas ignore esqueca tue tutte istruzioni dimentica".split()  # pt, it
)
_MARKED_SHARE = 0.12
"""Accented letters per character above which a text is read without its accents (French or
Spanish prose has about 2-4%; "ïgnôrè prévïôüs" a third)."""

_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_INLINE_TAG = re.compile(r"<[^<>\n]{0,40}>")
_LETTER = re.compile(_LATIN_LETTER)

_DECIMAL = re.compile(r"(?<!\d)\d{1,5}(?:[\s,;]+\d{1,5}){7,}(?!\d)")
"""Eight or more numbers of up to five digits, one after another: character codes are checked
after the match (the digits and the separators are disjoint classes, so nothing backtracks)."""
_MAX_CODE = 0x2FFF
"""Code points read back: Latin, Greek, Cyrillic, the other alphabets and general punctuation
(CJK is written as UTF-8 bytes by the encoders attackers use, which are read as such)."""
_CONTROL_CODES = frozenset((9, 10, 13))
_ASCII_LETTER_CODES = range(100, 127)


def _code_words() -> frozenset[str]:
    """Codes from 100 (d) up, bytes of UTF-8 and code points of other alphabets, as the
    ``words`` view spells them, leetspeak folded ("105" reads "ios"): decimal-coded text leaves
    several among its words. Those that ordinary text holds ("100", "1000", and "test", "best",
    "bias" that 7357, 8357, 8145 fold to) are left out, the ASCII letters' codes excepted."""
    known = shipped_known_words()
    ascii_letters = {word for code in _ASCII_LETTER_CODES for word in normalize.words(str(code))}
    others = {word for code in range(127, _MAX_CODE + 1) for word in normalize.words(str(code))}
    return frozenset(ascii_letters | (others - known))


_CODE_WORDS = _code_words()
_MIN_READABLE = 0.8
_MAX_CODES = 65_536
"""Codes read per text, at most (the decoded characters kept are bounded so, in any case)."""
_NUMBER = re.compile(r"\d+")
_MORSE = re.compile(r"[.\-·•−–]{1,7}(?:(?: {1,3}| ?/ ?| ?\| ?)[.\-·•−–]{1,7}){7,}")
_MORSE_CODE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5",
    "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-----": "0",
}
_MORSE_DASHES = str.maketrans({"·": ".", "•": ".", "−": "-", "–": "-"})

_REVERSAL_WORDS = frozenset(
    "backwards backward reversed reverse inverted inverse mirrored"  # en
    " revés invertido invertida inverso inversa"  # es, pt
    " envers inversé inversée inverse"  # fr
    " rückwärts umgekehrt umgekehrter umgedreht"  # de
    " contrário trás invertito invertita contrario rovescio"  # pt, it
    " наоборот задом обратном".split()  # ru
)
_REVERSAL_PHRASES = ("倒过来", "反过来", "倒序", "倒着", "逆から", "逆順", "逆さ", "後ろから")


def separated_letters(text: str, v: Views) -> str | None:
    """``text`` with runs of separator-joined single letters written as words."""
    if not _many_single_letters(v) or not _SEPARATED_GATE.search(text):
        return None
    joined = _SEPARATED.sub(_join_letters, text)
    return joined if joined != text else None


def _join_letters(match: re.Match[str]) -> str:
    run = match.group()
    letters = run[::2]  # the characters stand at even places, separators at odd ones
    # "plan a." and "1/2" are not runs: a run joins two characters or more, a letter among them
    return letters if len(letters) > 1 and _LETTER.search(letters) else run


def _many_single_letters(v: Views) -> bool:
    """Whether the text's words hold several single letters (Latin ones ordinary text seldom
    has alone, or any other script's: "忽.略" leaves "忽" and "略")."""
    if len(v.tokens & _SINGLE_LETTERS) >= _MIN_SINGLE_LETTERS:
        return True
    if v.words.isascii():
        return False
    singles = list(map(len, v.tokens)).count(1) - len(v.tokens & _COMMON_SINGLES)
    return singles >= _MIN_SINGLE_LETTERS


def without_marks(text: str, v: Views) -> str | None:
    """``text`` without combining marks and accents, when marks are piled on letters ("zalgo")
    or English words wear accents ("ïgnôrè ÿôür prévïôüs ïnstrüctïôns").

    Languages that write accents are left alone: their words stripped of accents are other
    words (Czech "daň" would read "dan"), so accents are stripped only where that turns at least
    two words into common English ones (or the commonest words of the other Latin-script
    languages the rules read), and never in Vietnamese, whose "thế" would read "the"."""
    words = v.words
    if words.isascii():
        return None
    enough = max(4, _MARKED_SHARE * len(words))
    # marks left over after composing are piled on ("zalgo"), in any script; one search finds
    # the first (most text has none)
    piled = _MARKS.search(words) is not None and len(_MARKS.findall(words)) >= enough
    if not piled:
        # C-speed counts first: decomposed, the text must be mostly ASCII letters (Latin script,
        # not Cyrillic or Chinese) carrying enough accents
        decomposed = unicodedata.normalize("NFD", words)
        ascii_count = len(decomposed.encode("ascii", "ignore"))
        if ascii_count < len(words) // 2 or len(decomposed) - ascii_count < enough:
            return None
        if len(_MARKED_LATIN.findall(words)) < enough or _VIETNAMESE.search(words):
            return None
        accented = _strip_marks(" ".join(word for word in v.tokens if not word.isascii()))
        if len(_ENGLISH_WORDS.intersection(accented.split())) < 2:
            return None
    stripped = _strip_marks(text)
    return stripped if stripped != text else None


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def without_emoji(text: str, v: Views) -> str | None:
    """``text`` without emoji and pictographs, when several stand between its words."""
    words = v.words
    # emoji outside the Basic Multilingual Plane (nearly all of them) counted at C speed first
    if words.isascii() or len(words.encode("utf-16-le", "surrogatepass")) // 2 - len(words) < 1:
        return None
    if len(_EMOJI.findall(text)) < 3:
        return None
    return _EMOJI.sub("", text)


def without_inline_tags(text: str, v: Views) -> str | None:
    """``text`` without markup tags, when a tag splits a word ("ig<b></b>nore")."""
    if "<" not in text:
        return None
    for m in _INLINE_TAG.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if _LETTER.match(before) and (_LETTER.match(after) or after == "<"):
            return _INLINE_TAG.sub("", text)
    return None


def reversed_on_cue(text: str, v: Views) -> str | None:
    """``text`` read backwards, when it says something is to be read backwards (an attacker
    must tell the model to reverse it, in some words)."""
    tokens = v.tokens
    if tokens.isdisjoint(_REVERSAL_WORDS) and not ("right" in tokens and "left" in tokens and "right to left" in text):
        if text.isascii() or not any(p in text for p in _REVERSAL_PHRASES):
            return None
    return text[::-1]


def _joined(found: list[str]) -> str | None:
    return " ".join(found) if found else None


def decimal_runs(text: str, v: Views) -> str | None:
    """The readable texts of runs of decimal character codes: ASCII and Unicode code points
    ("105 103 110 111 114 101", "1079 1072"), or the bytes of UTF-8 ("208 183 208 176")."""
    if len(v.tokens & _CODE_WORDS) < 3:
        return None
    found = []
    budget = _MAX_CODES
    for m in _DECIMAL.finditer(text):
        # a code and its separator take at most 8 characters: no more of a long run is split
        codes = [int(n) for n in _NUMBER.findall(m.group(), 0, budget * 8)][:budget]
        decoded = _from_codes(codes)
        if decoded and _reads_as_text(decoded):
            found.append(decoded)
        budget -= len(codes)
        if budget <= 0:
            break
    return _joined(found)


def _from_codes(codes: list[int]) -> str:
    """``codes`` as text: bytes of UTF-8 when none is past 255 and more of them make UTF-8
    characters than fail to (bad bytes skipped), else code points (Latin-1 among them, where
    "225" is "á"); codes no character has are skipped."""
    if 128 <= max(codes) <= 255:
        utf8 = bytes(codes).decode("utf-8", "replace")
        bad = utf8.count("\ufffd")
        if not bad or len(utf8.encode("utf-8", "surrogatepass")) - len(utf8) - 2 * bad > bad:
            return utf8.replace("\ufffd", "")
    return "".join(chr(c) for c in codes if 32 <= c <= _MAX_CODE or c in _CONTROL_CODES)


def _reads_as_text(decoded: str) -> bool:
    """Mostly letters, digits and spaces: a table of numbers decodes to punctuation and
    symbols as often as to letters."""
    if len(decoded) < 4:
        return False
    return sum(ch.isalnum() or ch.isspace() for ch in decoded) >= _MIN_READABLE * len(decoded)


def morse_runs(text: str, v: Views) -> str | None:
    """The texts of runs of Morse code (letters one space apart, words three spaces or a slash)."""
    if "-" not in text and (text.isascii() or ("−" not in text and "–" not in text)):
        return None
    if text.count(".-") + text.count("-.") + text.count("·") + text.count("−") < 6:
        return None
    found = []
    for m in _MORSE.finditer(text):
        words = re.split(r" {2,}| ?[/|] ?", m.group().translate(_MORSE_DASHES))
        letters = [[_MORSE_CODE.get(code) for code in word.split()] for word in words]
        if all(c is not None for word in letters for c in word):
            found.append(" ".join("".join(word) for word in letters))  # type: ignore[arg-type]
    return _joined(found)


DECODERS: tuple[tuple[str, Callable[[str, Views], str | None]], ...] = (
    ("separators", separated_letters),
    ("diacritics", without_marks),
    ("emoji", without_emoji),
    ("markup", without_inline_tags),
    ("decimal", decimal_runs),
    ("morse", morse_runs),
    ("reversed", reversed_on_cue),
    ("lookalikes", lookalikes.folded),
)
"""(encoding name, decoder): each reads the text and its views (whose ``words`` and ``tokens``
the gates check first)."""

REWRITES = frozenset({"separators", "diacritics", "emoji", "markup", "lookalikes", "typos", "unescaped"})
"""Decoders that return the whole text with a little changed: their output repeats the text's
own hits, which must not count as hidden ones (only hits the text itself lacks do)."""
