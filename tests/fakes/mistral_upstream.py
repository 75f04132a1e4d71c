"""A fake Mistral upstream: ``POST /v1/chat/completions`` as Mistral's API answers it.

Mistral speaks the OpenAI chat dialect with two differences the gateway must respect, and this
fake is as strict as the real API about both:

- an unknown request field is refused with 422 and ``extra_forbidden`` (OpenAI's
  ``stream_options``, ``max_completion_tokens``, ``seed``, ``user``... are unknown there; the seed
  is ``random_seed``);
- a stream carries ``usage`` on its last chunk, next to ``finish_reason``, without being asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.openai_upstream import ANSWER_WORDS, chunk, completion, usage

API_KEY = "mistral-test-key-123"
KNOWN_FIELDS = frozenset({
    "model", "messages", "temperature", "top_p", "max_tokens", "stream", "stop", "random_seed",
    "response_format", "tools", "tool_choice", "presence_penalty", "frequency_penalty", "n",
    "prediction", "parallel_tool_calls", "safe_prompt", "prompt_mode",
})


@dataclass
class FakeMistral:
    """The fake's recorder: every accepted request body."""

    requests: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[Route("/v1/chat/completions", self.chat, methods=["POST"])])

    async def chat(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {API_KEY}":
            return JSONResponse({"message": "Unauthorized", "request_id": "fake"}, status_code=401)
        body = orjson.loads(await request.body())
        extra = sorted(set(body) - KNOWN_FIELDS)
        if extra:
            detail = [{"type": "extra_forbidden", "loc": ["body", name], "msg": "Extra inputs are not permitted",
                       "input": body[name]} for name in extra]
            return JSONResponse({"object": "error", "message": {"detail": detail}, "type": "invalid_request_error",
                                 "param": None, "code": None}, status_code=422)
        self.requests.append(body)
        if body.get("stream"):
            return StreamingResponse(self._stream(body), media_type="text/event-stream")
        return JSONResponse(completion(body))

    @staticmethod
    async def _stream(body: dict[str, Any]):  # noqa: ANN205
        model = body["model"]
        yield b"data: " + orjson.dumps(chunk(model, {"role": "assistant", "content": ""})) + b"\n\n"
        for word in ANSWER_WORDS:
            yield b"data: " + orjson.dumps(chunk(model, {"content": word})) + b"\n\n"
        last = chunk(model, {"content": ""}, finish_reason="stop") | {"usage": usage(body, len(ANSWER_WORDS))}
        yield b"data: " + orjson.dumps(last) + b"\n\n"
        yield b"data: [DONE]\n\n"
