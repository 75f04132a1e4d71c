"""Which rules a text could trigger, decided for all rules at once in a few C-level passes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from itertools import compress
from operator import or_

Requirement = tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]
"""One rule's cheap requirements: groups of words (one of each must be a word of the text) and
groups of characters (one of each must occur in the text)."""


class Gate:
    """The rules whose cheap requirements a text meets, without a Python loop over the rules.

    Each rule owns a block of bits in one integer: one bit per requirement group and a spare top
    bit. A text sets the bits of the groups it meets (an OR per word or character of the text
    that some group names, OR-ed at C level by ``reduce``). Adding a 1 at the bottom of every
    block then carries into a block's top bit exactly when all its group bits are set, and never
    further (the top bit was clear). One addition and one AND answer for every rule.
    """

    def __init__(self, requirements: Sequence[Requirement]) -> None:
        word_masks: dict[str, int] = {}
        char_masks: dict[str, int] = {}
        ones = tops = bit = 0
        self.tops: list[int] = []
        """Each rule's top bit, by position in ``requirements``."""
        self._position: dict[int, int] = {}
        for position, (word_groups, char_groups) in enumerate(requirements):
            groups = [(word_masks, g) for g in word_groups] + [(char_masks, g) for g in char_groups]
            for offset, (masks, group) in enumerate(groups):
                for item in group:
                    masks[item] = masks.get(item, 0) | 1 << (bit + offset)
            ones |= 1 << bit
            top = bit + len(groups)
            tops |= 1 << top
            self.tops.append(1 << top)
            self._position[top + 1] = position  # keyed by the top bit's bit_length()
            bit = top + 1
        self._word_masks = word_masks
        self._words = frozenset(word_masks)
        self._chars = tuple(char_masks)
        self._char_masks = tuple(char_masks.values())
        self._char_set = frozenset(char_masks)
        self._char_mask_of = char_masks
        self._ones = ones
        self._tops = tops

    def met(self, tokens: frozenset[str], text: str) -> int:
        """The top bits of the rules whose requirements ``tokens`` (the text's words) and
        ``text`` meet."""
        bits = reduce(or_, map(self._word_masks.__getitem__, self._words.intersection(tokens)), 0)
        bits = reduce(or_, compress(self._char_masks, [char in text for char in self._chars]), bits)
        return (bits + self._ones) & self._tops

    def met_by_characters(self, text: str) -> int:
        """:meth:`met` for requirements of characters only, each character of ``text`` looked
        up once: for hundreds of characters (the first characters of CJK anchors), one pass
        through the text instead of one per character."""
        bits = reduce(or_, map(self._char_mask_of.__getitem__, self._char_set.intersection(text)), 0)
        return (bits + self._ones) & self._tops

    def positions(self, met: int) -> list[int]:
        """The positions (in ``requirements``) of the rules whose top bits are set in ``met``,
        in increasing order."""
        out = []
        while met:
            low = met & -met
            out.append(self._position[low.bit_length()])
            met ^= low
        return out
