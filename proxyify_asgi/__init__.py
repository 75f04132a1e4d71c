"""proxyify_asgi: an AI gateway as composable ASGI middlewares around a mountable Starlette app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proxyify_asgi._lazy import lazy_exports

__version__ = "0.1.0"

if TYPE_CHECKING:
    from proxyify_asgi.app import ProxyifyApp, create_app, lifespan
    from proxyify_asgi.context import RequestContext
    from proxyify_asgi.errors import ProxyifyError
    from proxyify_asgi.middleware.auth import AuthMiddleware
    from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
    from proxyify_asgi.middleware.metering import MeteringMiddleware
    from proxyify_asgi.middleware.ratelimit import RateLimitMiddleware
    from proxyify_asgi.middleware.restriction import RestrictionMiddleware
    from proxyify_asgi.middleware.screening import ScreeningMiddleware
    from proxyify_asgi.settings import ConfigurationError, Settings

# names resolve on first use: see proxyify_asgi._lazy
_EXPORTS = {
    "AuthMiddleware": "proxyify_asgi.middleware.auth",
    "ConfigurationError": "proxyify_asgi.settings",
    "ErrorGuardMiddleware": "proxyify_asgi.middleware.errors",
    "MeteringMiddleware": "proxyify_asgi.middleware.metering",
    "ProxyifyApp": "proxyify_asgi.app",
    "ProxyifyError": "proxyify_asgi.errors",
    "RateLimitMiddleware": "proxyify_asgi.middleware.ratelimit",
    "RequestContext": "proxyify_asgi.context",
    "RestrictionMiddleware": "proxyify_asgi.middleware.restriction",
    "ScreeningMiddleware": "proxyify_asgi.middleware.screening",
    "Settings": "proxyify_asgi.settings",
    "create_app": "proxyify_asgi.app",
    "lifespan": "proxyify_asgi.app",
}

__all__ = ["AuthMiddleware", "ConfigurationError", "ErrorGuardMiddleware", "MeteringMiddleware", "ProxyifyApp", "ProxyifyError", "RateLimitMiddleware", "RequestContext", "RestrictionMiddleware", "ScreeningMiddleware", "Settings", "__version__", "create_app", "lifespan"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
