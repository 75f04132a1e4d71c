"""A fake Gemini API speaking its real wire format.

``POST /v1beta/models/{model}:generateContent`` and ``:streamGenerateContent?alt=sse`` (one
``GenerateContentResponse`` per ``data:`` event, no end marker; the last carries ``finishReason``
and the final ``usageMetadata``). Checks ``x-goog-api-key`` and that roles are ``user``/``model``.
Answers ``You said: <last user text>``; offers a ``functionCall`` when tools are declared and the
last turn is not a ``functionResponse``; with ``responseModalities: ["AUDIO"]`` answers inline
``audio/L16;codec=pcm;rate=24000`` PCM. Model ``cut`` ends the stream without a ``finishReason``;
model ``busy`` answers HTTP 503 ``UNAVAILABLE``.
"""

from __future__ import annotations

import base64
import struct
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

API_KEY = "gemini-test-key"
PROMPT_TOKENS, OUTPUT_TOKENS, THOUGHT_TOKENS = 9, 4, 2
PCM = b"".join(struct.pack("<h", (i * 397) % 20000 - 10000) for i in range(2400))  # 0.1 s at 24 kHz


def _error(code: int, status: str, message: str) -> Response:
    return Response(orjson.dumps({"error": {"code": code, "message": message, "status": status}}),
                    status_code=code, media_type="application/json")


def _usage(output: int) -> dict[str, int]:
    return {"promptTokenCount": PROMPT_TOKENS, "candidatesTokenCount": output, "thoughtsTokenCount": THOUGHT_TOKENS,
            "totalTokenCount": PROMPT_TOKENS + output + THOUGHT_TOKENS}


class FakeGemini:
    """The Starlette app and what it received."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.app = Starlette(routes=[Route("/v1beta/models/{target:str}", self.generate, methods=["POST"])])

    async def generate(self, request: Request) -> Response:
        if request.headers.get("x-goog-api-key") != API_KEY:
            return _error(403, "PERMISSION_DENIED", "API key not valid.")
        model, _, method = request.path_params["target"].partition(":")
        body = orjson.loads(await request.body())
        self.requests.append((request.url.path + ("?" + request.url.query if request.url.query else ""),
                              dict(request.headers), body))
        if any(c.get("role") not in ("user", "model") for c in body.get("contents") or [{}]):
            return _error(400, "INVALID_ARGUMENT", "Please use a valid role: user, model.")
        if model == "busy":
            return _error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")
        if body.get("generationConfig", {}).get("responseModalities") == ["AUDIO"]:
            return self._speech(body)
        parts = self._answer(body)
        if method == "streamGenerateContent":
            if request.query_params.get("alt") != "sse":
                return _error(400, "INVALID_ARGUMENT", "expected alt=sse")
            return StreamingResponse(self._events(model, parts), media_type="text/event-stream")
        response = {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
                    "usageMetadata": _usage(OUTPUT_TOKENS), "modelVersion": model, "responseId": "resp-1"}
        return Response(orjson.dumps(response), media_type="application/json")

    def _answer(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        last = body["contents"][-1]["parts"]
        if body.get("tools") and not any("functionResponse" in p for p in last):
            name = body["tools"][0]["functionDeclarations"][0]["name"]
            return [{"functionCall": {"name": name, "args": {"city": "Paris"}}}]
        text = "".join(p.get("text", "") for p in last)
        return [{"text": "thinking...", "thought": True}, {"text": f"You said: {text}"}]

    async def _events(self, model: str, parts: list[dict[str, Any]]) -> Any:
        def event(payload: dict[str, Any]) -> bytes:
            return b"data: " + orjson.dumps(payload) + b"\r\n\r\n"

        if "functionCall" in parts[0]:
            yield event({"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
                         "usageMetadata": _usage(OUTPUT_TOKENS), "responseId": "resp-2"})
            return
        words = parts[-1]["text"].split(" ")
        for i, word in enumerate(words):
            last = i == len(words) - 1
            candidate: dict[str, Any] = {"content": {"role": "model", "parts": [{"text": word if i == 0 else " " + word}]},
                                         "index": 0}
            if last and model == "cut":
                return
            if last:
                candidate["finishReason"] = "STOP"
            yield event({"candidates": [candidate], "usageMetadata": _usage(OUTPUT_TOKENS if last else i),
                         "responseId": "resp-2"})

    def _speech(self, body: dict[str, Any]) -> Response:
        voice = body["generationConfig"]["speechConfig"]["voiceConfig"]["prebuiltVoiceConfig"]["voiceName"]
        part = {"inlineData": {"mimeType": "audio/L16;codec=pcm;rate=24000", "data": base64.b64encode(PCM).decode()}}
        response = {"candidates": [{"content": {"role": "model", "parts": [part]}, "finishReason": "STOP", "index": 0}],
                    "usageMetadata": {"promptTokenCount": 5, "totalTokenCount": 5}, "modelVersion": voice}
        return Response(orjson.dumps(response), media_type="application/json")
