"""Pure ASGI middlewares, one concern each, composed by ``create_app`` in a fixed order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proxyify_asgi._lazy import lazy_exports

if TYPE_CHECKING:
    from proxyify_asgi.middleware.auth import AuthMiddleware
    from proxyify_asgi.middleware.cors import GatewayCORSMiddleware
    from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
    from proxyify_asgi.middleware.metering import MeteringMiddleware
    from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
    from proxyify_asgi.middleware.restriction import RestrictionMiddleware
    from proxyify_asgi.middleware.screening import ScreeningMiddleware

# names resolve on first use: see proxyify_asgi._lazy
_EXPORTS = {
    "AuthMiddleware": "proxyify_asgi.middleware.auth",
    "ErrorGuardMiddleware": "proxyify_asgi.middleware.errors",
    "GatewayCORSMiddleware": "proxyify_asgi.middleware.cors",
    "MeteringMiddleware": "proxyify_asgi.middleware.metering",
    "RateLimitMiddleware": "proxyify_asgi.middleware.ratelimit",
    "RestrictionMiddleware": "proxyify_asgi.middleware.restriction",
    "ScreeningMiddleware": "proxyify_asgi.middleware.screening",
}

__all__ = ["AuthMiddleware", "ErrorGuardMiddleware", "GatewayCORSMiddleware", "MeteringMiddleware", "RateLimitMiddleware", "RestrictionMiddleware", "ScreeningMiddleware"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
