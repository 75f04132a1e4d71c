"""Typoglycemia undone: words whose inner letters are shuffled ("ignroe all prevoius
isntructions") read back as the rule words they scramble.

People (and models) read a word whose first and last letters stand and whose inner letters are
shuffled almost as easily as the word itself, so an attacker can scramble every word the rules
look for. :class:`TypoRepair` keys each rule word of five letters or more by its first letter,
its inner letters sorted and its last letter ("ignore" -> "ignore", "ignroe" -> "ignore"); a word
of the text with the key of a rule word, and not itself a word the screener knows, is read as that
rule word. Where rule words share a key, the one most rules use stands for it; a tie is dropped.

Cost on ordinary text: one set difference of the text's distinct words against the known words
(the rules' and the lexical model's, about 30,000) at C speed, then a key for each of the few
unknown words of five letters or more. Only a text with a repair is screened again, and its
repaired copy counts only for hits the text itself lacks (like the other rewrites in
:mod:`.deobfuscate`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

LEARNED_MISSPELLINGS = frozenset({"ansewr", "frist", "ignroe", "relus", "requried"})
"""Scrambled rule words the lexical model learned from corpus attacks: they are in its vocabulary,
but they are not words, so they are not "known" here. The other words of its vocabulary that
share a rule word's key are real words ("there"/"three", "sorted"/"stored", "reserved"/
"reversed", "complaint"/"compliant", Spanish "sugiere"...) and stay known; a test lists both
kinds, so a retrained model's new ones are sorted by a person, not guessed."""

_MIN_LENGTH = 5
"""Shorter words have at most two inner letters: "form"/"from" would collide, and short words are
not what the rules hang on."""


def _key(word: str) -> str:
    return word[0] + "".join(sorted(word[1:-1])) + word[-1]


class TypoRepair:
    """Reads scrambled rule words back (see the module docstring)."""

    def __init__(self, rule_words: Iterable[str], known_words: Iterable[str]) -> None:
        """``rule_words``: the words the rules look for; ``known_words``: every word the screener
        knows (never repaired, though its key may match a rule word's)."""
        uses = Counter(w for w in rule_words if len(w) >= _MIN_LENGTH and w.isascii() and w.isalpha())
        by_key: dict[str, list[str]] = {}
        for word in sorted(uses, key=lambda w: (-uses[w], w)):
            by_key.setdefault(_key(word), []).append(word)
        # Rule words sharing a key are mostly one word's spellings ("instructions" and the rules'
        # own "isntructions"): the one most rules use stands for them. A tie is a guess: dropped.
        self._by_key = {
            key: words[0] for key, words in by_key.items() if len(words) == 1 or uses[words[0]] > uses[words[1]]
        }
        self.rule_words = frozenset(uses)
        self._known = (frozenset(known_words) - LEARNED_MISSPELLINGS) | self.rule_words

    @classmethod
    def for_rules(cls, anchors: Iterable[Iterable[str]], known_words: Iterable[str]) -> TypoRepair:
        """From the rules' anchor groups (strings of one or more words)."""
        return cls((word for group in anchors for phrase in group for word in phrase.split()), known_words)

    def repaired(self, text: str, tokens: frozenset[str]) -> str | None:
        """``text`` with its scrambled rule words written right, or None when it has none."""
        fixes = {}
        for word in tokens - self._known:
            if len(word) >= _MIN_LENGTH:
                right = self._by_key.get(_key(word))
                if right is not None and right != word:
                    fixes[word] = right
        if not fixes:
            return None
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, fixes)) + r")\b", re.IGNORECASE)
        repaired = pattern.sub(lambda m: fixes.get(m.group().casefold(), m.group()), text)
        return repaired if repaired != text else None
