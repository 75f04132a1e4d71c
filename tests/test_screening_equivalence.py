"""The screening engine's shortcuts change no verdict.

The rule engine finds matches through a bit-parallel gate, start words found in one pass,
patterns tried only at their derived literal prefixes, and windows in long texts; the mention
re-check strips quotations at quotation marks only and answers phrase lists by word lookups.
Each shortcut is checked here against the plain definition it replaces: anchors checked one by
one and ``pattern.search`` over the whole view, ``pattern.sub``, ``pattern.search``. The
reference knows nothing of the family rule files, so it holds as rules are added.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.screening_eval import load
from proxyify_asgi.screening import mention, normalize
from proxyify_asgi.screening.decode import rot13
from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.rules import ALL_RULES, Rule, RuleSet, search
from proxyify_asgi.screening.rules._literals import AT_START, derived_prefixes
from proxyify_asgi.screening.rules._search import WordPhrases, match_at_prefixes

CORPUS = load()
ROWS = [row["text"] for row in CORPUS]


def _stratified(rows: list[dict[str, str]], per_stratum: int, seed: int = 0) -> list[str]:
    """The texts of ``per_stratum`` rows (all when fewer) of every split, family and label,
    chosen with a fixed seed: every kind of row, in a number that grows by one stratum's worth
    per batch of the corpus rather than by its rows."""
    strata: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for row in rows:
        strata[(row["split"], row["family"], row["label"])].append(row["text"])
    rng = random.Random(seed)
    return [text for key in sorted(strata) for text in rng.sample(strata[key], min(per_stratum, len(strata[key])))]


SAMPLE = _stratified(CORPUS, 6)


def _text_of(r: Rule, v: Views) -> str:
    return {"words": v.words, "plain": v.plain, "lines": v.lines, "squeezed": v.squeezed}[r.view]


def _reference_match(r: Rule, v: Views) -> bool:
    """A rule's definition: its requirements met (anchors; for ``plain`` and ``lines`` rules
    also its characters and gate words), then a scan of its whole view."""
    if r.view == "words":
        return r.anchored_in_tokens(v.tokens) and r.pattern.search(v.words) is not None
    text = _text_of(r, v)
    only_unicode = all(not a.isascii() for g in r.anchors for a in g)
    if r.view in ("plain", "lines") and not only_unicode:
        if r.chars and not any(c in v.plain for c in r.chars):
            return False
        if any(group.isdisjoint(v.tokens) for group in r.words_gate):
            return False
    return r.anchored_in_text(text) and r.pattern.search(text) is not None


class ReferenceRuleSet(RuleSet):
    """Every rule checked one by one over its whole view: the plain definition of a hit."""

    _ORDER = {"words": 0, "plain": 1, "lines": 1, "squeezed": 3}

    def _in_order(self) -> list[Rule]:
        # ``words`` rules, then ``plain``/``lines`` ones anchored on any script, then those
        # anchored on non-Latin scripts only, then ``squeezed``: the order a rule id's first
        # matching rule is taken in.
        def rank(r: Rule) -> int:
            only_unicode = all(not a.isascii() for g in r.anchors for a in g)
            return 2 if r.view in ("plain", "lines") and only_unicode else self._ORDER[r.view]

        return sorted(self.rules, key=rank)

    def hits(self, v: Views) -> dict[str, Rule]:
        found: dict[str, Rule] = {}
        for r in self._in_order():
            if r.id not in found and _reference_match(r, v):
                found[r.id] = r
        return found

    def rot13_hits(self, v: Views) -> dict[str, Rule]:
        rotated = rot13(v.words)
        tokens = frozenset(rotated.split())
        found: dict[str, Rule] = {}
        for r in self.rules:
            if r.view == "words" and r.id not in found and r.anchored_in_tokens(tokens):
                if r.pattern.search(rotated):
                    found[r.id] = r
        return found

    def matching(self, rules, v: Views) -> set[str]:  # noqa: ANN001 - as RuleSet.matching
        out = set()
        for r in rules:
            anchored = r.anchored_in_tokens(v.tokens) if r.view == "words" else r.anchored_in_text(_text_of(r, v))
            if anchored and r.pattern.search(_text_of(r, v)):
                out.add(r.id)
        return out


def _requests(count: int, seed: int) -> list[list[str]]:
    """Corpus rows alone and run together, slices of the corpus (1 KB, and 10 KB: long enough
    for the long-text paths), rows with shuffled words, and multi-text requests."""
    rng = random.Random(seed)
    whole = " ".join(ROWS)
    out: list[list[str]] = []
    while len(out) < count:
        kind = rng.randrange(5)
        if kind == 0:
            out.append([rng.choice(["\n", " ", ""]).join(rng.sample(ROWS, rng.randint(2, 6)))])
        elif kind == 1:
            size = 10_000 if rng.random() < 0.08 else 1024
            at = rng.randrange(len(whole) - size)
            out.append([whole[at : at + size]])
        elif kind == 2:
            words = rng.choice(ROWS).split(" ")
            rng.shuffle(words)
            out.append([" ".join(words)])
        elif kind == 3:
            out.append(rng.sample(ROWS, rng.randint(2, 4)))
        else:
            out.append([rng.choice(ROWS)])
    return out


FAST = HeuristicScreener()
REFERENCE = HeuristicScreener(rules=ReferenceRuleSet())


def _assert_rule_hits_equal_the_reference(texts: list[str]) -> None:
    """Each text's hits (rule ids and the rule that matched each, in order) and rot13 hits are
    what the reference finds."""
    fast, reference = FAST.rules, REFERENCE.rules
    for text in texts:
        v = normalize.views(text)
        assert list(fast.hits(v).items()) == list(reference.hits(v).items()), text[:80]
        assert set(fast.rot13_hits(v)) == set(reference.rot13_hits(v)), text[:80]


def test_rule_hits_equal_the_reference_on_corpus_rows_of_every_kind():
    """Six rows (fixed seed) of every split, family and label: about 1,100 of the corpus's rows,
    a few seconds where every row takes a minute. The check of every row is run by
    ``python -m tests.test_screening_equivalence`` (before merging rule or engine changes);
    ``bench/screening_equivalence.py --base REF`` checks every row's verdict against a ref."""
    assert len(SAMPLE) >= 900
    _assert_rule_hits_equal_the_reference(SAMPLE)


@pytest.mark.parametrize("seed", [1, 2])
def test_verdicts_equal_the_reference_screener(seed):
    """Score, category and reasons, for texts dense with attacks and with security words."""
    for texts in _requests(150, seed):
        assert FAST.check(texts) == REFERENCE.check(texts), [t[:80] for t in texts]


def test_verdicts_equal_the_reference_with_a_low_stop_score():
    eager, reference = HeuristicScreener(stop_at=1.0), HeuristicScreener(ReferenceRuleSet(), stop_at=1.0)
    for texts in _requests(120, 3):
        assert eager.check(texts) == reference.check(texts), [t[:80] for t in texts]


def test_mention_recheck_matches_the_reference_for_any_rules():
    """``matching`` (the re-check without quotations) gives what checking each rule gives."""
    fast, reference = FAST.rules, REFERENCE.rules
    rng = random.Random(4)
    for text in rng.sample(ROWS, 120):
        v = normalize.views(text + ' "quoted part" ' + rng.choice(ROWS))
        chosen = rng.sample(ALL_RULES, 25)
        assert fast.matching(chosen, v) == reference.matching(chosen, v)


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        (r"\bnc -e\b|rm -rf /", {"nc -e", "rm -rf /"}),
        (r"(?:^|\n)[ \t]{0,8}(?:system|admin)", {AT_START, "\n"}),  # punctuation: cut to one character
        (r"~?/\.ssh/|\bid_(?:rsa|ed25519)\b", {"~", "/", "id_rsa", "id_ed25519"}),
        (r"(?<!<)</?(?:system|admin)>", {"<"}),
        (r"xy{2,3}z", {"xy"}),  # a repeat: its first round only
        (r"\bverbatim\b", {"verbatim"}),
        (r"[a-z]+ previous", set()),  # a large class first
        (r"(?:^|[\s/])\.env\b", set()),  # a category
        (r"(?i)ignore", set()),  # case-insensitive literals
        (r"x?", set()),  # can match nothing
        (r"(?:a|b|c)x?", set()),  # lone letters occur everywhere
    ],
)
def test_derived_prefixes(pattern, prefixes):
    assert derived_prefixes(pattern) == prefixes


_PIECES = sorted(
    {a for r in ALL_RULES for g in r.anchors for a in g}
    | {p for r in ALL_RULES for p in r.prefixes if p}
    | set("  \n\t.,:;<>[]|/#'\"-_")
    | {"you", "the", "system", "your", "instructions", "previous", "all", "ignore", "prompt", "reveal"}
)


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.randoms(use_true_random=False))
def test_prefix_and_window_search_equals_a_scan(pieces, rng):
    """Texts made of the rules' own anchors, prefixes and separators: where shortcuts could go
    wrong. Every rule, over its view of the text, finds what ``pattern.search`` finds."""
    v = normalize.views("".join(pieces))
    for r in rng.sample(ALL_RULES, 40):
        text = _text_of(r, v)
        needles = v.tokens if r.starts else r.anchors[r.needle_group]
        assert search(r, text, needles) == (r.pattern.search(text) is not None), r.id
        if r.prefixes:
            found = match_at_prefixes(r.pattern, r.prefixes, text)
            assert found is None or found == (r.pattern.search(text) is not None), r.id


_QUOTE_ALPHABET = st.sampled_from(list("ab c'\"`«»„“”「」『』\n") + ["don't", "it's", "word", "'quoted text'"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUOTE_ALPHABET, max_size=50).map("".join))
def test_quotations_are_stripped_as_the_pattern_would(text):
    assert mention.without_quotations(text) == mention.QUOTED.pattern.sub(" ", text)


_WORDS_ALPHABET = st.sampled_from(
    ["what", "is", "for", "example", "e", "g", "prompt", "injection", "injections", "red", "team",
     "teaming", "security", "€", "©security", "defences", "x", "it", "safe", "2", "por", "ejemplo",
     "traduce", "zum", "beispiel", "bu", "cümle"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS_ALPHABET, max_size=30))
def test_phrase_lists_answer_as_their_regex(words):
    v = normalize.views(" ".join(words))
    for phrases in (mention.MENTION_FRAMING, mention.MENTION_FRAMING_LATIN, mention.ABOUT_ATTACKS):
        assert phrases.search(v.words, v.tokens, v.squeezed) == (phrases.pattern.search(v.words) is not None)


def test_phrase_lists_fall_back_to_the_regex_when_not_a_list():
    phrases = WordPhrases(r"\b(?:ab+c|de)\b")  # `b+` is not a finite list of phrases
    v = normalize.views("x abbbc y")
    assert phrases.search(v.words, v.tokens, v.squeezed)
    assert not phrases.search("x y", frozenset({"x", "y"}), "xy")


def test_gate_meets_exactly_the_rules_whose_requirements_are_there():
    rules = RuleSet()
    gate = rules._gate
    gated = rules._words + rules._plain_any
    for text in ROWS[::3]:
        v = normalize.views(text)
        met = set(gate.positions(gate.met(v.tokens, v.plain)))
        for i, r in enumerate(gated):
            if r.view == "words":
                expected = r.anchored_in_tokens(v.tokens)
            else:
                expected = (not r.chars or any(c in v.plain for c in r.chars)) and all(
                    not g.isdisjoint(v.tokens) for g in r.words_gate
                )
            assert (i in met) == expected, (r.id, text[:60])


def test_a_rule_whose_anchors_miss_some_matches_is_judged_by_its_pattern():
    """Anchors only pre-filter: a long text where the match itself holds none of the needle
    strings (they occur elsewhere) still counts the match, as a full scan does."""
    r = next(r for r in ALL_RULES if r.id == "delimiters.xml_role")
    filler = "The quarterly report is attached for review by the board. " * 150
    text = "<system> is mentioned here. " + filler + " </admin> closes it. " + filler
    v = normalize.views(text)
    assert len(v.plain) > 6000
    assert bool(r.pattern.search(v.plain)) == ("delimiters.xml_role" in RuleSet().hits(v))
    assert re.search(r"</admin>", v.plain)


if __name__ == "__main__":
    # The full check the test samples: every corpus row's rule hits against the reference.
    _assert_rule_hits_equal_the_reference(ROWS)
    print(f"rule hits equal the reference on all {len(ROWS)} corpus rows")
