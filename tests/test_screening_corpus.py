"""The evaluation corpus: well-formed, current, and the accuracy targets met on its dev split.

The held-out split is deliberately not asserted on: rules are not tuned against it, and its
figures are reported by ``bench/screening_eval.py`` and in the README (Prompt-injection screening).
Also: the rules run in linear time on arbitrary input (hypothesis, bounded).
"""

from __future__ import annotations

import time
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.screening_eval import evaluate, load
from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.rules import ALL_RULES
from tests.data.make_screening_corpus import rows as generated_rows
from tests.data.train_screening_model import TRAINED_ON

ROWS = load()


def test_corpus_file_is_what_the_generator_writes():
    assert ROWS == generated_rows()


def test_corpus_covers_every_family_language_and_evasion():
    assert len(ROWS) >= 300
    labels = Counter(r["label"] for r in ROWS)
    assert labels["attack"] >= 150 and labels["benign"] >= 140
    families = {r["family"] for r in ROWS if r["label"] == "attack"}
    assert families >= {"override", "override_i18n", "exfiltration", "persona", "delimiters", "tools",
                        "markdown_exfil", "evasion"}
    langs = {r["lang"] for r in ROWS if r["family"] == "override_i18n"}
    assert langs >= {"es", "fr", "de", "pt", "it", "ru", "zh", "ja"}
    evasions = {r["evasion"] for r in ROWS if r["family"] == "evasion"}
    assert evasions >= {"base64", "hex", "url", "rot13", "zero_width", "homoglyph", "leet", "spacing"}
    assert {r["family"] for r in ROWS if r["label"] == "benign"} == {"general", "hard_negative"}
    splits = Counter(r["split"] for r in ROWS)
    # Rounds 1-3 hold out every third prompt; round 4 added dev-only prompts and a separate fresh
    # held-out batch, round 5 a blind batch (fresh2) and training rows for the lexical model
    # (train), rounds 6 and 7 blind batches (fresh3, fresh4, and fresh5 after round 7) and round 7 more training rows
    # (train7), then fresh6 (after the fine-tuned encoder experiment) fresh7 (the combined screener's test), fresh8 and fresh9
    # (fitted in round 8), fresh10 (round 8's blind test, fitted in round 9), fresh11 (round 9's blind test, fitted in
    # round 10), fresh12 (round 10's blind test, fitted in round 14), fresh13 (round 14's blind test, fitted in round 15), fresh14
    # (round 15's blind test, fitted in round 16), fresh15 (round 16's first blind test, fitted in round 17), fresh16
    # (round 16's second blind test, fitted in round 18), fresh17 (round 17's blind test), fresh18 (round 18's), fresh19
    # to fresh22 (stop 23's), fresh23 and fresh24 (stop 25's), so that at least a third of the corpus is never
    # tuned against.
    assert set(splits) == {
        "dev", "train", "train7", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
        "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
        "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
    }
    assert splits["fresh"] >= 60 and splits["fresh2"] >= 300 and splits["fresh10"] >= 500 and splits["fresh11"] >= 500 and splits["fresh12"] >= 500
    assert splits["fresh13"] >= 500 and splits["fresh14"] >= 500 and splits["fresh15"] >= 500
    assert splits["fresh16"] >= 500 and splits["fresh17"] >= 500 and splits["fresh18"] >= 500
    assert splits["fresh19"] >= 500 and splits["fresh20"] >= 500 and splits["fresh21"] >= 500 and splits["fresh22"] >= 500
    assert splits["fresh23"] >= 500 and splits["fresh24"] >= 500
    assert sum(n for split, n in splits.items() if split not in TRAINED_ON) / len(ROWS) >= 1 / 3


def test_dev_split_meets_recall_and_false_positive_targets():
    counts, misses = evaluate([r for r in ROWS if r["split"] == "dev"])
    total = counts[("dev", "TOTAL")]
    assert total.recall is not None and total.recall >= 0.95, [m["text"][:80] for m in misses]
    assert total.fpr is not None and total.fpr <= 0.01, [m["text"][:80] for m in misses]


_SCREENER = HeuristicScreener()
# Text made of the pieces rules are built from, so the fuzzer reaches deep into the patterns.
_PIECES = st.sampled_from(
    ["ignore ", "previous ", "instructions ", "you ", "are ", "now ", "system", "prompt ", "<|", "|>",
     "[inst]", "##", ":", "![", "](", "http://", "?", "=", "{", "}", "a", " ", "  ", "\n", "-", "=",
     "aaaa", "the ", "all ", "your ", "忽略", "指令", "игнорируй ", "%41", "&#65;", "\\x41", "QUFB",
     "\u200b", "\U000e0041", "ı", "1", "0", "@", "mode ", "do ", "anything ", "send ", "to "]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=200, max_size=2000), st.text(max_size=300))
def test_screening_time_is_linear_on_adversarial_input(pieces, noise):
    text = "".join(pieces) + noise
    start = time.perf_counter()
    _SCREENER.check([text])
    elapsed = time.perf_counter() - start
    # ~20 KB at most: linear rules take milliseconds (even on a loaded machine); catastrophic
    # backtracking takes minutes.
    assert elapsed < 2.0, (elapsed, len(text))


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_every_rule_pattern_is_fast_on_random_repetitions(fragment):
    text = (fragment or "a") * (4000 // max(1, len(fragment or "a")))
    for r in ALL_RULES:
        start = time.perf_counter()
        r.pattern.search(text)
        assert time.perf_counter() - start < 0.25, r.id


def test_no_held_out_text_is_also_a_training_or_dev_text():
    """A held-out prompt that also sits in dev or train (the rules' or the model's) would not be
    unseen. Evasion rows are exempt: two evasions of one source normalise alike by design."""
    import re

    def norm(text: str) -> str:
        return re.sub(r"\W+", " ", text.casefold()).strip()

    fitted = {norm(r["text"]) for r in ROWS if r["split"] in TRAINED_ON and r["family"] != "evasion"}
    held = [r["text"][:60] for r in ROWS if r["split"] not in TRAINED_ON and norm(r["text"]) in fitted]
    assert held == []
