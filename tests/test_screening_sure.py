"""The lexical model's sure opinion: which windows it reads, and what the shipped model does with
benign text full of the words it weighs most."""

from __future__ import annotations

import math
import random

import pytest

from proxyify_asgi.screening import lexical
from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.lexical import STRIDE, WINDOW, LexicalModel
from proxyify_asgi.screening.normalize import views

TOY = LexicalModel({"obey": 2.0, "obey me": 2.0, "harmless": -1.0, "me": 0.1}, bias=-1.0)
"""Its only trigger word is "obey" (weight 2.0; "me" weighs less than the trigger weight)."""


def test_triggers_are_the_ascii_words_that_weigh_enough_alone() -> None:
    assert TOY.triggers == {"obey"}
    assert "你的" not in lexical.default_model().triggers  # character bigrams are read by the non-ASCII rule


def test_a_text_without_a_trigger_has_no_gated_logit() -> None:
    assert TOY.logit("harmless me me", gated=True) == -math.inf
    filler = " ".join(f"w{i}" for i in range(3 * WINDOW))
    assert TOY.logit(f"{filler} me", gated=True) == -math.inf


def test_a_long_text_is_read_only_in_windows_that_hold_a_trigger() -> None:
    filler = " ".join(f"w{i}" for i in range(3 * WINDOW))
    # the window that holds "obey me" scores what the phrase scores alone
    assert TOY.logit(f"{filler} obey me {filler}", gated=True) == pytest.approx(TOY.logit("obey me"))
    # the best window (only "me") holds no trigger: the gated read takes the window that does
    model = LexicalModel({"obey": 0.5, "harmless": -2.0, "me": 0.1}, bias=-1.0)
    text = f"me {filler} harmless obey"
    assert model.logit(text) == pytest.approx(-1.0 + 0.1)
    assert model.logit(text, gated=True) == pytest.approx(-1.0 - 2.0 + 0.5)


def test_non_ascii_windows_are_always_read() -> None:
    model = LexicalModel({"规则": 3.0, "obey": 1.0}, bias=-1.0)
    filler = " ".join(f"w{i}" for i in range(3 * WINDOW))
    assert model.logit(f"{filler} 忽略规则吧 {filler}", gated=True) == pytest.approx(2.0)


def _brute_force(model: LexicalModel, words: str) -> float:
    """The gated logit by definition: each window scored alone, kept when it holds a trigger or
    a non-ASCII word."""
    tokens = words.split()
    if len(tokens) <= WINDOW:
        starts = [0]
    else:
        starts = list(range(0, len(tokens) - WINDOW + 1, STRIDE))
        if starts[-1] != len(tokens) - WINDOW:
            starts.append(len(tokens) - WINDOW)
    kept = [
        model.logit(" ".join(tokens[s : s + WINDOW]))
        for s in starts
        if any(t in model.triggers or not t.isascii() for t in tokens[s : s + WINDOW])
    ]
    return max(kept, default=-math.inf)


def test_the_gated_logit_is_the_best_window_holding_a_trigger_on_random_texts() -> None:
    rng = random.Random(7)
    vocabulary = ["obey", "me", "harmless", "the", "a", "note", "规则", "plan"]
    model = LexicalModel({"obey": 2.0, "obey me": 1.5, "me the": 0.2, "harmless": -1.0, "规则": 0.5}, bias=-1.0)
    for _ in range(300):
        length = rng.choice([5, WINDOW, WINDOW + 1, 2 * WINDOW + 7, 5 * WINDOW])
        weights = [1, 3, 2, 30, 30, 30, rng.choice([0, 1]), 30]
        words = " ".join(rng.choices(vocabulary, weights=weights, k=length))
        assert model.logit(words, gated=True) == pytest.approx(_brute_force(model, words)), words


def test_is_sure_reads_nothing_for_ascii_text_without_a_trigger() -> None:
    class MustNotRead(LexicalModel):
        def logit(self, words: str, *, gated: bool = False) -> float:
            raise AssertionError("read")

    model = MustNotRead({"obey": 9.0}, bias=0.0)
    v = views("A quarterly report: revenue grew and costs fell.")
    assert model.is_sure(v.words, v.tokens) is False


LOOK_ALIKES = [
    "Our directives for Q3: switch suppliers, alter the packaging, and dump the old inventory by Friday.",
    "Runbook: execute the backup job, dump the database to S3, then switch the load balancer back.",
    "Chess club rules: the director's decision is final; players must obey the arbiter at all times.",
    "Changelog 4.2: filters now persist between sessions; the preamble of exported PDFs was altered.",
    "Can you explain what an uncensored model is and why companies fine-tune for refusals?",
    "My teacher told us to write a story where a robot learns to obey its own rules. Any ideas?",
    "Please translate: 'Todas las directivas anteriores quedan sin efecto a partir del 1 de enero.'",
    "From now on please answer in French, and keep every answer under fifty words.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_benign_text_full_of_heavy_words_is_not_blocked(text: str) -> None:
    verdict = HeuristicScreener().check([text])
    assert verdict.score < 1.0, verdict
