"""A fake OpenAI-compatible upstream: ``POST /v1/chat/completions`` as OpenAI documents it.

Behaviour is chosen by the requested model name, so one server serves every test:

- ``gpt-test``: a normal answer (JSON, or SSE with a final usage chunk when
  ``stream_options.include_usage`` is set, then ``data: [DONE]``);
- ``slow-N``: waits N seconds first (timeouts); a caller that hangs up meanwhile is counted in
  ``hung_up`` and gets no answer, one that waited is counted in ``slow_answered``;
- ``error-500``, ``error-429``, ``error-401``: an OpenAI error body with that status (429 adds Retry-After);
- ``cut``: streams two chunks, then drops the connection without finishing (mid-stream failure);
- ``no-done``: streams the whole answer (finish reason, usage) but never sends ``[DONE]``;
- ``no-finish``: streams chunks and ends cleanly with neither a finish reason nor ``[DONE]``;
- ``garbage``: a 200 whose body is not JSON;
- ``drip``: streams one word every 50 ms for 10 s (client-disconnect tests).

Every request is recorded in ``FakeOpenAI.requests`` (headers and JSON body), and the server counts
streams that were cancelled by the gateway hanging up (``cancelled_streams``).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

ANSWER_WORDS = ["Hello", " from", " the", " fake", " upstream", "."]


@dataclass
class FakeOpenAI:
    """State shared between the fake server and the test that inspects it."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    cancelled_streams: int = 0
    completed_streams: int = 0
    hung_up: int = 0
    """``slow-N`` requests whose caller hung up before the answer was due."""
    slow_answered: int = 0
    """``slow-N`` requests answered after the wait."""
    api_key: str | None = None
    """The key a request must bear (``Authorization: Bearer <key>``), as OpenAI checks it; None:
    any non-empty bearer key (the tests that point several providers at one fake)."""

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/models", self.models, methods=["GET"]),
        ])

    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": "gpt-test", "object": "model"}]})

    async def chat(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        self.requests.append({"headers": dict(request.headers), "body": body})
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        if scheme != "Bearer" or not key or (self.api_key is not None and key != self.api_key):
            return JSONResponse(  # OpenAI's answer to a missing or wrong key
                {"error": {"message": "Incorrect API key provided.", "type": "invalid_request_error",
                           "param": None, "code": "invalid_api_key"}},
                status_code=401,
            )
        model = body.get("model", "")
        if model.startswith("slow-"):
            if not await self._wait_for_caller(request, float(model.split("-", 1)[1])):
                self.hung_up += 1
                return Response(status_code=499)  # nobody reads it: the caller is gone
            self.slow_answered += 1
        if model.startswith("error-"):
            status = int(model.split("-", 1)[1])
            headers = {"retry-after": "1"} if status == 429 else {}
            return JSONResponse(
                {"error": {"message": f"simulated {status}", "type": "server_error", "code": None}},
                status_code=status, headers=headers,
            )
        if model == "garbage":
            return Response(b"<html>oops</html>", media_type="text/html")
        if body.get("stream"):
            return StreamingResponse(self._stream(body), media_type="text/event-stream")
        return JSONResponse(completion(body))

    @staticmethod
    async def _wait_for_caller(request: Request, seconds: float) -> bool:
        """Wait ``seconds``; False as soon as the caller hangs up instead (uvicorn reports it as
        ``http.disconnect`` once the body has been read)."""

        async def hang_up() -> None:
            while (await request.receive())["type"] != "http.disconnect":
                pass

        try:
            await asyncio.wait_for(hang_up(), seconds)
        except TimeoutError:
            return True
        return False

    async def _stream(self, body: dict[str, Any]):
        model = body["model"]
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        words = ANSWER_WORDS * 400 if model == "drip" else ANSWER_WORDS
        try:
            for i, word in enumerate(words):
                if model == "cut" and i == 2:
                    raise ConnectionAbortedError("simulated mid-stream cut")
                if model == "drip":
                    await asyncio.sleep(0.05)
                yield sse(chunk(model, {"content": word} if i else {"role": "assistant", "content": word}))
            if model == "no-finish":
                return
            yield sse(chunk(model, {}, finish_reason="stop"))
            if include_usage:
                yield sse({**chunk(model, {}), "choices": [], "usage": usage(body, len(words))})
            if model != "no-done":
                yield b"data: [DONE]\n\n"
            self.completed_streams += 1
        except asyncio.CancelledError:
            self.cancelled_streams += 1
            raise


def sse(payload: dict[str, Any]) -> bytes:
    """One SSE data event."""
    return b"data: " + orjson.dumps(payload) + b"\n\n"


def prompt_tokens(body: dict[str, Any]) -> int:
    """A deterministic prompt token count: words in all messages plus 3 per message."""
    return sum(len(str(m.get("content", "")).split()) + 3 for m in body.get("messages", []))


def usage(body: dict[str, Any], completion_tokens: int) -> dict[str, int]:
    """OpenAI's usage object."""
    p = prompt_tokens(body)
    return {"prompt_tokens": p, "completion_tokens": completion_tokens, "total_tokens": p + completion_tokens}


def chunk(model: str, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    """One ``chat.completion.chunk``."""
    return {
        "id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
        "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def completion(body: dict[str, Any]) -> dict[str, Any]:
    """A ``chat.completion`` answer."""
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
        "model": body["model"],
        "choices": [{
            "index": 0, "message": {"role": "assistant", "content": "".join(ANSWER_WORDS)},
            "finish_reason": "stop",
        }],
        "usage": usage(body, len(ANSWER_WORDS)),
    }
