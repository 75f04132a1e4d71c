"""Where literal strings occur in one long view of a text, each string looked for once.

In a long text every rule used to look for its own prefixes and anchors with ``str.find``: a
pass through the whole text per string per rule, and rules share many strings (``you``,
``ignore``, ``<``...). A :class:`TextIndex` answers for all the rules over one view: each
string is looked for once per text, and a string without whitespace is first looked for among
the text's distinct chunks (its vocabulary grows much slower than the text), so the many
strings a text does not hold cost a pass through its vocabulary, not through the text.
"""

from __future__ import annotations

from itertools import accumulate
from operator import add

from proxyify_asgi.screening.rules._base import Rule


def chunks_of(text: str) -> str:
    """The distinct whitespace-separated chunks of ``text``, joined by spaces."""
    return " ".join(set(text.split()))


class TextIndex:
    """Occurrences of literal strings in ``text`` (one view of one text), found once each.

    ``chunks``: :func:`chunks_of` the text (or of a view with the same chunks: ``lines`` and
    ``plain`` differ only in whitespace), or None to look in the text itself. A string with no
    whitespace occurs in the text exactly when it occurs in one of its chunks.
    """

    def __init__(self, text: str, chunks: str | None = None) -> None:
        self.text = text
        self._chunks = chunks
        self._present: dict[str, bool] = {}
        self._counts: dict[str, int] = {}
        self._positions: dict[str, list[int]] = {}

    def occurs(self, s: str) -> bool:
        """Whether ``s`` occurs in the text."""
        present = self._present.get(s)
        if present is None:
            if self._chunks is not None and s.split() == [s]:
                present = s in self._chunks
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
            if not s or not self.occurs(s):
                found = []
            elif _overlaps_itself(s):
                found = _find_all(self.text, s)
            else:
                # one C-level split: the k-th occurrence begins after k + 1 pieces and k copies
                parts = self.text.split(s)
                found = list(map(add, accumulate(map(len, parts[:-1])), range(0, len(s) * (len(parts) - 1), len(s))))
            self._positions[s] = found
        return found

    def anchored(self, r: Rule) -> bool:
        """Every anchor group of ``r`` has a string occurring in the text."""
        return all(any(map(self.occurs, group)) for group in r.anchors)

    def needles(self, r: Rule) -> list[str]:
        """The strings of ``r``'s needle group that occur in the text."""
        return [a for a in r.anchors[r.needle_group] if self.occurs(a)]


def _overlaps_itself(s: str) -> bool:
    """Whether two occurrences of ``s`` can overlap (it ends with one of its own beginnings)."""
    return any(s.endswith(s[:k]) for k in range(1, len(s)))


def _find_all(text: str, s: str) -> list[int]:
    out = []
    at = text.find(s)
    while at != -1:
        out.append(at)
        at = text.find(s, at + 1)
    return out
