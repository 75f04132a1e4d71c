"""Prompt-injection screening: normalisation, payload decoding, rules per attack family, screeners.

The middleware is :class:`proxyify_asgi.middleware.screening.ScreeningMiddleware`; the pieces here
are usable on their own (``await HeuristicScreener().screen(["..."])``).
"""

from proxyify_asgi.screening.combined import CombinedScreener
from proxyify_asgi.screening.extract import Extractor
from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.prompt_shields import PromptShieldsScreener
from proxyify_asgi.screening.screeners import HookScreener, Screener, ScreenerChain, ScreenerFailed
from proxyify_asgi.screening.verdict import CLEAN, Verdict

__all__ = [
    "CLEAN",
    "CombinedScreener",
    "Extractor",
    "HeuristicScreener",
    "HookScreener",
    "PromptShieldsScreener",
    "Screener",
    "ScreenerChain",
    "ScreenerFailed",
    "Verdict",
]
