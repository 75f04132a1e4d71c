"""Test stand-ins for the pieces other issues build (metering, the ledger), and the app around them.

``metered_app`` composes the real ``AuthMiddleware`` (keys ``alice`` and ``bob``) around a
``TestMeteringMiddleware`` that reserves a fixed hold before the endpoint and, after it, settles
``ctx.meter.credits`` when the meter says ``ok``/``partial``, leaves the hold open when the meter
defers settlement (video), and releases it otherwise — the contract the real metering follows.
``FakeLedger`` implements the ``CreditLedger`` protocol in memory and records every call.
"""

from __future__ import annotations

import io
import itertools
import math
import struct
import wave
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from proxyify_asgi.app import ProxyifyApp
from proxyify_asgi.endpoint.routes import build_endpoint_app
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.middleware.auth import AuthMiddleware
from proxyify_asgi.middleware.errors import ErrorGuardMiddleware
from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import InsufficientCredits
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.protocols import Reservation, Usage
from proxyify_asgi.types import ASGIApp, Receive, Scope, Send

HOLD_CREDITS = 5_000
ALICE_KEY = "pk-alice-media-tests-0001"
BOB_KEY = "pk-bob-media-tests-0002"


@dataclass
class FakeLedger:
    """An in-memory ``CreditLedger`` that records reserve/settle/release calls."""

    balances: dict[str, int] = field(default_factory=dict)
    open: dict[str, Reservation] = field(default_factory=dict)
    settled: list[tuple[str, Usage]] = field(default_factory=list)
    released: list[str] = field(default_factory=list)
    calls: list[tuple[str, str]] = field(default_factory=list)
    """Every settle/release attempt as (verb, reservation id), recorded before any check."""
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    async def grant(self, account: str, credits: int, *, note: str = "") -> int:
        self.balances[account] = self.balances.get(account, 0) + credits
        return self.balances[account]

    async def balance(self, account: str) -> int:
        held = sum(r.credits for r in self.open.values() if r.account == account)
        return self.balances.get(account, 0) - held

    async def reserve(self, account: str, key: str, credits: int, cost_usd: Decimal, *,
                      request_id: str, ttl_s: int) -> Reservation:
        if await self.balance(account) < credits:
            raise InsufficientCredits()
        reservation = Reservation(
            id=f"res-{next(self._ids)}", account=account, key=key, credits=credits, cost_usd=cost_usd,
            expires_at=datetime.now(timezone.utc) + timedelta(seconds=ttl_s),
        )
        self.open[reservation.id] = reservation
        return reservation

    async def settle(self, reservation: Reservation, usage: Usage) -> None:
        self.calls.append(("settle", reservation.id))
        if reservation.id not in self.open:
            raise AssertionError(f"settle of a reservation that is not open: {reservation.id}")
        assert usage.credits <= reservation.credits
        del self.open[reservation.id]
        self.balances[reservation.account] -= usage.credits
        self.settled.append((reservation.id, usage))

    async def release(self, reservation: Reservation, *, reason: str = "") -> None:
        self.calls.append(("release", reservation.id))
        if reservation.id not in self.open:
            raise AssertionError(f"release of a reservation that is not open: {reservation.id}")
        del self.open[reservation.id]
        self.released.append(reservation.id)

    async def create_account(self, account: str, credits: int = 0, *, note: str = "") -> bool:
        if account in self.balances:
            return False
        self.balances[account] = credits
        return True

    async def sweep_expired(self) -> int:
        return 0

    async def aclose(self) -> None:
        pass

    def charged(self, account: str) -> int:
        """Credits settled against ``account``."""
        return sum(u.credits for rid, u in self.settled if u.key == account)


class TestMeteringMiddleware:
    """Reserve before ``POST /v1/chat/completions``; settle, defer or release after."""

    __test__ = False

    def __init__(self, app: ASGIApp, ledger: FakeLedger) -> None:
        self.app = app
        self.ledger = ledger

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/chat/completions"):
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope)
        account = ctx.key.name if ctx.key is not None else "anonymous"
        ctx.reservation = await self.ledger.reserve(
            account, account, HOLD_CREDITS, Decimal(HOLD_CREDITS) / 1000, request_id=ctx.request_id, ttl_s=900
        )
        try:
            await self.app(scope, receive, send)
        finally:
            meter = ctx.meter
            if meter.defer_settlement and meter.status == "ok":
                pass  # the video job settles it
            elif meter.status in ("ok", "partial"):
                await self.ledger.settle(ctx.reservation, Usage(
                    request_id=ctx.request_id, key=account, model_requested=meter.model_requested,
                    model_used=meter.model_used, provider=meter.provider, credits=meter.credits,
                    cost_usd=meter.cost_usd,
                ))
            else:
                await self.ledger.release(ctx.reservation, reason="failed")


def metered_app(settings: Settings, ledger: FakeLedger, *, auth: bool = True) -> ProxyifyApp:
    """The gateway with test metering inside real auth (as create_app will order them), and
    ``gateway.ledger`` = ``ledger``. ``auth=False`` leaves auth out: requests carry no key."""
    gateway = Gateway(settings)
    gateway.ledger = ledger  # type: ignore[attr-defined]  (the real ledger lands with issue 4)
    app: ASGIApp = TestMeteringMiddleware(build_endpoint_app(gateway), ledger)
    if auth:
        app = AuthMiddleware(app, key_store=gateway.keys, public_paths=settings.gateway.public_paths)
    return ProxyifyApp(ErrorGuardMiddleware(app, max_body_bytes=settings.gateway.max_body_bytes), gateway)


def media_settings(storage_url: str, providers: dict[str, dict[str, Any]], models: list[dict[str, Any]],
                   **gateway: Any) -> Settings:
    """Settings with the given providers and models (plus a closed-port provider ``closed``)."""
    from tests.fakes.server import free_port

    return Settings.from_dict({
        "gateway": {"usd_per_credit": 0.001, **gateway},
        "storage": {"url": storage_url},
        "providers": {
            **providers,
            "closed": {"kind": "openai", "base_url": f"http://127.0.0.1:{free_port()}/v1", "api_key": "sk-closed"},
        },
        "models": models,
        "keys": [{"name": "alice", "key": ALICE_KEY, "credits": 1000}, {"name": "bob", "key": BOB_KEY, "credits": 1000}],
    })


def alice_bob_ledger() -> FakeLedger:
    """A ledger where keys ``alice``, ``bob`` and unauthenticated callers have credits."""
    return FakeLedger(balances={"alice": 1_000_000, "bob": 1_000_000, "anonymous": 1_000_000})


ALICE = {"Authorization": f"Bearer {ALICE_KEY}"}
BOB = {"Authorization": f"Bearer {BOB_KEY}"}


def make_wav(seconds: float, rate: int = 16_000, channels: int = 1) -> bytes:
    """A real PCM WAV of a 440 Hz tone."""
    frames = int(seconds * rate)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) * channels for i in range(frames)
        ))
    return buffer.getvalue()
