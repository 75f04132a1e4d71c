"""proxyify_asgi: an AI gateway as composable ASGI middlewares around a mountable Starlette app."""

from proxyify_asgi.app import ProxyifyApp, create_app, lifespan
from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import ProxyifyError
from proxyify_asgi.middleware import (
    AuthMiddleware,
    ErrorGuardMiddleware,
    MeteringMiddleware,
    RateLimitMiddleware,
    RestrictionMiddleware,
    ScreeningMiddleware,
)
from proxyify_asgi.settings import ConfigurationError, Settings

__version__ = "0.1.0"

__all__ = [
    "AuthMiddleware",
    "ConfigurationError",
    "ErrorGuardMiddleware",
    "MeteringMiddleware",
    "ProxyifyApp",
    "ProxyifyError",
    "RateLimitMiddleware",
    "RequestContext",
    "RestrictionMiddleware",
    "ScreeningMiddleware",
    "Settings",
    "__version__",
    "create_app",
    "lifespan",
]
