"""The endpoint app: routes and modality dispatch. Errors propagate to ``ErrorGuardMiddleware``.

``POST /v1/chat/completions`` looks the model up and hands the body to the handler of the model's
configured modality; other issues' endpoints (balance, jobs, metrics, admin) register in
:func:`build_endpoint_app` the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route, Router

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.chat import handle_chat
from proxyify_asgi.endpoint.hangup import answer_or_hang_up
from proxyify_asgi.endpoint.image import handle_image
from proxyify_asgi.endpoint.stt import handle_stt
from proxyify_asgi.endpoint.tts import handle_tts
from proxyify_asgi.endpoint.video import handle_video, jobs_routes
from proxyify_asgi.endpoint.validation import require_object
from proxyify_asgi.errors import InvalidRequest, clip
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.types import ASGIApp, Receive, Scope, Send

RequestHandler = Callable[[Request], Awaitable[Response]]
Handler = Callable[[Gateway, RequestContext, ModelSettings, dict[str, Any]], Awaitable[Response]]

MODALITY_HANDLERS: dict[str, Handler] = {
    "chat": handle_chat, "image": handle_image, "video": handle_video, "stt": handle_stt, "tts": handle_tts,
}
"""Handlers by modality. Read-only; modalities without one answer 400 naming the modality."""


def resolve_model(gateway: Gateway, body: dict[str, Any]) -> ModelSettings:
    """The configured model the body names; 400 for a missing or unknown model id."""
    model_id = body.get("model")
    if not isinstance(model_id, str) or not model_id:
        raise InvalidRequest("Invalid 'model': expected a model id string.", metadata={"field": "model"})
    model = gateway.settings.model(model_id)
    if model is None:
        raise InvalidRequest(f"Unknown model {clip(model_id)!r}.", metadata={"field": "model"})
    return model


class Endpoints:
    """Request handlers bound to one gateway."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def chat_completions(self, request: Request) -> Response:
        """``POST /v1/chat/completions``: every modality, dispatched by the model's configuration."""
        gateway = self.gateway
        ctx = RequestContext.of(request.scope, max_body_bytes=gateway.settings.gateway.max_body_bytes)
        ctx.flags["root_path"] = request.scope.get("root_path", "")  # for URLs handed out (polling_url)
        body = require_object(await ctx.json(request.receive))
        model = resolve_model(gateway, body)
        ctx.meter.model_requested = model.id
        ctx.meter.modality = model.modality
        ctx.flags["cache_header"] = request.headers.get("x-proxyify-cache")  # read by the chat cache
        handler = MODALITY_HANDLERS.get(model.modality)
        if handler is None:
            raise InvalidRequest(f"Modality {model.modality!r} is not served by this gateway build.")
        # Every modality: a client that hangs up before the upstream answered cancels the call.
        return await answer_or_hang_up(ctx, request.receive, handler(gateway, ctx, model, body))

    async def models(self, request: Request) -> Response:
        """``GET /v1/models``: the OpenAI list format, plus each model's modality and USD price."""
        data = [
            {
                "id": m.id, "object": "model", "created": 0, "owned_by": m.id.split("/", 1)[0],
                "modality": m.modality, "price": _price_dict(m),
            }
            for m in self.gateway.settings.models
        ]
        return _json({"object": "list", "data": data}, request)

    async def healthz(self, request: Request) -> Response:
        """``GET /healthz``: liveness, no auth."""
        return _json({"status": "ok"}, request)


def _price_dict(model: ModelSettings) -> dict[str, str]:
    fields = {
        "chat": ("input_per_mtok", "output_per_mtok"), "image": ("per_image",),
        "video": ("per_second",), "stt": ("per_minute",), "tts": ("per_mchar",),
    }[model.modality]
    return {f: str(getattr(model.price, f)) for f in fields}


def _json(payload: Any, request: Request) -> Response:
    return Response(orjson.dumps(payload), media_type="application/json")


class EndpointApp:
    """A Starlette ``Router`` whose every failure propagates to :class:`ErrorGuardMiddleware`.

    No Starlette application around it: the guard is the one place errors become JSON, and the host
    app's exception handlers (when we are mounted in FastAPI) must not render our errors their way.
    """

    def __init__(self, routes: list[BaseRoute], hot: dict[tuple[str, str], RequestHandler] | None = None) -> None:
        # no slash redirects: "/v1/chat/completions/" is a 404 in the error format, not a bodiless 307
        self.router = Router(routes=routes, redirect_slashes=False)
        self.hot = hot or {}
        """(method, path) → handler served without the router's route scan (the chat endpoint)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["app"] = self  # makes Starlette's router raise HTTPException for 404/405
        scope["starlette.exception_handlers"] = _NO_HANDLERS
        handler = self.hot.get((scope.get("method", ""), get_route_path(scope))) if scope["type"] == "http" else None
        if handler is not None:
            response = await handler(Request(scope, receive, send))
            await response(scope, receive, send)
            return
        await self.router(scope, receive, send)

    def serves(self, scope: Scope) -> bool:
        """True if a route takes this request; False for what the router answers 404/405 (or redirects)."""
        if (scope.get("method", ""), get_route_path(scope)) in self.hot:
            return True
        return any(route.matches(scope)[0] is Match.FULL for route in self.router.routes)


class RouteCheckMiddleware:
    """Requests no route takes go straight to the endpoint app, for its 404/405.

    Placed before the layers that read the body (screening, metering), so an unknown path or method
    is a 404/405 whatever the body holds, not a 400 about a body no handler would read. Nothing is
    skipped for a request a handler serves.
    """

    def __init__(self, app: ASGIApp, *, endpoint: EndpointApp) -> None:
        self.app = app
        self.endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.endpoint.serves(scope):
            await self.endpoint(scope, receive, send)
            return
        await self.app(scope, receive, send)


def get_route_path(scope: Scope) -> str:
    """The path below the mount point (Starlette's routers match on this too)."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


_NO_HANDLERS: tuple[dict[Any, Any], dict[int, Any]] = ({}, {})


def build_endpoint_app(gateway: Gateway, extra_routes: list[BaseRoute] | None = None) -> EndpointApp:
    """The app behind the middleware chain."""
    endpoints = Endpoints(gateway)
    routes: list[BaseRoute] = [
        Route("/v1/chat/completions", endpoints.chat_completions, methods=["POST"]),
        Route("/v1/models", endpoints.models, methods=["GET"]),
        Route("/healthz", endpoints.healthz, methods=["GET"]),
        *jobs_routes(gateway),
        *(extra_routes or []),
    ]
    return EndpointApp(routes, hot={("POST", "/v1/chat/completions"): endpoints.chat_completions})
