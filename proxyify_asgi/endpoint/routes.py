"""The endpoint Starlette app: routes, modality dispatch, and the one error handler.

``POST /v1/chat/completions`` looks the model up and hands the body to the handler of the model's
configured modality; other issues' endpoints (balance, jobs, metrics, admin) register in
:func:`build_endpoint_app` the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.chat import handle_chat
from proxyify_asgi.endpoint.validation import require_object
from proxyify_asgi.errors import (
    InvalidRequest,
    MethodNotAllowed,
    NotFound,
    ProxyifyError,
    as_proxyify_error,
    error_body,
)
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.settings import ModelSettings

Handler = Callable[[Gateway, RequestContext, ModelSettings, dict[str, Any]], Awaitable[Response]]

MODALITY_HANDLERS: dict[str, Handler] = {"chat": handle_chat}
"""Handlers by modality. Read-only; modalities without one answer 400 naming the modality."""


def error_response(exc: BaseException, request_id: str | None) -> Response:
    """The spec's JSON error as a Starlette response."""
    err = as_proxyify_error(exc)
    headers = {k.lower(): str(v) for k, v in err.headers.items()}
    if request_id:
        headers["x-request-id"] = request_id
    return Response(error_body(err), status_code=err.status, headers=headers, media_type="application/json")


def resolve_model(gateway: Gateway, body: dict[str, Any]) -> ModelSettings:
    """The configured model the body names; 400 for a missing or unknown model id."""
    model_id = body.get("model")
    if not isinstance(model_id, str) or not model_id:
        raise InvalidRequest("Invalid 'model': expected a model id string.", metadata={"field": "model"})
    model = gateway.settings.model(model_id)
    if model is None:
        raise InvalidRequest(f"Unknown model {model_id[:200]!r}.", metadata={"field": "model"})
    return model


class Endpoints:
    """Request handlers bound to one gateway."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def chat_completions(self, request: Request) -> Response:
        """``POST /v1/chat/completions``: every modality, dispatched by the model's configuration."""
        gateway = self.gateway
        ctx = RequestContext.of(request.scope, max_body_bytes=gateway.settings.gateway.max_body_bytes)
        await gateway.start()
        body = require_object(await ctx.json(request.receive))
        model = resolve_model(gateway, body)
        ctx.meter.model_requested = model.id
        ctx.meter.modality = model.modality
        ctx.flags["cache_header"] = request.headers.get("x-proxyify-cache")  # read by the chat cache
        handler = MODALITY_HANDLERS.get(model.modality)
        if handler is None:
            raise InvalidRequest(f"Modality {model.modality!r} is not served by this gateway build.")
        return await handler(gateway, ctx, model, body)

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
    import orjson

    ctx = RequestContext.of(request.scope)
    return Response(orjson.dumps(payload), media_type="application/json", headers={"x-request-id": ctx.request_id})


async def _handle_error(request: Request, exc: Exception) -> Response:
    ctx = RequestContext.of(request.scope)
    if isinstance(exc, HTTPException):
        mapped: ProxyifyError = (
            NotFound(f"No route for {request.url.path[:200]}.") if exc.status_code == 404
            else MethodNotAllowed(f"Method {request.method} not allowed on {request.url.path[:200]}.")
            if exc.status_code == 405 else InvalidRequest(str(exc.detail)[:200])
        )
        return error_response(mapped, ctx.request_id)
    # Anything else is a bug: the client gets a bare 500 here, and Starlette re-raises it to
    # ErrorGuardMiddleware, which logs it once.
    return error_response(exc, ctx.request_id)


def build_endpoint_app(gateway: Gateway, extra_routes: list[BaseRoute] | None = None) -> Starlette:
    """The Starlette app behind the middleware chain."""
    endpoints = Endpoints(gateway)
    routes: list[BaseRoute] = [
        Route("/v1/chat/completions", endpoints.chat_completions, methods=["POST"]),
        Route("/v1/models", endpoints.models, methods=["GET"]),
        Route("/healthz", endpoints.healthz, methods=["GET"]),
        *(extra_routes or []),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={HTTPException: _handle_error, ProxyifyError: _handle_error, Exception: _handle_error},
    )
