"""Literal strings derived from a rule pattern, so that it is run only where it could match.

:func:`derived_prefixes`: the strings every match begins with (the pattern is then tried with
``pattern.match`` where they occur, instead of scanned through the text).
:func:`bounded_phrases`: the phrases a ``\\b(?:...)\\b`` list matches (answered by word lookups).

Both read the pattern with the ``re`` package's internal parser; should its shape change, they
answer "none" and the caller scans: slower, never wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser as _re_parser  # type: ignore[attr-defined]


class _Unlisted(Exception):
    """The strings cannot all be listed (a wildcard, a large class, an empty match...)."""


AT_START = ""
"""In :attr:`Rule.prefixes`: a match can begin at the start of the text (``^``)."""
_MAX_PREFIXES = 24
_PREFIX_LENGTHS = (12, 8, 5, 3, 2, 1)
"""Longer prefixes occur less often; shorter ones are fewer. The longest that keep the list
within :data:`_MAX_PREFIXES` are used."""
_MAX_CLASS_EXPANSION = 6
_ZERO_WIDTH_AT = ("AT_BOUNDARY", "AT_NON_BOUNDARY")
_AT_BEGINNING = ("AT_BEGINNING", "AT_BEGINNING_STRING")


class _TooMany(Exception):
    """More prefixes than :data:`_MAX_PREFIXES` at this length."""


def derived_prefixes(pattern: str) -> frozenset[str]:
    """The literal strings every match of ``pattern`` begins with (see :attr:`Rule.prefixes`),
    or empty when they cannot all be listed. Zero-width assertions before the first literal
    (``\\b``, lookarounds) are skipped: ``pattern.match`` at a found position checks them."""
    if re.compile(pattern).flags != re.UNICODE:
        return frozenset()  # case-insensitive or multi-line literals do not mean what they say
    try:
        items = list(_re_parser.parse(pattern))
        for length in _PREFIX_LENGTHS:
            try:
                return _fewest_passes(_prefixes(items, "", length))
            except _TooMany:
                continue
    except Exception:  # noqa: BLE001 - _Unlisted, or a parser of another shape: no prefixes
        return frozenset()
    return frozenset()


_MAX_LEAD = 2
"""Characters a match may begin before its :func:`lead_prefixes`, at most."""


def lead_prefixes(pattern: str) -> tuple[int, frozenset[str]]:
    """For a pattern without :func:`derived_prefixes` whose first element matches at most
    :data:`_MAX_LEAD` characters (``(?:^|[\\s"'>])``, a class of punctuation...): that width and
    the literal strings every match of the rest begins with. A match then begins at most that
    many characters before one of them. ``(0, frozenset())`` when there are none."""
    if re.compile(pattern).flags != re.UNICODE:
        return 0, frozenset()
    try:
        parsed = _re_parser.parse(pattern)
        items = list(parsed)
        if not items:
            return 0, frozenset()
        lead = int(_re_parser.SubPattern(parsed.state, [items[0]]).getwidth()[1])
        if lead > _MAX_LEAD:
            return 0, frozenset()
        for length in _PREFIX_LENGTHS:
            try:
                return lead, _fewest_passes(_prefixes(items[1:], "", length))
            except _TooMany:
                continue
    except Exception:  # noqa: BLE001 - _Unlisted, or a parser of another shape: none
        return 0, frozenset()
    return 0, frozenset()


def begins_at_boundary(pattern: str) -> bool:
    """Whether every match of ``pattern`` begins at a word boundary (it starts with ``\\b``)."""
    try:
        items = list(_re_parser.parse(pattern))
    except Exception:  # noqa: BLE001 - a parser of another shape: not known
        return False
    return bool(items) and str(items[0][0]) == "AT" and str(items[0][1]) == "AT_BOUNDARY"


def trie_pattern(strings: Iterable[str]) -> str:
    """A regex matching the longest of ``strings`` that occurs at a position, written as a
    trie: at each character one branch at most is tried, so the engine's work per position
    does not grow with the number of strings."""
    trie: dict[str, dict] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


def _fewest_passes(found: set[str]) -> frozenset[str]:
    """Each prefix costs a ``str.find`` pass through the text, each occurrence a pattern match.
    Prefixes beginning with punctuation (``<|im_start|>``, ``<|system|>``, ``\\n# ``...) are cut
    to that character, which is rare in prose: one pass instead of one per prefix. A prefix that
    begins another already finds every position the longer one would, so the longer is dropped.
    A lone letter as a prefix would be tried all over the text: then there are none (scan)."""
    cut = {p if not p or p[0].isalnum() or p[0] == " " else p[0] for p in found}
    if any(len(p) == 1 and p.isalnum() for p in cut):
        return frozenset()  # a lone letter occurs everywhere: scanning costs less
    return frozenset(p for p in cut if not any(q != p and p.startswith(q) for q in cut if q))


def _prefixes(items: list, prefix: str, length: int) -> set[str]:
    """Every literal start (at most ``length`` long) of a match of ``items`` preceded by the
    literal ``prefix``."""
    if not items or len(prefix) >= length:
        return _stop(prefix)
    op, av = items[0]
    rest = items[1:]
    name = str(op)
    if name == "LITERAL":
        return _prefixes(rest, prefix + chr(av), length)
    if name == "IN":
        chars = _class_chars(av)
        if chars is None:
            return _stop(prefix)
        return _union(_prefixes(rest, prefix + char, length) for char in chars)
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        if name == "SUBPATTERN" and (av[1] or av[2]):
            return _stop(prefix)  # scoped flags
        body = av if name == "ATOMIC_GROUP" else av[-1]
        return _prefixes(list(body) + rest, prefix, length)
    if name == "BRANCH":
        return _union(_prefixes(list(alternative) + rest, prefix, length) for alternative in av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        once = _prefixes(list(body) + (rest if high == 1 else []), prefix, length)
        return _union((once, _prefixes(rest, prefix, length))) if low == 0 else once
    if prefix:
        return {prefix}
    if name == "AT" and str(av) in _ZERO_WIDTH_AT or name in ("ASSERT", "ASSERT_NOT"):
        return _prefixes(rest, prefix, length)
    if name == "AT" and str(av) in _AT_BEGINNING:
        return {AT_START}
    raise _Unlisted


def _stop(prefix: str) -> set[str]:
    if not prefix:
        raise _Unlisted  # the match could begin with anything (or nothing)
    return {prefix}


def _union(parts: Iterable[set[str]]) -> set[str]:
    out: set[str] = set()
    for part in parts:
        out |= part
        if len(out) > _MAX_PREFIXES:
            raise _TooMany
    return out


def _class_chars(items: list) -> list[str] | None:
    """The characters of a small character class of literals and ranges; None otherwise."""
    chars: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS_EXPANSION:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
        if len(chars) > _MAX_CLASS_EXPANSION:
            return None
    return chars


_MAX_PHRASES = 4000


def bounded_phrases(pattern: str) -> frozenset[str] | None:
    """For a pattern of the form ``\\b(?:...)\\b`` whose middle matches finitely many literal
    strings (alternatives, optional parts, small classes), those strings; else None."""
    try:
        items = list(_re_parser.parse(pattern))
        if re.compile(pattern).flags != re.UNICODE or len(items) < 3:
            return None
        if any(str(op) != "AT" or str(av) != "AT_BOUNDARY" for op, av in (items[0], items[-1])):
            return None
        return frozenset(_expand(items[1:-1]))
    except Exception:  # noqa: BLE001 - _Unlisted, or a parser of another shape
        return None


def _expand(items: list) -> set[str]:
    """Every string a sequence of literal items matches (raises _Unlisted past plain literals)."""
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            options = {chr(av)}
        elif name == "IN":
            chars = _class_chars(av)
            if chars is None:
                raise _Unlisted
            options = set(chars)
        elif name == "SUBPATTERN" and not (av[1] or av[2]):
            options = _expand(list(av[-1]))
        elif name == "BRANCH":
            options = set().union(*(_expand(list(alternative)) for alternative in av[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] == 0 and av[1] == 1:
            options = {""} | _expand(list(av[2]))
        else:
            raise _Unlisted
        out = {a + b for a in out for b in options}
        if len(out) > _MAX_PHRASES:
            raise _Unlisted
    return out
