"""Image generation: a chat-shaped request answered with ``message.images[]`` data URLs.

Every route answers exactly ``n`` images (default 1) or fails: a route that returns fewer fails
like any upstream error (the router may try the next one, nothing is charged), extra images are
dropped. The charge is ``n`` images at the size class of what was asked of the upstream (the
adapter reports it when it differs from the requested one, e.g. the Images API's 1536x1024 is
1K), never above the requested class, which is what the hold covered.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.chat import validate_chat
from proxyify_asgi.endpoint.media_common import charge, one_of, reject_streaming, route_price
from proxyify_asgi.endpoint.validation import field_error
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.errors import ProviderError
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import image_cost, requested_count
from proxyify_asgi.providers.base import ImageResult, ProviderAdapter, UpstreamCall
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
    validate_chat(body, max_choices=MAX_IMAGES)
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


def charged_size(requested: str, sent: str | None) -> str:
    """The size class to charge: what was sent upstream, capped at what was requested (and held)."""
    if sent not in IMAGE_SIZES:
        return requested
    return min(requested, sent, key=IMAGE_SIZES.index)


async def handle_image(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Serve one image request: generate, price per image (by size class), answer."""
    body = validate_image(body)
    settings = gateway.settings.gateway
    count = requested_count(body)

    async def exactly_n(adapter: ProviderAdapter, c: UpstreamCall) -> ImageResult:
        result = await adapter.generate_image(c)
        if len(result.images) < count:  # inside the attempt: a short answer fails over like an error
            raise ProviderError(f"Provider {c.route.provider!r} returned {len(result.images)} of {count} images.")
        result.images = result.images[:count]
        return result

    result, call = await gateway.router.call(model, body, ctx, exactly_n)
    ctx.meter.images_count = len(result.images)
    size = charged_size(body["image_config"]["image_size"], result.size_class)
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
