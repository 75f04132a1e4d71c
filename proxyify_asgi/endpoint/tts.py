"""Text-to-speech: the raw audio, streamed as the upstream sends it, cost in the headers.

The price depends only on the input's length, so the ``X-Balancer-*`` headers are complete
before the first byte. The first chunk is pulled from the upstream before the response starts:
an upstream error is still a proper JSON error, and a failing route can still fail over. An
upstream that fails after that leaves the client a cut body and is charged nothing.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response, StreamingResponse

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.media_common import (
    charge,
    one_of,
    open_media_stream,
    prepend_chunk,
    reject_streaming,
    route_price,
)
from proxyify_asgi.endpoint.validation import optional_number, optional_type, required_string
from proxyify_asgi.envelope import balancer_headers
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import tts_cost
from proxyify_asgi.providers.media_util import AUDIO_CONTENT_TYPES
from proxyify_asgi.settings import ModelSettings


def validate_tts(body: dict[str, Any]) -> str:
    """Check a speech request; return its ``response_format`` (default ``mp3``)."""
    reject_streaming(body, "text-to-speech")
    required_string(body, "input")
    optional_type(body, "voice", str, "a voice name string")
    optional_number(body, "speed", 0.25, 4.0)
    return one_of(body, "response_format", tuple(AUDIO_CONTENT_TYPES)) or "mp3"


async def handle_tts(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Serve one speech request as a streamed audio body."""
    response_format = validate_tts(body)
    settings = gateway.settings.gateway

    async def open_speech(adapter: Any, call: Any) -> tuple[str, bytes, Any]:
        return await open_media_stream(await adapter.speech(call), call.route.provider)

    (content_type, first, rest), call = await gateway.router.call(model, body, ctx, open_speech)
    ctx.meter.characters = len(body["input"])
    charge(ctx, tts_cost(route_price(model, call), ctx.meter.characters), settings.usd_per_credit)
    headers = balancer_headers(ctx.meter)
    headers["x-request-id"] = ctx.request_id
    # Without an explicit format the route's own default decides (Gemini speaks WAV, not MP3).
    media_type = AUDIO_CONTENT_TYPES[response_format] if "response_format" in body else content_type
    # An upstream cut after the first bytes is a failed call: released, charged nothing.
    return StreamingResponse(prepend_chunk(first, rest, ctx), media_type=media_type, headers=headers)
