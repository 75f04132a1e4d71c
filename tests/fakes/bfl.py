"""A fake Black Forest Labs API: ``POST /v1/{model}`` → ``{"id", "polling_url"}``, ``GET
/v1/get_result?id=`` → ``Pending`` (``pending_polls`` times) then ``Ready`` with ``result.sample``,
and the sample itself at ``/delivery/{id}.png`` (no key needed, like BFL's signed URLs).

Model names pick failures: ``error-500`` (HTTP error at submit), ``moderated`` (the task ends
``Content Moderated``), ``moderate-even`` (tasks with an even number end ``Content Moderated``, the
others succeed: one of several concurrent tasks fails), ``forever`` (stays ``Pending``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from proxyify_asgi.providers.demo.media import gradient_png

SAMPLE = gradient_png(16, 9, "bfl")
API_KEY = "bfl-test-key-123456"


@dataclass
class FakeBFL:
    """State shared between the fake server and the test."""

    pending_polls: int = 2
    requests: list[dict[str, Any]] = field(default_factory=list)
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    sample_fetch_headers: list[dict[str, str]] = field(default_factory=list)

    def app(self) -> Starlette:
        """The ASGI app to serve."""
        return Starlette(routes=[
            Route("/v1/get_result", self.get_result, methods=["GET"]),
            Route("/v1/{model}", self.submit, methods=["POST"]),
            Route("/delivery/{task_id}.png", self.sample, methods=["GET"]),
        ])

    @staticmethod
    def _unauthorised(request: Request) -> Response | None:
        if request.headers.get("x-key") != API_KEY:
            return JSONResponse({"detail": "Not authenticated - Invalid Authentication"}, 403)
        return None

    async def submit(self, request: Request) -> Response:
        if (denied := self._unauthorised(request)) is not None:
            return denied
        body = orjson.loads(await request.body())
        model = request.path_params["model"]
        self.requests.append({"model": model, "body": body})
        if model.startswith("error-"):
            return JSONResponse({"detail": "internal error"}, int(model.split("-", 1)[1]))
        task_id = f"task-{len(self.tasks) + 1}"
        self.tasks[task_id] = {"model": model, "polls": 0}
        base = str(request.base_url).rstrip("/")
        return JSONResponse({"id": task_id, "polling_url": f"{base}/v1/get_result?id={task_id}"})

    async def get_result(self, request: Request) -> Response:
        if (denied := self._unauthorised(request)) is not None:
            return denied
        task_id = request.query_params.get("id", "")
        task = self.tasks.get(task_id)
        if task is None:
            return JSONResponse({"id": task_id, "status": "Task not found", "result": None})
        task["polls"] += 1
        moderated_even = task["model"] == "moderate-even" and int(task_id.split("-")[1]) % 2 == 0
        if task["model"] == "moderated" or moderated_even:
            return JSONResponse({"id": task_id, "status": "Content Moderated", "result": None})
        if task["model"] == "forever" or task["polls"] <= self.pending_polls:
            return JSONResponse({"id": task_id, "status": "Pending", "result": None, "progress": 0.5})
        base = str(request.base_url).rstrip("/")
        return JSONResponse({"id": task_id, "status": "Ready",
                             "result": {"sample": f"{base}/delivery/{task_id}.png", "prompt": "x"}})

    async def sample(self, request: Request) -> Response:
        self.sample_fetch_headers.append(dict(request.headers))
        return Response(SAMPLE, media_type="image/png")
