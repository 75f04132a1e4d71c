"""The heuristic rules, one module per attack family, and :class:`RuleSet`, which runs them.

Families: ``override`` (English and :mod:`.multilingual`), ``exfiltration``, ``persona``,
``delimiters``, ``tools``, ``markdown_exfil``, ``evasion``. Each rule is a :class:`Rule` with a
weight; see :mod:`._base`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import repeat

from proxyify_asgi.screening.decode import rot13
from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.rules import (
    addressee,
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
from proxyify_asgi.screening.rules._gate import Gate
from proxyify_asgi.screening.rules._index import Literals, TextIndex
from proxyify_asgi.screening.rules._literals import AT_START, trie_pattern
from proxyify_asgi.screening.rules._words import FIND_UP_TO, WordPositions, split_words
from proxyify_asgi.screening.rules._search import FULL_SCAN_BELOW, anchored_match, index_for, needles, search

__all__ = ["ALL_RULES", "FAMILIES", "Rule", "RuleSet", "rule", "search"]

ALL_RULES: tuple[Rule, ...] = (
    override.RULES
    + multilingual.RULES
    + exfiltration.RULES
    + persona.RULES
    + delimiters.RULES
    + tools.RULES
    + markdown.RULES
    + evasion.RULES
    + addressee.RULES
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
        # each view's index finds only the strings of the rules that read that view
        self._literals = {view: Literals.of_rules(r for r in rules if r.view == view) for view in _VIEWS}
        words = tuple(r for r in rules if r.view == "words")
        self._words = words
        # rot13: rotate the anchors once here instead of every text at request time.
        self._rot13_words = _WordsIndex(words, rot13)
        # ``lines`` rules are ``plain`` rules over the text with its line breaks kept.
        plain = [r for r in rules if r.view in ("plain", "lines")]
        # Rules anchored only on non-ASCII text (Russian, Chinese, Japanese) skip ASCII texts,
        # which CPython answers in O(1).
        self._plain_any = tuple(r for r in plain if not _unicode_only(r))
        self._plain_unicode = tuple(r for r in plain if _unicode_only(r))
        self._squeezed = tuple(r for r in rules if r.view == "squeezed")
        # An anchor occurs only where its first character does: the non-Latin rules are gated
        # by the first characters of their anchor groups, all looked up in one pass.
        self._unicode_gate = Gate(
            [((), tuple(frozenset(a[0] for a in group) for group in r.anchors)) for r in self._plain_unicode]
        )
        # One gate for the word anchors of ``words`` rules and the character and word
        # requirements of ``plain`` rules: positions 0..len(words)-1, then the plain rules.
        self._gate = Gate(
            [(r.anchors, ()) for r in words]
            + [(r.words_gate, (r.chars,) if r.chars else ()) for r in self._plain_any]
        )
        tops = self._gate.tops
        self._searched_words = sum(tops[i] for i, r in enumerate(words) if not r.starts)
        self._gated_plain = sum(tops[len(words) :])
        starts_of: dict[str, list[tuple[int, str, Callable[..., object], frozenset[str] | None]]] = {}
        for i, r in enumerate(words):
            followers = dict(r.followers)
            for word in r.starts:
                starts_of.setdefault(word, []).append((i, r.id, r.pattern.match, followers.get(word)))
        self._starts_of = {word: tuple(members) for word, members in starts_of.items()}
        """Each start word's rules: (position in the ``words`` rules, id, its pattern's match,
        the words that can follow the start word in a match or None)."""
        self._start_vocab = frozenset(starts_of)
        self._words_position = {id(r): i for i, r in enumerate(words)}
        self._start_word_tops = {word: sum(tops[m[0]] for m in members) for word, members in starts_of.items()}
        self._with_starts = sum(tops[i] for i, r in enumerate(words) if r.starts)
        # ``words`` rules tried at their prefixes that begin with ``\b``: in a long text, where
        # all their prefixes occur at word boundaries is found in one regex pass (a trie: the
        # engine tries one branch per character), not one ``str.find`` pass per prefix.
        bounded = [r for r in words if not r.starts and r.prefixes and r.at_boundary and AT_START not in r.prefixes]
        strings = sorted({p for r in bounded for p in r.prefixes})
        self._bounded = sum(tops[i] for i, r in enumerate(words) if any(r is b for b in bounded))
        self._at_boundary = re.compile(r"\b(?=(" + trie_pattern(strings) + "))") if strings else None
        self._shorter = {p: tuple(q for q in strings if p.startswith(q)) for p in strings}
        """Each prefix's prefixes among them (all occur where it does)."""

    def _index(self, v: Views, view: str) -> TextIndex | None:
        """The index of one view of ``v`` (long texts only), with this set's strings for it."""
        return index_for(v, view, self._literals[view])

    def hits(self, v: Views) -> dict[str, Rule]:
        """The rules that match, by id (a rule id counts once, whichever view matched it: the
        first in rule order, ``words`` rules before ``plain``, ``lines`` and ``squeezed``)."""
        met = self._gate.met(v.tokens, v.plain)
        found: dict[str, Rule] = {}
        for i in sorted(self._words_matching(v, met)):
            found.setdefault(self._words[i].id, self._words[i])
        plain_met = met & self._gated_plain
        if plain_met:
            first = len(self._words)
            for i in self._gate.positions(plain_met):
                r = self._plain_any[i - first]
                if r.id not in found and anchored_match(r, getattr(v, r.view), self._index(v, r.view)):
                    found[r.id] = r
        if not v.plain.isascii():
            met_unicode = self._unicode_gate.met_by_characters(v.plain)
            self._scan_text([self._plain_unicode[i] for i in self._unicode_gate.positions(met_unicode)], v, found)
        self._scan_text(self._squeezed, v, found)
        return found

    def _words_matching(self, v: Views, met: int) -> set[int]:
        """The positions of the ``words`` rules whose top bits are set in ``met`` that match."""
        matched = self._start_word_hits(v, met)
        at_boundaries = self._boundary_positions(v, met)
        for i in self._gate.positions(met & self._searched_words):
            r = self._words[i]
            if search(r, v.words, needles(r) & v.tokens, index=self._index(v, "words"), at_boundaries=at_boundaries):
                matched.add(i)
        return matched

    def _boundary_positions(self, v: Views, met: int) -> dict[str, list[int]] | None:
        """For a long text where many prefixes of the ``\\b`` rules met are to be found: where
        each prefix of those rules occurs at a word boundary, from one regex pass. None when
        one ``str.find`` pass per prefix costs less."""
        if self._at_boundary is None or len(v.words) <= FULL_SCAN_BELOW:
            return None
        wanted = sum(len(self._words[i].prefixes) for i in self._gate.positions(met & self._bounded))
        if wanted < _ONE_PASS_FROM:
            return None
        found = v.memo.get(self._at_boundary)
        if found is None:
            found = {}
            shorter = self._shorter
            for m in self._at_boundary.finditer(v.words):
                at = m.start()
                for prefix in shorter[m.group(1)]:
                    found.setdefault(prefix, []).append(at)
            v.memo[self._at_boundary] = found
        return found  # type: ignore[return-value]

    def _start_word_hits(self, v: Views, met: int) -> set[int]:
        """The positions of the ``words`` rules with start words that match: each rule whose
        anchors ``met`` says are there is tried at the occurrences of its start words, all found
        in one pass over the text's words."""
        matched: set[int] = set()
        with_starts = met & self._with_starts
        if not with_starts:
            return matched
        met_ids = set(self._gate.positions(with_starts))
        tops = self._start_word_tops
        active = {word for word in self._start_vocab.intersection(v.tokens) if met & tops[word]}
        first_of: dict[str, int] = {}  # each rule id's first matching rule so far
        words = v.words
        positions = WordPositions(words, active, _split(v) if len(active) > FIND_UP_TO else None)
        for word in positions.found:
            at = positions.of(word)
            for i, rule_id, match, followers in self._starts_of[word]:
                # Only the first matching rule of an id counts: later variants need no try.
                if i in met_ids and first_of.get(rule_id, i) >= i and i not in matched:
                    # where the next word is one a match can have there (known in one pass)
                    tried = at if followers is None or not positions.split else positions.followed_by(word, followers)
                    # a C-level loop over the positions, stopping at the first match
                    if any(map(match, repeat(words), tried)):
                        matched.add(i)
                        first_of[rule_id] = i
        return matched

    def rot13_hits(self, v: Views) -> dict[str, Rule]:
        """The ``words`` rules that match the text rotated by rot13 (the anchors were rotated
        instead, so a text is only rotated when some rule could match it)."""
        found: dict[str, Rule] = {}
        candidates = self._rot13_words.candidates(v.tokens)
        if candidates:
            rotated = rot13(v.words)
            # the rotated text's words: its words rotated, in one translation of them all
            rotated_tokens = frozenset(rot13(" ".join(v.tokens)).split())
            starts_at = self._rotated_starts_at(v, rotated_tokens)
            for r, rule_needles in candidates:
                present = rotated_tokens if r.starts else frozenset(map(rot13, rule_needles))
                if r.id not in found and search(r, rotated, present, starts_at):
                    found[r.id] = r
        return found

    def _rotated_starts_at(self, v: Views, rotated_tokens: frozenset[str]) -> dict[str, list[int]] | None:
        """:meth:`_starts_at` of ``v.words`` rotated by rot13, found in ``v.words`` itself: rot13
        keeps every character's place, so a start word occurs in the rotated text exactly where
        its rotation occurs in the text (whose split into words is then made once)."""
        if len(v.words) <= FULL_SCAN_BELOW:
            return None
        back = {rot13(word): word for word in self._start_vocab.intersection(rotated_tokens)}
        positions = WordPositions(v.words, set(back), _split(v) if len(back) > FIND_UP_TO else None)
        return {back[word]: positions.of(word) for word in positions.found}

    def _starts_at(self, words: str, tokens: frozenset[str]) -> dict[str, list[int]] | None:
        """For a long ``words`` text, where each start word of any rule occurs, found once for
        all rules, so that each rule looks its start positions up instead of searching for
        every one of its start words through the whole text. None for short texts, where
        ``str.find`` per word is cheaper."""
        if len(words) <= FULL_SCAN_BELOW:
            return None
        return WordPositions(words, self._start_vocab.intersection(tokens)).as_dict()

    def matching(self, rules: Iterable[Rule], v: Views) -> set[str]:
        """The ids of those of ``rules`` that match ``v`` (anchors checked too)."""
        out: set[str] = set()
        wanted = 0  # the top bits of this set's ``words`` rules among ``rules``
        for r in rules:
            position = self._words_position.get(id(r))
            if position is not None and self._words[position] is r:
                if r.anchored_in_tokens(v.tokens):  # what the gate would say, for a few rules
                    wanted |= self._gate.tops[position]
            elif r.view == "words":
                rule_needles = v.tokens if r.starts else needles(r) & v.tokens
                if r.anchored_in_tokens(v.tokens) and search(r, v.words, rule_needles, index=self._index(v, "words")):
                    out.add(r.id)
            elif anchored_match(r, getattr(v, r.view), self._index(v, r.view)):
                out.add(r.id)
        if wanted:
            out.update(self._words[i].id for i in self._words_matching(v, wanted))
        return out

    def _scan_text(self, rules: Iterable[Rule], v: Views, found: dict[str, Rule]) -> None:
        """Add to ``found`` those of ``rules`` (ungated rules over one view) that match."""
        for r in rules:
            if r.id not in found and anchored_match(r, getattr(v, r.view), self._index(v, r.view)):
                found[r.id] = r


_VIEWS = ("words", "plain", "lines", "squeezed")

_ONE_PASS_FROM = 40
"""Prefixes to find in a long text from which one regex pass for all costs less than a
``str.find`` pass for each (measured: a pass through 1 MB of text costs about a millisecond
either way, the regex about fifty)."""

def _split(v: Views) -> tuple[list[str], list[int]]:
    """``v.words``' :func:`split_words`, made once per views."""
    found = v.memo.get(_SPLIT)
    if found is None:
        found = v.memo[_SPLIT] = split_words(v.words)
    return found  # type: ignore[return-value]


_SPLIT = "split_words"


def _unicode_only(r: Rule) -> bool:
    """True when the rule can only match text with non-ASCII characters."""
    return all(not a.isascii() for group in r.anchors for a in group)
