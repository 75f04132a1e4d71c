"""Prompt-injection screening as a pure ASGI middleware (DESIGN.md §1: after RateLimit, before
Metering).

Usable alone on any JSON API whose bodies carry ``messages`` / ``prompt`` / ``input``::

    app = Starlette(routes=[...])
    app = ScreeningMiddleware(app, action="block")

For each HTTP request with a body (POST, PUT, PATCH) it reads the JSON body once through the
:class:`~proxyify_asgi.context.RequestContext` (which replays it downstream), extracts the texts
a model would read (:mod:`proxyify_asgi.screening.extract`) and runs the screener chain:

- ``block``: a verdict at or over the threshold is answered ``400`` (``PromptInjection``) with
  ``metadata: {"category", "reasons"}``: rule ids, never the prompt.
- ``flag``: the request goes through; the response carries ``X-Proxyify-Screening: flagged`` and
  the verdict is logged (request id, category, score, rule ids; never the text).
- ``off``: nothing is read or screened.

``flag_from`` (below the threshold) adds a band flagged whatever the action: block at a strict
threshold, and still see in the logs and headers what scored close to it.

A key whose policy says ``screening_exempt`` is not screened. A screener that raises (or times
out) blocks the request, whatever the action, unless ``fail_open=True``; the failure is logged
with the exception type only. A body that is not JSON is a 400 here, as it is at the endpoint.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Literal

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import PromptInjection, ProxyifyError, send_error
from proxyify_asgi.screening.extract import DEFAULT_FIELDS, DEFAULT_ROLES, Extractor
from proxyify_asgi.screening.heuristic import HeuristicScreener
from proxyify_asgi.screening.screeners import Screener, ScreenerChain, ScreenerFailed
from proxyify_asgi.screening.verdict import Verdict
from proxyify_asgi.settings import ScreeningSettings
from proxyify_asgi.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("proxyify_asgi.screening")

Action = Literal["block", "flag", "off"]
ACTIONS: tuple[str, ...] = ("block", "flag", "off")
SCREENING_HEADER = b"x-proxyify-screening"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class ScreeningMiddleware:
    """Blocks, flags or passes requests whose texts look like prompt injection."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        action: Action = "block",
        screeners: Sequence[Screener] | None = None,
        threshold: float = 1.0,
        flag_from: float | None = None,
        fail_open: bool = False,
        roles: Iterable[str] = DEFAULT_ROLES,
        fields: Iterable[str] = DEFAULT_FIELDS,
        max_body_bytes: int | None = None,
    ) -> None:
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
        if flag_from is not None and not 0 < flag_from < threshold:
            raise ValueError(f"flag_from must be positive and below the threshold ({threshold}), not {flag_from!r}")
        self.app = app
        self.action = action
        self.chain = ScreenerChain(
            tuple(screeners) if screeners else (HeuristicScreener.for_threshold(threshold),),
            threshold=float(threshold),
            fail_open=fail_open,
        )
        self.threshold = float(threshold)
        self.flag_from = None if flag_from is None else float(flag_from)
        self.extractor = Extractor.of(roles, fields)
        self.max_body_bytes = max_body_bytes

    @classmethod
    def from_settings(
        cls,
        app: ASGIApp,
        settings: ScreeningSettings,
        *,
        screeners: Sequence[Screener] | None = None,
        max_body_bytes: int | None = None,
    ) -> ScreeningMiddleware:
        """The middleware configured by a ``[screening]`` table (``screeners`` replace its list)."""
        from proxyify_asgi.screening.config import build_screeners

        return cls(
            app,
            action=settings.action,
            screeners=screeners or build_screeners(settings),
            threshold=float(settings.threshold),
            flag_from=None if settings.flag_from is None else float(settings.flag_from),
            fail_open=settings.fail_open,
            roles=settings.roles,
            fields=settings.fields,
            max_body_bytes=max_body_bytes,
        )

    async def warm_up(self) -> None:
        """Load the screeners' models now rather than on the first request (nothing when off)."""
        if self.action != "off":
            await self.chain.warm_up()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.action == "off" or scope.get("method") not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope, max_body_bytes=self.max_body_bytes)
        if _exempt(ctx):
            await self.app(scope, receive, send)
            return
        try:
            verdict = await self._screen(ctx, receive)
        except ProxyifyError as exc:
            await send_error(send, exc, ctx.request_id)
            return
        downstream = ctx.downstream_receive(receive)
        if verdict is None:
            await self.app(scope, downstream, send)
            return
        ctx.flags["screening"] = {"category": verdict.category, "reasons": list(verdict.reasons)}
        logger.warning(
            "screening flagged request %s: category=%s score=%s reasons=%s",
            ctx.request_id, verdict.category, verdict.score, ",".join(verdict.reasons),
        )
        await self.app(scope, downstream, _flagging(send))

    async def _screen(self, ctx: RequestContext, receive: Receive) -> Verdict | None:
        """The verdict to flag, or None to pass; raises the 400 to send when blocking."""
        texts = self.extractor.texts(await ctx.json(receive))
        if not texts:
            return None
        try:
            verdict = await self.chain.screen(texts)
        except ScreenerFailed as exc:
            raise PromptInjection(
                "Request blocked: prompt screening could not complete.",
                metadata={"category": "screening_error", "reasons": [f"{exc.screener}.failed"]},
            ) from None
        if verdict.score < self.threshold:
            # under the threshold: flagged only within the band from ``flag_from``
            return verdict if self.flag_from is not None and verdict.score >= self.flag_from else None
        if self.action == "block":
            logger.info(
                "screening blocked request %s: category=%s score=%s reasons=%s",
                ctx.request_id, verdict.category, verdict.score, ",".join(verdict.reasons),
            )
            raise PromptInjection(
                metadata={"category": verdict.category, "reasons": list(verdict.reasons)}
            )
        return verdict


def _exempt(ctx: RequestContext) -> bool:
    """True when the authenticated key's policy exempts it from screening."""
    policy = getattr(ctx.key, "policy", None)
    return bool(getattr(policy, "screening_exempt", False))


def _flagging(send: Send) -> Send:
    """``send`` with ``X-Proxyify-Screening: flagged`` added to the response start."""

    async def send_flagged(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", ()), (SCREENING_HEADER, b"flagged")]
        await send(message)

    return send_flagged
