"""MeteringMiddleware alone around a small Starlette app: holds, settlement, refusals, pass-through."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import ProviderError
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.endpoint.media_costs import max_media_cost
from proxyify_asgi.pricing import chat_cost, max_chat_cost, to_credits
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_memory import MemoryLedger
from proxyify_asgi.stores.protocols import KeyPolicy, KeyRecord, Usage
from tests.keyctx import TestKeyMiddleware

SETTINGS = Settings.demo(gateway={"usd_per_credit": 0.00001})
UPC = SETTINGS.gateway.usd_per_credit
KEY = KeyRecord(name="alice", key_hash="x", prefix="pk", account="acme", created_at=datetime.now(UTC), policy=KeyPolicy())


class Endpoint:
    """Plays the real endpoint: records the reservation it saw and fills the meter as told."""

    def __init__(self) -> None:
        self.seen: list[Any] = []
        self.outcome = "ok"

    async def chat(self, request: Request) -> JSONResponse:
        ctx = RequestContext.of(request.scope)
        self.seen.append(ctx.reservation)
        await request.json()
        if self.outcome == "provider-error":
            raise ProviderError(upstream_status=500)
        if self.outcome == "bug":
            raise RuntimeError("boom")
        ctx.meter.defer_settlement = self.outcome == "deferred"
        ctx.meter.status = "ok"
        ctx.meter.credits = 7
        ctx.meter.cost_usd = 7 * UPC
        ctx.meter.input_tokens, ctx.meter.output_tokens = 3, 4
        return JSONResponse({"credits_used": 7})


@pytest.fixture
async def setup() -> tuple[httpx.AsyncClient, MemoryLedger, Endpoint]:
    ledger = MemoryLedger()
    await ledger.grant("acme", 10_000)
    endpoint = Endpoint()
    app = Starlette(routes=[Route("/v1/chat/completions", endpoint.chat, methods=["POST", "GET"])])
    stack = TestKeyMiddleware(MeteringMiddleware(app, ledger=ledger, settings=SETTINGS), records={"pk-alice": KEY})
    transport = httpx.ASGITransport(app=stack, raise_app_exceptions=False)
    client = httpx.AsyncClient(transport=transport, base_url="http://test", headers={"authorization": "Bearer pk-alice"})
    return client, ledger, endpoint


def body(model: str = "openai/gpt-4o", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "hello"}], "max_tokens": 100, **extra}


async def test_reserves_the_max_cost_then_settles_the_metered_credits(setup: Any) -> None:
    client, ledger, endpoint = setup
    r = await client.post("/v1/chat/completions", json=body())
    assert r.status_code == 200
    model = SETTINGS.model("openai/gpt-4o")
    assert model is not None
    [reservation] = endpoint.seen
    assert reservation.credits == to_credits(max_chat_cost(model, body()), UPC) > 7
    assert await ledger.balance("acme") == 10_000 - 7
    [settle] = [e for e in await ledger.entries() if e.kind == "settle"]
    assert settle.usage is not None
    assert (settle.usage.key, settle.usage.model_requested, settle.usage.input_tokens) == ("alice", "openai/gpt-4o", 3)
    assert settle.usage.request_id.startswith("req_")
    assert settle.cost_usd == 7 * UPC


@pytest.mark.parametrize("outcome", ["provider-error", "bug"])
async def test_failed_calls_release_the_hold_at_no_charge(setup: Any, outcome: str) -> None:
    client, ledger, endpoint = setup
    endpoint.outcome = outcome
    r = await client.post("/v1/chat/completions", json=body())
    assert r.status_code in (500, 502)
    assert len(endpoint.seen) == 1
    assert await ledger.balance("acme") == 10_000
    assert [e.kind for e in await ledger.entries()][-1] == "release"


async def test_deferred_settlement_leaves_the_reservation_open(setup: Any) -> None:
    client, ledger, endpoint = setup
    endpoint.outcome = "deferred"
    await client.post("/v1/chat/completions", json=body())
    [reservation] = endpoint.seen
    assert (await ledger.account("acme")).reserved == reservation.credits  # type: ignore[union-attr]


async def test_refusals_are_402_before_the_endpoint_runs(setup: Any) -> None:
    client, ledger, endpoint = setup
    await ledger.reserve("acme", "bob", 9_990, Decimal("0.0999"), request_id="other", ttl_s=60)
    r = await client.post("/v1/chat/completions", json=body())
    assert r.status_code == 402
    assert r.json()["error"]["message"] == "Insufficient credits. Please top up your balance."
    assert r.json()["error"]["metadata"]["available_credits"] == 10
    assert endpoint.seen == []


@pytest.mark.parametrize("case", ["unknown model", "no key", "GET", "not json"])
async def test_passes_through_unmetered_when_there_is_nothing_to_price(setup: Any, case: str) -> None:
    client, ledger, endpoint = setup
    headers = {"authorization": "Bearer wrong"} if case == "no key" else {}
    if case == "GET":
        await client.get("/v1/chat/completions")
    elif case == "not json":
        await client.post("/v1/chat/completions", content=b"{oops", headers=headers)
    else:
        await client.post("/v1/chat/completions", json=body(model="nope/x" if case == "unknown model" else "openai/gpt-4o"), headers=headers)
    assert endpoint.seen == [None]
    assert [e.kind for e in await ledger.entries()] == ["grant"]


async def test_media_requests_hold_their_max_media_cost(setup: Any) -> None:
    client, ledger, endpoint = setup
    speech = {"model": "openai/gpt-4o-mini-tts", "input": "Hello, this is a TTS test.", "voice": "alloy"}
    assert (await client.post("/v1/chat/completions", json=speech)).status_code == 200
    model = SETTINGS.model("openai/gpt-4o-mini-tts")
    assert model is not None
    [reservation] = endpoint.seen
    assert reservation.credits == to_credits(max_media_cost(model, speech), UPC) > 0


async def test_a_media_body_its_handler_would_refuse_is_a_400_before_any_hold(setup: Any) -> None:
    client, ledger, endpoint = setup
    r = await client.post("/v1/chat/completions", json={"model": "openai/gpt-4o-mini-tts", "voice": "alloy"})
    assert r.status_code == 400 and r.json()["error"]["code"] == 400
    assert endpoint.seen == []
    assert [e.kind for e in await ledger.entries()] == ["grant"]


def test_chat_holds_grow_with_the_number_of_choices() -> None:
    model = SETTINGS.model("openai/gpt-4o")
    assert model is not None
    one, three = max_chat_cost(model, body()), max_chat_cost(model, body(n=3))
    assert three - one == 2 * chat_cost(model.price, 0, 100)


def test_charge_meter_caps_the_charge_to_the_hold(caplog: pytest.LogCaptureFixture) -> None:
    from proxyify_asgi.endpoint.charging import charge_meter
    from proxyify_asgi.stores.protocols import Reservation

    ctx = RequestContext(request_id="req_cap")
    charge_meter(ctx, Decimal("0.5"), UPC)  # no hold (no key): nothing to cap to
    assert (ctx.meter.credits, ctx.meter.cost_usd) == (50_000, Decimal("0.5"))
    ctx.reservation = Reservation("res_1", "acme", "alice", 4_800, Decimal("0.048"), datetime.now(UTC))
    charge_meter(ctx, Decimal("0.5"), UPC)
    assert (ctx.meter.credits, ctx.meter.cost_usd) == (4_800, Decimal("0.048"))
    assert "req_cap" in caplog.text and "capped to its hold" in caplog.text
    caplog.clear()
    charge_meter(ctx, Decimal("0.01"), UPC)
    assert (ctx.meter.credits, ctx.meter.cost_usd) == (1_000, Decimal("0.01")) and not caplog.text


class DownLedger(MemoryLedger):
    """A ledger whose settle always fails, as an unreachable store's does."""

    async def settle(self, *args: Any, **kwargs: Any) -> None:
        raise OSError("ledger down")


async def waiting_late_settle(ledger: MemoryLedger, request_id: str) -> tuple[MeteringMiddleware, asyncio.Task[None]]:
    """Metering with one background settle (7 credits) registered and asleep, as the retry path leaves it."""
    await ledger.grant("acme", 10_000)
    metering = MeteringMiddleware(Starlette(), ledger=ledger, settings=SETTINGS)
    reservation = await ledger.reserve("acme", "alice", 50, 50 * UPC, request_id=request_id, ttl_s=60)
    usage = Usage(request_id=request_id, key="alice", model_requested="openai/gpt-4o", model_used="gpt-4o",
                  provider="demo", input_tokens=3, output_tokens=4, units=None, credits=7, cost_usd=7 * UPC,
                  latency_ms=1, cached=False, status="ok")
    metering.late_settle_delays_s = (30.0,)
    task = asyncio.get_running_loop().create_task(metering._settle_late(reservation, usage, 4))
    metering._late_settles[task] = (reservation, usage)
    await asyncio.sleep(0.01)
    return metering, task


async def test_a_late_settle_cut_short_by_shutdown_logs_the_lost_charge(caplog: pytest.LogCaptureFixture) -> None:
    """A background settle still waiting when the process stops is not lost silently: the charge
    is logged at ERROR with its request id, and nothing is charged."""
    ledger = MemoryLedger()
    _, task = await waiting_late_settle(ledger, "req_late")
    with caplog.at_level(logging.WARNING, "proxyify_asgi"):
        task.cancel()  # the event loop closing, with no settle_pending
        with pytest.raises(asyncio.CancelledError):
            await task
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "req_late" in record.getMessage() and "7 credits not charged" in record.getMessage()
    account = await ledger.account("acme")
    assert account is not None and account.settled == 0


async def test_a_late_settle_that_still_fails_at_shutdown_is_logged_as_lost(caplog: pytest.LogCaptureFixture) -> None:
    metering, task = await waiting_late_settle(DownLedger(), "req_down")
    with caplog.at_level(logging.WARNING, "proxyify_asgi"):
        await metering.settle_pending()
    assert task.cancelled()
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]  # once: the cancelled wait logs nothing
    assert record.getMessage().startswith("settling request req_down failed at shutdown: OSError; 7 credits not charged")
