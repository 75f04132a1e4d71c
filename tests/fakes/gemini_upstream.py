"""A fake Gemini API speaking its real wire format.

``POST /v1beta/models/{model}:generateContent`` and ``:streamGenerateContent?alt=sse`` (one
``GenerateContentResponse`` per ``data:`` event, no end marker; the last carries ``finishReason``
and the final ``usageMetadata``). Checks ``x-goog-api-key`` and that roles are ``user``/``model``.
Answers ``You said: <last user text>``; offers a ``functionCall`` when tools are declared and the
last turn is not a ``functionResponse``; with ``responseModalities: ["AUDIO"]`` answers inline
``audio/L16;codec=pcm;rate=24000`` PCM. Model ``cut`` ends the stream without a ``finishReason``;
model ``busy`` answers HTTP 503 ``UNAVAILABLE``.

With two or more function declarations the model calls the first two in parallel (one response
with both parts; streamed, one event per call, as Gemini streams whole calls). A model whose name
starts ``gemini-3`` signs its calls as Gemini 3 does: ``thoughtSignature`` (standard base64) on the
first ``functionCall`` part of each response, and answers 400 ``INVALID_ARGUMENT`` when a later
request's current turn (after the last user text) replays a model step whose first
``functionCall`` part lacks the signature, or carries one it never issued.

A user text containing ``BLOCKME`` is a blocked prompt: HTTP 200 with ``promptFeedback.blockReason``
and no ``candidates`` (one such event when streaming). Function declarations are checked as the API
does: ``parameters`` takes the OpenAPI subset (``Schema``) only, so JSON Schema keywords such as
``additionalProperties`` or ``$schema`` there are a 400; ``parametersJsonSchema`` takes JSON Schema
and is mutually exclusive with ``parameters``.
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
SIGNATURE_PREFIX = b"\xfb\xef\xff"  # so the base64 holds '+' and '/' (and padding): not URL-safe as sent
MISSING_SIGNATURE = ("Function call is missing a thought_signature in functionCall parts. This is required for tools "
                     "to work correctly, and missing thought_signature may lead to degraded model performance. "
                     "Additional data, function call `default_api:{name}`, position {position}. Please refer to "
                     "https://ai.google.dev/gemini-api/docs/thought-signatures for more details.")
SCHEMA_FIELDS = frozenset({
    "type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems", "properties", "required",
    "minProperties", "maxProperties", "minLength", "maxLength", "pattern", "example", "anyOf", "propertyOrdering",
    "default", "items", "minimum", "maximum",
})
"""The fields of the API's ``Schema`` (the OpenAPI subset ``FunctionDeclaration.parameters`` takes)."""
PCM = b"".join(struct.pack("<h", (i * 397) % 20000 - 10000) for i in range(2400))  # 0.1 s at 24 kHz


def _error(code: int, status: str, message: str) -> Response:
    return Response(orjson.dumps({"error": {"code": code, "message": message, "status": status}}),
                    status_code=code, media_type="application/json")


def _usage(output: int) -> dict[str, int]:
    return {"promptTokenCount": PROMPT_TOKENS, "candidatesTokenCount": output, "thoughtsTokenCount": THOUGHT_TOKENS,
            "totalTokenCount": PROMPT_TOKENS + output + THOUGHT_TOKENS}


def _unknown_schema_field(schema: Any, where: str) -> str | None:
    """The first key of ``schema`` (recursively) that ``Schema`` has no field for, with its path."""
    if not isinstance(schema, dict):
        return None
    for key, value in schema.items():
        if key not in SCHEMA_FIELDS:
            return f"Invalid JSON payload received. Unknown name {key!r} at '{where}': Cannot find field."
        nested = (value.items() if key == "properties" and isinstance(value, dict)
                  else enumerate(value) if key == "anyOf" and isinstance(value, list)
                  else [("", value)] if key == "items" else ())
        for name, sub in nested:
            found = _unknown_schema_field(sub, f"{where}.{key}" + (f"[{name}]" if name != "" else ""))
            if found:
                return found
    return None


def _declaration_error(body: dict[str, Any]) -> str | None:
    for t, tool in enumerate(body.get("tools") or ()):
        for d, declaration in enumerate(tool.get("functionDeclarations") or ()):
            where = f"tools[{t}].function_declarations[{d}]"
            if "parameters" in declaration and "parametersJsonSchema" in declaration:
                return f"{where}: parameters and parameters_json_schema are mutually exclusive."
            found = _unknown_schema_field(declaration.get("parameters"), f"{where}.parameters")
            if found:
                return found
    return None


def _blocked(body: dict[str, Any]) -> bool:
    return any("BLOCKME" in str(p.get("text", "")) for c in body.get("contents") or () for p in c.get("parts") or ())


class FakeGemini:
    """The Starlette app and what it received."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.signatures: set[str] = set()  # thought signatures issued
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
        refusal = _declaration_error(body) or (self._signature_error(body) if model.startswith("gemini-3") else None)
        if refusal:
            return _error(400, "INVALID_ARGUMENT", refusal)
        if method == "streamGenerateContent" and request.query_params.get("alt") != "sse":
            return _error(400, "INVALID_ARGUMENT", "expected alt=sse")
        if _blocked(body):
            blocked = {"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"}, "modelVersion": model,
                       "usageMetadata": {"promptTokenCount": PROMPT_TOKENS, "totalTokenCount": PROMPT_TOKENS},
                       "responseId": "resp-blocked"}
            if method == "streamGenerateContent":
                return StreamingResponse(self._blocked_events(blocked), media_type="text/event-stream")
            return Response(orjson.dumps(blocked), media_type="application/json")
        parts = self._answer(body, signed=model.startswith("gemini-3"))
        if method == "streamGenerateContent":
            return StreamingResponse(self._events(model, parts), media_type="text/event-stream")
        response = {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
                    "usageMetadata": _usage(OUTPUT_TOKENS), "modelVersion": model, "responseId": "resp-1"}
        return Response(orjson.dumps(response), media_type="application/json")

    def _signature_error(self, body: dict[str, Any]) -> str | None:
        """Gemini 3's check: each model step of the current turn replays its first call's signature."""
        contents = body.get("contents") or []
        start = max((i for i, c in enumerate(contents)
                     if c.get("role") == "user" and any("text" in p for p in c.get("parts") or ())), default=0)
        for content in contents[start:]:
            if content.get("role") != "model":
                continue
            for position, part in enumerate(content.get("parts") or ()):
                if "functionCall" in part:
                    signature = part.get("thoughtSignature")
                    if signature is None:
                        return MISSING_SIGNATURE.format(name=part["functionCall"].get("name"), position=position + 1)
                    if signature not in self.signatures:
                        return "Corrupted thought signature."
                    break  # parallel calls: only the first carries one
        return None

    def _answer(self, body: dict[str, Any], signed: bool = False) -> list[dict[str, Any]]:
        last = body["contents"][-1]["parts"]
        if body.get("tools") and not any("functionResponse" in p for p in last):
            declarations = body["tools"][0]["functionDeclarations"][:2]
            parts: list[dict[str, Any]] = [{"functionCall": {"name": d["name"], "args": {"city": "Paris"}}}
                                           for d in declarations]
            if signed:
                signature = base64.b64encode(SIGNATURE_PREFIX + f"sig{len(self.signatures)}".encode()).decode()
                self.signatures.add(signature)
                parts[0]["thoughtSignature"] = signature
            return parts
        text = "".join(p.get("text", "") for p in last)
        return [{"text": "thinking...", "thought": True}, {"text": f"You said: {text}"}]

    async def _events(self, model: str, parts: list[dict[str, Any]]) -> Any:
        def event(payload: dict[str, Any]) -> bytes:
            return b"data: " + orjson.dumps(payload) + b"\r\n\r\n"

        if "functionCall" in parts[0]:  # whole calls, one per event; the last event carries finishReason
            for i, part in enumerate(parts):
                call: dict[str, Any] = {"content": {"role": "model", "parts": [part]}, "index": 0}
                if i == len(parts) - 1:
                    call["finishReason"] = "STOP"
                yield event({"candidates": [call], "usageMetadata": _usage(OUTPUT_TOKENS), "responseId": "resp-2"})
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

    async def _blocked_events(self, blocked: dict[str, Any]) -> Any:
        yield b"data: " + orjson.dumps(blocked) + b"\r\n\r\n"

    def _speech(self, body: dict[str, Any]) -> Response:
        voice = body["generationConfig"]["speechConfig"]["voiceConfig"]["prebuiltVoiceConfig"]["voiceName"]
        part = {"inlineData": {"mimeType": "audio/L16;codec=pcm;rate=24000", "data": base64.b64encode(PCM).decode()}}
        response = {"candidates": [{"content": {"role": "model", "parts": [part]}, "finishReason": "STOP", "index": 0}],
                    "usageMetadata": {"promptTokenCount": 5, "totalTokenCount": 5}, "modelVersion": voice}
        return Response(orjson.dumps(response), media_type="application/json")
