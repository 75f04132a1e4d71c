"""The rule record every family module builds, and the small pattern helpers they share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# The regex parser is internal to the re package; it is only used to derive speed hints (start
# words, maximum match length). Should it change shape, the hints fall back to their safe
# defaults (no start words, the global maximum span): slower, never wrong.
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Literal

View = Literal["plain", "lines", "words", "squeezed"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One signal: a compiled pattern over one view of the text, and what a match is worth.

    ``anchors`` is the cheap pre-filter, groups that must all be satisfied: for ``words`` rules a
    group is satisfied when one of its words is a word of the text (a set intersection), for
    other views when one of its strings occurs in the text. A rule whose anchors are not all
    there is never run: a regex scan costs tens of microseconds per kilobyte in CPython, a set
    intersection well under one, and that is what keeps clean traffic fast. Weights add up per request (each
    rule once); the default threshold is 1.0, so a rule of weight 1.0 blocks alone and weaker
    ones only together.
    """

    id: str
    family: str
    weight: float
    view: View
    anchors: tuple[frozenset[str], ...]
    pattern: re.Pattern[str]
    starts: frozenset[str]
    """For ``words`` rules whose every match begins with one of these words: the pattern is
    tried only where they occur (``pattern.match`` at a handful of positions instead of a scan).
    Empty for rules without that property."""
    needle_group: int
    """The anchor group whose occurrences long texts are searched around: the one with the
    longest words on average, as longer words are rarer."""
    chars: frozenset[str]
    """For ``plain``, ``lines`` and ``squeezed`` rules: characters of which one must occur (empty: no
    requirement). Checking a few characters is cheaper than every anchor substring."""
    span: int
    """The longest match the pattern can make, in characters (capped at :data:`MAX_SPAN`): a
    match lies within this distance of any anchor it contains, so long texts are searched only
    that close to the anchors."""
    words_gate: tuple[frozenset[str], ...]
    """For ``plain`` and ``lines`` rules whose matches are whole words: groups of words of which
    each must be a word of the text (a set check on the ``words`` view, cheaper than looking
    for a dozen substrings). Empty: no such gate."""
    group: str
    """Rules of one group are variants of one signal (strong and weak forms, one per language):
    the group counts once, with its heaviest matching rule."""
    prefixes: frozenset[str] = frozenset()
    """Literal strings of which every match begins with one (``""``: the match can only begin
    at the start of the text), derived from the pattern; none of them begins another. The
    pattern is then tried only where they occur (``str.find``), not scanned through the text.
    Empty when the parser cannot list them (a wildcard or a large class first...)."""
    prefixes_first: bool = False
    """Try the prefixes before checking the anchors: there are no more prefixes than strings
    in the smallest anchor group (each costs a pass through the text either way)."""

    def anchored_in_tokens(self, tokens: frozenset[str]) -> bool:
        """True when every anchor group has a word in ``tokens``."""
        return all(not group.isdisjoint(tokens) for group in self.anchors)

    def anchored_in_text(self, text: str) -> bool:
        """True when every anchor group has a string occurring in ``text``."""
        contains = text.__contains__
        return all(any(map(contains, group)) for group in self.anchors)


def rule(
    family: str,
    name: str,
    weight: float,
    view: View,
    anchors: str,
    pattern: str,
    *,
    group: str | None = None,
    chars: str = "",
    starts: str = "",
    words_gate: str = "",
) -> Rule:
    """A :class:`Rule` with id ``family.name``.

    ``anchors``: groups separated by `` & ``, alternatives within a group by ``|``
    (``"ignore|forget & instructions|rules"``); ``\\|`` stands for a literal ``|``.
    ``chars``: the characters of which one must occur (see :attr:`Rule.chars`).
    ``words_gate``: like ``anchors``, whole words (see :attr:`Rule.words_gate`).
    """
    groups = tuple(
        frozenset(a.replace("\0", "|") for a in group.replace("\\|", "\0").split("|"))
        for group in anchors.split(" & ")
    )
    if any("" in g for g in groups):
        raise ValueError(f"rule {family}.{name}: empty anchor")
    prefixes = derived_prefixes(pattern)
    return Rule(
        id=f"{family}.{name}",
        family=family,
        weight=weight,
        view=view,
        anchors=groups,
        pattern=re.compile(pattern),
        needle_group=max(range(len(groups)), key=lambda i: sum(map(len, groups[i])) / len(groups[i])),
        chars=frozenset(chars),
        starts=frozenset(starts.split("|")) if starts else _derived_starts(view, pattern),
        span=_span(pattern),
        words_gate=tuple(frozenset(g.split("|")) for g in words_gate.split(" & ")) if words_gate else (),
        group=f"{family}.{group or name}",
        prefixes=prefixes,
        prefixes_first=bool(prefixes) and len(prefixes) <= min(map(len, groups)),
    )


MAX_SPAN = 1500
"""No pattern's match is longer than this: gaps are bounded word counts of words of at most 40
characters, runs are bounded repetitions. Patterns whose width the parser cannot bound get it."""


def _span(pattern: str) -> int:
    try:
        width = int(_re_parser.parse(pattern).getwidth()[1])
    except Exception:  # noqa: BLE001 - see the import note: fall back to the safe bound
        return MAX_SPAN
    return min(width, MAX_SPAN)


_MAX_STARTS = 400


class _NoStarts(Exception):
    """The pattern's first word cannot be listed (a class, a wildcard, too many forms...)."""


def _derived_starts(view: View, pattern: str) -> frozenset[str]:
    """Every first word a ``words`` pattern's match can begin with, when the parser can list
    them all and each is followed by more pattern; else empty (the rule is then searched).

    Matching at a few start words costs a ``str.find`` per occurrence; a regex scan costs tens
    of nanoseconds for every character, whatever the pattern.
    """
    if view != "words":
        return frozenset()
    try:
        found = _first_words(list(_re_parser.parse(pattern)), "")
    except Exception:  # noqa: BLE001 - _NoStarts, or a parser of another shape: no start words
        return frozenset()
    return frozenset(found)


def _first_words(items: list, prefix: str) -> set[str]:
    if not items:
        raise _NoStarts  # the pattern ends inside its first word
    op, av = items[0]
    rest = items[1:]
    name = str(op)
    if name == "AT":
        if av != _re_constants.AT_BOUNDARY:
            raise _NoStarts
        return _first_words(rest, prefix)
    if name == "LITERAL":
        char = chr(av)
        if char == " ":
            if not prefix:
                raise _NoStarts
            return {prefix}
        return _first_words(rest, prefix + char)
    if name == "SUBPATTERN":
        return _first_words(list(av[-1]) + rest, prefix)
    if name == "BRANCH":
        out: set[str] = set()
        for alternative in av[1]:
            out |= _first_words(list(alternative) + rest, prefix)
            if len(out) > _MAX_STARTS:
                raise _NoStarts
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] == 1:
        out = _first_words(list(av[2]) + rest, prefix)
        if av[0] == 0:
            out |= _first_words(rest, prefix)
        return out
    raise _NoStarts


def gap(n: int) -> str:
    """Up to ``n`` whole words (``words`` view: single spaces), matched lazily."""
    return rf"(?:\S{{1,40}} ){{0,{n}}}?"


def starts_of(*alternatives: str) -> str:
    """The first words of ``|``-separated alternatives, ``|``-joined (for ``starts=``)."""
    return "|".join(sorted({a.split()[0] for part in alternatives for a in part.split("|")}))


def alt(*words: str) -> str:
    """A non-capturing alternation of ``|``-separated alternatives."""
    return "(?:" + "|".join(w for part in words for w in part.split("|")) + ")"


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
    for length in _PREFIX_LENGTHS:
        try:
            found = _prefixes(list(_re_parser.parse(pattern)), "", length)
        except _TooMany:
            continue
        except Exception:  # noqa: BLE001 - _NoStarts, or a parser of another shape: no prefixes
            return frozenset()
        return _fewest_passes(found)
    return frozenset()


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
    raise _NoStarts


def _stop(prefix: str) -> set[str]:
    if not prefix:
        raise _NoStarts  # the match could begin with anything (or nothing)
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
    except Exception:  # noqa: BLE001 - _NoStarts, or a parser of another shape
        return None


def _expand(items: list) -> set[str]:
    """Every string a sequence of literal items matches (raises _NoStarts past plain literals)."""
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            options = {chr(av)}
        elif name == "IN":
            chars = _class_chars(av)
            if chars is None:
                raise _NoStarts
            options = set(chars)
        elif name == "SUBPATTERN" and not (av[1] or av[2]):
            options = _expand(list(av[-1]))
        elif name == "BRANCH":
            options = set().union(*(_expand(list(alternative)) for alternative in av[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] == 0 and av[1] == 1:
            options = {""} | _expand(list(av[2]))
        else:
            raise _NoStarts
        out = {a + b for a in out for b in options}
        if len(out) > _MAX_PHRASES:
            raise _NoStarts
    return out
