"""The rule record every family module builds, and the small pattern helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The regex parser is internal to the re package; it is only used to derive speed hints (start
# words, maximum match length). Should it change shape, the hints fall back to their safe
# defaults (no start words, the global maximum span): slower, never wrong.
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Literal

from proxyify_asgi.screening.rules._literals import begins_at_boundary, derived_prefixes, lead_prefixes

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
    followers: tuple[tuple[str, frozenset[str]], ...] = ()
    """For derived :attr:`starts`: each start word with the words that can follow it in a match
    (start words missing here can be followed by anything)."""
    at_boundary: bool = False
    """For a ``words`` rule tried at its prefixes: every match begins at a word boundary (the
    pattern starts with ``\\b``)."""
    lead: int = 0
    lead_prefixes: frozenset[str] = frozenset()
    """For a rule without :attr:`prefixes` whose pattern begins with an element of at most
    ``lead`` characters (a punctuation class, ``(?:^|\\s)``): literal strings of which every
    match has one within ``lead`` characters of its start (:func:`._literals.lead_prefixes`)."""

    def anchored_in_tokens(self, tokens: frozenset[str]) -> bool:
        """True when every anchor group has a word in ``tokens``."""
        return all(not group.isdisjoint(tokens) for group in self.anchors)

    def anchored_in_text(self, text: str) -> bool:
        """True when every anchor group has a string occurring in ``text``."""
        return all(any(anchor in text for anchor in group) for group in self.anchors)


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
    lead, leading = lead_prefixes(pattern) if not prefixes else (0, frozenset())
    first_words = {} if starts else _derived_first_words(view, pattern)
    return Rule(
        id=f"{family}.{name}",
        family=family,
        weight=weight,
        view=view,
        anchors=groups,
        pattern=re.compile(pattern),
        needle_group=max(range(len(groups)), key=lambda i: sum(map(len, groups[i])) / len(groups[i])),
        chars=frozenset(chars),
        starts=frozenset(starts.split("|")) if starts else frozenset(first_words),
        followers=tuple(sorted((word, frozenset(then)) for word, then in first_words.items() if then is not None)),
        span=_span(pattern),
        words_gate=tuple(frozenset(g.split("|")) for g in words_gate.split(" & ")) if words_gate else (),
        group=f"{family}.{group or name}",
        prefixes=prefixes,
        prefixes_first=bool(prefixes) and len(prefixes) <= min(map(len, groups)),
        at_boundary=view == "words" and bool(prefixes) and not starts and not first_words and begins_at_boundary(pattern),
        lead=lead,
        lead_prefixes=leading,
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


def _derived_first_words(view: View, pattern: str) -> dict[str, set[str] | None]:
    """Every first word a ``words`` pattern's match can begin with, when the parser can list
    them all and each is followed by more pattern, each with the words that can come second
    (None: not listed); else empty (the rule is then searched).

    Matching at a few start words costs a ``str.find`` per occurrence; a regex scan costs tens
    of nanoseconds for every character, whatever the pattern.
    """
    if view != "words":
        return {}
    try:
        return _first_pairs(list(_re_parser.parse(pattern)), "")
    except Exception:  # noqa: BLE001 - _NoStarts, or a parser of another shape: no start words
        return {}


def _first_pairs(items: list, prefix: str) -> dict[str, set[str] | None]:
    """:func:`_first_words`, each with the first words of what follows it (None: unlisted)."""
    if not items:
        raise _NoStarts
    op, av = items[0]
    rest = items[1:]
    name = str(op)
    if name == "AT" and av == _re_constants.AT_BOUNDARY:
        return _first_pairs(rest, prefix)
    if name == "LITERAL" and chr(av) != " ":
        return _first_pairs(rest, prefix + chr(av))
    if name == "LITERAL" and prefix:
        try:
            return {prefix: _first_words(rest, "")}
        except _NoStarts:
            return {prefix: None}
    if name == "SUBPATTERN":
        return _first_pairs(list(av[-1]) + rest, prefix)
    alternatives: list[list] = []
    if name == "BRANCH":
        alternatives = [list(alternative) + rest for alternative in av[1]]
    elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] == 1:
        alternatives = [list(av[2]) + rest] + ([rest] if av[0] == 0 else [])
    else:
        raise _NoStarts
    out: dict[str, set[str] | None] = {}
    for alternative in alternatives:
        for word, then in _first_pairs(alternative, prefix).items():
            known = out.get(word, set())
            out[word] = None if then is None or (word in out and known is None) else (known or set()) | then
        if len(out) > _MAX_STARTS:
            raise _NoStarts
    return out


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
