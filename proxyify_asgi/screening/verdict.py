"""The :class:`Verdict` every screener returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a screener concluded: a score (threshold 1.0 by default), a category, rule ids.

    ``reasons`` name rules or signals (``override.previous_instructions``, ``decoded:base64``),
    never text from the prompt, so they are safe to return to the client and to log.
    """

    score: float
    category: str | None = None
    reasons: tuple[str, ...] = ()


CLEAN = Verdict(0.0)
"""Nothing found."""
