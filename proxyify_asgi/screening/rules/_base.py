"""The rule record every family module builds, and the small pattern helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

View = Literal["plain", "lines", "words", "squeezed"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One signal: a compiled pattern over one view of the text, and what a match is worth.

    ``anchors`` is the cheap pre-filter, groups that must all be satisfied: for ``words`` rules a
    group is satisfied when one of its words is a word of the text (a set intersection), for
    other views when one of its strings occurs in the text. A rule whose anchors are not all
    there is never run: a regex scan costs tens of microseconds per kilobyte in CPython, a set
    intersection well under one, and that is what keeps clean traffic fast. Weights add up per request (each
    rule once); the default threshold is 1.0, so a rule of weight 1.0 blocks alone and weaker
    ones only together.
    """

    id: str
    family: str
    weight: float
    view: View
    anchors: tuple[frozenset[str], ...]
    pattern: re.Pattern[str]
    starts: frozenset[str]
    """For ``words`` rules whose every match begins with one of these words: the pattern is
    tried only where they occur (``pattern.match`` at a handful of positions instead of a scan).
    Empty for rules without that property."""
    needle_group: int
    """The anchor group whose occurrences long texts are searched around: the one with the
    longest words on average, as longer words are rarer."""
    chars: frozenset[str]
    """For ``plain``, ``lines`` and ``squeezed`` rules: characters of which one must occur (empty: no
    requirement). Checking a few characters is cheaper than every anchor substring."""
    group: str
    """Rules of one group are variants of one signal (strong and weak forms, one per language):
    the group counts once, with its heaviest matching rule."""

    def anchored_in_tokens(self, tokens: frozenset[str]) -> bool:
        """True when every anchor group has a word in ``tokens``."""
        return all(not group.isdisjoint(tokens) for group in self.anchors)

    def anchored_in_text(self, text: str) -> bool:
        """True when every anchor group has a string occurring in ``text``."""
        return all(any(anchor in text for anchor in group) for group in self.anchors)


def rule(
    family: str,
    name: str,
    weight: float,
    view: View,
    anchors: str,
    pattern: str,
    *,
    group: str | None = None,
    chars: str = "",
    starts: str = "",
) -> Rule:
    """A :class:`Rule` with id ``family.name``.

    ``anchors``: groups separated by `` & ``, alternatives within a group by ``|``
    (``"ignore|forget & instructions|rules"``); ``\\|`` stands for a literal ``|``.
    ``chars``: the characters of which one must occur (see :attr:`Rule.chars`).
    """
    groups = tuple(
        frozenset(a.replace("\0", "|") for a in group.replace("\\|", "\0").split("|"))
        for group in anchors.split(" & ")
    )
    if any("" in g for g in groups):
        raise ValueError(f"rule {family}.{name}: empty anchor")
    return Rule(
        id=f"{family}.{name}",
        family=family,
        weight=weight,
        view=view,
        anchors=groups,
        pattern=re.compile(pattern),
        needle_group=max(range(len(groups)), key=lambda i: sum(map(len, groups[i])) / len(groups[i])),
        chars=frozenset(chars),
        starts=frozenset(starts.split("|")) if starts else frozenset(),
        group=f"{family}.{group or name}",
    )


def gap(n: int) -> str:
    """Up to ``n`` whole words (``words`` view: single spaces), matched lazily."""
    return rf"(?:\S{{1,40}} ){{0,{n}}}?"


def starts_of(*alternatives: str) -> str:
    """The first words of ``|``-separated alternatives, ``|``-joined (for ``starts=``)."""
    return "|".join(sorted({a.split()[0] for part in alternatives for a in part.split("|")}))


def alt(*words: str) -> str:
    """A non-capturing alternation of ``|``-separated alternatives."""
    return "(?:" + "|".join(w for part in words for w in part.split("|")) + ")"
