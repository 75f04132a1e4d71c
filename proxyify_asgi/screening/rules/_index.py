"""Where literal strings occur in one long view of a text, each string looked for once.

In a long text every rule used to look for its own prefixes and anchors with ``str.find``: a
pass through the whole text per string per rule, and rules share many strings (``you``,
``ignore``, ``<``...). A :class:`TextIndex` answers for all the rules over one view: each
string is looked for once per text, and a string without whitespace is first looked for among
the text's distinct chunks (its vocabulary grows much slower than the text), so the many
strings a text does not hold cost a pass through its vocabulary, not through the text.

Text dense with the rules' vocabulary (security reports, red-team logs) still asks for hundreds
of strings, a pass each. Once the passes spent reach :data:`AUTOMATON_AFTER`, the index finds
every literal string of the rule set at once, in one pass of an Aho-Corasick automaton
(:class:`Literals`, pyahocorasick: C, linear in the text plus the occurrences found), and
answers every later question about those strings from it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate

import ahocorasick

from proxyify_asgi.screening.rules._base import Rule

AUTOMATON_AFTER = 40.0
"""Passes through the text after which the rest is found in one automaton pass. Measured on
1 MB: a ``str.find`` pass costs 0.6 to 2 ms, the automaton pass over every rule string 50 to
80 ms, so switching here costs at most about twice the cheaper choice."""


AUTOMATON_MIN_LENGTH = 4
"""Shorter strings (``e``, ``th``, ``the``: derived prefixes and word fragments) occur tens of
thousands of times per megabyte; reporting them all made the automaton pass four times slower
(1 MB of security text: 230 ms with them, 64 ms without). They keep one pass each."""


class Literals:
    """Every literal string a rule set looks for (anchors, prefixes), in one automaton."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = frozenset(s for s in strings if s)
        self._automaton = ahocorasick.Automaton()
        for s in self.strings:
            self._automaton.add_word(s, (s, len(s) - 1))
        if self.strings:
            self._automaton.make_automaton()

    def positions(self, text: str) -> dict[str, list[int]]:
        """Where each of the strings begins in ``text`` (overlapping occurrences too, in
        increasing order); strings that do not occur are absent."""
        found: dict[str, list[int]] = {}
        if not self.strings:
            return found
        for end, (s, back) in self._automaton.iter(text):
            at = found.get(s)
            if at is None:
                found[s] = [end - back]
            else:
                at.append(end - back)
        return found

    @classmethod
    def of_rules(cls, rules: Iterable[Rule]) -> Literals:
        """The strings ``rules`` look for in long texts (anchors, prefixes, lead prefixes) of
        at least :data:`AUTOMATON_MIN_LENGTH` characters."""
        strings: set[str] = set()
        for r in rules:
            strings.update(a for group in r.anchors for a in group)
            strings.update(r.prefixes)
            strings.update(r.lead_prefixes)
        return cls(s for s in strings if len(s) >= AUTOMATON_MIN_LENGTH)


FOREIGN_PAD = 12
"""Characters kept on each side of a run of non-ASCII characters in :class:`Foreign`: strings up
to this long containing a non-ASCII character are found there."""

_GAP = "\x00"


@cache
def _clusters(pad: int) -> re.Pattern[str]:
    """Runs of non-ASCII characters fewer than ``2 * pad`` ASCII characters apart, as one match
    (their padded parts would overlap). Linear: the two classes are disjoint, so a text has one
    parse, and a failed continuation gives back at most ``2 * pad`` characters."""
    return re.compile(r"[^\x00-\x7f]+(?:[\x00-\x7f]{1,%d}[^\x00-\x7f]+)*" % (2 * pad))


class Foreign:
    """The parts of a mostly-ASCII text around its non-ASCII characters, joined by NUL.

    A string holding a non-ASCII character (the non-Latin rules' anchors, accented words) can
    only occur where one is: within :data:`FOREIGN_PAD` characters of a non-ASCII run. Looking
    for it in these parts instead of the whole text costs a pass over a tenth of it or less
    in English-heavy text. A string of at most :data:`FOREIGN_PAD` characters without NUL found
    here is an occurrence in the text (no occurrence spans two parts) and every occurrence is
    found (each lies within its run's part)."""

    def __init__(self, text: str) -> None:
        self._pad = pad = FOREIGN_PAD
        spans = [(max(0, m.start() - pad), min(len(text), m.end() + pad)) for m in _clusters(pad).finditer(text)]
        self.joined = _GAP.join(text[low:high] for low, high in spans)
        self._offsets = [low for low, _ in spans]  # where each part begins in the text
        self._starts = list(accumulate((high - low + 1 for low, high in spans[:-1]), initial=0))
        """Where each part begins in ``joined``."""

    def holds(self, s: str) -> bool:
        """Whether :meth:`positions` and ``in`` answer for ``s`` exactly."""
        return not s.isascii() and len(s) <= self._pad and _GAP not in s

    def positions(self, s: str) -> list[int]:
        """Where ``s`` (one :meth:`holds` answers for) begins in the text, increasing."""
        starts, offsets = self._starts, self._offsets
        return [at - starts[k] + offsets[k] for at in find_all(self.joined, s) for k in (bisect_right(starts, at) - 1,)]


class Chunks:
    """The distinct whitespace-separated chunks of a text: a set, and joined by spaces."""

    def __init__(self, distinct: frozenset[str] | set[str]) -> None:
        self.distinct = distinct
        self.joined = " " + " ".join(distinct) + " "
        """Every chunk between two spaces: a string without whitespace occurs in the text
        exactly when it occurs here, ``s + " "`` when a chunk ends with ``s``, ``" " + s``
        when one begins with it."""

    def may_hold(self, s: str) -> bool:
        """False when ``s`` (a string with single spaces, no other whitespace) cannot occur in
        the text: its first piece must end a chunk, its last begin one, the others be chunks."""
        pieces = s.split(" ")
        first, *middle, last = pieces
        return (
            (not first or first + " " in self.joined)
            and (not last or " " + last in self.joined)
            and all(piece in self.distinct for piece in middle)
        )


def chunks_of(text: str) -> Chunks:
    """The :class:`Chunks` of ``text``."""
    return Chunks(set(text.split()))


class TextIndex:
    """Occurrences of literal strings in ``text`` (one view of one text), found once each.

    ``chunks``: the text's :class:`Chunks` (or those of a view with the same chunks: ``lines``
    and ``plain`` differ only in whitespace), or None to look in the text itself. A string with
    no whitespace occurs in the text exactly when it occurs in one of its chunks.
    ``literals``: the rule set's strings, all found in one pass once single passes cost more
    (:data:`AUTOMATON_AFTER`); None: always one pass per string.
    """

    def __init__(self, text: str, chunks: Chunks | None = None, literals: Literals | None = None) -> None:
        self.text = text
        self._chunks = chunks
        self.literals = literals
        self._present: dict[str, bool] = {}
        self._counts: dict[str, int] = {}
        self._positions: dict[str, list[int]] = {}
        self._passes = 0.0
        self._vocabulary_pass = len(chunks.joined) / max(1, len(text)) if chunks is not None else 1.0
        self._everything: dict[str, list[int]] | None = None
        self._foreign: Foreign | None | bool = None  # False: not worth it for this text

    def _all_found(self, s: str) -> dict[str, list[int]] | None:
        """Every rule string's positions when the automaton pass was made (or is due now) and
        ``s`` is one of them; else None."""
        if self.literals is None or s not in self.literals.strings:
            return None
        if self._everything is None and self._passes >= AUTOMATON_AFTER:
            self._everything = self.literals.positions(self.text)
        return self._everything

    def occurs(self, s: str) -> bool:
        """Whether ``s`` occurs in the text."""
        present = self._present.get(s)
        if present is None:
            everything = self._all_found(s)
            chunks = self._chunks
            foreign = self._foreign_for(s) if everything is None else None
            if everything is not None:
                present = s in everything
            elif foreign is not None:
                present = s in foreign.joined
                self._passes += len(foreign.joined) / max(1, len(self.text))
            elif chunks is None or not s:
                present = s in self.text
                self._passes += 1
            elif s.split() == [s]:
                present = s in chunks.joined
                self._passes += self._vocabulary_pass
            elif "  " not in s and s.split() == [piece for piece in s.split(" ") if piece]:
                present = chunks.may_hold(s) and s in self.text  # spaces its only whitespace
                self._passes += 1
            else:
                present = s in self.text
                self._passes += 1
            self._present[s] = present
        return present

    def count(self, s: str) -> int:
        """``text.count(s)``: non-overlapping occurrences."""
        found = self._counts.get(s)
        if found is None:
            if not self.occurs(s):
                found = 0
            elif self._all_found(s) is not None:
                found = _non_overlapping(self.positions(s), len(s))
            else:
                found = self.text.count(s)
                self._passes += 1
            self._counts[s] = found
        return found

    def positions(self, s: str) -> list[int]:
        """Where ``s`` begins in the text, in increasing order (overlapping occurrences too, as
        a ``str.find`` from each position after the last would find them)."""
        found = self._positions.get(s)
        if found is None:
            if not s or not self.occurs(s):
                found = []
            else:
                everything = self._all_found(s)
                foreign = self._foreign_for(s) if everything is None else None
                if everything is not None:
                    found = everything.get(s, [])
                elif foreign is not None:
                    found = foreign.positions(s)
                    self._passes += len(foreign.joined) / max(1, len(self.text))
                else:
                    found = find_all(self.text, s)
                    self._passes += 1
            self._positions[s] = found
        return found

    def _foreign_for(self, s: str) -> Foreign | None:
        """The text's :class:`Foreign` parts when they answer for ``s`` and are under half the
        text (made on the first non-ASCII string asked for); else None."""
        if s.isascii():
            return None
        if self._foreign is None:
            foreign = Foreign(self.text)
            self._foreign = foreign if len(foreign.joined) < len(self.text) // 2 else False
        foreign = self._foreign
        return foreign if foreign and foreign.holds(s) else None  # type: ignore[return-value]

    def anchored(self, r: Rule) -> bool:
        """Every anchor group of ``r`` has a string occurring in the text."""
        return all(any(map(self.occurs, group)) for group in r.anchors)

    def needles(self, r: Rule) -> list[str]:
        """The strings of ``r``'s needle group that occur in the text."""
        return [a for a in r.anchors[r.needle_group] if self.occurs(a)]


def _non_overlapping(positions: list[int], length: int) -> int:
    """How many of ``positions`` (increasing) ``str.count`` counts: each after the last's end."""
    count, free = 0, 0
    for at in positions:
        if at >= free:
            count += 1
            free = at + length
    return count


def find_all(text: str, s: str) -> list[int]:
    """Every position where ``s`` begins in ``text`` (overlapping occurrences too)."""
    literal = _literal_pattern(s) if len(text) > _REGEX_FROM else None
    if literal is not None:
        # occurrences of a string no prefix of which ends it cannot overlap: the engine's
        # non-overlapping scan finds them all, about 1.5 times faster than a find per occurrence
        return list(map(_START, literal.finditer(text)))
    out = []
    at = text.find(s)
    while at != -1:
        out.append(at)
        at = text.find(s, at + 1)
    return out


_REGEX_FROM = 50_000
"""Texts from this length have their occurrences of a string found by a regex scan (compiling
one costs tens of microseconds, a scan of 1 MB about 1 ms)."""

_START = re.Match.start


@lru_cache(maxsize=4096)
def _literal_pattern(s: str) -> re.Pattern[str] | None:
    """``s`` as a compiled literal pattern, or None when two of its occurrences can overlap (a
    proper prefix of it is also its suffix, as in ``aba``)."""
    if not s or any(s.endswith(s[:k]) for k in range(1, len(s))):
        return None
    return re.compile(re.escape(s))
