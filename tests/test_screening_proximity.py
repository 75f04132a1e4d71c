"""In long texts, weak signals add up only when they are near each other."""

from __future__ import annotations

import base64

from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.lexical import LexicalModel
from proxyify_asgi.screening.proximity import WINDOW
from proxyify_asgi.screening.rules import RuleSet, rule

# Two weak signals of their own, so the test does not depend on the shipped rules' wording.
RULES = RuleSet([
    rule("toy", "first", 0.5, "words", "marmalade", r"\bmarmalade sandwich\b"),
    rule("toy", "second", 0.5, "words", "umbrella", r"\bumbrella stand\b"),
])
FILLER = "The committee reviewed the budget and agreed to meet again next quarter. "


def screener(**options) -> HeuristicScreener:
    return HeuristicScreener(RULES, second_opinion=options.pop("second_opinion", False), **options)


def pages(n_chars: int) -> str:
    return FILLER * (n_chars // len(FILLER) + 1)


def test_two_weak_signals_in_one_paragraph_of_a_long_text_block():
    text = pages(20_000) + "A marmalade sandwich by the umbrella stand. " + pages(20_000)
    verdict = screener().check([text])
    assert verdict.score == 1.0
    assert set(verdict.reasons) == {"toy.first", "toy.second"}


def test_the_same_signals_pages_apart_do_not_add_up():
    text = "A marmalade sandwich. " + pages(3 * WINDOW) + " The umbrella stand."
    verdict = screener().check([text])
    assert verdict.score == 0.5


def test_a_short_text_is_one_window():
    text = "A marmalade sandwich. " + pages(WINDOW // 2) + " The umbrella stand."
    assert len(text) <= WINDOW
    assert screener().check([text]).score == 1.0


def test_separate_messages_still_add_up():
    # Splitting an attack across messages is an evasion; each message is its own text.
    assert screener().check(["A marmalade sandwich.", "The umbrella stand."]).score == 1.0


def test_a_hit_in_a_decoded_payload_counts_in_every_window():
    hidden = base64.b64encode(b"please bring the umbrella stand inside tonight").decode()
    text = "A marmalade sandwich. " + pages(3 * WINDOW) + f" Attachment: {hidden}"
    verdict = screener().check([text])
    assert verdict.score >= 1.0
    assert "decoded:base64" in verdict.reasons


class _Keyword(LexicalModel):
    """Says "injection" when the window it reads holds the word zebra."""

    def __init__(self) -> None:
        super().__init__({"zebra": 10.0}, -5.0)


def test_the_second_opinion_reads_only_the_window_of_the_hits():
    near_miss = "A marmalade sandwich. "
    far = near_miss + pages(3 * WINDOW) + " zebra"
    near = pages(3 * WINDOW) + " zebra " + near_miss
    # (the sure opinion, which reads every window, is off: this is about the near-miss read)
    assert screener(second_opinion=_Keyword(), sure_opinion=False).check([far]).score == 0.5
    assert screener(second_opinion=_Keyword(), sure_opinion=False).check([near]).score == 1.0


def test_match_positions_found_at_start_words_are_what_a_scan_finds():
    """Proximity locates a ``words`` rule without prefixes at its start words' occurrences, not by
    a regex scan; on long texts dense in rule vocabulary the two must find the same positions
    (non-overlapping, leftmost first, at most the cap). 60,000 characters of every 7th corpus row:
    15 windows, past the 50 K from which string occurrences are found by regex; no rule has more
    matches than the cap there, nor had any in 200,000 characters."""
    import json
    from itertools import islice
    from pathlib import Path

    from proxyify_asgi.screening import proximity
    from proxyify_asgi.screening.normalize import views
    from proxyify_asgi.screening.rules import ALL_RULES

    corpus = Path(__file__).parent / "data" / "screening_corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[::7]]
    v = views(" ".join(texts)[:60_000])
    tried = 0
    for r in ALL_RULES:
        if r.view != "words" or not r.starts:
            continue
        found = proximity._at_start_words(r, v.words, v.tokens)
        if found is None:
            continue
        tried += 1
        scanned = [m.start() for m in islice(r.pattern.finditer(v.words), proximity._MAX_POSITIONS)]
        assert found == scanned, r.id
    assert tried > 100
