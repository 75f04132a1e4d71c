"""A fake OpenAI-compatible media upstream, speaking OpenAI's (and OpenRouter's) wire formats.

- ``POST /v1/chat/completions`` with ``modalities``: an OpenRouter-style image answer
  (``choices[0].message.images[].image_url.url`` as a data URL);
- ``POST /v1/images/generations``: ``{"created", "data": [{"b64_json"}, ...]}``, one item per
  requested ``n`` (default 1);
- ``POST /v1/audio/transcriptions``: multipart (``file``, ``model``, ``language``) → ``{"text"}``;
- ``POST /v1/audio/speech``: the audio in chunks, ``chunk_delay`` apart;
- ``POST /v1/videos``, ``GET /v1/videos/{id}``, ``GET /v1/videos/{id}/content``: the Videos API,
  a job ``queued`` → ``in_progress`` → ``completed`` one step per status query.

The model name picks a behaviour: ``error-500`` answers an OpenAI error body with that status,
``slow-N`` waits N seconds first, ``short-...`` answers the Images API one image fewer than ``n``,
``cut-N`` sends N speech chunks then drops the connection without finishing (mid-stream failure);
anything else succeeds. Requests are recorded for inspection.
"""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from proxyify_asgi.providers.demo.media import gradient_png

PNG = gradient_png(8, 8, "fake")
SPEECH_CHUNKS = [b"ID3" + bytes(61), b"\xff\xfb" + bytes(62), b"\xff\xfb" + bytes(62)]
VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42" + bytes(100)


def error_body(status: int) -> JSONResponse:
    """An OpenAI error answer."""
    return JSONResponse(
        {"error": {"message": f"fake upstream error {status}", "type": "server_error", "code": None}},
        status_code=status,
    )


@dataclass
class FakeOpenAIMedia:
    """State shared between the fake server and the test."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    videos: dict[str, int] = field(default_factory=dict)
    video_polls: int = 0
    chunk_delay: float = 0.05
    cancelled_speech: int = 0
    speech_chunks_sent: int = 0

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[
            Route("/v1/chat/completions", self.chat_images, methods=["POST"]),
            Route("/v1/images/generations", self.images, methods=["POST"]),
            Route("/v1/audio/transcriptions", self.transcriptions, methods=["POST"]),
            Route("/v1/audio/speech", self.speech, methods=["POST"]),
            Route("/v1/videos", self.create_video, methods=["POST"]),
            Route("/v1/videos/{video_id}", self.get_video, methods=["GET"]),
            Route("/v1/videos/{video_id}/content", self.video_content, methods=["GET"]),
        ])

    async def _behaviour(self, model: str) -> Response | None:
        if model.startswith("slow-"):
            await asyncio.sleep(float(model.split("-", 1)[1]))
        if model.startswith("error-"):
            return error_body(int(model.split("-", 1)[1]))
        return None

    def _record(self, request: Request, body: Any) -> None:
        self.requests.append({"path": request.url.path, "headers": dict(request.headers), "body": body})

    async def chat_images(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self._record(request, body)
        if (failure := await self._behaviour(body["model"])) is not None:
            return failure
        url = "data:image/png;base64," + base64.b64encode(PNG).decode()
        return JSONResponse({
            "id": "gen-1", "object": "chat.completion", "created": 1, "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant", "content": "Here is your image.",
                "images": [{"type": "image_url", "image_url": {"url": url}}],
            }}],
        })

    async def images(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self._record(request, body)
        if (failure := await self._behaviour(body["model"])) is not None:
            return failure
        count = int(body.get("n") or 1) - (1 if body["model"].startswith("short-") else 0)
        return JSONResponse({"created": 1, "data": [{"b64_json": base64.b64encode(PNG).decode()}] * count})

    async def transcriptions(self, request: Request) -> Response:
        form = await request.form()
        upload = form["file"]
        audio = await upload.read()  # type: ignore[union-attr]
        fields = {k: v for k, v in form.items() if k != "file"}
        self._record(request, {**fields, "filename": upload.filename, "size": len(audio),  # type: ignore[union-attr]
                               "content_type": upload.content_type})  # type: ignore[union-attr]
        if (failure := await self._behaviour(str(fields["model"]))) is not None:
            return failure
        return JSONResponse({"text": f"fake transcript of {len(audio)} bytes"})

    async def speech(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self._record(request, body)
        if (failure := await self._behaviour(body["model"])) is not None:
            return failure

        cut_after = int(body["model"].split("-", 1)[1]) if body["model"].startswith("cut-") else None

        async def chunks():
            try:
                for i, chunk in enumerate(SPEECH_CHUNKS):
                    if i == cut_after:
                        raise ConnectionAbortedError("simulated mid-stream cut")
                    self.speech_chunks_sent += 1
                    yield chunk
                    await asyncio.sleep(self.chunk_delay)
            except asyncio.CancelledError:
                self.cancelled_speech += 1
                raise

        return StreamingResponse(chunks(), media_type="audio/mpeg")

    async def create_video(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self._record(request, body)
        if (failure := await self._behaviour(body["model"])) is not None:
            return failure
        video_id = f"video_{len(self.videos) + 1}"
        self.videos[video_id] = 0
        return JSONResponse(self._video(video_id, body.get("seconds", "4")))

    def _video(self, video_id: str, seconds: str) -> dict[str, Any]:
        status = ("queued", "in_progress", "completed")[min(self.videos[video_id], 2)]
        return {"id": video_id, "object": "video", "model": "sora-2", "status": status,
                "progress": {"queued": 0, "in_progress": 50, "completed": 100}[status],
                "seconds": seconds, "size": "1280x720", "created_at": 1}

    async def get_video(self, request: Request) -> Response:
        video_id = request.path_params["video_id"]
        self._record(request, None)
        if video_id not in self.videos:
            return JSONResponse({"error": {"message": "Video not found", "type": "invalid_request_error"}}, 404)
        self.video_polls += 1
        self.videos[video_id] += 1
        return JSONResponse(self._video(video_id, "8"))

    async def video_content(self, request: Request) -> Response:
        self._record(request, None)
        if self.videos.get(request.path_params["video_id"], 0) < 2:
            return JSONResponse({"error": {"message": "Video is not ready"}}, 404)
        return Response(VIDEO_BYTES, media_type="video/mp4")
