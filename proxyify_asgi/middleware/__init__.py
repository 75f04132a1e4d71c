"""Pure ASGI middlewares, one concern each, composed by ``create_app`` in a fixed order."""

from proxyify_asgi.middleware.auth import AuthMiddleware
from proxyify_asgi.middleware.cors import GatewayCORSMiddleware
from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
from proxyify_asgi.middleware.restriction import RestrictionMiddleware
from proxyify_asgi.middleware.screening import ScreeningMiddleware

__all__ = [
    "AuthMiddleware", "ErrorGuardMiddleware", "GatewayCORSMiddleware", "MeteringMiddleware", "RateLimitMiddleware", "RestrictionMiddleware",
    "ScreeningMiddleware",
]
