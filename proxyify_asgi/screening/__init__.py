"""Prompt-injection screening: normalisation, payload decoding, rules per attack family, screeners.

The middleware is :class:`proxyify_asgi.middleware.screening.ScreeningMiddleware`; the pieces here
are usable on their own (``await HeuristicScreener().screen(["..."])``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proxyify_asgi._lazy import lazy_exports

if TYPE_CHECKING:
    from proxyify_asgi.screening.verdict import CLEAN, Verdict
    from proxyify_asgi.screening.combined import CombinedScreener
    from proxyify_asgi.screening.extract import Extractor
    from proxyify_asgi.screening.heuristic import HeuristicScreener
    from proxyify_asgi.screening.prompt_shields import PromptShieldsScreener
    from proxyify_asgi.screening.screeners import HookScreener, Screener, ScreenerChain, ScreenerFailed

# names resolve on first use: see proxyify_asgi._lazy
_EXPORTS = {
    "CLEAN": "proxyify_asgi.screening.verdict",
    "CombinedScreener": "proxyify_asgi.screening.combined",
    "Extractor": "proxyify_asgi.screening.extract",
    "HeuristicScreener": "proxyify_asgi.screening.heuristic",
    "HookScreener": "proxyify_asgi.screening.screeners",
    "PromptShieldsScreener": "proxyify_asgi.screening.prompt_shields",
    "Screener": "proxyify_asgi.screening.screeners",
    "ScreenerChain": "proxyify_asgi.screening.screeners",
    "ScreenerFailed": "proxyify_asgi.screening.screeners",
    "Verdict": "proxyify_asgi.screening.verdict",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
