"""The provider adapter interface: one class per upstream dialect.

An adapter turns the client's OpenAI-shaped request (an :class:`UpstreamCall`) into the upstream's
wire format, and the upstream's answer (JSON, stream events, errors) back into OpenAI shapes and
:mod:`proxyify_asgi.errors`. Adapters know nothing of keys, credits or routing; the router picks the
route and the endpoint meters. Every modality method has a default that says "not supported", so a
chat-only dialect implements two methods.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, Literal

import httpx
import orjson

from proxyify_asgi.errors import (
    InvalidRequest,
    NoProviderAvailable,
    ProviderError,
    ProviderTimeout,
    ProxyifyError,
)
from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.settings import ModelSettings, ProviderSettings, RouteSettings
from proxyify_asgi.upstream_http import HttpxUpstream, UpstreamHTTP, UpstreamStream


@dataclass(frozen=True, slots=True)
class UpstreamCall:
    """One attempt at one route: what to send and where."""

    model: ModelSettings
    route: RouteSettings
    provider: ProviderSettings
    body: dict[str, Any]
    """The client's validated, OpenAI-shaped request body (never mutate it)."""
    request_id: str
    timeout_s: float

    @property
    def upstream_model(self) -> str:
        """The model name the upstream knows."""
        return self.route.model


@dataclass(slots=True)
class ChatResult:
    """A complete chat answer as an OpenAI ``chat.completion`` object, with its token counts.

    The counts are None when the upstream's usage is unknown (missing or not believable, see
    :mod:`proxyify_asgi.usage`): the endpoint then estimates both and puts its figures in ``body``.
    """

    body: dict[str, Any]
    input_tokens: int | None
    output_tokens: int | None


@dataclass(slots=True)
class ImageResult:
    """Generated images as ``data:image/...;base64,`` URLs (plus any text the model said)."""

    images: list[str]
    text: str | None = None
    size_class: str | None = None
    """The size class (``1K``/``2K``/``4K``) of the images asked of the upstream, when the adapter
    sent a size of its own (see ``media_util.size_class_of``); None: the requested class was sent."""


@dataclass(slots=True)
class VideoSubmission:
    """The upstream's handle for a submitted video job."""

    upstream_job_id: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class VideoStatus:
    """A video job's state as the upstream reports it."""

    status: Literal["pending", "processing", "completed", "failed"]
    video_url: str | None = None
    duration_seconds: Decimal | None = None
    error: str | None = None


@dataclass(slots=True)
class Transcription:
    """A transcript (``text``) and any extra fields the upstream returned."""

    text: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class SpeechStream:
    """Media bytes as they arrive (synthesised audio, a video download) and their content type."""

    content_type: str
    chunks: AsyncIterator[bytes]


MODALITY_OPERATIONS: dict[str, tuple[str, str]] = {
    "chat": ("chat", "chat"),
    "image": ("generate_image", "image generation"),
    "video": ("submit_video", "video generation"),
    "stt": ("transcribe", "speech-to-text"),
    "tts": ("speech", "text-to-speech"),
}
"""Per modality: the adapter method that serves it and what the "not supported" error calls it.
An adapter supports a modality exactly when it overrides that method (see :meth:`supports`)."""


class ProviderAdapter:
    """Base of every dialect. Subclasses set ``kind`` and override the modalities they serve."""

    kind: ClassVar[str] = ""
    serves_chat_n: ClassVar[bool] = True
    """Can the upstream answer ``n`` > 1 chat choices in one call? The router skips routes that
    cannot (see ``routing.capabilities``)."""
    required_settings: ClassVar[tuple[tuple[str, ...], ...]] = ()
    """Groups of ``[providers.NAME]`` fields of which at least one each must be set (a secret, or
    the environment variable holding it); without them every call would fail."""

    @classmethod
    def supports(cls, modality: str) -> bool:
        """Whether this dialect serves ``modality`` (it overrides the base's "not supported" method)."""
        method = MODALITY_OPERATIONS[modality][0]
        return getattr(cls, method) is not getattr(ProviderAdapter, method)

    @classmethod
    def settings_problems(cls, settings: ProviderSettings) -> list[tuple[str, str]]:
        """``(field, message)`` for each of :attr:`required_settings` left unset in ``settings``."""
        return [
            (group[0], f"required by provider kind {cls.kind!r} (set {' or '.join(group)})")
            for group in cls.required_settings
            if not any(getattr(settings, name) for name in group)
        ]
    video_default_seconds: ClassVar[int] = 5
    """Seconds of video the provider generates when a request names no ``duration``: what metering
    holds for such a request and what the job is priced at if the provider reports no duration."""

    def __init__(self, settings: ProviderSettings, client: httpx.AsyncClient) -> None:
        self.settings = settings
        self.client = client
        self.http: UpstreamHTTP = HttpxUpstream(client)
        """The hot-path client; the router swaps in the app's shared aiohttp one when configured."""
        self.redactor = Redactor.for_providers([settings])
        """Scrubs upstream text the client will see; the router swaps in one that knows every
        configured provider's secrets."""

    def _unsupported(self, what: str) -> ProxyifyError:
        return InvalidRequest(f"Provider kind {self.kind!r} does not support {what}.")

    async def chat(self, call: UpstreamCall) -> ChatResult:
        """A non-streaming chat completion."""
        raise self._unsupported(MODALITY_OPERATIONS["chat"][1])

    def chat_stream(self, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
        """OpenAI ``chat.completion.chunk`` dicts; the last may carry ``usage``.

        Must raise :class:`ProviderError` if the upstream stream ends without its end marker.
        """
        raise self._unsupported("streaming chat")

    async def generate_image(self, call: UpstreamCall) -> ImageResult:
        """Images for the prompt in ``call.body``."""
        raise self._unsupported(MODALITY_OPERATIONS["image"][1])

    async def submit_video(self, call: UpstreamCall) -> VideoSubmission:
        """Submit a video job."""
        raise self._unsupported(MODALITY_OPERATIONS["video"][1])

    async def poll_video(self, call: UpstreamCall, upstream_job_id: str) -> VideoStatus:
        """The current state of a submitted video job."""
        raise self._unsupported("video generation")

    async def video_content(self, call: UpstreamCall, upstream_job_id: str) -> SpeechStream:
        """The finished video's bytes, for jobs whose status carried no public ``video_url``."""
        raise self._unsupported("video downloads")

    async def transcribe(self, call: UpstreamCall, audio: bytes, audio_format: str) -> Transcription:
        """Speech to text."""
        raise self._unsupported(MODALITY_OPERATIONS["stt"][1])

    async def speech(self, call: UpstreamCall) -> SpeechStream:
        """Text to speech, streamed. Errors must be raised before the first chunk is yielded."""
        raise self._unsupported(MODALITY_OPERATIONS["tts"][1])

    async def aclose(self) -> None:
        """Release anything the adapter holds (the shared HTTP client is closed by the app)."""


# --- helpers shared by HTTP dialects -------------------------------------------------------------


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The upstream's ``Retry-After`` (seconds or HTTP date) as seconds, if present and sane."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def upstream_error_message(payload: Any) -> str | None:
    """The human message inside common upstream error bodies (OpenAI, Anthropic, Gemini shapes),
    unscrubbed and uncut: pass it through :meth:`Redactor.scrub` before anyone sees it."""
    if isinstance(payload, dict):
        err = payload.get("error", payload)
        if isinstance(err, dict):
            msg = err.get("message") or err.get("detail")
            if isinstance(msg, str):
                return msg
        elif isinstance(err, str):
            return err
        detail = payload.get("detail")
        if isinstance(detail, str):
            return detail
    return None


def provider_error(
    provider: str, status: int, headers: Mapping[str, str], content: bytes, redactor: Redactor
) -> ProviderError:
    """A 502 describing an upstream error answer; the upstream's own message, if any, scrubbed of
    secrets and cut short by ``redactor``. ``metadata`` names the provider and its HTTP status."""
    try:
        message = upstream_error_message(orjson.loads(content))
    except orjson.JSONDecodeError:
        message = None
    text = f"Provider {provider!r} returned HTTP {status}"
    return ProviderError(
        f"{text}: {redactor.scrub(message)}" if message else f"{text}.",
        upstream_status=status,
        retry_after=retry_after_seconds(headers),
        metadata={"provider": provider},
    )


def transport_error(provider: str, exc: httpx.HTTPError) -> ProxyifyError:
    """Map an httpx failure: timeouts → 408, unreachable → 503, a broken answer → 502."""
    if isinstance(exc, httpx.TimeoutException) and not _refused(exc):
        return ProviderTimeout(f"Provider {provider!r} did not answer in time.", metadata={"provider": provider})
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol)):
        return NoProviderAvailable(
            f"Provider {provider!r} is unreachable.", metadata={"provider": provider}
        )
    return ProviderError(
        f"Provider {provider!r} connection failed: {type(exc).__name__}.", metadata={"provider": provider}
    )


def _refused(exc: httpx.HTTPError) -> bool:
    """A connect failure that is not a timeout (httpx-aiohttp reports refusals as ConnectTimeout)."""
    cause = exc.__cause__
    return isinstance(cause, OSError) and not isinstance(cause, TimeoutError)


def decode_json(provider: str, content: bytes, status: int | None = None) -> Any:
    """Parse an upstream JSON body; an unreadable one is the provider's error (502), whose
    ``metadata`` names the provider and the HTTP status the body came with."""
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        metadata: dict[str, Any] = {"provider": provider}
        if status is not None:
            # Only in metadata: upstream_status would make a 200 with a broken body non-retryable.
            metadata["provider_status"] = status
        raise ProviderError(f"Provider {provider!r} returned a body that is not JSON.", metadata=metadata) from None


async def iter_sse_data(response: UpstreamStream) -> AsyncIterator[bytes]:
    """The ``data:`` payloads of a server-sent event stream (multi-line data joined by newlines)."""
    data: list[bytes] = []
    buffer = b""
    async for chunk in response.aiter_bytes():
        buffer += chunk
        while True:
            nl = buffer.find(b"\n")
            if nl < 0:
                break
            line = buffer[:nl].rstrip(b"\r")
            buffer = buffer[nl + 1 :]
            if not line:
                if data:
                    yield b"\n".join(data)
                    data = []
            elif line.startswith(b"data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(b" ") else value)
    if buffer.startswith(b"data:"):
        value = buffer[5:].rstrip(b"\r")
        data.append(value[1:] if value.startswith(b" ") else value)
    if data:
        yield b"\n".join(data)
