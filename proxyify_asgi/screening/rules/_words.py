"""Where whole words occur in a ``words`` view (words separated by single spaces).

Rules with start words are tried only where those words begin, and where the word after them
is one their pattern can have there (:attr:`~._base.Rule.followers`). A few words are found
with ``str.find``; more in one pass that splits the text, whose per-occurrence work is one
append of a word index: offsets and next words are then read with C-level ``map`` and
``compress`` for the words that need them.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate, compress
from operator import add

FIND_UP_TO = 8
"""Up to this many distinct words, each word's positions are found with ``str.find``: cheaper
than splitting the text and adding up word lengths, which costs the same for any number."""

_NEXT = (1).__add__


class WordPositions:
    """Where each of the ``wanted`` words begins as a whole word of ``words`` with more text
    after it (every pattern continues past its first word, so a start word at the very end
    never matches)."""

    def __init__(
        self, words: str, wanted: set[str] | frozenset[str], split: tuple[list[str], list[int]] | None = None
    ) -> None:
        """``split``: ``words``' :func:`split_words`, when already made (else made here if needed)."""
        self.split = len(wanted) > FIND_UP_TO
        """The text was split into words (next words are known)."""
        self._positions: dict[str, list[int]] = {}
        self._nexts: dict[str, list[str]] = {}
        if not self.split:
            self._positions = {word: find_word(words, word) for word in wanted}
            self.found = [word for word, at in self._positions.items() if at]
            return
        self._parts, self._lengths = split or split_words(words)
        indices: dict[str, list[int]] = {}
        for k in compress(range(len(self._parts) - 1), map(wanted.__contains__, self._parts)):
            indices.setdefault(self._parts[k], []).append(k)
        self._indices = indices
        self.found = list(indices)
        """The wanted words that occur."""

    def of(self, word: str) -> list[int]:
        """Where ``word`` begins (increasing)."""
        at = self._positions.get(word)
        if at is None:
            indices = self._indices.get(word, [])
            at = self._positions[word] = list(map(add, map(self._lengths.__getitem__, indices), indices))
        return at

    def followed_by(self, word: str, followers: frozenset[str] | None) -> Iterable[int]:
        """Where ``word`` begins with one of ``followers`` right after it (None: any word), in
        increasing order; lazily, so that a caller stopping at the first match reads no more."""
        if followers is None or not self.split:
            return self.of(word)
        nexts = self._nexts.get(word)
        if nexts is None:
            nexts = self._nexts[word] = list(map(self._parts.__getitem__, map(_NEXT, self._indices.get(word, []))))
        return compress(self.of(word), map(followers.__contains__, nexts))

    def as_dict(self) -> dict[str, list[int]]:
        """Every found word's positions."""
        return {word: self.of(word) for word in self.found}


def split_words(words: str) -> tuple[list[str], list[int]]:
    """The words of a ``words`` view and their lengths added up: the k-th word begins at
    ``lengths[k] + k``."""
    parts = words.split(" ")
    return parts, list(accumulate(map(len, parts), initial=0))


def find_word(words: str, word: str) -> list[int]:
    """Where ``word`` begins as a whole word of ``words`` with more text after it (increasing)."""
    out = [0] if words.startswith(word + " ") else []
    spaced = f" {word} "
    at = words.find(spaced)
    while at != -1:
        out.append(at + 1)
        at = words.find(spaced, at + len(word) + 1)
    return out
