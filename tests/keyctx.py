"""Test-only stand-in for AuthMiddleware: puts the KeyRecord of the presented bearer key in the context.

It checks nothing (the real AuthMiddleware authenticates); it only lets the rate-limit and metering
tests run with keys whose policies come from ``[[keys]]``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from proxyify_asgi.context import RequestContext
from proxyify_asgi.settings import KeySettings, Settings
from proxyify_asgi.stores.keys import account_for
from proxyify_asgi.stores.protocols import KeyPolicy, KeyRecord

_POLICY_FIELDS = ("rate_limit", "model_rate_limits", "tokens_per_minute", "max_concurrent", "spend_limit_usd")


def key_record(k: KeySettings) -> KeyRecord:
    """The KeyRecord AuthMiddleware would load for ``k`` (only the fields metering and limits read)."""
    policy = KeyPolicy(**{f: getattr(k, f) for f in _POLICY_FIELDS})
    return KeyRecord(name=k.name, key_hash="test", prefix=k.key[:6], account=account_for(k.name, k.account),
                     created_at=datetime.now(UTC), policy=policy)


class TestKeyMiddleware:
    """Sets ``ctx.key`` from ``Authorization: Bearer <secret>`` when the secret is a configured key."""

    __test__ = False

    def __init__(self, app: Any, *, settings: Settings | None = None, records: dict[str, KeyRecord] | None = None) -> None:
        self.app = app
        self.records = dict(records or {})
        if settings is not None:
            self.records.update({k.key: key_record(k) for k in settings.keys})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"authorization" and value[:7].lower() == b"bearer ":
                    record = self.records.get(value[7:].decode("latin-1"))
                    if record is not None:
                        RequestContext.of(scope).key = record
        await self.app(scope, receive, send)
