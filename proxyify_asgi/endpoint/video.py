"""Video: submit a job through ``/v1/chat/completions``, poll it at ``GET /v1/jobs/{id}``.

Submit answers ``{"id", "status": "pending", "polling_url"}`` and leaves the request's credit
reservation open (``meter.defer_settlement``): the job keeps it and settles it on completion.
URLs handed out carry the mount prefix (``root_path``). A job is visible only to the key that
created it (``anonymous`` when no auth runs); anyone else gets 404, as if it did not exist.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from proxyify_asgi.context import Meter, RequestContext
from proxyify_asgi.endpoint.media_common import one_of, open_media_stream, prepend_chunk, reject_streaming
from proxyify_asgi.endpoint.validation import field_error, required_string
from proxyify_asgi.endpoint.video_jobs import job_call, refresh_job, reservation_to_dict
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.errors import InvalidRequest, NotFound
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.stores.jobs import JobRecord
from proxyify_asgi.stores.protocols import Reservation

RESOLUTIONS = ("480p", "720p", "1080p")
ASPECT_RATIOS = ("16:9", "9:16", "1:1")
MAX_DURATION_S = 60
ANONYMOUS = "anonymous"


def owner_of(ctx: RequestContext) -> str:
    """The job owner for this request: the key's name, or ``anonymous`` without auth."""
    name = getattr(ctx.key, "name", None)
    return name if isinstance(name, str) and name else ANONYMOUS


def validate_video(body: dict[str, Any]) -> dict[str, Any]:
    """Check a video request; return the fields the job keeps."""
    reject_streaming(body, "video")
    prompt = required_string(body, "prompt")
    duration = body.get("duration")
    if duration is not None and (
        isinstance(duration, bool) or not isinstance(duration, int) or not 1 <= duration <= MAX_DURATION_S
    ):
        raise field_error("duration", f"a whole number of seconds from 1 to {MAX_DURATION_S}")
    params: dict[str, Any] = {"prompt": prompt, "duration": duration}
    params["resolution"] = one_of(body, "resolution", RESOLUTIONS)
    params["aspect_ratio"] = one_of(body, "aspect_ratio", ASPECT_RATIOS)
    return {k: v for k, v in params.items() if v is not None}


def _urls(root_path: str, job: JobRecord) -> tuple[str, str]:
    base = f"{root_path.rstrip('/')}/v1/jobs/{job.id}"
    return base, base + "/content"


async def handle_video(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Submit a video job and keep it (with the open reservation) for polling."""
    params = validate_video(body)
    submission, call = await gateway.router.call(model, params, ctx, lambda adapter, c: adapter.submit_video(c))
    now = time.time()
    reservation = ctx.reservation if isinstance(ctx.reservation, Reservation) else None
    job = JobRecord(
        id="vid_" + secrets.token_hex(12), owner=owner_of(ctx), model_id=model.id,
        model_used=ctx.meter.model_used or model.id, provider=call.route.provider,
        route_model=call.route.model, upstream_job_id=submission.upstream_job_id,
        request_id=ctx.request_id, created_at=now, next_poll_at=now, params=params,
        reservation=reservation_to_dict(reservation) if reservation is not None else None,
    )
    await gateway.jobs.create(job)
    ctx.meter.extra["job_id"] = job.id
    ctx.meter.defer_settlement = True  # metering keeps the reservation open; the job settles it
    ctx.meter.status = "ok"
    polling_url, _content = _urls(ctx_root_path(ctx), job)
    data = {"id": job.id, "status": job.status, "polling_url": polling_url}
    return enveloped_response(ctx, data, "video_submit", gateway.settings.gateway.envelope)


def ctx_root_path(ctx: RequestContext) -> str:
    """The mount prefix of the current request (stored by the endpoint app)."""
    return str(ctx.flags.get("root_path", ""))


def render_job(ctx: RequestContext, job: JobRecord, root_path: str, envelope: str) -> Response:
    """The job as the client sees it; completed jobs carry their cost and ``video_url``."""
    _polling, content_url = _urls(root_path, job)
    data: dict[str, Any] = {"id": job.id, "status": job.status}
    meter = Meter(model_used=job.model_used)
    meter.extra["job_id"] = job.id
    kind = "video_submit"
    if job.status == "completed":
        data["video_url"] = job.video_url or content_url
        meter.credits, meter.cost_usd = job.credits, job.cost_usd
        meter.duration_seconds = job.duration_seconds or meter.duration_seconds
        kind = "video"
    elif job.status == "failed":
        data["error"] = {"message": job.error or "failed"}
        kind = "video"
    view = RequestContext(request_id=ctx.request_id, meter=meter)
    return enveloped_response(view, data, kind, envelope)


class JobEndpoints:
    """``GET /v1/jobs/{id}`` and ``GET /v1/jobs/{id}/content`` for one gateway."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def _own_job(self, request: Request) -> tuple[RequestContext, JobRecord]:
        ctx = RequestContext.of(request.scope)
        job_id = request.path_params["job_id"]
        job = await self.gateway.jobs.get(job_id) if len(job_id) <= 64 else None
        if job is None or job.owner != owner_of(ctx):
            raise NotFound(f"No job {job_id[:64]!r}.")
        return ctx, job

    async def show(self, request: Request) -> Response:
        """The job's state, refreshed from the upstream when due."""
        ctx, job = await self._own_job(request)
        job = await refresh_job(self.gateway, job, ctx)
        return render_job(ctx, job, request.scope.get("root_path", ""), self.gateway.settings.gateway.envelope)

    async def content(self, request: Request) -> Response:
        """The finished video: a redirect to the provider's URL, or the bytes streamed through."""
        ctx, job = await self._own_job(request)
        if job.status != "completed":
            raise InvalidRequest(f"Job {job.id!r} is {job.status}, not completed.", metadata={"status": job.status})
        if job.video_url:
            return RedirectResponse(job.video_url, status_code=302, headers={"x-request-id": ctx.request_id})
        call = job_call(self.gateway, job, ctx)
        if call is None:
            raise NotFound(f"The video of job {job.id!r} is no longer available.")
        adapter = self.gateway.router.adapters[job.provider]
        content_type, first, rest = await open_media_stream(
            await adapter.video_content(call, job.upstream_job_id), job.provider
        )
        return StreamingResponse(prepend_chunk(first, rest), media_type=content_type,
                                 headers={"x-request-id": ctx.request_id})


def jobs_routes(gateway: Gateway) -> list[BaseRoute]:
    """The job routes, for :func:`~proxyify_asgi.endpoint.routes.build_endpoint_app`."""
    endpoints = JobEndpoints(gateway)
    return [
        Route("/v1/jobs/{job_id}", endpoints.show, methods=["GET"]),
        Route("/v1/jobs/{job_id}/content", endpoints.content, methods=["GET"]),
    ]
