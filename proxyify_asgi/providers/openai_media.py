"""Image, video, speech-to-text and text-to-speech for OpenAI-compatible upstreams.

A mixin of :class:`~proxyify_asgi.providers.openai.OpenAIAdapter`, so every compatible host
(OpenRouter, Groq, Together, vLLM, ...) gets the media calls its API has:

- images, chat style: ``POST /chat/completions`` with ``modalities`` and ``image_config`` (passed on,
  so the requested size class is what is sent), answered as ``message.images`` (OpenRouter's
  format, which the gateway's own answer follows). OpenRouter takes no ``n``, so ``n`` images are
  ``n`` calls made at once;
- images with the route option ``images_api = true``: ``POST /images/generations``, ``b64_json`` (or
  ``url``) turned into data URLs. ``n`` is forwarded up to the model's documented limit per call
  (gpt-image-1 and dall-e-2: 10; dall-e-3: 1; route option ``images_max_n`` overrides), more are
  split into calls made at once. The size is the model's documented size for the aspect ratio
  (gpt-image-1: 1:1 → 1024x1024, 16:9 → 1536x1024, 9:16 → 1024x1536; dall-e-3: 1792 instead of
  1536; dall-e-2: always 1024x1024), or the route option ``images_size``. None of these reaches a
  2K long side, so whatever ``image_size`` was asked, the images are charged as what was sent: 1K
  (``media_util.size_class_of``; an ``images_size`` that is not ``WxH``, like ``auto``, is
  charged at the requested class);
- with either: all ``n`` images or a failure (the others cancelled, nothing charged);
- video: the Videos API (``POST /videos``, ``GET /videos/{id}``, ``GET /videos/{id}/content``);
- STT: multipart ``POST /audio/transcriptions``; TTS: ``POST /audio/speech``, streamed.
"""

from __future__ import annotations

import base64
import binascii
import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from proxyify_asgi.errors import ProviderError
from proxyify_asgi.pricing import requested_count
from proxyify_asgi.providers.base import (
    ImageResult,
    SpeechStream,
    Transcription,
    UpstreamCall,
    VideoStatus,
    VideoSubmission,
    decode_json,
    provider_error,
    transport_error,
)
from proxyify_asgi.providers.media_util import (
    AUDIO_CONTENT_TYPES,
    data_url,
    gather_all,
    image_as_data_url,
    image_config,
    parse_size,
    prompt_text,
    size_class_of,
    split_count,
    stream_download,
)

if TYPE_CHECKING:
    from proxyify_asgi.providers.openai import OpenAIAdapter

    _Base = OpenAIAdapter
else:
    _Base = object



@dataclass(frozen=True, slots=True)
class ImagesApiModel:
    """What the Images API documents for a model: the most images per call and a size per aspect ratio."""

    max_n: int
    sizes: dict[str, str]


GPT_IMAGE = ImagesApiModel(10, {"1:1": "1024x1024", "16:9": "1536x1024", "9:16": "1024x1536"})
"""gpt-image-1 (and -mini, 1.5): ``n`` 1-10; sizes 1024x1024, 1536x1024, 1024x1536 (or auto)."""
IMAGES_API_MODELS: dict[str, ImagesApiModel] = {
    "dall-e-3": ImagesApiModel(1, {"1:1": "1024x1024", "16:9": "1792x1024", "9:16": "1024x1792"}),
    "dall-e-2": ImagesApiModel(10, {"1:1": "1024x1024", "16:9": "1024x1024", "9:16": "1024x1024"}),
}
"""Models whose limits differ from gpt-image-1's, by name prefix: dall-e-3 makes one image per call;
dall-e-2 draws squares only (256, 512 or 1024), so every aspect ratio is sent as 1024x1024."""


def images_api_model(upstream_model: str) -> ImagesApiModel:
    """The Images API limits of ``upstream_model`` (gpt-image-1's for any model not listed)."""
    for prefix, spec in IMAGES_API_MODELS.items():
        if upstream_model.startswith(prefix):
            return spec
    return GPT_IMAGE


VIDEO_STATUSES = {"queued": "pending", "in_progress": "processing", "completed": "completed", "failed": "failed"}
AUDIO_MIME = {
    "wav": "audio/wav", "mp3": "audio/mpeg", "ogg": "audio/ogg", "flac": "audio/flac",
    "m4a": "audio/mp4", "webm": "audio/webm",
}


class OpenAIMediaMixin(_Base):
    """Media operations over the OpenAI wire format (needs ``base_url``, ``headers``, ``_post``)."""

    video_default_seconds = 4
    """The Videos API's ``seconds`` defaults to 4 (API reference, ``POST /videos``): a request
    without ``duration`` is sent without ``seconds`` and the provider makes a 4 s clip."""

    # -- images ------------------------------------------------------------------------------------

    async def generate_image(self, call: UpstreamCall) -> ImageResult:
        """Chat-style images, or the Images API when the route sets ``images_api = true``."""
        if call.route.options.get("images_api"):
            return await self._images_api(call)
        # Chat-style image models answer one image per call and OpenRouter takes no ``n``:
        # ``n`` images are ``n`` calls at once, all or nothing (see the module doc).
        results = await gather_all([lambda: self._chat_image(call)] * requested_count(call.body))
        return ImageResult(images=[url for r in results for url in r.images], text=results[0].text)

    async def _chat_image(self, call: UpstreamCall) -> ImageResult:
        """One ``POST /chat/completions`` image call; its images as data URLs."""
        payload = {
            "model": call.upstream_model,
            "messages": call.body["messages"],
            "modalities": call.body.get("modalities") or ["image", "text"],
            "image_config": call.body.get("image_config") or {},
        }
        data = await self._post("/chat/completions", payload, call)
        try:
            message = data["choices"][0]["message"]
            refs = [item["image_url"]["url"] for item in message.get("images") or ()]
        except (KeyError, IndexError, TypeError):
            raise ProviderError(f"Provider {self.settings.name!r} returned an unexpected image answer.") from None
        if not refs:
            raise ProviderError(f"Provider {self.settings.name!r} returned no image.")
        name = self.settings.name
        images = [await image_as_data_url(self.client, name, str(ref), call, redactor=self.redactor) for ref in refs]
        text = message.get("content")
        return ImageResult(images=images, text=text if isinstance(text, str) and text else None)

    async def _images_api(self, call: UpstreamCall) -> ImageResult:
        """``POST /images/generations``: ``n`` forwarded up to the model's limit (more in several
        calls at once), the size mapped per model (see :data:`IMAGES_API_MODELS`)."""
        aspect_ratio, _size = image_config(call.body)
        spec = images_api_model(call.upstream_model)
        size = str(call.route.options.get("images_size") or spec.sizes[aspect_ratio])
        max_n = call.route.options.get("images_max_n")
        per_call = max_n if isinstance(max_n, int) and not isinstance(max_n, bool) and max_n > 0 else spec.max_n
        counts = split_count(requested_count(call.body), per_call)
        results = await gather_all([functools.partial(self._images_call, call, size, count) for count in counts])
        dimensions = parse_size(size)
        return ImageResult(images=[url for r in results for url in r.images],
                           size_class=size_class_of(*dimensions) if dimensions else None)

    async def _images_call(self, call: UpstreamCall, size: str, count: int) -> ImageResult:
        """One Images API call for ``count`` images; fewer back is a failure, not a short answer."""
        payload = {"model": call.upstream_model, "prompt": prompt_text(call.body), "n": count, "size": size}
        data = await self._post("/images/generations", payload, call)
        images: list[str] = []
        for item in (data.get("data") if isinstance(data, dict) else None) or ():
            if isinstance(item, dict) and isinstance(item.get("b64_json"), str):
                try:
                    raw = base64.b64decode(item["b64_json"], validate=True)
                except binascii.Error:
                    raise ProviderError(f"Provider {self.settings.name!r} returned invalid base64.") from None
                images.append(data_url(raw))
            elif isinstance(item, dict) and isinstance(item.get("url"), str):
                images.append(await image_as_data_url(self.client, self.settings.name, item["url"], call,
                                                      redactor=self.redactor))
        if len(images) < count:
            raise ProviderError(f"Provider {self.settings.name!r} returned {len(images)} of {count} images.")
        return ImageResult(images=images[:count])

    # -- video -------------------------------------------------------------------------------------

    async def submit_video(self, call: UpstreamCall) -> VideoSubmission:
        """``POST /videos``: prompt, seconds, size from resolution and aspect ratio."""
        body = call.body
        payload: dict[str, Any] = {"model": call.upstream_model, "prompt": body["prompt"]}
        if body.get("duration") is not None:
            payload["seconds"] = str(body["duration"])
        payload["size"] = _video_size(body.get("resolution") or "720p", body.get("aspect_ratio") or "16:9")
        data = await self._post("/videos", payload, call)
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise ProviderError(f"Provider {self.settings.name!r} returned no video id.")
        return VideoSubmission(upstream_job_id=data["id"])

    async def poll_video(self, call: UpstreamCall, upstream_job_id: str) -> VideoStatus:
        """``GET /videos/{id}``; the finished file is fetched through :meth:`video_content`."""
        name = self.settings.name
        try:
            response = await self.client.get(
                f"{self.base_url}/videos/{upstream_job_id}", headers=self.headers, timeout=call.timeout_s
            )
        except httpx.HTTPError as exc:
            raise transport_error(name, exc) from None
        if response.status_code >= 400:
            raise provider_error(name, response.status_code, response.headers, response.content, self.redactor)
        data = decode_json(name, response.content, response.status_code)
        status = VIDEO_STATUSES.get(data.get("status") if isinstance(data, dict) else None)
        if status is None:
            raise ProviderError(f"Provider {name!r} returned an unknown video status.")
        error = data.get("error") or {}
        message = error.get("message") if isinstance(error, dict) else None
        return VideoStatus(
            status=status,  # type: ignore[arg-type]
            duration_seconds=_decimal(data.get("seconds")),
            error=self.redactor.scrub(message) if message else ("failed" if status == "failed" else None),
        )

    async def video_content(self, call: UpstreamCall, upstream_job_id: str) -> SpeechStream:
        """``GET /videos/{id}/content``, streamed."""
        request = self.client.build_request(
            "GET", f"{self.base_url}/videos/{upstream_job_id}/content", headers=self.headers,
            timeout=call.timeout_s,
        )
        return await stream_download(self.client, self.settings.name, request, "video/mp4", redactor=self.redactor)

    # -- audio -------------------------------------------------------------------------------------

    async def transcribe(self, call: UpstreamCall, audio: bytes, audio_format: str) -> Transcription:
        """Multipart ``POST /audio/transcriptions`` (``file``, ``model``, ``language``)."""
        name = self.settings.name
        fields = {"model": call.upstream_model, "response_format": "json"}
        if isinstance(call.body.get("language"), str):
            fields["language"] = call.body["language"]
        headers = {k: v for k, v in self.headers.items() if k != "content-type"}
        files = {"file": (f"audio.{audio_format}", audio, AUDIO_MIME.get(audio_format, "application/octet-stream"))}
        try:
            response = await self.client.post(
                self.base_url + "/audio/transcriptions", data=fields, files=files, headers=headers,
                timeout=call.timeout_s,
            )
        except httpx.HTTPError as exc:
            raise transport_error(name, exc) from None
        if response.status_code >= 400:
            raise provider_error(name, response.status_code, response.headers, response.content, self.redactor)
        data = decode_json(name, response.content, response.status_code)
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ProviderError(f"Provider {name!r} returned no transcript.")
        return Transcription(text=data["text"], extra={k: v for k, v in data.items() if k != "text"})

    async def speech(self, call: UpstreamCall) -> SpeechStream:
        """``POST /audio/speech``; the audio is handed on as it arrives."""
        body = call.body
        payload = {k: body[k] for k in ("input", "voice", "speed", "instructions") if body.get(k) is not None}
        payload["model"] = call.upstream_model
        payload["response_format"] = body.get("response_format") or "mp3"
        payload.setdefault("voice", call.route.options.get("default_voice", "alloy"))
        request = self.client.build_request(
            "POST", self.base_url + "/audio/speech", content=orjson.dumps(payload), headers=self.headers,
            timeout=call.timeout_s,
        )
        stream = await stream_download(self.client, self.settings.name, request, "", redactor=self.redactor)
        return SpeechStream(AUDIO_CONTENT_TYPES[payload["response_format"]], stream.chunks)


def _video_size(resolution: str, aspect_ratio: str) -> str:
    """``WIDTHxHEIGHT`` for a resolution like ``720p`` (the short side) and an aspect ratio."""
    short = int(resolution.rstrip("p"))
    long = short * 16 // 9
    if aspect_ratio == "9:16":
        return f"{short}x{long}"
    if aspect_ratio == "1:1":
        return f"{short}x{short}"
    return f"{long}x{short}"


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None and not isinstance(value, bool) else None
    except InvalidOperation:
        return None
