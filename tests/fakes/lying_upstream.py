"""A fake OpenAI-compatible upstream that answers normally but lies about ``usage`` (audit 15).

``POST /v1/chat/completions`` answers the same text as JSON or as SSE chunks (then a
``choices: []`` usage chunk and ``data: [DONE]``); the requested model name picks the ``usage``
it reports, from :data:`USAGES`. :data:`MISSING` leaves ``usage`` out altogether. The answer
ignores ``max_tokens``, as the upstreams the audit played did.
"""

from __future__ import annotations

import time
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

WORDS = ["The", " answer", " is", " forty", "-two", "."]
ANSWER = "".join(WORDS)
MISSING = object()

USAGES: dict[str, Any] = {
    "honest": {"prompt_tokens": 5, "completion_tokens": 6, "total_tokens": 11},
    "over-cap": {"prompt_tokens": 5, "completion_tokens": 400, "total_tokens": 405},
    "huge": {"prompt_tokens": 5, "completion_tokens": 10**8, "total_tokens": 10**8 + 5},
    "absurd": {"prompt_tokens": 5, "completion_tokens": 10**15, "total_tokens": 10**15 + 5},
    "missing": MISSING,
    "null": None,
    "empty": {},
    "negative": {"prompt_tokens": -5, "completion_tokens": -7, "total_tokens": -12},
    "string-count": {"prompt_tokens": "x", "completion_tokens": 6},
    "float-count": {"prompt_tokens": 1e300, "completion_tokens": 6},
    "bool-count": {"prompt_tokens": 5, "completion_tokens": True},
    "list-count": {"prompt_tokens": [5], "completion_tokens": 6},
    "string-usage": "lots",
    "list-usage": [5, 6],
}
"""Model name → the ``usage`` value the fake reports for it."""


def _sse(payload: Any) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


def _with_usage(payload: dict[str, Any], model: str) -> dict[str, Any]:
    usage = USAGES[model]
    return payload if usage is MISSING else {**payload, "usage": usage}


class LyingUpstream:
    """The ASGI app (``.app()``); ``requests`` counts the chat calls it answered."""

    def __init__(self) -> None:
        self.requests = 0

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[Route("/v1/chat/completions", self.chat, methods=["POST"])])

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.requests += 1
        model = body["model"]
        base = {"id": "chatcmpl-liar", "created": int(time.time()), "model": model}
        if body.get("stream"):
            return StreamingResponse(self._stream(base, model), media_type="text/event-stream")
        answer = {**base, "object": "chat.completion", "choices": [
            {"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop"}]}
        return Response(orjson.dumps(_with_usage(answer, model)), media_type="application/json")

    @staticmethod
    async def _stream(base: dict[str, Any], model: str):
        chunk = {**base, "object": "chat.completion.chunk"}
        for i, word in enumerate(WORDS):
            delta = {"content": word} if i else {"role": "assistant", "content": word}
            yield _sse({**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        yield _sse({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        yield _sse(_with_usage({**chunk, "choices": []}, model))
        yield b"data: [DONE]\n\n"
