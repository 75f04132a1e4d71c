"""Text normalisation before matching: the evasions undone, in linear time.

:func:`views` turns one text into the three strings the rules match against:

- ``plain``: NFKC, case-folded, invisible characters removed (Unicode tag characters, which can
  smuggle hidden ASCII, are turned back into that ASCII), whitespace collapsed. Rules for
  non-Latin scripts (Russian, Chinese, Japanese) read this view.
- ``words``: ``plain`` with confusables (Cyrillic/Greek look-alikes, small capitals) and
  leetspeak folded to Latin letters and punctuation turned into spaces: words separated by
  single spaces. Latin-script rules read this view.
- ``lines``: NFKC, case-folded, invisibles removed, whitespace kept as it is: line structure
  (a fake ``System:`` turn on a line of its own) survives here. Delimiter rules read it.
- ``squeezed``: ``words`` without spaces, so ``i g n o r e``, ``i.g.n.o.r.e`` and
  ``ig nore pre vious`` all read ``ignoreprevious``. Whole-phrase rules for the strongest
  signals read this view.

Every step is a C-level pass (``unicodedata.normalize``, ``str.translate``, ``str.casefold``,
``str.split``), so the cost is linear in the text length and small: a regex scan costs tens of
microseconds per kilobyte in CPython, so none runs over the whole text here. The tables
are module constants and never mutated.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Zero-width, joiner-less invisibles, bidi controls, soft hyphen, variation selectors, BOM,
# combining marks that only underline or strike a letter through.
# ZWJ (U+200D) is deliberately kept out of the "evasion" signal because emoji sequences use it,
# but it is still deleted before matching.
_INVISIBLE = (
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + list(range(0x202A, 0x202F))  # bidi embeddings and overrides
    + list(range(0x2060, 0x2070))  # word joiner, invisible operators, bidi isolates
    + list(range(0xFE00, 0xFE10))  # variation selectors
    + list(range(0x0332, 0x0339))  # combining underlines and strike-through overlays ("D̶A̶N̶")
    + list(range(0xE0100, 0xE01F0))  # variation selectors supplement
    + [0xE0001, 0xE007F]  # language tag, cancel tag
)

_PLAIN_TABLE: dict[int, int | None] = {cp: None for cp in _INVISIBLE}
# Unicode tag characters U+E0020..U+E007E mirror printable ASCII and render as nothing: hidden
# instructions ("ASCII smuggling"). Reveal them instead of dropping them.
_PLAIN_TABLE.update({0xE0000 + c: c for c in range(0x20, 0x7F)})

_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ь": "b", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "s",
    # Latin small capitals and other look-alikes NFKC leaves alone
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s",
    "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ı": "i", "ȷ": "j", "ℓ": "l",
    "ǀ": "l", "ɑ": "a", "ɩ": "i", "ο": "o",
}
CONFUSABLES: dict[str, str] = _CONFUSABLES
"""Lower-case look-alikes of Latin letters (Cyrillic, Greek, small capitals): :mod:`.lookalikes`
folds the Cyrillic and Greek ones back in whole texts."""
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "$": "s", "@": " at "}
# "@" reads " at " so e-mail addresses stay recognisable ("x at evil example").
# Punctuation becomes a word break: "ig-nore" and "ignore," read alike in the ``words`` view.
_PUNCTUATION = "!\"#%&'()*+,-./:;<=>?[\\]^_`{|}~¿¡“”‘’«»„‚‹›–—…·•、。，！？：；（）「」『』【】"
_FOLD_TABLE = str.maketrans({**_CONFUSABLES, **_LEET, **{ch: " " for ch in _PUNCTUATION}})
# The same folding for ASCII text as a bytes table (several times faster than str.translate);
# "@" keeps its place and becomes " at " afterwards.


def _ascii_fold_table() -> bytes:
    table = bytearray(range(256))
    for code in range(128):
        mapped = chr(code).translate(_FOLD_TABLE)
        if len(mapped) == 1:
            table[code] = ord(mapped)
    return bytes(table)


_ASCII_FOLD = _ascii_fold_table()

_TAG_CHARACTERS = re.compile("[\U000E0000-\U000E007F]")


def _charset(chars: object) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c) if isinstance(c, int) else c) for c in chars) + "]")


def _ranges(codes: list[int]) -> re.Pattern[str]:
    """A character class of ``codes`` written as ranges: a class of hundreds of single
    characters is tried one by one at every position."""
    spans: list[list[int]] = []
    for code in sorted(set(codes)):
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans) + "]")


# str.translate with a dict costs ~100 ns per character of non-ASCII text; the set of a text's
# distinct characters or a character-class search costs a few. So the tables are applied only
# where their characters occur.
_INVISIBLE_OR_TAG = frozenset(map(chr, [*_INVISIBLE, *range(0xE0000, 0xE0080)]))
_NON_ASCII_FOLD = {k: v for k, v in {**_CONFUSABLES, **{ch: " " for ch in _PUNCTUATION}}.items()
                   if not k.isascii()}
_NON_ASCII_FOLD_CHARS = _charset(_NON_ASCII_FOLD)
_INVISIBLE_CHARS = _ranges(_INVISIBLE)
_TAG_ASCII = re.compile("[\U000E0020-\U000E007E]")


def _untag(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0xE0000)


@dataclass(frozen=True, slots=True)
class Views:
    """One text, normalised several ways (see the module docstring)."""

    revealed: str
    """NFKC, invisibles removed, case kept: where encoded payloads are looked for."""
    plain: str
    lines: str
    """``revealed`` case-folded, line breaks kept."""
    words: str
    squeezed: str
    tokens: frozenset[str]
    """The distinct words of ``words``: what rule anchors are checked against."""
    hidden: bool
    """True when invisible or tag characters were removed: an evasion signal."""
    memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)
    """What the rule engine found out about these views once and reads again (where strings
    occur in a long view): lives and dies with them."""


def reveal(text: str) -> tuple[str, bool]:
    """NFKC with invisible characters removed and tag characters revealed; case kept.

    Returns the text and whether anything invisible was there. Encoded payloads (base64 is
    case-sensitive) are looked for in this form.
    """
    # The quick check answers most already-normal text without building a copy.
    normal = text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)
    if normal.isascii():  # O(1) in CPython; every invisible character is non-ASCII
        return normal, False
    if _INVISIBLE_OR_TAG.isdisjoint(normal):
        return normal, False
    # ``str.translate`` with a dict costs ~100 ns for every character of the text; character
    # class substitutions run at C speed and call back only for the (few) tag characters
    visible = _INVISIBLE_CHARS.sub("", normal)
    if _TAG_CHARACTERS.search(visible) is None:
        return visible, len(visible) != len(normal)
    return _TAG_ASCII.sub(_untag, visible), True


def plain(revealed: str) -> str:
    """A revealed text case-folded, whitespace runs collapsed to one space."""
    return " ".join(revealed.casefold().split())


def well_formed(text: str) -> str:
    """``text`` with surrogate pairs joined into the characters they encode and lone surrogates
    replaced by U+FFFD. Python strings may hold surrogates (``json.loads`` keeps a lone
    ``"\\ud800"``, a decoded ``\\uXXXX`` escape yields halves); UTF-8 cannot."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _collapse(folded: str) -> str:
    return " ".join(folded.split())


def words(plain_text: str) -> list[str]:
    """The words of a plain text after folding confusables, leetspeak and punctuation."""
    if plain_text.isascii():
        folded = plain_text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
        if "@" in folded:
            folded = folded.replace("@", " at ")
        return folded.split()
    # Non-ASCII text: the ASCII bytes of its UTF-8 form fold through the bytes table (bytes of
    # multi-byte characters are all >= 0x80 and left alone); the few non-ASCII characters that
    # fold (confusables, CJK punctuation) are replaced one match at a time.
    try:
        encoded = plain_text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no character, and UTF-8 cannot hold it
        encoded = well_formed(plain_text).encode("utf-8")
    folded = encoded.translate(_ASCII_FOLD).decode("utf-8")
    if "@" in folded:
        folded = folded.replace("@", " at ")
    folded = _NON_ASCII_FOLD_CHARS.sub(lambda m: _NON_ASCII_FOLD[m.group()], folded)
    return folded.split()


def views(text: str) -> Views:
    """All views of ``text``."""
    revealed, hidden = reveal(text)
    folded = revealed.casefold()
    plain_text = _collapse(folded)
    parts = words(plain_text)
    return Views(
        revealed=revealed,
        plain=plain_text,
        lines=folded,
        words=" ".join(parts),
        squeezed="".join(parts),
        tokens=frozenset(parts),
        hidden=hidden,
    )
