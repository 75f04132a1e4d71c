"""The admin API's guard: a bearer key from ``PROXYIFY_ADMIN_KEY``; without it the API is off."""

from __future__ import annotations

import hmac
import os

from proxyify_asgi.errors import NotFound, Unauthorized
from proxyify_asgi.types import Scope

ADMIN_KEY_ENV = "PROXYIFY_ADMIN_KEY"


def admin_key() -> str | None:
    """The configured admin secret, or None (admin API disabled)."""
    return os.environ.get(ADMIN_KEY_ENV) or None


def require_admin(scope: Scope, configured: str | None) -> None:
    """Raise unless the request carries the admin key. Disabled API → 404; wrong key → 401."""
    if not configured:
        raise NotFound("The admin API is disabled (set PROXYIFY_ADMIN_KEY to enable it).")
    presented = b""
    for name, value in scope.get("headers", ()):
        if name == b"authorization" and value[:7].lower() == b"bearer ":
            presented = value[7:].strip()
            break
    if not hmac.compare_digest(presented, configured.encode()):
        raise Unauthorized("Missing or invalid admin key.")
