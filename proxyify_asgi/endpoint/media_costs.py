"""The most a media request can cost, known before any upstream call: what metering reserves.

Each function validates the body the way its handler will (a bad body is the same 400 either
way) and prices the request at the dearest of the model's routes. Video is priced at the
requested duration (or the default the adapters send, 5 s); settlement never exceeds the hold.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from proxyify_asgi.endpoint.image import validate_image
from proxyify_asgi.endpoint.stt import body_audio_seconds
from proxyify_asgi.endpoint.tts import validate_tts
from proxyify_asgi.endpoint.video import validate_video
from proxyify_asgi.endpoint.video_jobs import DEFAULT_DURATION_S
from proxyify_asgi.pricing import image_cost, requested_count, stt_cost, tts_cost, video_cost
from proxyify_asgi.settings import ModelSettings, Price


def _dearest(model: ModelSettings, cost: Callable[[Price], Decimal]) -> Decimal:
    prices = [model.price, *(route.price for route in model.routes if route.price is not None)]
    return max(cost(price) for price in prices)


def max_media_cost(model: ModelSettings, body: dict[str, Any], *, audio_seconds: Decimal | None = None) -> Decimal:
    """USD upper bound for an image, video, STT or TTS request to ``model`` (400 if the body is bad).
    ``audio_seconds``: the STT audio's length if already measured."""
    if model.modality == "image":
        size = validate_image(body)["image_config"]["image_size"]
        return _dearest(model, lambda p: image_cost(p, requested_count(body), size))
    if model.modality == "video":
        seconds = Decimal(validate_video(body).get("duration") or DEFAULT_DURATION_S)
        return _dearest(model, lambda p: video_cost(p, seconds))
    if model.modality == "stt":
        seconds = body_audio_seconds(body) if audio_seconds is None else audio_seconds
        return _dearest(model, lambda p: stt_cost(p, seconds))
    if model.modality == "tts":
        validate_tts(body)
        characters = len(body["input"])
        return _dearest(model, lambda p: tts_cost(p, characters))
    raise ValueError(f"max_media_cost does not price modality {model.modality!r}")
