"""A fake Kling API that checks its JWT like the real one: HS256 over the secret key, ``iss`` the
access key, ``nbf``/``exp`` honoured. ``POST /v1/videos/text2video`` creates a task;
``GET /v1/videos/text2video/{task_id}`` answers ``submitted`` → ``processing`` (one step per query)
→ ``succeed`` after ``queries_until_done`` queries, with ``task_result.videos[0].url``/``duration``.

A prompt containing ``please fail`` makes the task end ``failed``; model ``error-500`` fails the
submit with HTTP 500; ``failing_queries`` makes the next queries answer HTTP 500. Errors use Kling's envelope ``{"code", "message", "request_id"}``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

ACCESS_KEY = "ak-test-access"
SECRET_KEY = "sk-test-secret-kling"


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def verify_jwt(token: str) -> str | None:
    """None if the token is valid for our keys, else why not."""
    try:
        header, payload, signature = token.split(".")
    except ValueError:
        return "malformed token"
    expected = hmac.new(SECRET_KEY.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _b64decode(signature)):
        return "bad signature"
    if orjson.loads(_b64decode(header)) != {"alg": "HS256", "typ": "JWT"}:
        return "bad header"
    claims = orjson.loads(_b64decode(payload))
    now = time.time()
    if claims.get("iss") != ACCESS_KEY or not claims["nbf"] <= now < claims["exp"]:
        return "bad claims"
    return None


def kling_error(http_status: int, code: int, message: str) -> JSONResponse:
    """Kling's error envelope."""
    return JSONResponse({"code": code, "message": message, "request_id": "req-fake"}, http_status)


@dataclass
class FakeKling:
    """State shared between the fake server and the test."""

    queries_until_done: int = 3
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    queries: int = 0
    submits: list[dict[str, Any]] = field(default_factory=list)
    failing_queries: int = 0
    """The next this many task queries answer HTTP 500 (an upstream hiccup)."""
    query_delay_s: float = 0.0
    """Each task query waits this long before answering (a slow upstream)."""

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[
            Route("/v1/videos/text2video", self.create, methods=["POST"]),
            Route("/v1/videos/text2video/{task_id}", self.query, methods=["GET"]),
        ])

    @staticmethod
    def _auth(request: Request) -> Response | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return kling_error(401, 1001, "Authorization is empty")
        if (problem := verify_jwt(header[7:])) is not None:
            return kling_error(401, 1002, f"Authorization is invalid: {problem}")
        return None

    async def create(self, request: Request) -> Response:
        if (denied := self._auth(request)) is not None:
            return denied
        body = orjson.loads(await request.body())
        self.submits.append(body)
        if body.get("model_name") == "error-500":
            return kling_error(500, 5000, "Server internal error")
        task_id = str(800000 + len(self.tasks))
        self.tasks[task_id] = {"body": body, "queries": 0}
        return JSONResponse({"code": 0, "message": "SUCCEED", "request_id": "r1", "data": {
            "task_id": task_id, "task_status": "submitted", "created_at": 1, "updated_at": 1}})

    async def query(self, request: Request) -> Response:
        if (denied := self._auth(request)) is not None:
            return denied
        if self.query_delay_s:
            await asyncio.sleep(self.query_delay_s)
        if self.failing_queries > 0:
            self.failing_queries -= 1
            return kling_error(500, 5000, "Server internal error")
        task = self.tasks.get(request.path_params["task_id"])
        if task is None:
            return kling_error(404, 1203, "Task not found")
        self.queries += 1
        task["queries"] += 1
        data: dict[str, Any] = {"task_id": request.path_params["task_id"], "created_at": 1, "updated_at": 2}
        if task["queries"] < self.queries_until_done:
            data["task_status"] = "submitted" if task["queries"] == 1 else "processing"
        elif "please fail" in task["body"]["prompt"]:
            data.update(task_status="failed", task_status_msg="Failure to pass the risk control system")
        else:
            base = str(request.base_url).rstrip("/")
            data.update(task_status="succeed", task_result={"videos": [{
                "id": "v1", "url": f"{base}/cdn/{data['task_id']}.mp4", "duration": task["body"]["duration"]}]})
        return JSONResponse({"code": 0, "message": "SUCCEED", "request_id": "r2", "data": data})
