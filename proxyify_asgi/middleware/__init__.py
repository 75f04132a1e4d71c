"""Pure ASGI middlewares, one concern each, composed by ``create_app`` in a fixed order."""

from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware

__all__ = ["ErrorGuardMiddleware", "MeteringMiddleware", "RateLimitMiddleware"]
