"""One contract for every CreditLedger back end: memory, SQLite and Redis (a real redis-server)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from proxyify_asgi.errors import InsufficientCredits, SpendingLimitReached
from proxyify_asgi.settings import Settings, SpendLimits
from proxyify_asgi.stores.ledger import open_ledger, seed_accounts
from proxyify_asgi.stores.ledger_memory import MemoryLedger
from proxyify_asgi.stores.ledger_redis import RedisLedger
from proxyify_asgi.stores.ledger_rules import derived_balance, summarize_usage
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import CreditLedger, Usage


class Clock:
    """A settable UTC clock."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 31, 23, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


BACKENDS: dict[str, Callable[[pytest.FixtureRequest, Path, Clock], CreditLedger]] = {
    "memory": lambda request, tmp, clock: MemoryLedger(clock=clock),
    "sqlite": lambda request, tmp, clock: SqliteLedger(tmp / "ledger.db", clock=clock),
    "redis": lambda request, tmp, clock: RedisLedger(request.getfixturevalue("redis_url"), clock=clock),
}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=sorted(BACKENDS))
async def ledger(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> AsyncIterator[CreditLedger]:
    led = BACKENDS[request.param](request, tmp_path, clock)
    yield led
    await led.aclose()


def usage(credits: int, cost: str, **kw: object) -> Usage:
    fields: dict = {"request_id": "req_1", "key": "k", "model_requested": "m", "model_used": "m", "provider": "demo"}
    fields.update(kw)
    return Usage(credits=credits, cost_usd=Decimal(cost), **fields)


async def test_is_a_credit_ledger(ledger: CreditLedger) -> None:
    assert isinstance(ledger, CreditLedger)


async def test_create_account_never_resets_a_balance(ledger: CreditLedger) -> None:
    assert await ledger.create_account("acme", 100)
    res = await ledger.reserve("acme", "k", 30, Decimal("0.03"), request_id="r", ttl_s=60)
    await ledger.settle(res, usage(30, "0.03"))
    assert not await ledger.create_account("acme", 100)
    assert await ledger.balance("acme") == 70
    assert await ledger.grant("acme", 5) == 75
    assert await ledger.balance("nobody") == 0


async def test_reserve_holds_and_settle_charges_actual_and_frees_rest(ledger: CreditLedger) -> None:
    await ledger.grant("a", 100)
    res = await ledger.reserve("a", "k", 60, Decimal("0.06"), request_id="r", ttl_s=60)
    assert await ledger.balance("a") == 40
    acc = await ledger.account("a")
    assert acc is not None and acc.reserved == 60
    await ledger.settle(res, usage(25, "0.025"))
    assert await ledger.balance("a") == 75
    await ledger.settle(res, usage(25, "0.025"))  # exactly once
    await ledger.release(res)
    assert await ledger.balance("a") == 75
    acc = await ledger.account("a")
    assert acc is not None and (acc.settled, acc.reserved) == (25, 0)


async def test_release_charges_nothing(ledger: CreditLedger) -> None:
    await ledger.grant("a", 10)
    res = await ledger.reserve("a", "k", 10, Decimal("0.01"), request_id="r", ttl_s=60)
    await ledger.release(res, reason="upstream failed")
    await ledger.settle(res, usage(10, "0.01"))  # closed: no charge
    assert await ledger.balance("a") == 10


async def test_insufficient_credits_counts_open_reservations(ledger: CreditLedger) -> None:
    await ledger.grant("a", 100)
    await ledger.reserve("a", "k", 70, Decimal("0.07"), request_id="r1", ttl_s=60)
    with pytest.raises(InsufficientCredits) as info:
        await ledger.reserve("a", "k", 31, Decimal("0.031"), request_id="r2", ttl_s=60)
    assert info.value.status == 402
    assert info.value.metadata == {"required_credits": 31, "available_credits": 30}
    await ledger.reserve("a", "k", 30, Decimal("0.03"), request_id="r3", ttl_s=60)
    assert await ledger.balance("a") == 0


async def test_concurrent_reserves_never_overspend(ledger: CreditLedger) -> None:
    await ledger.grant("a", 50)

    async def one(i: int) -> bool:
        try:
            await ledger.reserve("a", "k", 10, Decimal("0.01"), request_id=f"r{i}", ttl_s=60)
        except InsufficientCredits:
            return False
        return True

    results = await asyncio.gather(*(one(i) for i in range(40)))
    assert sum(results) == 5
    assert await ledger.balance("a") == 0


async def test_daily_spend_limit_counts_settled_and_open_and_resets_at_utc_midnight(ledger: CreditLedger, clock: Clock) -> None:
    await ledger.grant("a", 10_000)
    limits = SpendLimits(daily=Decimal("0.10"))
    res = await ledger.reserve("a", "k", 60, Decimal("0.06"), request_id="r1", ttl_s=60, spend_limits=limits)
    await ledger.settle(res, usage(60, "0.06"))
    held = await ledger.reserve("a", "k", 30, Decimal("0.03"), request_id="r2", ttl_s=60, spend_limits=limits)
    with pytest.raises(SpendingLimitReached) as info:
        await ledger.reserve("a", "k", 20, Decimal("0.02"), request_id="r3", ttl_s=60, spend_limits=limits)
    assert info.value.status == 402
    assert info.value.metadata["limit"] == "daily"
    assert Decimal(info.value.metadata["spent_usd"]) == Decimal("0.09")
    # Another key on the same account has its own limit.
    await ledger.reserve("a", "other", 20, Decimal("0.02"), request_id="r4", ttl_s=60, spend_limits=limits)
    await ledger.release(held)
    clock.advance(hours=1)  # 2026-04-01 00:00 UTC: a new day and a new month
    spend = await ledger.spend("k")
    assert (spend.daily, spend.monthly, spend.total) == (0, 0, Decimal("0.06"))
    await ledger.reserve("a", "k", 100, Decimal("0.10"), request_id="r5", ttl_s=60, spend_limits=limits)


async def test_monthly_and_total_limits_name_themselves(ledger: CreditLedger) -> None:
    await ledger.grant("a", 10_000)
    res = await ledger.reserve("a", "k", 50, Decimal("0.05"), request_id="r", ttl_s=60)
    await ledger.settle(res, usage(50, "0.05"))
    for field, expected in (("monthly", "monthly"), ("total", "total")):
        limits = SpendLimits(**{field: Decimal("0.06")})
        with pytest.raises(SpendingLimitReached) as info:
            await ledger.reserve("a", "k", 20, Decimal("0.02"), request_id="r", ttl_s=60, spend_limits=limits)
        assert info.value.metadata["limit"] == expected


async def test_sweep_releases_expired_holds_and_a_late_settle_still_charges_once(ledger: CreditLedger, clock: Clock) -> None:
    await ledger.grant("a", 100)
    stale = await ledger.reserve("a", "k", 40, Decimal("0.04"), request_id="r1", ttl_s=30)
    fresh = await ledger.reserve("a", "k", 10, Decimal("0.01"), request_id="r2", ttl_s=300)
    clock.advance(seconds=31)
    assert await ledger.sweep_expired() == 1
    assert await ledger.sweep_expired() == 0
    assert await ledger.balance("a") == 90
    assert (await ledger.spend("k")).reserved == Decimal("0.01")
    await ledger.settle(stale, usage(15, "0.015"))
    await ledger.settle(stale, usage(15, "0.015"))
    assert await ledger.balance("a") == 75
    await ledger.release(fresh)
    assert await ledger.balance("a") == 85


async def test_entries_audit_the_balance_and_carry_usage(ledger: CreditLedger) -> None:
    await ledger.grant("a", 1000, note="top-up")
    r1 = await ledger.reserve("a", "k", 100, Decimal("0.1"), request_id="req_a", ttl_s=60)
    r2 = await ledger.reserve("a", "k", 100, Decimal("0.1"), request_id="req_b", ttl_s=60)
    r3 = await ledger.reserve("a", "k", 100, Decimal("0.1"), request_id="req_c", ttl_s=60)
    await ledger.settle(r1, usage(12, "0.012", request_id="req_a", input_tokens=10, output_tokens=5,
                                  latency_ms=42, cached=True, model_used="m2"))
    await ledger.release(r2)
    await ledger.refund("a", 2)
    entries = await ledger.entries(account="a")
    assert [e.kind for e in entries] == ["grant", "reserve", "reserve", "reserve", "settle", "release", "refund"]
    assert derived_balance(entries) == (await ledger.balance("a"), 100)
    settle = entries[4]
    assert settle.usage is not None
    assert (settle.usage.request_id, settle.usage.input_tokens, settle.usage.output_tokens) == ("req_a", 10, 5)
    assert (settle.usage.model_used, settle.usage.provider, settle.usage.latency_ms) == ("m2", "demo", 42)
    assert settle.usage.cached and settle.cost_usd == Decimal("0.012") and settle.reservation_id == r1.id
    [row] = summarize_usage(entries)
    assert (row.model, row.requests, row.input_tokens, row.output_tokens, row.credits) == ("m2", 1, 10, 5, 12)
    await ledger.release(r3)


async def test_seed_accounts_creates_only_missing_accounts(ledger: CreditLedger) -> None:
    settings = Settings.demo(
        accounts=[{"name": "acme", "credits": 500}],
        keys=[{"name": "alice", "key": "pk-alice-secret", "credits": 70}, {"name": "bob", "key": "pk-bob-secret", "account": "acme"}],
    )
    assert sorted(await seed_accounts(ledger, settings)) == ["acme", "key:alice"]
    await ledger.grant("acme", 1)
    assert await seed_accounts(ledger, settings) == []
    assert (await ledger.balance("acme"), await ledger.balance("key:alice")) == (501, 70)


async def test_sqlite_survives_reopen_and_two_connections_share_one_truth(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    one, two = SqliteLedger(path), SqliteLedger(path)
    await one.grant("a", 100)

    async def take(led: SqliteLedger, i: int) -> bool:
        try:
            await led.reserve("a", "k", 10, Decimal("0.01"), request_id=f"r{i}", ttl_s=60)
        except InsufficientCredits:
            return False
        return True

    results = await asyncio.gather(*(take(one if i % 2 else two, i) for i in range(30)))
    assert sum(results) == 10
    await one.aclose()
    await two.aclose()
    again = SqliteLedger(path)
    assert await again.balance("a") == 0
    assert (await again.account("a")).reserved == 100  # type: ignore[union-attr]
    await again.aclose()


def test_open_ledger_by_uri(tmp_path: Path) -> None:
    assert isinstance(open_ledger("memory://"), MemoryLedger)
    led = open_ledger(f"sqlite:///{tmp_path}/x.db")
    assert isinstance(led, SqliteLedger) and led.path == f"{tmp_path}/x.db"
    led = open_ledger("redis://127.0.0.1:1/0")  # no I/O until first use: nothing listens there
    assert isinstance(led, RedisLedger) and led.url == "redis://127.0.0.1:1/0"
    with pytest.raises(ValueError):
        open_ledger("postgres://nope")


@pytest.mark.parametrize("credits", [-1, 1.5, True])
async def test_amounts_are_whole_non_negative_credits(ledger: CreditLedger, credits: object) -> None:
    with pytest.raises(ValueError):
        await ledger.grant("a", credits)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await ledger.reserve("a", "k", credits, Decimal(0), request_id="r", ttl_s=60)  # type: ignore[arg-type]
    assert await ledger.entries() == []


TAKER = """
import asyncio, sys
from decimal import Decimal
from proxyify_asgi.errors import InsufficientCredits
from proxyify_asgi.stores.ledger import open_ledger

async def main():
    ledger = open_ledger(sys.argv[1])
    async def take(i):
        try:
            await ledger.reserve("a", "k", 10, Decimal("0.01"), request_id=f"p{i}", ttl_s=60)
        except InsufficientCredits:
            return 0
        return 1
    print(sum(await asyncio.gather(*(take(i) for i in range(20)))))
    await ledger.aclose()

asyncio.run(main())
"""


async def processes_never_overspend(url: str, ledger: CreditLedger) -> None:
    """Three OS processes, 20 concurrent holds of 10 each, on one 300-credit account: exactly 30 pass."""
    await ledger.grant("a", 300)
    procs = [
        await asyncio.create_subprocess_exec(sys.executable, "-c", TAKER, url, stdout=asyncio.subprocess.PIPE,
                                             cwd=Path(__file__).resolve().parent.parent)
        for _ in range(3)
    ]
    outputs = [await p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    assert sum(int(out) for out, _ in outputs) == 30
    assert await ledger.balance("a") == 0
    assert derived_balance(await ledger.entries(account="a")) == (0, 300)
    await ledger.aclose()


async def test_sqlite_processes_sharing_one_file_never_overspend(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    await processes_never_overspend(f"sqlite:///{path}", SqliteLedger(path))


async def test_redis_processes_sharing_one_server_never_overspend(redis_url: str) -> None:
    await processes_never_overspend(redis_url, RedisLedger(redis_url))


async def test_a_charge_above_the_hold_is_capped_to_the_hold(ledger: CreditLedger, caplog: pytest.LogCaptureFixture) -> None:
    # Audit 15: an upstream ignoring max_tokens reported 10**15 tokens; the hold is the most a
    # request may cost (balance and spend limits were checked against it), so it is all it pays.
    await ledger.grant("a", 100)
    limits = SpendLimits(daily=Decimal("0.09"))
    res = await ledger.reserve("a", "k", 90, Decimal("0.09"), request_id="r", ttl_s=60, spend_limits=limits)
    await ledger.settle(res, usage(10**15, "1000000000000", input_tokens=7))
    assert await ledger.balance("a") == 10
    assert (await ledger.spend("k")).daily == Decimal("0.09")
    assert "capped to its hold" in caplog.text and "1000000000000000" in caplog.text
    settle = [e for e in await ledger.entries(account="a") if e.kind == "settle"]
    assert [(e.credits, e.cost_usd, e.usage.credits, e.usage.input_tokens) for e in settle] == [
        (90, Decimal("0.09"), 90, 7)]
    assert derived_balance(await ledger.entries(account="a")) == (10, 0)
    with pytest.raises(SpendingLimitReached):
        await ledger.reserve("a", "k", 1, Decimal("0.001"), request_id="r2", ttl_s=60, spend_limits=limits)
    under = await ledger.reserve("a", "k", 5, Decimal("0.005"), request_id="r3", ttl_s=60)
    await ledger.settle(under, usage(3, "0.003"))  # at or under the hold: charged as asked, no warning
    assert await ledger.balance("a") == 7
    assert caplog.text.count("capped to its hold") == 1


async def test_usd_is_exact_to_the_last_digit(ledger: CreditLedger) -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in floating point: a limit must see exactly 0.3.
    await ledger.grant("a", 10_000)
    limits = SpendLimits(daily=Decimal("0.3"))
    for cost in ("0.1", "0.2"):
        res = await ledger.reserve("a", "k", 1, Decimal(cost), request_id="r", ttl_s=60, spend_limits=limits)
        await ledger.settle(res, usage(1, cost))
    assert (await ledger.spend("k")).daily == Decimal("0.3")
    held = await ledger.reserve("a", "k", 1, Decimal(0), request_id="r", ttl_s=60, spend_limits=limits)
    with pytest.raises(SpendingLimitReached):
        await ledger.reserve("a", "k", 1, Decimal("1E-18"), request_id="r", ttl_s=60, spend_limits=limits)
    await ledger.release(held)
    tiny = await ledger.reserve("a", "tiny", 1, Decimal("1E-6"), request_id="r", ttl_s=60)  # a charge within its hold
    await ledger.settle(tiny, usage(1, "0.00000012345678901234"))
    assert (await ledger.spend("tiny")).total == Decimal("0.00000012345678901234")

