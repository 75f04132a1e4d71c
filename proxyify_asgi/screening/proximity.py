"""Weak signals count together only when they are near each other in a long text.

A 200-page document that mentions a grandmother's stories on page 3 and "two answers, the other
without filters" on page 80 is not a jailbreak; the same two signals in one paragraph are. For
texts longer than :data:`WINDOW` characters, the heuristic screener keeps only the hits found
within one window of that size, the window where they weigh most. Short texts are one window.

Where a rule matched is found again (the fast search only answers whether), by trying its
pattern at its literal prefixes or else by a scan of the view it reads; this runs only for
long texts whose weak signals come near the threshold. A hit whose position cannot be found
there (it came from a decoded payload or the rot13 view) is counted in every window: hidden
evidence is never dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice

from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.rules import Rule
from proxyify_asgi.screening.rules._index import TextIndex
from proxyify_asgi.screening.rules._literals import AT_START
from proxyify_asgi.screening.rules._search import index_for
from proxyify_asgi.screening.rules._words import find_word

WINDOW = 4000
"""Characters of the original text within which signals add up."""


def nearby_hits(
    text_length: int,
    v: Views,
    weights: Mapping[str, float],
    rules: Mapping[str, tuple[Rule, ...]],
    score: Callable[[Mapping[str, float]], float],
) -> tuple[dict[str, float], tuple[int, int]]:
    """The subset of ``weights`` (rule id → weight) found within one window, the one that
    ``score`` rates highest, plus the hits found nowhere in ``v`` (decoded or rotated); and
    where that window lies in the text (the whole text when no hit could be located).
    ``rules``: each rule id's rules (variants of one signal share an id)."""
    if text_length <= WINDOW:
        return dict(weights), (0, text_length)
    anywhere: dict[str, float] = {}
    located: list[tuple[int, str]] = []
    for rule_id, weight in weights.items():
        positions = [at for r in rules[rule_id] for at in _positions(r, v, text_length)]
        if positions:
            located += ((at, rule_id) for at in positions)
        else:
            anywhere[rule_id] = weight
    located.sort()
    if not located:
        return anywhere, (0, text_length)
    best, best_score, span = dict(anywhere), score(anywhere), (located[0][0], located[0][0])
    present: Counter[str] = Counter()
    start = 0
    for end, (at, rule_id) in enumerate(located):
        present[rule_id] += 1
        while at - located[start][0] > WINDOW:
            leaving = located[start][1]
            present[leaving] -= 1
            if not present[leaving]:
                del present[leaving]
            start += 1
        if present[rule_id] > 1:
            continue  # nothing new in the window: its score cannot have grown
        window = dict(anywhere)
        window.update((rid, weights[rid]) for rid in present)
        window_score = score(window)
        if window_score > best_score:
            best, best_score, span = window, window_score, (located[start][0], at)
    return best, span


_MAX_POSITIONS = 64
"""Match positions kept per rule: enough to find a cluster, bounded on repetitive text."""


def match_spans(text_length: int, v: Views, matched: Iterable[Rule]) -> list[tuple[int, int]]:
    """Where each of ``matched`` (rules known to match ``v``) matches: ``(start, end)`` offsets
    scaled to the original text, at most :data:`_MAX_POSITIONS` per rule. A rule that matched
    only in a decoded payload or the rot13 view has no span here."""
    spans: list[tuple[int, int]] = []
    for r in matched:
        view = getattr(v, r.view)
        if not view:
            continue
        scale = text_length / len(view)
        for at in _view_positions(r, v, view):
            m = r.pattern.match(view, at)
            spans.append((int(at * scale), int((m.end() if m else at + 1) * scale) + 1))
    return spans


def _positions(r: Rule, v: Views, text_length: int) -> list[int]:
    """Where ``r`` matches, as offsets scaled to the original text (views differ in length by
    the characters normalisation removed, roughly evenly)."""
    view = getattr(v, r.view)
    if not view:
        return []
    scale = text_length / len(view)
    return [int(at * scale) for at in _view_positions(r, v, view)]


def _view_positions(r: Rule, v: Views, view: str) -> list[int]:
    """Where ``r`` matches in ``view`` (its view of ``v``). Tried at the rule's literal prefixes
    when it has them (``str.find`` is C-fast; a regex scan costs tens of milliseconds per
    megabyte), else by a scan; at most :data:`_MAX_POSITIONS`."""
    if r.prefixes and AT_START not in r.prefixes:
        found = _at_prefixes(r, view, index_for(v, r.view))
        if found is not None:
            return found
    if r.starts and r.view == "words":
        found = _at_start_words(r, view, v.tokens)
        if found is not None:
            return found
    return [m.start() for m in islice(r.pattern.finditer(view), _MAX_POSITIONS)]


def _at_start_words(r: Rule, view: str, tokens: frozenset[str]) -> list[int] | None:
    """What ``finditer`` would find, tried only where one of the rule's start words begins (every
    match of a ``words`` rule begins with one, the rule engine's own premise): non-overlapping,
    leftmost first. None when the start words are so common that a scan is cheaper."""
    budget = 16 + len(view) // 48
    candidates: list[int] = []
    for word in r.starts & tokens:
        candidates += find_word(view, word)
        if len(candidates) > budget:
            return None
    candidates.sort()
    found: list[int] = []
    match = r.pattern.match
    free_from = 0  # where the last match ended: finditer's matches do not overlap
    for at in candidates:
        if at < free_from:
            continue
        m = match(view, at)
        if m:
            found.append(at)
            if len(found) >= _MAX_POSITIONS:
                break
            free_from = max(m.end(), at + 1)
    return found


def _at_prefixes(r: Rule, view: str, index: TextIndex | None) -> list[int] | None:
    """Match positions tried at the rule's prefixes; None when the prefixes are so common that
    a scan is cheaper (the engine's own budget: one try per 48 characters). ``index``: the
    view's index, where the rule engine already found the prefixes (None: look for them)."""
    budget = 16 + len(view) // 48
    found: list[int] = []
    match = r.pattern.match
    for prefix in r.prefixes:
        for at in _occurrences(view, prefix) if index is None else index.positions(prefix):
            if len(found) >= _MAX_POSITIONS:
                break
            budget -= 1
            if budget < 0:
                return None
            if match(view, at):
                found.append(at)
    return found


def _occurrences(view: str, prefix: str) -> Iterator[int]:
    at = view.find(prefix)
    while at != -1:
        yield at
        at = view.find(prefix, at + 1)
