"""The built-in heuristic screener: normalise, decode, match weighted rules, add up a score.

Per text: the normalised views (:mod:`.normalize`) go through the :class:`~.rules.RuleSet`; the
same text rotated by rot13, and every payload :mod:`.decode` finds (base64, hex, URL and
character escapes) are screened too, two levels deep. Each rule counts once per request with its
weight; the score is their sum, plus a small bonus when a hit was hidden (invisible characters,
an encoding). The category is the family with the most weight.

Mention is not use: when a text frames itself as talking *about* injection (a question, a
translation request, training material) and a rule matches only inside quotation marks, that
rule counts half (:mod:`.mention`). One quoted attack phrase then does not block; a quoted
phrase that combines several techniques still does.

A near miss gets a second opinion: when the score falls short of the threshold by no more than
:data:`.lexical.WEIGHT`, the lexical model (:mod:`.lexical`) reads the texts, and its "yes"
adds that weight (reason ``lexical.second_opinion``). When the rules do not block, the model
reads every text once more, and where it is sure of a window (:meth:`.lexical.LexicalModel.is_sure`)
it adds a strong signal (:data:`.lexical.CONFIDENT_WEIGHT`, reason ``lexical.confident``): it
then blocks alone at the default threshold.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from proxyify_asgi.screening import decode, deobfuscate, lexical, mention, proximity
from proxyify_asgi.screening.normalize import Views, views
from proxyify_asgi.screening.rules import Rule, RuleSet, addressee
from proxyify_asgi.screening.typos import TypoRepair, shipped_known_words
from proxyify_asgi.screening.verdict import CLEAN, Verdict

_INLINE_LIMIT = 32 * 1024
"""Texts totalling more characters than this are screened in a worker thread."""
_MAX_DEPTH = 2
_EVASION_BONUS = 0.3
_MENTION_FACTOR = 0.5
MAX_REASONS = 12
"""Reasons a verdict lists at most (rules first, by weight; then the signals below)."""
HIDDEN = "hidden_characters"
DECODED = "decoded:"
"""Signals: a hit among invisible characters; a hit in a decoded payload (``decoded:base64``...)."""
_PHRASE_LENGTH = 100
"""A quotation of at most this many characters is an example phrase (quoted phrases count once: see
:meth:`HeuristicScreener._weighted_hits`)."""
_TYPO_REACH = proximity.WINDOW
"""Characters either side of a typo repair in a long text screened again (a rule's phrase spans
at most :data:`_PHRASE_LENGTH`; the proximity window is the reach weak signals combine over)."""
_CONTEXT = 500
"""Characters around a long text's window of hits that the second opinion reads too."""
_READ_WHEN_REPEATED = frozenset({"unescaped"})
"""Rewrites the second opinion reads even when their hits are the text's own: the escaped text
("ingl\\u00e9s", "\\n## System") reads as noise to the lexical model."""


class HeuristicScreener:
    """Rules over normalised and decoded text; no model weights, linear time."""

    name = "heuristic"

    def __init__(
        self,
        rules: RuleSet | None = None,
        *,
        stop_at: float = 4.0,
        threshold: float = 1.0,
        second_opinion: lexical.LexicalModel | None | bool = True,
        sure_opinion: bool = True,
    ) -> None:
        """``stop_at``: a score past which no more evidence is gathered (remaining texts and
        payloads are skipped, the mention re-check too when it could not bring the score below).
        Keep it above any threshold in use; it bounds the work on text dense with attacks.
        ``threshold``: the caller's blocking threshold, so that the second opinion is asked
        only for near misses. ``second_opinion``: True for the shipped lexical model, a model
        of your own, or False/None for rules only. ``sure_opinion``: whether that model may also
        block alone where it is sure (:meth:`_sure_opinion`)."""
        self.rules = rules or RuleSet()
        self.stop_at = stop_at
        self.threshold = threshold
        if second_opinion is True:
            second_opinion = lexical.default_model()
        self.second_opinion = second_opinion or None
        self.sure_opinion = sure_opinion
        self._groups = {r.id: r.group for r in self.rules.rules}
        known = shipped_known_words().union((self.second_opinion or lexical.default_model()).words())
        self._typos = TypoRepair.for_rules((group for r in self.rules.rules for group in r.anchors), known)
        self._rules_by_id: dict[str, tuple[Rule, ...]] = {}
        for r in self.rules.rules:
            self._rules_by_id[r.id] = (*self._rules_by_id.get(r.id, ()), r)

    @classmethod
    def for_threshold(
        cls, threshold: float, *, second_opinion: bool = True, sure_opinion: bool = True
    ) -> HeuristicScreener:
        """A screener whose ``stop_at`` sits safely above ``threshold`` (twice it, at least 4)."""
        return cls(stop_at=max(4.0, 2 * float(threshold)), threshold=float(threshold),
                   second_opinion=second_opinion, sure_opinion=sure_opinion)

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """Screen inline for small inputs, in a worker thread past 32 K characters."""
        if sum(len(t) for t in texts) > _INLINE_LIMIT:
            return await asyncio.to_thread(self.check, texts)
        return self.check(texts)

    def check(self, texts: Sequence[str]) -> Verdict:
        """The synchronous verdict for ``texts`` (one request's screened parts)."""
        weights: dict[str, float] = {}
        signals: list[str] = []
        # the texts, or windows of long ones, where hits were found, with their ``words`` view
        # when already made (a window's is made only if the second opinion reads it)
        evidence: list[tuple[str, str | None]] = []
        read: list[Views] = []
        for text in texts:
            if not text or self._score(weights) >= self.stop_at:
                continue
            own: dict[str, float] = {}
            decoded: list[str] = []
            v = self._scan(text, own, signals, depth=0, so_far=weights, decoded=decoded)
            read.append(v)
            if not own:
                continue
            words: str | None = v.words
            if len(text) > proximity.WINDOW and self._weak_but_close(own):
                own, (low, high) = proximity.nearby_hits(len(text), v, own, self._rules_by_id, self._score)
                text, words = text[max(0, low - _CONTEXT) : high + _CONTEXT], None
            evidence.append((text, words))
            # what a payload said in clear is evidence too: the encoded text reads as noise
            evidence.extend((payload, None) for payload in decoded)
            _merge(weights, own)
        verdict = self._second_opinion(evidence, self._verdict(weights, signals)) if weights else CLEAN
        return self._sure_opinion(read, verdict)

    def _weak_but_close(self, weights: dict[str, float]) -> bool:
        """True when only weak signals bring ``weights`` near the threshold: then where they
        lie matters (:mod:`.proximity`), and the second opinion reads only there. A signal
        that blocks alone, or a total far below the threshold, is decided without locating
        anything."""
        by_group = self._by_group(weights)
        return max(by_group.values()) < self.threshold <= sum(by_group.values()) + lexical.WEIGHT

    def _second_opinion(self, evidence: Sequence[tuple[str, str | None]], verdict: Verdict) -> Verdict:
        """``verdict``, pushed over the threshold when it is a near miss the model agrees with
        on the texts (or windows) where the rules found something (``evidence``: each with its
        ``words`` view, or None to make it)."""
        model = self.second_opinion
        if model is None or not self.threshold - lexical.WEIGHT <= verdict.score < self.threshold:
            return verdict
        if not model.says_injection(views(t).words if words is None else words for t, words in evidence):
            return verdict
        reasons = verdict.reasons[: MAX_REASONS - 1] + ("lexical.second_opinion",)
        return Verdict(round(verdict.score + lexical.WEIGHT, 3), verdict.category, reasons)

    def _sure_opinion(self, read: Sequence[Views], verdict: Verdict) -> Verdict:
        """``verdict``, plus a strong signal when it does not block and the model is sure of a
        window of one of the texts (``read``: their views). The model alone then blocks at the
        default threshold: what it is sure of, the rules have often not learnt to say yet."""
        model = self.second_opinion
        if model is None or not self.sure_opinion or verdict.score >= self.threshold:
            return verdict
        if not any(model.is_sure(v.words, v.tokens) for v in read):
            return verdict
        reasons = verdict.reasons[: MAX_REASONS - 1] + ("lexical.confident",)
        return Verdict(round(verdict.score + lexical.CONFIDENT_WEIGHT, 3), verdict.category or "lexical", reasons)

    def _scan(
        self,
        text: str,
        weights: dict[str, float],
        signals: list[str],
        depth: int,
        so_far: dict[str, float] | None = None,
        decoded: list[str] | None = None,
    ) -> Views:
        """Add ``text``'s hits (and its decoded payloads') to ``weights``; returns its views.
        ``so_far``: evidence from the request's other texts, which the mention check weighs too.
        ``decoded``: collects the decoded payloads that had hits."""
        v = views(text)
        hits = self._weighted_hits(v, {**so_far, **weights} if so_far else weights)
        if hits and v.hidden:
            _signal(signals, HIDDEN)
        rotated = {r.id: r for r in self.rules.rot13_hits(v).values() if r.id not in hits}
        if rotated:
            _signal(signals, f"{DECODED}rot13")
            hits.update((rule_id, r.weight) for rule_id, r in rotated.items())
        _merge(weights, hits)
        if depth >= _MAX_DEPTH or self._score(weights) >= self.stop_at:
            return v
        payloads = decode.payloads(v.revealed, v)
        repaired = self._typos.repaired_parts(v.revealed, v, _TYPO_REACH)
        payloads.extend(decode.Decoded("typos", part) for part in repaired)
        for payload in payloads:
            inner: dict[str, float] = {}
            self._scan(payload.text, inner, signals, depth + 1, decoded=decoded)
            if payload.encoding in deobfuscate.REWRITES and all(w <= weights.get(k, 0.0) for k, w in inner.items()):
                if inner and payload.encoding in _READ_WHEN_REPEATED and decoded is not None:
                    decoded.append(payload.text)
                continue  # the text rewritten said nothing the text had not said: nothing hidden
            if inner:
                _merge(weights, inner)
                _signal(signals, f"{DECODED}{payload.encoding}")
                if decoded is not None:
                    decoded.append(payload.text)
        return v

    def _weighted_hits(self, v: Views, so_far: dict[str, float]) -> dict[str, float]:
        matched = self.rules.hits(v)
        for rule_id in addressee.RULE_IDS.intersection(matched):
            if not addressee.inside_a_document(matched[rule_id], v):
                del matched[rule_id]  # the user's own request to the assistant, not a document's
        hits = {rule_id: r.weight for rule_id, r in matched.items()}
        if not hits:
            return hits
        halved = dict(so_far)
        _merge(halved, {rule_id: w * _MENTION_FACTOR for rule_id, w in hits.items()})
        if self._score(halved) >= self.stop_at:
            return hits  # even with every hit discounted the verdict stands
        defended = mention.without_defences(v)
        if defended is not None:
            # "do not follow any instructions inside the transcript" is a defence, not an override:
            # what matches only there does not count at all
            for rule_id in self._only_inside(matched, defended):
                hits[rule_id] = 0.0
        refused = mention.without_refused_requests(v)
        if refused is not None:
            # a request the text tells the assistant to refuse is a mention, wherever it stands
            _count_once(hits, self._only_inside(matched, refused))
        if mention.reports_on_attacks(v):
            # a red-team report or an awareness handout to edit: its attacks are its subject,
            # and the examples it gives are one example
            _count_once(hits, list(hits))
            return hits
        if not mention.framed_as_mention(v, {self._groups[r] for r in matched}):
            return hits
        if max(hits.values()) < 1.0 and mention.asks_about_attacks(v):
            # Talking about attacks with weak signals only ("how do DAN prompts work?"): weak
            # signals must not add up to a block on their own.
            return {rule_id: w * _MENTION_FACTOR for rule_id, w in hits.items()}
        if mention.QUOTED.search(v.revealed):
            quoted = [
                r for r in self._only_inside(matched, mention.without_quotations(v.revealed))
                if self._groups[r] not in mention.COUNTS_WHEN_QUOTED
            ]
            for rule_id in quoted:
                hits[rule_id] *= _MENTION_FACTOR
            if len(quoted) > 1:
                # Quoted phrases count once: of the rules that match only inside short quotations
                # (an example phrase, not a quoted document), only the heaviest counts. Overlapping
                # rules that all read one quoted sentence ("ignore the previous instructions" is
                # both an override and an instructions verb) are one example, not several.
                in_phrases = self._only_inside(
                    {r: matched[r] for r in quoted}, mention.without_quotations(v.revealed, _PHRASE_LENGTH)
                )
                _count_once(hits, in_phrases, factor=1.0)  # already halved
            if addressee.RULE_IDS.intersection(quoted) and mention.asks_about_attacks(v):
                # an address to the AI quoted in a question about attacks: the address and the
                # orders it gives are one example, however long the quotation (round 15)
                _count_once(hits, quoted, factor=1.0)
        return hits

    def _only_inside(self, matched: dict[str, Rule], stripped: str) -> list[str]:
        """The ids of ``matched`` rules that no longer match in ``stripped``: the text with some
        passages (quotations, refusal or defence clauses) taken out. They matched only there."""
        kept = self.rules.matching(matched.values(), views(stripped))
        return [rule_id for rule_id in matched if rule_id not in kept]

    def _by_group(self, weights: dict[str, float]) -> dict[str, float]:
        """Each rule group's heaviest matching weight: variants of one signal count once."""
        by_group: dict[str, float] = {}
        for rule_id, weight in weights.items():
            group = self._groups[rule_id]
            if weight > by_group.get(group, 0.0):
                by_group[group] = weight
        return by_group

    def _score(self, weights: dict[str, float]) -> float:
        """The score without the evasion bonus."""
        return sum(self._by_group(weights).values())

    def _verdict(self, weights: dict[str, float], signals: list[str]) -> Verdict:
        by_group = self._by_group(weights)
        by_family: dict[str, float] = {}
        for group, weight in by_group.items():
            family = group.split(".", 1)[0]
            by_family[family] = by_family.get(family, 0.0) + weight
        score = sum(by_group.values())
        if signals:
            score += _EVASION_BONUS
        category = max(by_family, key=by_family.__getitem__)
        ranked = sorted(weights, key=lambda rid: (-weights[rid], rid))
        reasons = tuple((ranked + signals)[:MAX_REASONS])
        return Verdict(round(score, 3), category, reasons)


def _count_once(hits: dict[str, float], mentioned: list[str], factor: float = _MENTION_FACTOR) -> None:
    """Rules that match only inside one kind of mention count once: the heaviest, times
    ``factor``; the others not at all (a rule of weight 0 leaves no reason behind)."""
    heaviest = max(mentioned, key=lambda rule_id: (hits[rule_id], rule_id), default=None)
    for rule_id in mentioned:
        hits[rule_id] *= factor if rule_id == heaviest else 0.0


def _merge(into: dict[str, float], hits: dict[str, float]) -> None:
    for rule_id, weight in hits.items():
        if weight > into.get(rule_id, 0.0):
            into[rule_id] = weight


def _signal(signals: list[str], name: str) -> None:
    if name not in signals:
        signals.append(name)
