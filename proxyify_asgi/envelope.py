"""The meter → what the client sees: the ``_balancer`` block, ``X-Balancer-*`` headers, the envelope.

``envelope = "proxyify"`` wraps answers as ``{"data": ..., "_balancer": ...}``; ``"openai"`` sends the
bare OpenAI body so OpenAI SDKs parse it unchanged, and the cost travels in the headers only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
from starlette.responses import Response

from proxyify_asgi.context import Meter, RequestContext

_BALANCER_FIELDS: dict[str, tuple[str, ...]] = {
    "chat": ("credits_used", "cost_usd", "model_used", "input_tokens", "output_tokens", "latency_ms", "cached"),
    "image": ("credits_used", "cost_usd", "model_used", "images_count", "latency_ms"),
    "video_submit": ("job_id", "model_used"),
    "video": ("credits_used", "cost_usd", "duration_seconds"),
    "stt": ("credits_used", "cost_usd", "audio_seconds", "model_used"),
    "tts": ("credits_used", "cost_usd", "model_used"),
}


def _number(value: Decimal) -> float | int:
    """A Decimal as a JSON number. Money was computed exactly; only the rendering is binary."""
    integral = value.to_integral_value()
    return int(integral) if value == integral else float(value)


json_number = _number
"""Public name of the Decimal → JSON number rendering, for other endpoints showing money."""


def balancer_block(meter: Meter, kind: str) -> dict[str, Any]:
    """The ``_balancer`` object for one answer of ``kind`` (a modality or ``video_submit``)."""
    values: dict[str, Any] = {
        "credits_used": meter.credits,
        "cost_usd": _number(meter.cost_usd),
        "model_used": meter.model_used,
        "input_tokens": meter.input_tokens,
        "output_tokens": meter.output_tokens,
        "latency_ms": meter.latency_ms,
        "cached": meter.cached,
        "images_count": meter.images_count,
        "audio_seconds": _number(meter.audio_seconds),
        "duration_seconds": _number(meter.duration_seconds),
        "job_id": meter.extra.get("job_id"),
    }
    block = {name: values[name] for name in _BALANCER_FIELDS[kind]}
    if meter.provider is not None and kind != "video":
        block["provider"] = meter.provider
        block["attempts"] = meter.attempts
    return block


def balancer_headers(meter: Meter) -> dict[str, str]:
    """``X-Balancer-*`` headers: credits, USD cost, model used."""
    headers = {
        "x-balancer-credits-used": str(meter.credits),
        "x-balancer-cost-usd": format(meter.cost_usd.normalize(), "f") if meter.cost_usd else "0",
    }
    if meter.model_used:
        headers["x-balancer-model-used"] = meter.model_used
    return headers


def enveloped_response(
    ctx: RequestContext, data: Any, kind: str, envelope: str, status_code: int = 200
) -> Response:
    """A JSON success answer in the configured envelope, with balancer and request-id headers."""
    meter = ctx.meter
    if envelope == "openai":
        payload = data
    else:
        payload = {"data": data, "_balancer": balancer_block(meter, kind)}
    headers = balancer_headers(meter)
    headers["x-request-id"] = ctx.request_id
    return Response(orjson.dumps(payload), status_code=status_code, headers=headers, media_type="application/json")
