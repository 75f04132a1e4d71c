"""Metering: hold the most a request can cost before the upstream call, settle what it really cost after.

For a ``POST`` whose JSON body names a configured model and a key in the request context:

- before: :func:`reservation_cost` in whole credits is reserved on the key's account (chat: prompt
  estimate + output cap; image, video, STT, TTS: ``endpoint.media_costs.max_media_cost``, which
  validates the body as its handler will and prices it at the dearest route), with the key's
  ``spend_limit_usd`` checked in the same ledger transaction. Refusals are 402s
  (``InsufficientCredits`` / ``SpendingLimitReached``). The reservation goes on ``ctx.reservation``.
- after, whatever ended the request (success, error, client disconnect mid-stream or before the
  upstream answered, upstream cut), exactly once, and for a complete answer before its last body
  part is sent: ``ctx.meter.status`` ``ok``/``partial`` settles ``ctx.meter.credits`` (the figure
  the client was shown); anything else (``error``, ``cancelled``) releases the hold at no charge.
  ``ctx.meter.defer_settlement`` (video jobs) leaves the reservation open for the job to settle
  through ``gateway.ledger``; a video request's hold is therefore taken with ``[gateway] job_ttl_s``
  (how long a job may run) instead of ``reservation_ttl_s``.

Requests without a key, or for an unknown model, pass through unmetered: there is nobody to charge, and
the endpoint answers the unknown model with a 400.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from proxyify_asgi.context import Meter, RequestContext
from proxyify_asgi.errors import InvalidRequest, ProxyifyError, send_error
from proxyify_asgi.endpoint.media_costs import max_media_cost
from proxyify_asgi.endpoint.stt import measured_audio
from proxyify_asgi.pricing import credits_to_usd, max_chat_cost, to_credits
from proxyify_asgi.routing.capabilities import refuse_unservable_n
from proxyify_asgi.settings import ModelSettings, ProviderSettings, Settings
from proxyify_asgi.stores.protocols import CreditLedger, Reservation, Usage
from proxyify_asgi.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("proxyify_asgi")

CHARGED_STATUSES = frozenset({"ok", "partial"})


def _units(meter: Meter) -> Any:
    """The billed quantity of non-token modalities, for the ledger's audit fields."""
    return {
        "image": meter.images_count, "video": meter.duration_seconds,
        "stt": meter.audio_seconds, "tts": meter.characters,
    }.get(meter.modality or "", 0)


def reservation_cost(model: ModelSettings, body: dict[str, Any],
                     providers: Mapping[str, ProviderSettings] | None = None, *,
                     audio_seconds: Decimal | None = None) -> Decimal:
    """The most a request can cost, in USD; a media body its handler would refuse is a 400 here.

    ``providers`` (``settings.providers``) prices a video without ``duration`` per provider default;
    ``audio_seconds``: an STT request's audio length, if already measured.
    """
    if model.modality == "chat":
        return max_chat_cost(model, body)
    return max_media_cost(model, body, providers, audio_seconds=audio_seconds)


def usage_from_meter(ctx: RequestContext, key_name: str, model: ModelSettings) -> Usage:
    """The ledger's record of what the request used and cost."""
    meter = ctx.meter
    return Usage(
        request_id=ctx.request_id, key=key_name, model_requested=meter.model_requested or model.id,
        model_used=meter.model_used, provider=meter.provider, input_tokens=meter.input_tokens,
        output_tokens=meter.output_tokens, units=_units(meter), credits=meter.credits,
        cost_usd=meter.cost_usd, latency_ms=meter.latency_ms, cached=meter.cached, status=meter.status,
    )


class MeteringMiddleware:
    """Pure ASGI credit reservation and settlement around the endpoint."""

    def __init__(self, app: ASGIApp, *, ledger: CreditLedger, settings: Settings) -> None:
        self.app = app
        self.ledger = ledger
        self.settings = settings
        self.usd_per_credit = settings.gateway.usd_per_credit
        self.ttl_s = settings.gateway.reservation_ttl_s
        self.job_ttl_s = settings.gateway.job_ttl_s
        self.max_body_bytes = settings.gateway.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope, max_body_bytes=self.max_body_bytes)
        key = ctx.key
        try:
            model, body = await self._model(ctx, receive) if key is not None else (None, None)
            reservation = await self._reserve(ctx, key, model, body) if model is not None else None
        except ProxyifyError as refusal:
            await send_error(send, refusal, ctx.request_id)
            return
        downstream = ctx.downstream_receive(receive)
        if reservation is None:
            await self.app(scope, downstream, send)
            return
        finished = False

        async def finish() -> None:
            nonlocal finished
            if not finished:
                finished = True
                await self._finish(ctx, key.name, model, reservation)

        async def send_settling_first(message: Message) -> None:
            # Settle before the last body part leaves: a client never sees a charge the ledger
            # could still lose to a crash.
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                await finish()
            await send(message)

        try:
            await self.app(scope, downstream, send_settling_first)
        finally:
            # Whatever ended the request (disconnect, cut stream, error); shielded so a cancelled
            # request task still closes its hold.
            if not finished:
                await asyncio.shield(finish())

    async def _model(self, ctx: RequestContext, receive: Receive) -> tuple[ModelSettings | None, Any]:
        try:
            body = await ctx.json(receive)
        except InvalidRequest:
            return None, None  # not JSON: the endpoint answers the 400
        model_id = body.get("model") if isinstance(body, dict) else None
        model = self.settings.model(model_id) if isinstance(model_id, str) else None
        return model, body

    async def _reserve(self, ctx: RequestContext, key: Any, model: ModelSettings, body: dict[str, Any]) -> Reservation:
        refuse_unservable_n(model, self.settings, body)  # a 400 found from the configuration holds nothing
        # STT audio is measured off the event loop, once for the handler too
        seconds = (await measured_audio(ctx, body))[2] if model.modality == "stt" else None
        cost = reservation_cost(model, body, self.settings.providers, audio_seconds=seconds)
        credits = to_credits(cost, self.usd_per_credit)
        # A video submit's hold stays with the job (deferred settlement), so it must live as long
        # as the job may; the model's modality says so before the handler runs.
        ttl_s = self.job_ttl_s if model.modality == "video" else self.ttl_s
        reservation = await self.ledger.reserve(
            key.account, key.name, credits, credits_to_usd(credits, self.usd_per_credit),
            request_id=ctx.request_id, ttl_s=ttl_s, spend_limits=key.policy.spend_limit_usd,
        )
        ctx.reservation = reservation
        return reservation

    async def _finish(self, ctx: RequestContext, key_name: str, model: ModelSettings, reservation: Reservation) -> None:
        meter = ctx.meter
        if meter.defer_settlement:
            return
        try:
            if meter.status in CHARGED_STATUSES:
                await self.ledger.settle(reservation, usage_from_meter(ctx, key_name, model))
            else:
                await self.ledger.release(reservation, reason=meter.status)
        except Exception as exc:  # the answer cannot be taken back; the hold expires and the sweep frees it
            logger.error("settling request %s failed: %s", ctx.request_id, type(exc).__name__, exc_info=exc)
