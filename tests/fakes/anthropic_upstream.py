"""A fake Anthropic Messages API (``POST /v1/messages``) speaking its real wire format.

Checks the ``x-api-key`` and ``anthropic-version`` headers and the request shape the API enforces
(``max_tokens`` present, roles alternating and starting with ``user``, no ``system`` role inside
``messages``). Answers ``You said: <last user text>``; if tools are offered and the last turn is not
a tool result, it calls the first tool instead. Upstream model names select failures:
``overloaded`` → HTTP 529 ``overloaded_error``; ``stream-error`` → an ``error`` event mid-stream.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

API_KEY = "sk-ant-test-key"
INPUT_TOKENS, CACHE_READ_TOKENS, OUTPUT_TOKENS = 12, 3, 6


def _error(status: int, kind: str, message: str) -> Response:
    return Response(orjson.dumps({"type": "error", "error": {"type": kind, "message": message}}),
                    status_code=status, media_type="application/json")


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    content = messages[-1]["content"]
    if isinstance(content, str):
        return content
    return "".join(b.get("text", "") for b in content if b.get("type") == "text")


def _shape_problem(body: dict[str, Any]) -> str | None:
    if not isinstance(body.get("max_tokens"), int):
        return "max_tokens: Field required"
    messages = body.get("messages") or []
    if not messages or messages[0].get("role") != "user":
        return "messages: first message must use the user role"
    for a, b in zip(messages, messages[1:]):
        if a.get("role") == b.get("role"):
            return "messages: roles must alternate between user and assistant"
    if any(m.get("role") not in ("user", "assistant") for m in messages):
        return "messages: unexpected role"
    return None


def _blocks(body: dict[str, Any]) -> list[dict[str, Any]]:
    messages = body["messages"]
    last = messages[-1]["content"]
    answered_tool = isinstance(last, list) and any(b.get("type") == "tool_result" for b in last)
    if body.get("tools") and not answered_tool:
        tool = body["tools"][0]
        return [{"type": "text", "text": "Let me check."},
                {"type": "tool_use", "id": "toolu_01", "name": tool["name"], "input": {"city": "Paris"}}]
    return [{"type": "text", "text": f"You said: {_last_user_text(messages)}"}]


class FakeAnthropic:
    """The Starlette app and what it received."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.app = Starlette(routes=[Route("/v1/messages", self.messages, methods=["POST"])])

    async def messages(self, request: Request) -> Response:
        if request.headers.get("x-api-key") != API_KEY:
            return _error(401, "authentication_error", "invalid x-api-key")
        if not request.headers.get("anthropic-version"):
            return _error(400, "invalid_request_error", "anthropic-version: header is required")
        body = orjson.loads(await request.body())
        self.requests.append((dict(request.headers), body))
        problem = _shape_problem(body)
        if problem:
            return _error(400, "invalid_request_error", problem)
        if body["model"] == "overloaded":
            return _error(529, "overloaded_error", "Overloaded")
        blocks = _blocks(body)
        stop = "tool_use" if blocks[-1]["type"] == "tool_use" else "end_turn"
        if body.get("stream"):
            return StreamingResponse(self._events(body, blocks, stop), media_type="text/event-stream")
        message = {
            "id": "msg_01", "type": "message", "role": "assistant", "model": body["model"], "content": blocks,
            "stop_reason": stop, "stop_sequence": None,
            "usage": {"input_tokens": INPUT_TOKENS, "cache_read_input_tokens": CACHE_READ_TOKENS,
                      "cache_creation_input_tokens": 0, "output_tokens": OUTPUT_TOKENS},
        }
        return Response(orjson.dumps(message), media_type="application/json")

    async def _events(self, body: dict[str, Any], blocks: list[dict[str, Any]], stop: str) -> Any:
        def event(kind: str, data: dict[str, Any]) -> bytes:
            return b"event: " + kind.encode() + b"\ndata: " + orjson.dumps({"type": kind, **data}) + b"\n\n"

        yield event("message_start", {"message": {
            "id": "msg_01", "type": "message", "role": "assistant", "model": body["model"], "content": [],
            "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": INPUT_TOKENS, "cache_read_input_tokens": CACHE_READ_TOKENS, "output_tokens": 1},
        }})
        yield event("ping", {})
        for index, block in enumerate(blocks):
            if block["type"] == "text":
                yield event("content_block_start", {"index": index, "content_block": {"type": "text", "text": ""}})
                words = block["text"].split(" ")
                for i, word in enumerate(words):
                    piece = word if i == 0 else " " + word
                    yield event("content_block_delta", {"index": index, "delta": {"type": "text_delta", "text": piece}})
                    if body["model"] == "stream-error" and i == 1:
                        yield event("error", {"error": {"type": "overloaded_error", "message": "Overloaded"}})
                        return
            else:
                start = {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}
                yield event("content_block_start", {"index": index, "content_block": start})
                text = orjson.dumps(block["input"]).decode()
                for piece in (text[:5], text[5:]):
                    yield event("content_block_delta", {"index": index,
                                                        "delta": {"type": "input_json_delta", "partial_json": piece}})
            yield event("content_block_stop", {"index": index})
        yield event("message_delta", {"delta": {"stop_reason": stop, "stop_sequence": None},
                                      "usage": {"output_tokens": OUTPUT_TOKENS}})
        yield event("message_stop", {})
