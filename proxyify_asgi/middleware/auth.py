"""``AuthMiddleware``: the API key (``Authorization: Bearer`` or ``x-api-key``) → ``ctx.key``.

Missing, unknown, revoked or expired keys get a 401 whose message says which of the four it was,
and never echoes the key. Lookups go by SHA-256 of the secret through a :class:`CachedKeyStore`
(2 s by default), so the hot path costs one hash and one dict lookup; a revocation made through
the same store object is immediate, one made by another process takes effect within the TTL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import Unauthorized, send_error
from proxyify_asgi.stores.key_service import CachedKeyStore
from proxyify_asgi.stores.keys import hash_secret, hashes_match, utcnow
from proxyify_asgi.stores.protocols import KeyRecord, KeyStore
from proxyify_asgi.types import ASGIApp, Receive, Scope, Send

_MAX_SECRET_LEN = 256


def presented_key(scope: Scope) -> str | None:
    """The secret the request carries: ``Authorization: Bearer <key>``, else ``x-api-key``."""
    api_key: bytes | None = None
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, token = value.partition(b" ")
            if scheme.lower() == b"bearer" and token.strip():
                return token.strip().decode("latin-1")
        elif name == b"x-api-key" and value.strip():
            api_key = value.strip()
    return api_key.decode("latin-1") if api_key is not None else None


def route_path(scope: Scope) -> str:
    """The path relative to where the app is mounted (as Starlette's routing sees it)."""
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    if root and path.startswith(root) and (len(path) == len(root) or path[len(root)] == "/"):
        return path[len(root):] or "/"
    return path


class AuthMiddleware:
    """Authenticate every HTTP request outside ``public_paths`` / ``public_prefixes``.

    ``key_store`` is any :class:`KeyStore`; it is wrapped in a :class:`CachedKeyStore` with
    ``cache_ttl_s`` unless it is one already. ``clock`` returns the aware UTC time (for expiry).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        key_store: KeyStore,
        public_paths: Iterable[str] = ("/healthz", "/metrics"),
        public_prefixes: Iterable[str] = (),
        cache_ttl_s: float = 2.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.app = app
        self.key_store = key_store if isinstance(key_store, CachedKeyStore) else CachedKeyStore(key_store, ttl_s=cache_ttl_s)
        self.public_paths = frozenset(public_paths)
        self.public_prefixes = tuple(public_prefixes)
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = route_path(scope)
        if path in self.public_paths or (self.public_prefixes and path.startswith(self.public_prefixes)):
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope)
        try:
            ctx.key = await self.authenticate(scope)
        except Unauthorized as exc:
            await send_error(send, exc, ctx.request_id)
            return
        await self.app(scope, receive, send)

    async def authenticate(self, scope: Scope) -> KeyRecord:
        """The active key record for the request; :class:`Unauthorized` saying why not."""
        secret = presented_key(scope)
        if secret is None:
            raise Unauthorized(
                "Missing API key: send 'Authorization: Bearer <key>' or an 'x-api-key' header.",
                metadata={"reason": "missing"},
            )
        if len(secret) > _MAX_SECRET_LEN:
            raise Unauthorized("Invalid API key.", metadata={"reason": "invalid"})
        presented_hash = hash_secret(secret)
        record = await self.key_store.get_by_hash(presented_hash)
        if record is None or not hashes_match(record.key_hash, presented_hash):
            raise Unauthorized("Invalid API key.", metadata={"reason": "invalid"})
        if record.revoked_at is not None:
            raise Unauthorized("API key has been revoked.", metadata={"reason": "revoked"})
        if record.expires_at is not None and self.clock() >= record.expires_at:
            raise Unauthorized("API key has expired.", metadata={"reason": "expired"})
        return record
