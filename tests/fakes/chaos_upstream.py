"""A fake OpenAI-compatible upstream that misbehaves on purpose.

Serve it with :func:`tests.fakes.server.serve`. It answers ``POST /v1/chat/completions`` in the
OpenAI wire format (JSON, or SSE ``chat.completion.chunk`` events ending with ``data: [DONE]``),
except when a fault is drawn. Faults:

- ``500``: HTTP 500 with an OpenAI error body.
- ``429``: HTTP 429 with ``Retry-After`` (``retry_after`` seconds).
- ``timeout``: says nothing for ``hang_s`` seconds.
- ``reset``: sends the status line and headers, then drops the connection.
- ``cut``: JSON: half the body then drops; stream: drops before the first event.
- ``midstream``: stream: one content chunk, then drops (JSON requests are served normally).
- ``midstream_429``: stream: one content chunk, then an OpenAI-style error event (code 429).

``faults`` maps fault names to probabilities (the rest are served normally); counters record
what was done, so tests can check each fault was really exercised.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter
from typing import Any

import orjson

PROMPT_TOKENS = 10
WORDS = ["Hello", " from", " the", " upstream", "."]


class DropConnection(Exception):
    """Raised inside the ASGI app after the response started: uvicorn closes the socket."""


class ChaosUpstream:
    """The ASGI app. ``faults`` e.g. ``{"500": 0.2, "timeout": 0.1}``; ``seed`` makes draws repeatable."""

    def __init__(self, name: str, faults: dict[str, float] | None = None, *, seed: int = 0,
                 retry_after: int = 1, hang_s: float = 2.0) -> None:
        self.name = name
        self.faults = dict(faults or {})
        self.retry_after = retry_after
        self.hang_s = hang_s
        self.counts: Counter[str] = Counter()
        self.bodies: list[dict[str, Any]] = []
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def _draw(self) -> str:
        with self._lock:
            point = self._rng.random()
        for fault, p in self.faults.items():
            if point < p:
                return fault
            point -= p
        return "ok"

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                while True:
                    kind = (await receive())["type"]
                    await send({"type": kind + ".complete"})
                    if kind == "lifespan.shutdown":
                        return
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        body = orjson.loads(raw or b"{}")
        self.bodies.append(body)
        fault = self._draw()
        stream = bool(body.get("stream"))
        if fault in ("midstream", "midstream_429") and not stream:
            fault = "ok"
        self.counts[fault] += 1
        await self._answer(fault, body, stream, send)

    async def _answer(self, fault: str, body: dict[str, Any], stream: bool, send: Any) -> None:
        if fault == "500":
            await _json(send, 500, {"error": {"message": "upstream exploded", "type": "server_error"}})
        elif fault == "429":
            await _json(send, 429, {"error": {"message": "slow down", "type": "rate_limit_error"}},
                        [(b"retry-after", str(self.retry_after).encode())])
        elif fault == "timeout":
            await asyncio.sleep(self.hang_s)
            await _json(send, 200, self.completion(body))
        elif fault == "reset":
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"500")]})
            raise DropConnection
        elif fault == "cut" and not stream:
            payload = orjson.dumps(self.completion(body))
            await send({"type": "http.response.start", "status": 200, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
            await send({"type": "http.response.body", "body": payload[: len(payload) // 2], "more_body": True})
            raise DropConnection
        elif stream:
            await self._stream(fault, body, send)
        else:
            await _json(send, 200, self.completion(body))

    def completion(self, body: dict[str, Any]) -> dict[str, Any]:
        """A complete OpenAI ``chat.completion``."""
        return {
            "id": f"chatcmpl-{self.name}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "".join(WORDS) + f" [{self.name}]"},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": len(WORDS),
                      "total_tokens": PROMPT_TOKENS + len(WORDS)},
        }

    async def _stream(self, fault: str, body: dict[str, Any], send: Any) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]})
        if fault == "cut":
            raise DropConnection
        base = {"id": f"chatcmpl-{self.name}", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "fake")}

        async def event(payload: Any) -> None:
            data = payload if isinstance(payload, bytes) else orjson.dumps(payload)
            await send({"type": "http.response.body", "body": b"data: " + data + b"\n\n", "more_body": True})

        await event({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})
        for i, word in enumerate(WORDS):
            await event({**base, "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]})
            if i == 1 and fault == "midstream":
                raise DropConnection
            if i == 1 and fault == "midstream_429":
                await event({"error": {"message": "rate limited mid-stream", "type": "rate_limit_error", "code": 429}})
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
        await event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        await event({**base, "choices": [], "usage": {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": len(WORDS),
                                                        "total_tokens": PROMPT_TOKENS + len(WORDS)}})
        await event(b"[DONE]")
        await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _json(send: Any, status: int, payload: Any, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    data = orjson.dumps(payload)
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": data})
