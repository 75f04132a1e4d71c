"""The rules and a fine-tuned encoder together: :class:`CombinedScreener` (opt-in, ``combined``).

The heuristic screener decides first. A fine-tuned window classifier
(:mod:`.window_model`, a companion package of weights) then may:

- **veto** a block it is confident is wrong: every text's logit, and the logit of every
  sentence a rule matched in, read alone, at most :data:`VETO`. Reading the matched sentences
  alone is what stops padding: an attack surrounded by a paragraph of office chatter lowers the
  text's logit, not the attack sentence's. No veto when a hit came from a decoded payload or
  hidden characters (the model reads raw text and cannot see them), when a hit could not be
  located, or when a text is too long for the model to read whole (more than
  :data:`~.window_model.MAX_WINDOWS` windows, about 5 KB): then the rules' block stands;
- **rescue**: block a request the rules pass when its logit is over :data:`RESCUE`.

The policy and both cuts were fixed (commit history, README "Accuracy") before the blind batch
that measured them was written. A model that raises fails the screener, and the chain fails
closed unless configured otherwise.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from typing import Protocol

from proxyify_asgi.screening import proximity
from proxyify_asgi.screening.config import WEIGHTS_PACKAGE  # noqa: F401 (re-exported: where the weights live)
from proxyify_asgi.screening.heuristic import DECODED, HIDDEN, MAX_REASONS, HeuristicScreener
from proxyify_asgi.screening.normalize import views
from proxyify_asgi.screening.verdict import Verdict

VETO = -1.0
"""A block stands unless the model's logits (texts and matched sentences) are all at most this."""
RESCUE = 4.0
"""The model blocks alone when a text's logit is over this. 4.5 until stop 24, when the
rescue was swept on fresh17 + fresh18 with today's rules (``bench/screening_finetune_eval.py``):
4.0 caught 4 more of their 578 attacks for no more false alarms (5 of 916); lower cuts cost
false alarms. Swept again in stop 25 for the weights trained up to fresh16: still 4.0."""
_VETO_MAX_CHARS = 16_000
"""Past this many characters in a request the model cannot read it whole (12 windows hold about
5 KB of English), so a block stands without the (costly) search for the matched sentences."""
_SENTENCE_END = re.compile(r"(?<=[.!?。！？\n])\s+")
_MAX_SENTENCES = 32
"""Matched sentences read per request at most; more and the block stands (bounded cost)."""


class WindowModel(Protocol):
    """Scores texts: each text's logit (positive: injection) and whether it was read whole."""

    def logits(self, texts: Sequence[str]) -> list[tuple[float, bool]]:
        """One ``(logit, read_whole)`` per text."""
        ...


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-blank sentence of ``text`` (ends: . ! ? 。 and newlines)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


class CombinedScreener:
    """The heuristic screener's verdict, vetoed or rescued by a fine-tuned window classifier."""

    name = "combined"

    def __init__(
        self, model: WindowModel, heuristic: HeuristicScreener | None = None, *,
        veto: float = VETO, rescue: float = RESCUE,
    ) -> None:
        """``model``: a :class:`WindowModel` (:class:`~.window_model.WindowScorer` for the real
        one); ``heuristic``: the rules (default: the shipped screener at threshold 1.0)."""
        self.model = model
        self.heuristic = heuristic or HeuristicScreener()
        self.threshold = self.heuristic.threshold
        self.veto = veto
        self.rescue = rescue

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """Model inference runs in a worker thread."""
        return await asyncio.to_thread(self.check, texts)

    def check(self, texts: Sequence[str]) -> Verdict:
        """The synchronous verdict."""
        texts = [t for t in texts if t and t.strip()]
        verdict = self.heuristic.check(texts)
        if verdict.score >= self.threshold:
            return self._maybe_veto(texts, verdict)
        if not texts:
            return verdict
        top = max(logit for logit, _ in self.model.logits(texts))
        if top <= self.rescue:
            return verdict
        return Verdict(max(self.threshold, verdict.score), verdict.category or "classifier", ("combined.classifier",))

    def _maybe_veto(self, texts: list[str], verdict: Verdict) -> Verdict:
        """``verdict`` (a block), or a pass when the model may and does veto it."""
        if len(verdict.reasons) >= MAX_REASONS or any(r.startswith((DECODED, HIDDEN)) for r in verdict.reasons):
            return verdict  # hidden evidence, or a full list of reasons (signals come last: one may be cut)
        if sum(map(len, texts)) > _VETO_MAX_CHARS:
            return verdict  # more than the model reads whole: not worth locating the hits
        sentences = self._matched_sentences(texts)
        if not sentences or len(sentences) > _MAX_SENTENCES:
            return verdict
        read = self.model.logits([*texts, *sentences])
        if not all(whole for _, whole in read[: len(texts)]):
            return verdict
        if max(logit for logit, _ in read) > self.veto:
            return verdict
        return Verdict(0.0, verdict.category, (*verdict.reasons[: MAX_REASONS - 1], "combined.veto"))

    def _matched_sentences(self, texts: list[str]) -> list[str]:
        """The sentences the rules matched in (each alone); empty when a text with hits has none
        that can be placed (then no veto)."""
        out: list[str] = []
        for text in texts:
            v = views(text)
            matched = self.heuristic.rules.hits(v)
            if not matched:
                continue
            spans = proximity.match_spans(len(text), v, matched.values())
            if not spans:
                return []
            for start, end in sentence_bounds(text):
                if any(a < end and start < b for a, b in spans):
                    out.append(text[start:end])
        return out
