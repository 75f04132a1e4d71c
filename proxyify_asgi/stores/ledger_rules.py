"""The money rules every ledger back end applies the same way: windows, limits, usage reports.

Back ends differ in how they store and lock; what a request may spend and how usage adds up is
decided here once, so the memory, SQLite and Redis ledgers cannot drift apart.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal

from proxyify_asgi.errors import InsufficientCredits, SpendingLimitReached
from proxyify_asgi.settings import SpendLimits
from proxyify_asgi.stores.protocols import LedgerEntry, Reservation, Usage

logger = logging.getLogger("proxyify_asgi")

TOTAL_PERIOD = "t"
WINDOWS = ("daily", "monthly", "total")


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (the ledgers' default clock)."""
    return datetime.now(UTC)


def period_keys(now: datetime) -> dict[str, str]:
    """The spend bucket of each window at ``now``: calendar day and month in UTC, and all time."""
    now = now.astimezone(UTC)
    return {"daily": now.strftime("d:%Y-%m-%d"), "monthly": now.strftime("m:%Y-%m"), "total": TOTAL_PERIOD}


MAX_CREDITS = 2**53 - 1
"""The largest amount one grant, account or key may name (about 9 * 10**15). Inputs above it are
refused where they enter (config, admin API, CLI): SQLite stores larger integers as floats past
2**63, and the Redis ledger's Lua numbers are exact only up to here."""


def check_amount(credits: int) -> None:
    """Ledger amounts are whole, non-negative credits (a negative grant would be a hidden charge)
    of at most :data:`MAX_CREDITS`."""
    if isinstance(credits, bool) or not isinstance(credits, int) or not 0 <= credits <= MAX_CREDITS:
        raise ValueError(f"credits must be a whole number from 0 to {MAX_CREDITS}, got {credits!r}")


def check_balance(balance: int, credits: int) -> None:
    """Refuse a hold of ``credits`` the account's ``balance`` does not cover."""
    if credits > balance:
        raise InsufficientCredits(metadata={"required_credits": credits, "available_credits": max(balance, 0)})


def check_spend(limits: SpendLimits | None, spent: Mapping[str, Decimal], held: Decimal, cost: Decimal) -> None:
    """Refuse ``cost`` if the key's settled spend in a window plus its open holds would pass that window's cap.

    ``spent`` maps window name (daily, monthly, total) to settled USD in the current bucket.
    """
    if limits is None:
        return
    for window in WINDOWS:
        cap: Decimal | None = getattr(limits, window)
        if cap is None:
            continue
        used = spent.get(window, Decimal(0)) + held
        if used + cost > cap:
            raise SpendingLimitReached(
                f"Spending limit reached: the key's {window} limit of {cap} USD would be exceeded.",
                metadata={"limit": window, "limit_usd": str(cap), "spent_usd": str(used), "request_max_usd": str(cost)},
            )


def capped_charge(credits: int, cost_usd: Decimal, held_credits: int, held_usd: Decimal) -> tuple[int, Decimal]:
    """``(credits, cost_usd)`` of a settle, each kept within 0 and what the request's hold reserved.

    The hold is the most the request could cost (the prompt bound plus its output cap), and the
    balance and the spend limits were checked against it; a bigger charge only comes from an upstream
    reporting more than it may produce (ignoring ``max_tokens``, or lying). Charging it would take a
    balance below zero, or a key past its limit, however carefully holds were taken. Metering caps the
    meter with this before the answer is rendered (so ``_balancer`` shows the charge), and every ledger
    back end caps again in ``settle`` (so no caller, such as a video job, can settle past its hold).
    """
    return max(0, min(credits, held_credits)), max(Decimal(0), min(cost_usd, held_usd))


def capped_usage(reservation: Reservation, usage: Usage) -> Usage:
    """``usage`` with its charge capped by :func:`capped_charge` to ``reservation`` (the ledgers'
    ``settle``); a cap is logged as a warning naming the reservation and the figures only."""
    credits, cost = capped_charge(usage.credits, usage.cost_usd, reservation.credits, reservation.cost_usd)
    if credits == usage.credits and cost == usage.cost_usd:
        return usage
    logger.warning("settle of %s capped to its hold: %s credits (%s USD) asked, %s (%s USD) charged",
                   reservation.id, usage.credits, usage.cost_usd, credits, cost)
    return replace(usage, credits=credits, cost_usd=cost)


def add_cost(current: str | Decimal | None, delta: Decimal) -> str:
    """A Decimal-string running total plus ``delta`` (costs are stored as strings, never floats)."""
    return str(Decimal(current or 0) + delta)


@dataclass(frozen=True, slots=True)
class UsageSummary:
    """Settled usage of one model: what ``proxyify-asgi usage`` prints per line."""

    model: str
    requests: int
    input_tokens: int
    output_tokens: int
    credits: int
    cost_usd: Decimal


def summarize_usage(entries: Iterable[LedgerEntry]) -> list[UsageSummary]:
    """Settle entries grouped by the model that served them (the requested id if none did)."""
    rows: dict[str, list] = {}
    for entry in entries:
        if entry.kind != "settle" or entry.usage is None:
            continue
        u = entry.usage
        model = u.model_used or u.model_requested or "?"
        row = rows.setdefault(model, [0, 0, 0, 0, Decimal(0)])
        row[0] += 1
        row[1] += u.input_tokens
        row[2] += u.output_tokens
        row[3] += entry.credits
        row[4] += entry.cost_usd
    return [UsageSummary(m, *r) for m, r in sorted(rows.items())]


def derived_balance(entries: Iterable[LedgerEntry]) -> tuple[int, int]:
    """``(balance, reserved)`` recomputed from entries alone: the audit of the kept figures."""
    credit = charged = held = 0
    for e in entries:
        if e.kind in ("grant", "refund"):
            credit += e.credits
        elif e.kind == "reserve":
            held += e.credits
        elif e.kind == "settle":
            charged += e.credits
            held -= e.held
        elif e.kind == "release":
            held -= e.held
    return credit - charged - held, held
