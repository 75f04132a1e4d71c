"""Typoglycemia undone: words whose inner letters are shuffled ("ignroe all prevoius
isntructions") read back as the rule words they scramble, and rule words cut in two ("ign ore
prev ious instr uctions") joined.

People (and models) read a word whose first and last letters stand and whose inner letters are
shuffled almost as easily as the word itself, so an attacker can scramble every word the rules
look for. :class:`TypoRepair` keys each rule word of five letters or more by its first letter,
its inner letters sorted and its last letter ("ignore" -> "ignore", "ignroe" -> "ignore"); a word
of the text with the key of a rule word, and not itself a word the screener knows, is read as that
rule word. Where rule words share a key, the one most rules use stands for it; a tie is dropped.

A rule word is joined from two pieces when one of them is not a word the screener knows, the
pieces are a rule word's beginning (three letters or more) and end, and together they make it.

Cost on ordinary text: one set difference of the text's distinct words against the known words
(the rules' and the lexical model's, about 30,000) at C speed, then a key for each of the few
unknown words of five letters or more. Only a text with a repair is screened again (a long one
only around its repairs), and its repaired copy counts only for hits the text itself lacks (like
the other rewrites in :mod:`.deobfuscate`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from proxyify_asgi.screening.normalize import Views

KNOWN_WORDS_FILE = Path(__file__).with_name("data") / "known_words.txt"
"""ASCII words of ordinary text the typo reader never rewrites (the benign prompts of the corpus's
fitted splits; made by ``python -m tests.data.train_screening_model``)."""


@cache
def shipped_known_words() -> frozenset[str]:
    """The words of :data:`KNOWN_WORDS_FILE`, read once per process."""
    return frozenset(KNOWN_WORDS_FILE.read_text(encoding="utf-8").split())

MISSPELLINGS = frozenset({"ansewr", "bboems", "frist", "ignroe", "recieve", "relus", "requried"})
"""Scrambled rule words among the known words (the lexical model learned them from corpus attacks;
a benign prompt misspelt "recieve"): they are not words, so they are not "known" here. The other
known words that share a rule word's key are real words ("there"/"three", "sorted"/"stored",
"reserved"/"reversed", "complaint"/"compliant", "cellar"/"caller", Spanish "sugiere"...) and stay
known; a test lists both kinds, so a retrained model's or a new corpus's are sorted by a person,
not guessed."""

_LOOKS = 8
"""Occurrences of a candidate piece whose neighbour is checked, at most."""
_PIECES = 16
"""Candidate pieces looked up per text, at most (a megabyte of varied text can hold hundreds, each
lookup a pass over it)."""
_MIN_LENGTH = 5
"""Shorter words have at most two inner letters: "form"/"from" would collide, and short words are
not what the rules hang on."""


def _key(word: str) -> str:
    return word[0] + "".join(sorted(word[1:-1])) + word[-1]


def _fix_forms(fixes: dict[str, str]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Each word of ``fixes`` in lower case, capitalised and in capitals (with its repair), and
    one pattern of them all, longest first."""
    forms = {form: right for word, right in fixes.items() for form in (word, word.capitalize(), word.upper())}
    return forms, re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))


def _replace_words(text: str, fixes: dict[str, str]) -> str:
    """``text`` with each whole word of ``fixes`` (lower case) replaced, written in lower case,
    capitalised or in capitals. Literal alternatives, not a case-insensitive ``\b`` pattern: the
    engine skips ahead on their first letters, about three times faster on a megabyte."""
    forms, pattern = _fix_forms(fixes)

    def replace(m: re.Match[str]) -> str:
        start, end = m.span()
        inside_a_word = (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
        return m.group() if inside_a_word else forms[m.group()]

    return pattern.sub(replace, text)


def _join_pattern(head: str, tail: str) -> re.Pattern[str]:
    return re.compile(rf"\b({re.escape(head)})\W+({re.escape(tail)})\b", re.IGNORECASE)


def _apply(text: str, fixes: dict[str, str], joins: set[tuple[str, str]]) -> str:
    """``text`` with ``fixes`` written right and the pieces of ``joins`` joined."""
    repaired = _replace_words(text, fixes) if fixes else text
    for head, tail in joins:
        repaired = _join_pattern(head, tail).sub(lambda m: m.group(1) + m.group(2), repaired)
    return repaired


def _repair_spans(text: str, fixes: dict[str, str], joins: set[tuple[str, str]]) -> list[tuple[int, int]]:
    """Where in ``text`` :func:`_apply` may change something (found as it finds them)."""
    spans = []
    if fixes:
        spans.extend(m.span() for m in _fix_forms(fixes)[1].finditer(text))
    for head, tail in joins:
        spans.extend(m.span() for m in _join_pattern(head, tail).finditer(text))
    return sorted(spans)


def _windows(text: str, spans: list[tuple[int, int]], radius: int) -> list[tuple[int, int]]:
    """``spans`` widened by ``radius`` either side, cut at whitespace (a window never starts or
    ends inside a word, which could make one), overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        low, high = max(0, start - radius), min(len(text), end + radius)
        if low:
            cut = text.find(" ", low, start)
            low = cut + 1 if cut != -1 else start
        if high < len(text):
            cut = text.rfind(" ", end, high)
            high = cut if cut != -1 else end
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


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
        self._known = (frozenset(known_words) - MISSPELLINGS) | self.rule_words
        # the pieces a rule word may be cut into ("ign" and "ore" of "ign ore"): a head of at least
        # three letters and a tail of at least two
        self._heads = frozenset(w[:i] for w in self.rule_words for i in range(3, len(w) - 1))
        self._tails = frozenset(w[i:] for w in self.rule_words for i in range(3, len(w) - 1))

    @classmethod
    def for_rules(cls, anchors: Iterable[Iterable[str]], known_words: Iterable[str]) -> TypoRepair:
        """From the rules' anchor groups (strings of one or more words)."""
        return cls((word for group in anchors for phrase in group for word in phrase.split()), known_words)

    def repaired(self, text: str, v: Views) -> str | None:
        """``text`` (whose views are ``v``) with its scrambled rule words written right and the
        rule words cut in two ("ign ore prev ious") joined, or None when it has neither. (The
        screener reads :meth:`repaired_parts`; this whole-text repair is what they are tested
        against.)"""
        plan = self._plan(v)
        if plan is None:
            return None
        repaired = _apply(text, *plan)
        return repaired if repaired != text else None

    def repaired_parts(self, text: str, v: Views, radius: int) -> list[str]:
        """What :meth:`repaired` gives, as parts to screen: the whole repaired text, or for a
        long text with few repairs the repaired windows reaching ``radius`` characters either
        side of them (cut at whitespace). A long text's repaired copy differs from it only
        there, and screening the whole copy again doubled the time of a megabyte with a
        misspelt "recieve" in it."""
        plan = self._plan(v)
        if plan is None:
            return []
        spans = _repair_spans(text, *plan) if len(text) > 8 * radius else None
        windows = _windows(text, spans, radius) if spans else [(0, len(text))]
        if sum(end - start for start, end in windows) * 2 > len(text):
            windows = [(0, len(text))]
        parts = []
        for start, end in windows:
            part = text[start:end]
            repaired = _apply(part, *plan)
            if repaired != part:
                parts.append(repaired)
        return parts

    def _plan(self, v: Views) -> tuple[dict[str, str], set[tuple[str, str]]] | None:
        """The scrambled words to write right and the (head, tail) pieces to join, or None."""
        unknown = v.tokens - self._known
        if not unknown:
            return None
        fixes = {}
        for word in unknown:
            if len(word) >= _MIN_LENGTH and word.isascii():  # the rule words keyed are ASCII
                right = self._by_key.get(_key(word))
                if right is not None and right != word:
                    fixes[word] = right
        joins = self._joins(v.words, unknown & self._heads, unknown & self._tails)
        return (fixes, joins) if fixes or joins else None

    def _joins(self, words: str, heads: frozenset[str], tails: frozenset[str]) -> set[tuple[str, str]]:
        """The (head, tail) pairs standing side by side in ``words`` (the ``words`` view) that make
        a rule word: each candidate piece's neighbours are looked up by ``str.find`` (at most
        :data:`_LOOKS` occurrences each), so text with no such pair costs a few finds."""
        joins: set[tuple[str, str]] = set()
        if not heads and not tails:
            return joins
        padded = f" {words} "
        candidates = sorted([(h, True) for h in heads] + [(t, False) for t in tails])[:_PIECES]
        for piece, is_head in candidates:
            needle = f" {piece} "
            at = padded.find(needle)
            for _ in range(_LOOKS):
                if at == -1:
                    break
                if is_head:
                    end = padded.find(" ", at + len(needle))
                    pair = (piece, padded[at + len(needle) : end])
                else:
                    pair = (padded[padded.rfind(" ", 0, at) + 1 : at], piece)
                if "".join(pair) in self.rule_words:
                    joins.add(pair)
                    break
                at = padded.find(needle, at + 1)
        return joins
