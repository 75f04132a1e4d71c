"""The demo provider's media operations (see :mod:`proxyify_asgi.providers.demo.media`).

Video jobs need no state: the upstream job id encodes when the job was submitted, so any process
(or the same one after a restart) can tell from the clock alone whether the job is done. It is
``pending`` for the first third of ``options.video_seconds_to_complete`` (default 3), then
``processing``, then ``completed``; the finished file is served by the gateway itself.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator
from decimal import Decimal

from proxyify_asgi.errors import InvalidRequest, ProviderError
from proxyify_asgi.pricing import requested_count
from proxyify_asgi.providers.base import (
    ImageResult,
    ProviderAdapter,
    SpeechStream,
    Transcription,
    UpstreamCall,
    VideoStatus,
    VideoSubmission,
)
from proxyify_asgi.providers.demo.media import demo_transcript, demo_video, gradient_png, synthesize
from proxyify_asgi.providers.media_util import (
    AUDIO_CONTENT_TYPES,
    data_url,
    image_config,
    image_dimensions,
    prompt_text,
)

DEMO_SPEECH_FORMATS = ("mp3", "wav", "pcm")
CHUNK_BYTES = 16 * 1024
DEFAULT_VIDEO_SECONDS = 5


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), CHUNK_BYTES):
        yield data[start : start + CHUNK_BYTES]
        await asyncio.sleep(0)  # let the server flush each chunk: the body really streams


class DemoMediaMixin(ProviderAdapter):
    """Images, video jobs, transcripts and speech, offline."""

    video_poll_interval_s: float = 0.5
    video_default_seconds = DEFAULT_VIDEO_SECONDS
    """Refreshing a demo job costs nothing: let polls see its progress promptly."""

    def _video_seconds_to_complete(self) -> float:
        return float(self.settings.options.get("video_seconds_to_complete", 3))

    async def generate_image(self, call: UpstreamCall) -> ImageResult:
        """``n`` gradient PNGs of the requested geometry (drawn off the event loop), each its own colours."""
        aspect_ratio, image_size = image_config(call.body)
        width, height = image_dimensions(aspect_ratio, image_size)
        prompt = prompt_text(call.body)
        images = []
        for i in range(requested_count(call.body)):
            seed = prompt if i == 0 else f"{prompt}\n#{i}"
            images.append(data_url(await asyncio.to_thread(gradient_png, width, height, seed), "image/png"))
        return ImageResult(images=images)

    async def submit_video(self, call: UpstreamCall) -> VideoSubmission:
        """A job id that carries its submit time in milliseconds."""
        return VideoSubmission(upstream_job_id=f"demo-{int(time.time() * 1000)}-{secrets.token_hex(4)}")

    async def poll_video(self, call: UpstreamCall, upstream_job_id: str) -> VideoStatus:
        """The job's state from the clock: pending, processing, then completed."""
        try:
            submitted_ms = int(upstream_job_id.split("-")[1])
        except (IndexError, ValueError):
            raise ProviderError("Demo provider does not know this job.", upstream_status=404) from None
        elapsed = time.time() - submitted_ms / 1000
        needed = self._video_seconds_to_complete()
        if elapsed < needed / 3:
            return VideoStatus(status="pending")
        if elapsed < needed:
            return VideoStatus(status="processing")
        duration = call.body.get("duration") or DEFAULT_VIDEO_SECONDS
        return VideoStatus(status="completed", duration_seconds=Decimal(str(duration)))

    async def video_content(self, call: UpstreamCall, upstream_job_id: str) -> SpeechStream:
        """The shipped demo MP4."""
        return SpeechStream("video/mp4", _chunks(demo_video()))

    async def transcribe(self, call: UpstreamCall, audio: bytes, audio_format: str) -> Transcription:
        """A deterministic transcript of the audio."""
        language = call.body.get("language")
        return Transcription(text=demo_transcript(audio, audio_format, language if isinstance(language, str) else None))

    async def speech(self, call: UpstreamCall) -> SpeechStream:
        """Tones (wav, pcm) or silent frames (mp3) as long as the text takes to say, streamed."""
        response_format = call.body.get("response_format") or "mp3"
        if response_format not in DEMO_SPEECH_FORMATS:
            raise InvalidRequest(
                f"Invalid 'response_format': the demo provider synthesises {', '.join(DEMO_SPEECH_FORMATS)}.",
                metadata={"field": "response_format"},
            )
        audio = await asyncio.to_thread(synthesize, call.body["input"], response_format)
        return SpeechStream(AUDIO_CONTENT_TYPES[response_format], _chunks(audio))
