"""Where literal strings occur in one long view of a text, each string looked for once.

In a long text every rule used to look for its own prefixes and anchors with ``str.find``: a
pass through the whole text per string per rule, and rules share many strings (``you``,
``ignore``, ``<``...). A :class:`TextIndex` answers for all the rules over one view: each
string is looked for once per text, and a string without whitespace is first looked for among
the text's distinct chunks (its vocabulary grows much slower than the text), so the many
strings a text does not hold cost a pass through its vocabulary, not through the text.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule


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
    """

    def __init__(self, text: str, chunks: Chunks | None = None) -> None:
        self.text = text
        self._chunks = chunks
        self._present: dict[str, bool] = {}
        self._counts: dict[str, int] = {}
        self._positions: dict[str, list[int]] = {}

    def occurs(self, s: str) -> bool:
        """Whether ``s`` occurs in the text."""
        present = self._present.get(s)
        if present is None:
            chunks = self._chunks
            if chunks is None or not s:
                present = s in self.text
            elif s.split() == [s]:
                present = s in chunks.joined
            elif "  " not in s and s.split() == [piece for piece in s.split(" ") if piece]:
                present = chunks.may_hold(s) and s in self.text  # spaces its only whitespace
            else:
                present = s in self.text
            self._present[s] = present
        return present

    def count(self, s: str) -> int:
        """``text.count(s)``: non-overlapping occurrences."""
        found = self._counts.get(s)
        if found is None:
            found = self._counts[s] = self.text.count(s) if self.occurs(s) else 0
        return found

    def positions(self, s: str) -> list[int]:
        """Where ``s`` begins in the text, in increasing order (overlapping occurrences too, as
        a ``str.find`` from each position after the last would find them)."""
        found = self._positions.get(s)
        if found is None:
            found = self._positions[s] = find_all(self.text, s) if s and self.occurs(s) else []
        return found

    def anchored(self, r: Rule) -> bool:
        """Every anchor group of ``r`` has a string occurring in the text."""
        return all(any(map(self.occurs, group)) for group in r.anchors)

    def needles(self, r: Rule) -> list[str]:
        """The strings of ``r``'s needle group that occur in the text."""
        return [a for a in r.anchors[r.needle_group] if self.occurs(a)]


def find_all(text: str, s: str) -> list[int]:
    """Every position where ``s`` begins in ``text`` (overlapping occurrences too)."""
    out = []
    at = text.find(s)
    while at != -1:
        out.append(at)
        at = text.find(s, at + 1)
    return out
