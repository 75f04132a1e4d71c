"""Helpers the media dialects (and the demo) share: the prompt text, data URLs, image geometry,
downloads, audio content types."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import httpx

from proxyify_asgi.errors import ProviderError
from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.providers.base import ImageResult, SpeechStream, UpstreamCall, provider_error, transport_error

ASPECT_RATIOS: dict[str, tuple[int, int]] = {"1:1": (1, 1), "16:9": (16, 9), "9:16": (9, 16)}
SIZE_LONG_SIDE: dict[str, int] = {"1K": 1024, "2K": 2048, "4K": 4096}
AUDIO_CONTENT_TYPES: dict[str, str] = {
    "mp3": "audio/mpeg", "opus": "audio/ogg", "aac": "audio/aac", "flac": "audio/flac",
    "wav": "audio/wav", "pcm": "audio/pcm",
}
"""TTS ``response_format`` → ``Content-Type`` (OpenAI's formats; opus comes in an Ogg container)."""


def prompt_text(body: dict[str, Any]) -> str:
    """The text of the last user message (string content or text parts)."""
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(
                    p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"
                )
    return ""


def image_config(body: dict[str, Any]) -> tuple[str, str]:
    """``(aspect_ratio, image_size)`` of a validated image request (defaults filled in)."""
    config = body.get("image_config") or {}
    return config.get("aspect_ratio", "1:1"), config.get("image_size", "1K")


def image_dimensions(aspect_ratio: str, image_size: str, *, max_side: int | None = None, multiple: int = 1) -> tuple[int, int]:
    """Pixel ``(width, height)`` for an aspect ratio and size class (long side 1024/2048/4096),
    capped at ``max_side`` and rounded down to ``multiple`` (BFL wants multiples of 32)."""
    w_ratio, h_ratio = ASPECT_RATIOS[aspect_ratio]
    long_side = SIZE_LONG_SIDE[image_size]
    if max_side is not None:
        long_side = min(long_side, max_side)
    if w_ratio >= h_ratio:
        width, height = long_side, long_side * h_ratio // w_ratio
    else:
        width, height = long_side * w_ratio // h_ratio, long_side
    return max(multiple, width - width % multiple), max(multiple, height - height % multiple)


def size_class_of(width: int, height: int) -> str:
    """The size class of a ``width``×``height`` image: the largest class whose long side (1024,
    2048, 4096) the image reaches, and 1K below that. So 1536×1024 or BFL's 1440 px cap is 1K:
    a client pays for the class it got, never for one it asked for and did not get."""
    long_side = max(width, height)
    reached = [name for name, side in SIZE_LONG_SIDE.items() if long_side >= side]
    return reached[-1] if reached else "1K"


def parse_size(size: str) -> tuple[int, int] | None:
    """``(width, height)`` of a ``WIDTHxHEIGHT`` string, or None (``auto``, anything else)."""
    parts = size.lower().split("x")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return int(parts[0]), int(parts[1])
    return None


async def gather_all(calls: Sequence[Callable[[], Awaitable[ImageResult]]]) -> list[ImageResult]:
    """Run ``calls`` concurrently and return their results in order. The first failure cancels
    the rest and is raised: a request that asked for ``n`` images gets all of them or an error."""
    tasks = [asyncio.ensure_future(call()) for call in calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def split_count(n: int, per_call: int) -> list[int]:
    """``n`` images as the counts of calls of at most ``per_call`` each (10 by 4 → 4, 4, 2)."""
    per_call = max(1, per_call)
    return [min(per_call, n - start) for start in range(0, n, per_call)]


def sniff_image_type(data: bytes) -> str:
    """The image MIME type from magic bytes (PNG, JPEG, WebP, GIF), else ``image/png``."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return "image/png"


def data_url(data: bytes, mime: str | None = None) -> str:
    """``data:<mime>;base64,...`` for ``data`` (MIME sniffed when not given)."""
    return f"data:{mime or sniff_image_type(data)};base64,{base64.b64encode(data).decode()}"


async def download(client: httpx.AsyncClient, provider: str, url: str, call: UpstreamCall,
                   headers: dict[str, str] | None = None, *, redactor: Redactor) -> bytes:
    """GET ``url`` (a result the upstream pointed at); errors mapped like any upstream call."""
    try:
        response = await client.get(url, headers=headers, timeout=call.timeout_s)
    except httpx.HTTPError as exc:
        raise transport_error(provider, exc) from None
    if response.status_code >= 400:
        raise provider_error(provider, response.status_code, response.headers, response.content, redactor)
    return response.content


async def image_as_data_url(client: httpx.AsyncClient, provider: str, url: str, call: UpstreamCall,
                            *, redactor: Redactor) -> str:
    """An image reference as a data URL: kept if it already is one, else downloaded."""
    if url.startswith("data:image/"):
        return url
    if not url.startswith(("https://", "http://")):
        raise ProviderError(f"Provider {provider!r} returned an image reference that is not a URL.")
    return data_url(await download(client, provider, url, call, redactor=redactor))


async def stream_download(client: httpx.AsyncClient, provider: str, request: httpx.Request,
                          default_type: str, *, redactor: Redactor) -> SpeechStream:
    """Send ``request`` streaming; raise on an error status before any byte is handed on."""
    try:
        response = await client.send(request, stream=True)
    except httpx.HTTPError as exc:
        raise transport_error(provider, exc) from None
    if response.status_code >= 400:
        await response.aread()
        await response.aclose()
        raise provider_error(provider, response.status_code, response.headers, response.content, redactor)
    return SpeechStream(response.headers.get("content-type", default_type), _iter_body(provider, response))


async def _iter_body(provider: str, response: httpx.Response) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.aiter_bytes():
            if chunk:
                yield chunk
    except httpx.HTTPError as exc:
        raise transport_error(provider, exc) from None
    finally:
        await response.aclose()
