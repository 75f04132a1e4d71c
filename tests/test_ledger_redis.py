"""The Redis ledger beyond the shared contract: its Lua decimals, and SQLite's figures op for op."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta
from decimal import Decimal, localcontext
from pathlib import Path

from proxyify_asgi.errors import InsufficientCredits, SpendingLimitReached
from proxyify_asgi.settings import SpendLimits
from proxyify_asgi.stores.ledger_redis import RedisLedger
from proxyify_asgi.stores.ledger_redis_lua import COMMON
from proxyify_asgi.stores.ledger_rules import period_keys
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import CreditLedger, LedgerEntry, Reservation, Usage
from tests.test_ledger_contract import Clock


async def test_lua_decimals_match_python_exactly(redis_url: str) -> None:
    """The scripts' digit-by-digit ``dadd``/``dcmp`` against Decimal, signs and scales mixed."""
    import redis.asyncio as redis

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    script = client.register_script(COMMON + "\nreturn {dadd(ARGV[4], ARGV[5]), dcmp(ARGV[4], ARGV[5])}")
    rnd = random.Random(7)

    def number() -> Decimal:
        value = Decimal(rnd.randint(0, 10 ** rnd.randint(0, 24))).scaleb(-rnd.randint(0, 18))
        return -value if rnd.random() < 0.4 else value

    with localcontext() as ctx:
        ctx.prec = 100
        for _ in range(300):
            a, b = number(), number()
            b = -a if rnd.random() < 0.1 else b
            total, order = await script(keys=["x"], args=["t:", "0", "", format(a, "f"), format(b, "f")])
            assert (Decimal(total), order) == (a + b, (a > b) - (a < b)), (a, b)
    await client.aclose()


async def _random_step(rnd: random.Random, step: int, ledgers: tuple[CreditLedger, CreditLedger], clock: Clock,
                       held: list[tuple[Reservation, Reservation]]) -> None:
    """One random change applied to both ledgers, checking they answer alike."""
    sq, rd = ledgers
    account, key, op = rnd.choice(["x", "y", "key:z"]), rnd.choice(["k1", "k2"]), rnd.random()
    if op < 0.15:
        n = rnd.randint(0, 500)
        assert await sq.grant(account, n) == await rd.grant(account, n)
        assert await sq.refund(account, n // 9) == await rd.refund(account, n // 9)
        assert await sq.create_account(account, n) == await rd.create_account(account, n)
    elif op < 0.5:
        credits, ttl = rnd.randint(0, 120), rnd.randint(1, 600)
        cost = Decimal(rnd.randint(0, 10**6)).scaleb(-rnd.randint(3, 9))
        limits = SpendLimits(daily=Decimal("0.5"), monthly=Decimal("2.25")) if rnd.random() < 0.5 else None
        outcomes: list = []
        for led in ledgers:
            try:
                outcomes.append(await led.reserve(account, key, credits, cost, request_id=f"r{step}", ttl_s=ttl,
                                                  spend_limits=limits))
            except (InsufficientCredits, SpendingLimitReached) as exc:
                outcomes.append((type(exc).__name__, exc.metadata))
        if isinstance(outcomes[0], Reservation) and isinstance(outcomes[1], Reservation):
            held.append((outcomes[0], outcomes[1]))
        else:
            assert outcomes[0] == outcomes[1]
    elif op < 0.85 and held:
        a, b = held.pop(rnd.randrange(len(held)))
        if op < 0.75:
            use = Usage(request_id="q", key=a.key, model_requested="m", model_used=None, provider="p", input_tokens=3,
                        credits=rnd.randint(0, a.credits + 10), cost_usd=Decimal(rnd.randint(0, 9999)).scaleb(-7))
            await sq.settle(a, use)
            await rd.settle(b, use)
        else:
            await sq.release(a, reason="x")
            await rd.release(b, reason="x")
        if rnd.random() < 0.2:
            held.append((a, b))  # closed: a second settle or release must do nothing on both
    else:
        clock.advance(seconds=rnd.randint(1, 4000) if op < 0.95 else 86400 * rnd.choice([1, 8]))
        assert await sq.sweep_expired() == await rd.sweep_expired()


def _comparable(entries: list[LedgerEntry]) -> list[str]:
    # Hold ids are random, and SQLite sweeps expired holds in id order: compare the lines as a set.
    return sorted(repr(dataclasses.replace(e, id=0, reservation_id=None)) for e in entries)


async def test_redis_and_sqlite_agree_operation_for_operation(redis_url: str, tmp_path: Path) -> None:
    """300 random grants, holds (some over a balance or a spend limit), settles, releases, sweeps and
    day changes: both ledgers give the same answers, figures, spend and entries throughout."""
    clock = Clock()
    ledgers = (SqliteLedger(tmp_path / "l.db", clock=clock), RedisLedger(redis_url, clock=clock))
    rnd, held = random.Random(3), []
    for step in range(300):
        await _random_step(rnd, step, ledgers, clock, held)
        for key in ("k1", "k2"):
            assert await ledgers[0].spend(key) == await ledgers[1].spend(key)
        assert await ledgers[0].accounts() == await ledgers[1].accounts()
    sq, rd = await ledgers[0].entries(), await ledgers[1].entries()
    assert [(e.id, e.kind, e.at) for e in sq] == [(e.id, e.kind, e.at) for e in rd]
    assert _comparable(sq) == _comparable(rd)
    for led in ledgers:
        await led.aclose()


async def test_past_days_spend_buckets_are_dropped(redis_url: str) -> None:
    """The spend hash keeps today's, this month's and the all-time bucket only: one field per key
    per day would grow for ever, and nothing reads past periods."""
    clock = Clock()
    ledger = RedisLedger(redis_url, clock=clock, prefix="trim-test:")
    await ledger.grant("acct", 10_000)
    for _ in range(3):
        held = await ledger.reserve("acct", "k", 10, Decimal("0.01"), request_id="r", ttl_s=60, spend_limits=None)
        await ledger.settle(held, Usage(request_id="r", key="k", model_requested="m", model_used=None, provider="p",
                                        credits=10, cost_usd=Decimal("0.01")))
        clock.advance(seconds=86400 * 40)  # a day and a month later
    fields = await ledger._redis().hkeys("trim-test:{ledger}:spend:k")
    assert sorted(fields) == sorted(period_keys(clock.now - timedelta(days=40)).values())
    assert (await ledger.spend("k")).total == Decimal("0.03")  # all time is kept
    await ledger.aclose()
