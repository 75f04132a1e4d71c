"""Where and how one rule's pattern is run over one view of a text: at its start words, at its
literal prefixes, in windows around its anchors, or over the whole text.

A regex scan costs tens of nanoseconds per character whatever the pattern; ``str.find`` is
C-fast. So a pattern is tried only at the few positions where a match could begin, when those
can be listed (:attr:`Rule.starts`, :attr:`Rule.prefixes`), and long texts are otherwise
searched only near the rule's anchors. Every shortcut finds exactly what ``pattern.search`` over
the whole text finds (``tests/test_screening_generalisation.py`` and
``tests/test_screening_equivalence.py`` check it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat

from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.rules._base import Rule
from proxyify_asgi.screening.rules._index import Chunks, Literals, TextIndex, chunks_of, find_all
from proxyify_asgi.screening.rules._literals import AT_START, bounded_phrases, derived_prefixes

FULL_SCAN_BELOW = 6000
"""Texts up to this length are scanned whole: cheaper than finding windows."""


def search(
    r: Rule,
    text: str,
    needles: Iterable[str],
    starts_at: dict[str, list[int]] | None = None,
    index: TextIndex | None = None,
    at_boundaries: dict[str, list[int]] | None = None,
) -> bool:
    """Whether ``r`` matches ``text``, looking only where a match could begin or lie.

    A regex scan costs tens of nanoseconds per character whatever the pattern; ``str.find`` is
    C-fast. Rules with start words are matched only at those words (``needles`` are then the
    text's words); rules with literal prefixes only where a prefix occurs; long texts are
    otherwise searched only in windows around the ``needles``; short texts are scanned whole.
    ``starts_at``: where each start word occurs in a long ``words`` text
    (:meth:`RuleSet._starts_at`). ``index``: the text's :class:`~._index.TextIndex`, for a
    long text whose strings other rules look for too. ``at_boundaries``: where prefixes of
    rules that begin with ``\\b`` occur at word boundaries, found in one pass for all of them
    (:meth:`RuleSet._boundary_positions`).
    """
    if r.starts:
        if starts_at is not None:
            return any(r.pattern.match(text, at) for word in r.starts for at in starts_at.get(word, ()))
        return match_at_starts(r, text, needles)
    if r.prefixes:
        found = None
        if at_boundaries is not None and r.at_boundary:
            found = _match_at(r.pattern, text, [at_boundaries.get(p, []) for p in r.prefixes])
        if found is None:
            found = match_at_prefixes(r.pattern, r.prefixes, text, index)
        if found is not None:
            return found
    elif r.lead_prefixes:
        found = match_near_prefixes(r, text, index)
        if found is not None:
            return found
    return _scan(r, text, needles, index)


def anchored_match(r: Rule, text: str, index: TextIndex | None = None) -> bool:
    """Whether ``r``'s anchors are in ``text`` and its pattern matches there, the cheaper test
    first: for a rule with few literal prefixes, trying them costs less than looking for its
    anchors, which are then only checked once the pattern has matched. ``index``: the text's
    :class:`~._index.TextIndex` (long texts), where anchors and prefixes are looked up; there
    the anchors come first, as absent ones are answered from the text's vocabulary."""
    if r.prefixes_first and not r.starts and index is None:
        found = match_at_prefixes(r.pattern, r.prefixes, text)
        if found is not None:
            return found and r.anchored_in_text(text)
        return r.anchored_in_text(text) and _scan(r, text, needles(r))  # prefixes too common
    if index is None:
        return r.anchored_in_text(text) and search(r, text, needles(r))
    return index.anchored(r) and search(r, text, index.needles(r), index=index)


def index_for(v: Views, view: str, literals: Literals | None = None) -> TextIndex | None:
    """The :class:`~._index.TextIndex` of one view of ``v`` (``words``, ``plain``, ``lines`` or
    ``squeezed``) when it is long enough for one to pay, else None; built once per views.
    ``literals``: the rule set's strings, found in one automaton pass once that pays (the
    first caller that gives them attaches them)."""
    text = getattr(v, view)
    if len(text) <= FULL_SCAN_BELOW:
        return None
    key = ("index", view)
    index = v.memo.get(key)
    if index is None:
        if view == "words":
            index = TextIndex(text, Chunks(v.tokens), literals)
        elif view in ("plain", "lines"):  # the same chunks: they differ in whitespace only
            chunks = v.memo.get("chunks")
            if chunks is None:
                chunks = v.memo["chunks"] = chunks_of(v.plain)
            index = TextIndex(text, chunks, literals)  # type: ignore[arg-type]
        else:
            index = TextIndex(text, None, literals)  # ``squeezed`` has no whitespace: one chunk
        v.memo[key] = index
    elif index.literals is None:  # type: ignore[union-attr]
        index.literals = literals  # type: ignore[union-attr]
    return index  # type: ignore[return-value]


def _scan(r: Rule, text: str, needles: Iterable[str], index: TextIndex | None = None) -> bool:
    """A full scan of a short text, a scan of the windows around ``needles`` in a long one."""
    size = len(text)
    if size <= FULL_SCAN_BELOW:
        return r.pattern.search(text) is not None
    # A match containing a needle at `at` lies within [at - span, at + len(needle) + span]. The
    # window reaches to at + 2 * (len(needle) + span), so it also covers any occurrence before
    # at + len(needle) + span, and the next occurrence looked at is the first after that. Windows
    # are widened to word boundaries so that `\b` at their edges means what it says.
    span = r.span
    positions: list[tuple[int, int]] = []
    for needle in needles:
        step = len(needle) + span
        if index is None:
            at = text.find(needle)
            while at != -1:
                positions.append((at, at + 2 * step))
                at = text.find(needle, at + step)
            continue
        after = 0
        for at in index.positions(needle):
            if at >= after:
                positions.append((at, at + 2 * step))
                after = at + step
    positions.sort()
    start = end = -1
    for at, stop in positions:
        low, high = max(0, at - span), min(size, stop)
        if low <= end:
            end = max(end, high)
            continue
        if end > 0 and _search_between(r, text, start, end):
            return True
        start, end = low, high
    return end > 0 and _search_between(r, text, start, end)


def _search_between(r: Rule, text: str, low: int, high: int) -> bool:
    # Widen to the nearest space (a word boundary in the ``words`` view), a little at most:
    # the ``squeezed`` view has no spaces.
    space = text.rfind(" ", max(0, low - 64), low)
    low = space + 1 if space != -1 else low
    space = text.find(" ", high, high + 64)
    high = space if space != -1 else high
    return r.pattern.search(text, low, high) is not None


def match_at_starts(r: Rule, text: str, present: Iterable[str]) -> bool:
    """``r.pattern.match`` at each word of ``text`` that is one of the rule's start words.

    ``text`` is a ``words`` view (single spaces), so a whole word is ``" word "``; every pattern
    continues past its first word, so a start word at the very end never matches.
    """
    for word in r.starts.intersection(present):
        if text.startswith(word + " ") and r.pattern.match(text):
            return True
        spaced = f" {word} "
        at = text.find(spaced)
        while at != -1:
            if r.pattern.match(text, at + 1):
                return True
            at = text.find(spaced, at + len(word) + 1)
    return False


def needles(r: Rule) -> frozenset[str]:
    """The strings of the anchor group long texts are searched around."""
    return r.anchors[r.needle_group]


_PREFIX_TRIES_PER_CHAR = 1 / 48
"""Past one try in this many characters, a prefix is common enough (``.``, a newline) that
scanning the text costs less than trying the pattern at each occurrence."""


def match_at_prefixes(
    pattern: re.Pattern[str], prefixes: Iterable[str], text: str, index: TextIndex | None = None
) -> bool | None:
    """Whether ``pattern`` matches somewhere in ``text``, trying it only where one of its
    ``prefixes`` (:func:`~._literals.derived_prefixes`) occurs; None when they occur too often to
    be worth it (the caller then scans). No two prefixes occur at one position (none begins
    another), so no position is tried twice. ``index``: the text's
    :class:`~._index.TextIndex`, where the prefixes' positions are looked up (found once for
    all rules) instead of searched for."""
    budget = 16 + int(len(text) * _PREFIX_TRIES_PER_CHAR)
    if len(text) > FULL_SCAN_BELOW:
        # a common character (`.`, `<`) in a long text: known without trying it
        count = text.count if index is None else index.count
        if sum(count(prefix) for prefix in prefixes if len(prefix) == 1) > budget:
            return None
    match = pattern.match
    for prefix in prefixes:
        if prefix == AT_START:
            if match(text):
                return True
            continue
        if index is not None:
            # the first `budget` occurrences are tried; past them the budget is spent
            at = index.positions(prefix)
            tried = at if len(at) <= budget else at[:budget]
            if any(map(match, repeat(text, len(tried)), tried)):
                return True
            if len(at) > budget:
                return None
            budget -= len(at)
            continue
        at = text.find(prefix)
        while at != -1:
            budget -= 1
            if budget < 0:
                return None
            if match(text, at):
                return True
            at = text.find(prefix, at + 1)
    return False


def _match_at(pattern: re.Pattern[str], text: str, positions: list[list[int]]) -> bool | None:
    """Whether ``pattern`` matches at one of ``positions``; None past one try per 48 characters."""
    if sum(map(len, positions)) > 16 + int(len(text) * _PREFIX_TRIES_PER_CHAR):
        return None
    match = pattern.match
    return any(any(map(match, repeat(text, len(at)), at)) for at in positions)


def match_near_prefixes(r: Rule, text: str, index: TextIndex | None = None) -> bool | None:
    """Whether ``r.pattern`` matches somewhere in ``text``, trying it only up to ``r.lead``
    characters before each occurrence of its :attr:`~._base.Rule.lead_prefixes`; None when they
    occur too often to be worth it (the caller then scans)."""
    budget = 16 + int(len(text) * _PREFIX_TRIES_PER_CHAR)
    match = r.pattern.match
    for prefix in r.lead_prefixes:
        found = index.positions(prefix) if index is not None else find_all(text, prefix)
        budget -= len(found)
        if budget < 0:
            return None
        for at in found:
            if any(map(match, repeat(text, r.lead + 1), range(max(0, at - r.lead), at + 1))):
                return True
    return False


class PrefixedPattern:
    """A regex searched only where its derived literal prefixes occur, when it has any."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.prefixes = derived_prefixes(pattern)

    def search(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text`` (as ``pattern.search`` would)."""
        found = match_at_prefixes(self.pattern, self.prefixes, text) if self.prefixes else None
        return self.pattern.search(text) is not None if found is None else found


class WordPhrases:
    """A ``\\b(?:phrase|phrase|...)\\b`` pattern over a ``words`` view, answered by word lookups.

    When every word of the text consists of word characters only (its ``squeezed`` form is
    alphanumeric: the usual case), ``\\b`` falls exactly between words, so a phrase matches
    exactly when its words occur in a row: a set lookup for a one-word phrase, a substring test
    for a longer one. Otherwise, and for patterns that are not such a list, the regex runs.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        phrases = bounded_phrases(pattern)
        usable = phrases is not None and all(
            p and p[0].isalnum() and p[-1].isalnum() and p == " ".join(p.split()) for p in phrases
        )
        self._single = frozenset(p for p in phrases or () if " " not in p) if usable else None
        self._multi = tuple((p.split(" ", 1)[0], f" {p} ") for p in phrases or () if " " in p)

    def search(self, words: str, tokens: frozenset[str], squeezed: str) -> bool:
        """Whether the pattern matches ``words`` (a ``words`` view with its ``tokens`` and
        ``squeezed`` form), as ``pattern.search`` would."""
        if self._single is None or not squeezed.isalnum():
            return self.pattern.search(words) is not None
        if not self._single.isdisjoint(tokens):
            return True
        spaced = None
        for first, phrase in self._multi:
            if first in tokens:
                spaced = spaced or f" {words} "
                if phrase in spaced:
                    return True
        return False
