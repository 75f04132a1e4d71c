"""Pure ASGI middlewares, one concern each, composed by ``create_app`` in a fixed order."""

from proxyify_asgi.middleware.errors import ErrorGuardMiddleware

__all__ = ["ErrorGuardMiddleware"]
