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

When the ledger fails (locked, read-only, unreachable), nothing is served free:

- a ``reserve`` that fails propagates; the error guard answers it as a 503 ``LedgerUnavailable``
  (logged once) and the endpoint never runs.
- the response's ``http.response.start`` is held back until its first body part. A complete
  answer (start, then one last body part: every non-stream answer) is therefore settled before
  any of it leaves; if that settle fails, the client gets a 503 ``LedgerUnavailable`` instead of
  the answer, and the hold is released (best effort: if that fails too, the sweep frees it), since
  the client received nothing.
- a stream has already sent part of its answer when it settles (before its last part, or after a
  cut or disconnect): the settle is retried after each of :attr:`MeteringMiddleware.settle_retry_delays_s`
  (the stream's last part waits for these, about a second). If they all fail, the last part goes
  out and the settle goes on in the background, after each of
  :attr:`MeteringMiddleware.late_settle_delays_s` (about 15 minutes in all): the ledgers keep an
  expired hold for days, so a late settle still charges it, exactly once. When the gateway shuts
  down, each settle still waiting gets one last attempt (:meth:`MeteringMiddleware.settle_pending`).
  Only if that fails too is the charge logged at ERROR with the request id and the credits (the
  charge is lost; the log is the record) and the open hold freed by the sweep once it expires.

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
from proxyify_asgi.errors import InvalidRequest, LedgerUnavailable, ProxyifyError, send_error
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

    settle_retry_delays_s: tuple[float, ...] = (0.05, 0.25, 1.0)
    """Pauses between attempts to settle a stream whose answer the client already has (part of)."""
    late_settle_delays_s: tuple[float, ...] = (2.0, 4.0, 8.0, 16.0, 30.0, *(60.0,) * 14)
    """Then, in the background, pauses between further attempts (900 s in all): a ledger that is
    down for minutes loses no charge while the process runs."""

    def __init__(self, app: ASGIApp, *, ledger: CreditLedger, settings: Settings) -> None:
        self.app = app
        self.ledger = ledger
        self.settings = settings
        self.usd_per_credit = settings.gateway.usd_per_credit
        self.ttl_s = settings.gateway.reservation_ttl_s
        self.job_ttl_s = settings.gateway.job_ttl_s
        self.max_body_bytes = settings.gateway.max_body_bytes
        # Background settles still waiting (referenced, so none is collected mid-way).
        self._late_settles: dict[asyncio.Task[None], tuple[Reservation, Usage]] = {}

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
        held_start: Message | None = None

        async def finish(*, retry: bool = True) -> bool:
            nonlocal finished
            if finished:
                return True
            finished = True
            return await self._finish(ctx, key.name, model, reservation, retry=retry)

        async def send_settling_first(message: Message) -> None:
            # Settle before the last body part leaves: a client never sees a charge the ledger
            # could still lose to a crash. The head waits for the first body part, so a complete
            # answer whose settle fails can still become a 503 instead of a free answer.
            nonlocal held_start
            if message["type"] == "http.response.start":
                held_start = message
                return
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                if not await finish(retry=held_start is None) and held_start is not None:
                    held_start = None
                    await self._refuse_unsettled(ctx, reservation, send)
                    return
            if held_start is not None:
                start, held_start = held_start, None
                await send(start)
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

    async def _finish(self, ctx: RequestContext, key_name: str, model: ModelSettings, reservation: Reservation,
                      *, retry: bool) -> bool:
        """Settle or release the hold as the meter says; False if a charge could not be recorded.

        ``retry``: the client has (part of) the answer already, so a failed settle is retried
        before it is given up (logged at ERROR). Without it the caller refuses the answer instead.
        """
        meter = ctx.meter
        if meter.defer_settlement:
            return True
        if meter.status not in CHARGED_STATUSES:
            await self._release(ctx, reservation, meter.status)
            return True
        usage = usage_from_meter(ctx, key_name, model)  # the meter is final here
        try:
            await self.ledger.settle(reservation, usage)
            return True
        except Exception as exc:
            if not retry or not self.settle_retry_delays_s:
                self._settle_lost(usage, exc, "after 1 attempt", traceback=retry)
                return False
            failure = exc
        # Shielded, so a client that leaves meanwhile cannot stop the retries. Only a failure gets
        # here: a settle that succeeds first time adds no suspension before the last body part
        # (sse-starlette ends a stream's task group as soon as that part is on its way).
        return await asyncio.shield(self._retry_settle(reservation, usage, failure))

    async def _retry_settle(self, reservation: Reservation, usage: Usage, failure: Exception) -> bool:
        delays = self.settle_retry_delays_s
        for delay in delays:
            logger.warning("settling request %s failed (%s); retrying in %.2f s",
                           usage.request_id, type(failure).__name__, delay)
            await asyncio.sleep(delay)
            try:
                # Exactly once: a retry after a settle whose answer was lost does nothing.
                await self.ledger.settle(reservation, usage)
                return True
            except Exception as exc:
                failure = exc
        if not self.late_settle_delays_s:
            self._settle_lost(usage, failure, f"after {1 + len(delays)} attempts", traceback=True)
            return False
        logger.warning("settling request %s failed %d times (%s); retrying in the background for up to %.0f s",
                       usage.request_id, 1 + len(delays), type(failure).__name__, sum(self.late_settle_delays_s))
        task = asyncio.get_running_loop().create_task(self._settle_late(reservation, usage, 1 + len(delays)))
        self._late_settles[task] = (reservation, usage)
        task.add_done_callback(lambda done: self._late_settles.pop(done, None))
        return False

    async def settle_pending(self) -> None:
        """At shutdown: stop the background settles' waits and give each one last attempt now
        (the ledger may be back); a charge that still fails is logged at ERROR as lost."""
        pending = list(self._late_settles.items())
        self._late_settles.clear()  # taken over here: their cancelled waits log nothing
        for task, _ in pending:
            task.cancel()
        await asyncio.gather(*(task for task, _ in pending), return_exceptions=True)
        for _, (reservation, usage) in pending:
            try:
                await self.ledger.settle(reservation, usage)
            except Exception as exc:
                self._settle_lost(usage, exc, "at shutdown", traceback=True)
                continue
            logger.warning("settled request %s late, at shutdown", usage.request_id)

    async def _settle_late(self, reservation: Reservation, usage: Usage, attempts: int) -> None:
        """Settle after each of :attr:`late_settle_delays_s` until one attempt succeeds."""
        failure: BaseException | None = None
        try:
            for delay in self.late_settle_delays_s:
                await asyncio.sleep(delay)
                attempts += 1
                try:
                    await self.ledger.settle(reservation, usage)
                except Exception as exc:
                    failure = exc
                    continue
                logger.warning("settled request %s late, at attempt %d", usage.request_id, attempts)
                return
        except asyncio.CancelledError as cancelled:  # the process is stopping
            if asyncio.current_task() in self._late_settles:  # else settle_pending makes the last attempt
                self._settle_lost(usage, cancelled, f"after {attempts} attempts", traceback=False)
            raise
        self._settle_lost(usage, failure, f"after {attempts} attempts", traceback=True)

    @staticmethod
    def _settle_lost(usage: Usage, exc: BaseException | None, tried: str, *, traceback: bool) -> None:
        """The charge is given up: logged at ERROR (request id, credits), the one record left."""
        logger.error("settling request %s failed %s: %s; %d credits not charged",
                     usage.request_id, tried, type(exc).__name__, usage.credits,
                     exc_info=exc if traceback else None)

    async def _release(self, ctx: RequestContext, reservation: Reservation, reason: str) -> None:
        try:
            await self.ledger.release(reservation, reason=reason)
        except Exception as exc:  # nothing is charged either way; the hold expires and the sweep frees it
            logger.warning("releasing request %s failed: %s", ctx.request_id, type(exc).__name__)

    async def _refuse_unsettled(self, ctx: RequestContext, reservation: Reservation, send: Send) -> None:
        """The complete answer whose charge the ledger would not take is not delivered: a 503
        instead, and the hold given back (the client got nothing)."""
        ctx.meter.status = "error"  # for the layers outside (the token rate limit): nothing was delivered
        await self._release(ctx, reservation, "unsettled")
        await send_error(send, LedgerUnavailable(), ctx.request_id)
