"""Image generation: a chat-shaped request answered with ``message.images[]`` data URLs."""

from __future__ import annotations

import time
from typing import Any

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.chat import validate_chat
from proxyify_asgi.endpoint.media_common import charge, one_of, reject_streaming, route_price
from proxyify_asgi.endpoint.validation import field_error, optional_positive_int
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import image_cost
from proxyify_asgi.providers.media_util import prompt_text
from proxyify_asgi.settings import ModelSettings

ASPECT_RATIOS = ("1:1", "16:9", "9:16")
IMAGE_SIZES = ("1K", "2K", "4K")
MODALITIES = ("image", "text")
MAX_IMAGES = 10
"""The most images one request may ask for (``n``), as OpenAI's Images API allows."""


def validate_image(body: dict[str, Any]) -> dict[str, Any]:
    """Check an image request; return it with ``image_config`` defaults filled in."""
    reject_streaming(body, "image")
    validate_chat(body)
    optional_positive_int(body, "n", maximum=MAX_IMAGES)
    if not prompt_text(body).strip():
        raise field_error("messages", "a user message with a text prompt")
    modalities = body.get("modalities")
    if modalities is not None and (
        not isinstance(modalities, list) or not modalities
        or any(m not in MODALITIES for m in modalities) or "image" not in modalities
    ):
        raise field_error("modalities", "an array of 'image' and optionally 'text'")
    config = body.get("image_config")
    if config is None:
        config = {}
    if not isinstance(config, dict):
        raise field_error("image_config", "an object with 'aspect_ratio' and 'image_size'")
    aspect_ratio = one_of(config, "aspect_ratio", ASPECT_RATIOS, label="image_config.aspect_ratio") or "1:1"
    image_size = one_of(config, "image_size", IMAGE_SIZES, label="image_config.image_size") or "1K"
    return {**body, "image_config": {**config, "aspect_ratio": aspect_ratio, "image_size": image_size}}


async def handle_image(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Serve one image request: generate, price per image (by size class), answer."""
    body = validate_image(body)
    settings = gateway.settings.gateway
    result, call = await gateway.router.call(model, body, ctx, lambda adapter, c: adapter.generate_image(c))
    ctx.meter.images_count = len(result.images)
    size = body["image_config"]["image_size"]
    charge(ctx, image_cost(route_price(model, call), len(result.images), size), settings.usd_per_credit)
    message: dict[str, Any] = {
        "role": "assistant",
        "images": [{"type": "image_url", "image_url": {"url": url}} for url in result.images],
    }
    if result.text:
        message["content"] = result.text
    data = {
        "id": "gen-" + ctx.request_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": ctx.meter.model_used or model.id,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
    }
    return enveloped_response(ctx, data, "image", settings.envelope)
