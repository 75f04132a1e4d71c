"""The most a media request can cost, known before any upstream call: what metering reserves.

Each function validates the body the way its handler will (a bad body is the same 400 either
way) and prices the request at the dearest of the model's routes. Video is priced at the
requested duration, else each route at what its provider makes by default (OpenAI's Videos API 4 s,
Kling 5 s); settlement never exceeds the hold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from proxyify_asgi.endpoint.image import validate_image
from proxyify_asgi.endpoint.stt import body_audio_seconds
from proxyify_asgi.endpoint.tts import validate_tts
from proxyify_asgi.endpoint.video import validate_video
from proxyify_asgi.endpoint.video_jobs import DEFAULT_DURATION_S, default_seconds
from proxyify_asgi.pricing import image_cost, requested_count, stt_cost, tts_cost, video_cost
from proxyify_asgi.settings import ModelSettings, Price, ProviderSettings


def _dearest(model: ModelSettings, cost: Callable[[Price], Decimal]) -> Decimal:
    prices = [model.price, *(route.price for route in model.routes if route.price is not None)]
    return max(cost(price) for price in prices)


def _max_video_cost(
    model: ModelSettings, body: dict[str, Any], providers: Mapping[str, ProviderSettings] | None
) -> Decimal:
    """The dearest route's price for the requested seconds, else for what its provider makes by default."""
    duration = validate_video(body).get("duration")
    if providers is None or not model.routes:
        return _dearest(model, lambda p: video_cost(p, Decimal(duration or DEFAULT_DURATION_S)))
    return max(
        video_cost(route.price or model.price, Decimal(duration or default_seconds(providers, route.provider)))
        for route in model.routes
    )


def max_media_cost(model: ModelSettings, body: dict[str, Any],
                   providers: Mapping[str, ProviderSettings] | None = None, *,
                   audio_seconds: Decimal | None = None) -> Decimal:
    """USD upper bound for an image, video, STT or TTS request to ``model`` (400 if the body is bad).

    ``providers`` (the ``[providers]`` tables) lets a video without ``duration`` be priced at what
    each route's provider makes by default; without it, at 5 s. ``audio_seconds``: the STT audio's
    length if already measured.
    """
    if model.modality == "image":
        size = validate_image(body)["image_config"]["image_size"]
        return _dearest(model, lambda p: image_cost(p, requested_count(body), size))
    if model.modality == "video":
        return _max_video_cost(model, body, providers)
    if model.modality == "stt":
        seconds = body_audio_seconds(body) if audio_seconds is None else audio_seconds
        return _dearest(model, lambda p: stt_cost(p, seconds))
    if model.modality == "tts":
        validate_tts(body)
        characters = len(body["input"])
        return _dearest(model, lambda p: tts_cost(p, characters))
    raise ValueError(f"max_media_cost does not price modality {model.modality!r}")
