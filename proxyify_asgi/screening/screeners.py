"""Screeners: the :class:`Screener` protocol, the :class:`Verdict` they return, and the chain.

A screener is any object with ``name`` and an **async** ``screen(texts) -> Verdict``. Async
because the interesting ones wait (a hosted guard API, a model in a worker thread); the
heuristic screener answers inline for small inputs and moves large ones to a thread so a 1 MB
prompt does not stall the event loop.

Scores share one scale: a verdict whose score reaches the chain's threshold (1.0 by default)
means "injection". :class:`ScreenerChain` runs screeners in order, stops at the first verdict over
the threshold (no need to pay a hosted API when the heuristics already block) and, unless
``fail_open``, turns any screener error into :class:`ScreenerFailed` so the request is blocked.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, runtime_checkable

from proxyify_asgi.screening.extract import Texts
from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.verdict import CLEAN, Verdict

__all__ = [
    "CLEAN",
    "HeuristicScreener",
    "HookScreener",
    "LazyScreener",
    "Screener",
    "ScreenerChain",
    "ScreenerFailed",
    "Verdict",
]

logger = logging.getLogger("proxyify_asgi.screening")


@runtime_checkable
class Screener(Protocol):
    """Anything that can judge a request's texts."""

    name: str

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """Judge ``texts`` (the screened parts of one request) together."""
        ...


class ScreenerFailed(Exception):
    """A screener raised (or timed out) and the chain is configured to fail closed."""

    def __init__(self, screener: str, error: str) -> None:
        super().__init__(f"screener {screener!r} failed with {error}")
        self.screener = screener
        self.error = error


HookResult = Verdict | bool | None
Hook = Callable[[list[str]], Awaitable[HookResult]]


class HookScreener:
    """Wraps a user-supplied async callable, e.g. a call to a hosted guard API.

    The hook gets the list of texts (from the middleware, a
    :class:`~proxyify_asgi.screening.extract.Texts` whose ``sources`` say which are the user's
    words and which are documents) and returns a :class:`Verdict`, or ``True`` (injection: a
    score of +inf, over any threshold), or ``False``/``None`` (clean). It is cancelled after
    ``timeout_s``; a timeout counts as a failure like any exception it raises.
    """

    def __init__(
        self, hook: Hook, *, name: str = "hook", category: str = "hook", timeout_s: float = 5.0
    ) -> None:
        self.hook = hook
        self.name = name
        self.category = category
        self.timeout_s = timeout_s

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """The hook's answer as a :class:`Verdict`."""
        async with asyncio.timeout(self.timeout_s):
            # a copy (the hook may change it); the extractor's Texts keep their sources
            result = await self.hook(texts.copy() if isinstance(texts, Texts) else list(texts))
        if isinstance(result, Verdict):
            return result
        if result is True:
            return Verdict(math.inf, self.category, (f"{self.name}.flagged",))
        if result is False or result is None:
            return CLEAN
        raise TypeError(f"hook returned {type(result).__name__}, expected Verdict | bool | None")


class LazyScreener:
    """A screener built in a worker thread (loading model weights takes seconds; building the app
    stays instant): by :meth:`warm_up` when the gateway starts, or else by the first request. A
    build that raises is a screener failure, so the chain fails closed, and the next request
    tries again."""

    def __init__(self, name: str, build: Callable[[], Screener]) -> None:
        self.name = name
        self.build = build
        self.screener: Screener | None = None
        self._lock = threading.Lock()

    def _load(self) -> Screener:
        with self._lock:
            if self.screener is None:
                self.screener = self.build()
            return self.screener

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """Build once, then screen with the built screener."""
        screener = self.screener or await asyncio.to_thread(self._load)
        return await screener.screen(texts)

    async def warm_up(self) -> None:
        """Build now (the gateway calls this at start-up, so the first request does not wait
        seconds for the weights). A build that raises is logged by type and left for the next
        request to retry, which fails closed: warming up never stops the gateway starting."""
        try:
            await asyncio.to_thread(self._load)
        except Exception as exc:
            logger.error("screener %s failed to load: %s", self.name, type(exc).__name__)


class ScreenerChain:
    """Runs screeners in order and merges their verdicts (highest score wins, reasons pooled)."""

    def __init__(
        self, screeners: Sequence[Screener], *, threshold: float = 1.0, fail_open: bool = False
    ) -> None:
        if not screeners:
            raise ValueError("a screener chain needs at least one screener")
        self.screeners = tuple(screeners)
        self.threshold = float(threshold)
        self.fail_open = fail_open

    async def warm_up(self) -> None:
        """Build the screeners that load lazily (see :meth:`LazyScreener.warm_up`)."""
        for screener in self.screeners:
            if isinstance(screener, LazyScreener):
                await screener.warm_up()

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """The merged verdict; raises :class:`ScreenerFailed` if a screener fails and we fail closed."""
        best = CLEAN
        reasons: list[str] = []
        for screener in self.screeners:
            try:
                verdict = await screener.screen(texts)
            except Exception as exc:  # any failure of a screener is a screening failure
                # Type only: exception messages may quote the prompt.
                logger.error("screener %s failed: %s", screener.name, type(exc).__name__)
                if self.fail_open:
                    continue
                raise ScreenerFailed(screener.name, type(exc).__name__) from None
            reasons.extend(r for r in verdict.reasons if r not in reasons)
            if verdict.score > best.score:
                best = verdict
            if best.score >= self.threshold:
                break
        return Verdict(best.score, best.category, tuple(reasons))
