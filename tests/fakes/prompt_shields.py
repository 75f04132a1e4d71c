"""A fake Azure AI Content Safety resource: ``POST /contentsafety/text:shieldPrompt``.

The wire format is the one Azure documents (Prompt Shields quickstart, api-version
2024-09-01): the key in ``Ocp-Apim-Subscription-Key``, a body ``{"userPrompt": str,
"documents": [str, ...]}`` (both optional), an answer ``{"userPromptAnalysis":
{"attackDetected": bool}, "documentsAnalysis": [{"attackDetected": bool}, ...]}``, and the
service's input limits (a prompt of at most 10,000 characters, at most five documents of 10,000
characters in all), which it enforces with a 400. Errors come as ``{"error": {"code", "message"}}``.

The detector is a stand-in: a text is an attack when it contains :data:`ATTACK_MARK`, a phrase no
heuristic rule knows, so tests can tell that the guard, not the rules, blocked. ``mode`` makes
the service misbehave: ``"error"`` (500), ``"slow"`` (sleeps past any test timeout),
``"garbage"`` (a 200 that is not the documented body).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

API_VERSION = "2024-09-01"
ATTACK_MARK = "pineapple protocol engaged"


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


@dataclass
class FakePromptShields:
    """State shared between the fake service and the test that inspects it."""

    key: str
    mode: str = "ok"
    calls: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[Route("/contentsafety/text:shieldPrompt", self.shield, methods=["POST"])])

    async def shield(self, request: Request) -> Response:
        if request.headers.get("ocp-apim-subscription-key") != self.key:
            return _error(401, "401", "Access denied due to invalid subscription key or wrong API endpoint.")
        if request.query_params.get("api-version") != API_VERSION:
            return _error(404, "404", "Resource not found")
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return _error(400, "InvalidRequestBody", "The request body is not valid JSON.")
        self.calls.append(body)
        prompt = body.get("userPrompt")
        documents = body.get("documents") or []
        if prompt is not None and (not isinstance(prompt, str) or len(prompt) > 10_000):
            return _error(400, "InvalidRequestBody", "userPrompt must be a string of at most 10000 characters.")
        if len(documents) > 5 or sum(map(len, documents)) > 10_000:
            return _error(400, "InvalidRequestBody", "At most 5 documents of 10000 characters in all.")
        if self.mode == "error":
            return _error(500, "InternalServerError", "Something went wrong.")
        if self.mode == "slow":
            await asyncio.sleep(30)
        if self.mode == "garbage":
            return JSONResponse({"result": "fine"})
        answer: dict[str, Any] = {"documentsAnalysis": [{"attackDetected": ATTACK_MARK in d} for d in documents]}
        if prompt is not None:
            answer["userPromptAnalysis"] = {"attackDetected": ATTACK_MARK in prompt}
        return JSONResponse(answer)
