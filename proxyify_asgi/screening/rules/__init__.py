"""The heuristic rules, one module per attack family, and :class:`RuleSet`, which runs them.

Families: ``override`` (English and :mod:`.multilingual`), ``exfiltration``, ``persona``,
``delimiters``, ``tools``, ``markdown_exfil``, ``evasion``. Each rule is a :class:`Rule` with a
weight; see :mod:`._base`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import accumulate, compress

from proxyify_asgi.screening.decode import rot13
from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.rules import (
    delimiters,
    evasion,
    exfiltration,
    markdown,
    multilingual,
    override,
    persona,
    tools,
)
from proxyify_asgi.screening.rules._base import Rule, rule

__all__ = ["ALL_RULES", "FAMILIES", "Rule", "RuleSet", "rule"]

_PLUS_ONE = (1).__add__  # a word's length plus its separating space

ALL_RULES: tuple[Rule, ...] = (
    override.RULES
    + multilingual.RULES
    + exfiltration.RULES
    + persona.RULES
    + delimiters.RULES
    + tools.RULES
    + markdown.RULES
    + evasion.RULES
)
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(r.family for r in ALL_RULES))


class _WordsIndex:
    """``words`` rules indexed by the words of their needle group (their rarest-looking group).

    One C-level set intersection finds the few rules a text could trigger; only those have their
    other anchor groups checked and their pattern run.
    """

    def __init__(self, rules: tuple[Rule, ...], transform: Callable[[str], str] | None = None) -> None:
        self.rules = rules
        self.anchors = tuple(
            tuple(frozenset(map(transform, g)) if transform else g for g in r.anchors) for r in rules
        )
        index: dict[str, list[int]] = {}
        for i, groups in enumerate(self.anchors):
            for word in groups[rules[i].needle_group]:
                index.setdefault(word, []).append(i)
        self.index = {word: tuple(ids) for word, ids in index.items()}
        self.keys = frozenset(index)

    def candidates(self, tokens: frozenset[str]) -> list[tuple[Rule, frozenset[str]]]:
        """The rules all of whose anchor groups meet ``tokens``, in rule order, each with the
        words of its needle group that occur (a match lies around one of them)."""
        present = self.keys.intersection(tokens)
        if not present:
            return []
        out = []
        for i in sorted({i for word in present for i in self.index[word]}):
            groups = self.anchors[i]
            if all(not group.isdisjoint(tokens) for group in groups):
                out.append((self.rules[i], groups[self.rules[i].needle_group] & present))
        return out


class RuleSet:
    """A fixed set of rules, grouped by view and pre-filter once, run against :class:`Views`."""

    def __init__(self, rules: Iterable[Rule] = ALL_RULES) -> None:
        rules = tuple(rules)
        self.rules = rules
        words = tuple(r for r in rules if r.view == "words")
        self._words = _WordsIndex(words)
        # rot13: rotate the anchors once here instead of every text at request time.
        self._rot13_words = _WordsIndex(words, rot13)
        # ``lines`` rules are ``plain`` rules over the text with its line breaks kept.
        plain = [r for r in rules if r.view in ("plain", "lines")]
        # Rules anchored only on non-ASCII text (Russian, Chinese, Japanese) skip ASCII texts,
        # which CPython answers in O(1).
        self._plain_any = tuple(r for r in plain if not _unicode_only(r))
        self._plain_unicode = tuple(r for r in plain if _unicode_only(r))
        self._squeezed = tuple(r for r in rules if r.view == "squeezed")
        self._key_chars = "".join(sorted({c for r in plain for c in r.chars}))
        self._start_vocab = frozenset().union(*(r.starts for r in words))

    def hits(self, v: Views) -> dict[str, Rule]:
        """The rules that match, by id (a rule id counts once, whichever view matched it)."""
        found: dict[str, Rule] = {}
        candidates = self._words.candidates(v.tokens)
        starts_at = self._starts_at(v.words, v.tokens) if candidates else None
        for r, needles in candidates:
            if r.id not in found and search(r, v.words, v.tokens if r.starts else needles, starts_at):
                found[r.id] = r
        present = frozenset(c for c in self._key_chars if c in v.plain)
        occurs = _Occurrences(v.plain)
        for r in self._plain_any:
            if r.chars and r.chars.isdisjoint(present):
                continue
            if r.words_gate and any(group.isdisjoint(v.tokens) for group in r.words_gate):
                continue
            text = v.lines if r.view == "lines" else v.plain
            if r.id not in found and occurs.anchored(r, text):
                if search(r, text, occurs.needles(r, text)):
                    found[r.id] = r
        if not v.plain.isascii():
            self._scan_text(self._plain_unicode, v.plain, found)
        self._scan_text(self._squeezed, v.squeezed, found)
        return found

    def rot13_hits(self, v: Views) -> dict[str, Rule]:
        """The ``words`` rules that match the text rotated by rot13 (the anchors were rotated
        instead, so a text is only rotated when some rule could match it)."""
        found: dict[str, Rule] = {}
        candidates = self._rot13_words.candidates(v.tokens)
        if candidates:
            rotated = rot13(v.words)
            starts_at = self._starts_at(rotated, frozenset(map(rot13, v.tokens)))
            rotated_tokens: frozenset[str] | None = None
            for r, needles in candidates:
                if r.starts and rotated_tokens is None:
                    rotated_tokens = frozenset(rotated.split())
                present = rotated_tokens if r.starts else frozenset(map(rot13, needles))
                if r.id not in found and search(r, rotated, present, starts_at):
                    found[r.id] = r
        return found

    def _starts_at(self, words: str, tokens: frozenset[str]) -> dict[str, list[int]] | None:
        """For a long ``words`` text, where each start word of any rule occurs, found once for
        all rules, so that each rule looks its start positions up instead of searching for
        every one of its start words through the whole text. None for short texts, where
        ``str.find`` per rule is cheaper."""
        if len(words) <= _FULL_SCAN_BELOW:
            return None
        vocab = self._start_vocab.intersection(tokens)
        parts = words.split(" ")
        # Word offsets and the indices of start words, with C-level iteration only
        # (accumulate, map, compress); the Python loop runs over the start words found.
        offsets = list(accumulate(map(_PLUS_ONE, map(len, parts)), initial=0))
        out: dict[str, list[int]] = {}
        for i in compress(range(len(parts)), map(vocab.__contains__, parts)):
            out.setdefault(parts[i], []).append(offsets[i])
        return out

    def matching(self, rules: Iterable[Rule], v: Views) -> set[str]:
        """The ids of those of ``rules`` that match ``v`` (anchors checked first)."""
        out: set[str] = set()
        for r in rules:
            if r.view == "words":
                needles = v.tokens if r.starts else _needles(r) & v.tokens
                ok = r.anchored_in_tokens(v.tokens) and search(r, v.words, needles)
            else:
                text = {"plain": v.plain, "lines": v.lines}.get(r.view, v.squeezed)
                ok = r.anchored_in_text(text) and search(r, text, _needles(r))
            if ok:
                out.add(r.id)
        return out

    @staticmethod
    def _scan_text(rules: tuple[Rule, ...], text: str, found: dict[str, Rule]) -> None:
        for r in rules:
            if r.id not in found and r.anchored_in_text(text) and search(r, text, _needles(r)):
                found[r.id] = r


_FULL_SCAN_BELOW = 6000
"""Texts up to this length are scanned whole: cheaper than finding windows."""


class _Occurrences:
    """Whether anchor strings occur in a ``plain`` text (or its ``lines`` form: the same
    whitespace-separated chunks). For a long text, an anchor without spaces is looked for in
    the text's distinct chunks joined, not in the text: a text's vocabulary grows much slower
    than the text, and a dozen rules each testing a dozen absent anchors would otherwise scan a
    megabyte a hundred times."""

    def __init__(self, plain: str) -> None:
        self._vocabulary = " ".join(set(plain.split())) if len(plain) > _FULL_SCAN_BELOW else None

    def occurs(self, anchor: str, text: str) -> bool:
        if self._vocabulary is None or " " in anchor:
            return anchor in text
        return anchor in self._vocabulary

    def anchored(self, r: Rule, text: str) -> bool:
        """Every anchor group of ``r`` has a string occurring in ``text``."""
        return all(any(self.occurs(a, text) for a in group) for group in r.anchors)

    def needles(self, r: Rule, text: str) -> list[str]:
        """The rule's needle strings that occur in ``text`` (absent ones cost a full scan each)."""
        return [a for a in _needles(r) if self.occurs(a, text)]


def search(
    r: Rule, text: str, needles: Iterable[str], starts_at: dict[str, list[int]] | None = None
) -> bool:
    """Whether ``r`` matches ``text``, looking only where ``needles`` occur.

    A regex scan costs tens of nanoseconds per character whatever the pattern; ``str.find`` is
    C-fast. Rules with start words are matched only at those words (``needles`` are then the
    text's words); long texts are searched only in windows around the needles; short texts
    without start words are scanned whole. ``starts_at``: where each start word occurs in a
    long ``words`` text (:meth:`RuleSet._starts_at`).
    """
    if r.starts:
        if starts_at is not None:
            return any(r.pattern.match(text, at) for word in r.starts for at in starts_at.get(word, ()))
        return _match_at_starts(r, text, needles)
    size = len(text)
    if size <= _FULL_SCAN_BELOW:
        return r.pattern.search(text) is not None
    # A match containing a needle at `at` lies within [at - span, at + len(needle) + span]. The
    # window reaches to at + 2 * (len(needle) + span), so it also covers any occurrence before
    # at + len(needle) + span, and the next find starts there. Windows are widened to word
    # boundaries so that `\b` at their edges means what it says.
    span = r.span
    positions: list[tuple[int, int]] = []
    for needle in needles:
        step = len(needle) + span
        at = text.find(needle)
        while at != -1:
            positions.append((at, at + 2 * step))
            at = text.find(needle, at + step)
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


def _match_at_starts(r: Rule, text: str, present: Iterable[str]) -> bool:
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


def _needles(r: Rule) -> frozenset[str]:
    return r.anchors[r.needle_group]


def _unicode_only(r: Rule) -> bool:
    """True when the rule can only match text with non-ASCII characters."""
    return all(not a.isascii() for group in r.anchors for a in group)
