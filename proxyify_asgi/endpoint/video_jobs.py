"""A video job's life after submit: refresh from the upstream on poll, price, settle exactly once.

There is no background worker. Whoever polls a job (any process sharing the job store) may
refresh it, at most once per ``poll_interval_s`` per job (the job store's ``claim_poll``). The
poller that moves the job to ``completed`` or ``failed`` (the store's atomic ``finish``) is the
only one that settles or releases the credit reservation taken at submit.

A job may run ``[gateway] job_ttl_s`` (its hold was taken for that long). Past that deadline, or
past its hold's own expiry if sooner, an unfinished job is **expired**: the next poll fails it and
releases the hold, and it is never charged, even if the upstream finishes later. The expiry sweep
may already have released that hold, and settling it would charge credits no longer held, so the
check runs again right before settling.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import ProviderError, ProxyifyError
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import to_credits, video_cost
from proxyify_asgi.providers.base import ProviderAdapter, UpstreamCall, VideoStatus
from proxyify_asgi.settings import ProviderSettings, RouteSettings
from proxyify_asgi.stores.jobs import JobOutcome, JobRecord
from proxyify_asgi.stores.protocols import Reservation, Usage

logger = logging.getLogger("proxyify_asgi.video")

DEFAULT_POLL_INTERVAL_S = 2.0
DEFAULT_DURATION_S = 5
EXPIRED_ERROR = "The video job expired: it did not complete within {ttl} s of submission; nothing was charged."


def default_seconds(providers: Mapping[str, ProviderSettings], provider: str) -> int:
    """Seconds of video the named provider makes for a request without ``duration`` (its adapter's
    ``video_default_seconds``; OpenAI's Videos API makes 4, Kling 5)."""
    from proxyify_asgi.providers import ADAPTERS  # here: the providers package imports far and wide

    settings = providers.get(provider)
    adapter = ADAPTERS.get(settings.kind) if settings is not None else None
    return adapter.video_default_seconds if adapter is not None else DEFAULT_DURATION_S


def reservation_to_dict(reservation: Reservation) -> dict[str, Any]:
    """A reservation as JSON-safe values, to keep with the job."""
    return {
        "id": reservation.id, "account": reservation.account, "key": reservation.key,
        "credits": reservation.credits, "cost_usd": str(reservation.cost_usd),
        "expires_at": reservation.expires_at.isoformat(),
    }


def reservation_from_dict(data: dict[str, Any]) -> Reservation:
    """The inverse of :func:`reservation_to_dict`."""
    return Reservation(
        id=data["id"], account=data["account"], key=data["key"], credits=int(data["credits"]),
        cost_usd=Decimal(data["cost_usd"]), expires_at=datetime.fromisoformat(data["expires_at"]),
    )


def job_call(gateway: Gateway, job: JobRecord, ctx: RequestContext) -> UpstreamCall | None:
    """The upstream call that reaches the job's route, or None if it is no longer configured."""
    model = gateway.settings.model(job.model_id)
    if model is None or job.provider not in gateway.settings.providers:
        return None
    route = next(
        (r for r in model.routes if r.provider == job.provider and r.model == job.route_model),
        RouteSettings(provider=job.provider, model=job.route_model),
    )
    return gateway.router.upstream_call(model, route, job.params, ctx)


def _poll_interval(call: UpstreamCall, adapter: ProviderAdapter) -> float:
    """Seconds between upstream refreshes of one job: route option, provider option, adapter default."""
    value = call.route.options.get("poll_interval_s", call.provider.options.get("poll_interval_s"))
    if value is None:
        value = getattr(adapter, "video_poll_interval_s", DEFAULT_POLL_INTERVAL_S)
    return float(value)


def job_deadline(gateway: Gateway, job: JobRecord) -> float:
    """When the job expires (epoch seconds): ``job_ttl_s`` after submit, or its hold's expiry if sooner."""
    deadline = job.created_at + gateway.settings.gateway.job_ttl_s
    if job.reservation is not None:
        deadline = min(deadline, reservation_from_dict(job.reservation).expires_at.timestamp())
    return deadline


async def _expire(gateway: Gateway, job: JobRecord, now: float) -> JobRecord:
    """Fail an unfinished job past its deadline and release its hold (once, by whoever finishes it)."""
    error = EXPIRED_ERROR.format(ttl=gateway.settings.gateway.job_ttl_s)
    if await gateway.jobs.finish(job.id, JobOutcome("failed", error=error), now):
        await _release(gateway, job, reason="video job expired")
    return await gateway.jobs.get(job.id) or job


async def refresh_job(gateway: Gateway, job: JobRecord, ctx: RequestContext) -> JobRecord:
    """The job, refreshed from the upstream if it is unfinished and due (one poller per interval)."""
    now = time.time()
    if job.done:
        return job
    if now >= job_deadline(gateway, job):
        return await _expire(gateway, job, now)
    if job.next_poll_at > now:
        return await _after_other_poller(gateway, job) if job.id in gateway.job_refreshes else job
    call = job_call(gateway, job, ctx)
    if call is None:
        if await gateway.jobs.finish(job.id, JobOutcome("failed", error="model or provider no longer configured"), now):
            await _release(gateway, job)
        return await gateway.jobs.get(job.id) or job
    adapter = gateway.router.adapters[job.provider]
    if not await gateway.jobs.claim_poll(job.id, now, now + _poll_interval(call, adapter)):
        return await _after_other_poller(gateway, job)
    # Shielded, so a poller that hangs up does not cancel the refresh others are waiting for.
    refresh = asyncio.ensure_future(_ask_upstream(gateway, job, call, adapter))
    gateway.job_refreshes[job.id] = refresh
    refresh.add_done_callback(lambda _: gateway.job_refreshes.pop(job.id, None))
    return await asyncio.shield(refresh)


async def _after_other_poller(gateway: Gateway, job: JobRecord) -> JobRecord:
    """The job when another poller is refreshing it: that refresh's answer if it runs in this
    process, else the state stored now."""
    running = gateway.job_refreshes.get(job.id)
    if running is not None:
        try:
            return await asyncio.shield(running)
        except Exception:  # the refresher's failure is its own request's answer, not ours
            logger.warning("video job %s: a shared status refresh failed", job.id)
    return await gateway.jobs.get(job.id) or job


async def _ask_upstream(gateway: Gateway, job: JobRecord, call: UpstreamCall, adapter: ProviderAdapter) -> JobRecord:
    """One upstream status query for the job, applied; the job as stored after it."""
    try:
        status = await adapter.poll_video(call, job.upstream_job_id)
    except ProxyifyError as exc:
        if not (isinstance(exc, ProviderError) and exc.upstream_status == 404):
            # Transient (timeout, 5xx, unreachable): keep the state; the next interval tries again.
            logger.warning("video job %s: status refresh failed (%s)", job.id, type(exc).__name__)
            return job
        status = VideoStatus(status="failed", error="the provider no longer knows this job")
    await _apply(gateway, job, call, status)
    return await gateway.jobs.get(job.id) or job


async def _apply(gateway: Gateway, job: JobRecord, call: UpstreamCall, status: VideoStatus) -> None:
    now = time.time()
    if status.status == "processing":
        await gateway.jobs.mark_processing(job.id)
    elif status.status == "failed":
        outcome = JobOutcome("failed", error=status.error or "failed")
        if await gateway.jobs.finish(job.id, outcome, now):
            await _release(gateway, job)
    elif status.status == "completed":
        if now >= job_deadline(gateway, job):
            # Finished too late: its hold is (or may be) gone, so it is not charged.
            await _expire(gateway, job, now)
            return
        outcome = completed_outcome(gateway, job, call, status)
        if await gateway.jobs.finish(job.id, outcome, now):
            await _settle(gateway, job, outcome)


def completed_outcome(gateway: Gateway, job: JobRecord, call: UpstreamCall, status: VideoStatus) -> JobOutcome:
    """Price a finished job by its real duration (else the requested one), at most the seconds held.

    The hold covered the requested duration (or the provider's default); a provider reporting a
    longer clip is charged for the held seconds, and the answer's ``duration_seconds`` says so.
    """
    usd_per_credit = gateway.settings.gateway.usd_per_credit
    held = Decimal(job.params.get("duration") or default_seconds(gateway.settings.providers, job.provider))
    duration = status.duration_seconds
    duration = held if duration is None else min(duration, held)
    price = call.route.price or call.model.price
    credits = to_credits(video_cost(price, duration), usd_per_credit)
    if job.reservation is not None:
        # Never more than the hold (a price raised since submit, say).
        credits = min(credits, int(job.reservation["credits"]))
    return JobOutcome(
        "completed", video_url=status.video_url, duration_seconds=duration, credits=credits,
        cost_usd=credits * usd_per_credit,
    )


def _ledger(gateway: Gateway) -> Any:
    return getattr(gateway, "ledger", None)


async def _settle(gateway: Gateway, job: JobRecord, outcome: JobOutcome) -> None:
    ledger = _ledger(gateway)
    if job.reservation is None or ledger is None:
        return
    usage = Usage(
        request_id=job.request_id, key=job.owner, model_requested=job.model_id,
        model_used=job.model_used, provider=job.provider, units=outcome.duration_seconds or Decimal(0),
        credits=outcome.credits, cost_usd=outcome.cost_usd, status="ok",
        extra={"job_id": job.id, "modality": "video"},
    )
    try:
        await ledger.settle(reservation_from_dict(job.reservation), usage)
    except Exception:  # the job is done either way; the unsettled hold expires on its own
        logger.exception("video job %s: settling the reservation failed", job.id)


async def _release(gateway: Gateway, job: JobRecord, reason: str = "video job failed") -> None:
    ledger = _ledger(gateway)
    if job.reservation is None or ledger is None:
        return
    try:
        await ledger.release(reservation_from_dict(job.reservation), reason=reason)
    except Exception:
        logger.exception("video job %s: releasing the reservation failed", job.id)
