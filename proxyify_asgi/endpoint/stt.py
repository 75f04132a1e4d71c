"""Speech-to-text: base64 audio in, ``{"text"}`` out, priced per minute of audio measured here."""

from __future__ import annotations

import base64
import binascii
import re
from decimal import Decimal
from typing import Any

import anyio
from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.audio_duration import SUPPORTED_FORMATS, audio_seconds
from proxyify_asgi.endpoint.media_common import charge, one_of, reject_streaming, route_price
from proxyify_asgi.endpoint.validation import field_error, optional_type
from proxyify_asgi.envelope import enveloped_response
from proxyify_asgi.errors import InvalidRequest
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.pricing import stt_cost
from proxyify_asgi.settings import ModelSettings

MAX_AUDIO_BYTES = 25 * 1024 * 1024
"""OpenAI's transcription limit; most OpenAI-compatible hosts of Whisper use the same."""
_DATA_URL_PREFIX = re.compile(r"^data:audio/[\w.+-]+;base64,")
_WHITESPACE = re.compile(r"\s+")


def decode_audio(body: dict[str, Any]) -> tuple[bytes, str]:
    """The request's audio bytes and format, checked: base64, known format, size, not empty."""
    reject_streaming(body, "speech-to-text")
    audio = body.get("input_audio")
    if not isinstance(audio, dict):
        raise field_error("input_audio", "an object with 'data' (base64 audio) and 'format'")
    audio_format = one_of(audio, "format", SUPPORTED_FORMATS, label="input_audio.format")
    if audio_format is None:  # absent or null: required
        raise field_error("input_audio.format", "one of " + ", ".join(repr(f) for f in SUPPORTED_FORMATS))
    data = audio.get("data")
    if not isinstance(data, str):
        raise field_error("input_audio.data", "base64-encoded audio")
    optional_type(body, "language", str, "a language code such as 'en'")
    encoded = _WHITESPACE.sub("", _DATA_URL_PREFIX.sub("", data, count=1))
    if not encoded:
        raise InvalidRequest("Invalid 'input_audio.data': the audio is empty.", metadata={"field": "input_audio.data"})
    if len(encoded) * 3 // 4 > MAX_AUDIO_BYTES + 2:
        raise _too_large()
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise field_error("input_audio.data", "valid base64-encoded audio") from None
    if not raw:
        raise InvalidRequest("Invalid 'input_audio.data': the audio is empty.", metadata={"field": "input_audio.data"})
    if len(raw) > MAX_AUDIO_BYTES:
        raise _too_large()
    return raw, audio_format


def _too_large() -> InvalidRequest:
    return InvalidRequest(
        f"Invalid 'input_audio.data': audio is larger than the {MAX_AUDIO_BYTES // (1024 * 1024)} MB limit.",
        metadata={"field": "input_audio.data", "limit_bytes": MAX_AUDIO_BYTES},
    )


MeasuredAudio = tuple[bytes, str, Decimal]
"""The request's decoded audio, its format and its length in seconds."""
_MEASURED = "stt.measured_audio"


def measure_audio(body: dict[str, Any]) -> MeasuredAudio:
    """Decode and measure the request's audio (a 400 if it cannot be read or measured)."""
    audio, audio_format = decode_audio(body)
    return audio, audio_format, audio_seconds(audio, audio_format)


def body_audio_seconds(body: dict[str, Any]) -> Decimal:
    """The length of the request's audio (a 400 if it cannot be read or measured)."""
    return measure_audio(body)[2]


async def measured_audio(ctx: RequestContext, body: dict[str, Any]) -> MeasuredAudio:
    """The request's audio decoded and measured once per request (metering and the handler both
    need it) and in a worker thread: a crafted 25 MB file can take seconds to walk frame by frame,
    which must not stall every other request on the event loop."""
    found = ctx.flags.get(_MEASURED)
    if found is None:
        found = ctx.flags[_MEASURED] = await anyio.to_thread.run_sync(measure_audio, body)
    return found  # type: ignore[no-any-return]


async def handle_stt(gateway: Gateway, ctx: RequestContext, model: ModelSettings, body: dict[str, Any]) -> Response:
    """Serve one transcription: measure the audio, transcribe, price per minute."""
    audio, audio_format, seconds = await measured_audio(ctx, body)
    settings = gateway.settings.gateway
    result, call = await gateway.router.call(
        model, body, ctx, lambda adapter, c: adapter.transcribe(c, audio, audio_format)
    )
    ctx.meter.audio_seconds = seconds
    charge(ctx, stt_cost(route_price(model, call), seconds), settings.usd_per_credit)
    return enveloped_response(ctx, {"text": result.text}, "stt", settings.envelope)
