"""An in-process credit ledger (``memory://``): for tests and single-process gateways that may forget.

Every change runs without an ``await`` between its check and its write, so on one event loop each
change is atomic: the same guarantee the SQLite ledger gets from ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from proxyify_asgi.settings import SpendLimits
from proxyify_asgi.stores.ledger_rules import (
    capped_usage,
    add_cost,
    check_amount,
    check_balance,
    check_spend,
    period_keys,
    utc_now,
)
from proxyify_asgi.stores.protocols import (
    AccountBalance,
    LedgerEntry,
    Reservation,
    SpendSummary,
    Usage,
)


class _Account:
    __slots__ = ("granted", "refunded", "reserved", "settled")

    def __init__(self) -> None:
        self.granted = self.settled = self.reserved = self.refunded = 0

    def snapshot(self, name: str) -> AccountBalance:
        return AccountBalance(name, self.granted, self.settled, self.reserved, self.refunded)


class MemoryLedger:
    """:class:`~proxyify_asgi.stores.protocols.CreditLedger` in dicts. ``clock`` returns aware UTC."""

    def __init__(self, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock
        self._accounts: dict[str, _Account] = {}
        self._open: dict[str, tuple[Reservation, bool]] = {}  # id → (reservation, expired?)
        self._spend: dict[tuple[str, str], str] = {}
        self._entries: list[LedgerEntry] = []
        self._ids = itertools.count(1)

    def _append(self, kind: str, account: str, credits: int, **fields: object) -> None:
        self._entries.append(LedgerEntry(next(self._ids), self._clock(), kind, account, credits, **fields))  # type: ignore[arg-type]

    def _balance(self, account: str) -> int:
        acc = self._accounts.get(account)
        return acc.snapshot(account).balance if acc else 0

    async def grant(self, account: str, credits: int, *, note: str = "") -> int:
        """Add credits to ``account`` (creating it); returns the new balance."""
        check_amount(credits)
        self._accounts.setdefault(account, _Account()).granted += credits
        self._append("grant", account, credits, note=note)
        return self._balance(account)

    async def create_account(self, account: str, credits: int = 0, *, note: str = "") -> bool:
        """Create ``account`` with an initial grant unless it exists (never resets a balance)."""
        check_amount(credits)
        if account in self._accounts:
            return False
        await self.grant(account, credits, note=note or "initial")
        return True

    async def refund(self, account: str, credits: int, *, note: str = "") -> int:
        """Give back settled credits; returns the new balance."""
        check_amount(credits)
        self._accounts.setdefault(account, _Account()).refunded += credits
        self._append("refund", account, credits, note=note)
        return self._balance(account)

    async def balance(self, account: str) -> int:
        """Credits available now."""
        return self._balance(account)

    async def account(self, account: str) -> AccountBalance | None:
        """One account's figures."""
        acc = self._accounts.get(account)
        return acc.snapshot(account) if acc else None

    async def accounts(self) -> list[AccountBalance]:
        """Every account, by name."""
        return [a.snapshot(n) for n, a in sorted(self._accounts.items())]

    def _held_usd(self, key: str) -> Decimal:
        return sum((r.cost_usd for r, expired in self._open.values() if r.key == key and not expired), Decimal(0))

    def _spent(self, key: str) -> dict[str, Decimal]:
        periods = period_keys(self._clock())
        return {w: Decimal(self._spend.get((key, p), 0)) for w, p in periods.items()}

    async def reserve(self, account: str, key: str, credits: int, cost_usd: Decimal, *,
                      request_id: str, ttl_s: int, spend_limits: SpendLimits | None = None) -> Reservation:
        """Hold ``credits`` if the balance and the key's spend limits allow it."""
        check_amount(credits)
        check_balance(self._balance(account), credits)
        check_spend(spend_limits, self._spent(key), self._held_usd(key), cost_usd)
        now = self._clock()
        res = Reservation("res_" + secrets.token_hex(10), account, key, credits, cost_usd, now + timedelta(seconds=ttl_s))
        self._accounts[account].reserved += credits
        self._open[res.id] = (res, False)
        self._append("reserve", account, credits, key=key, reservation_id=res.id, cost_usd=cost_usd,
                     note=request_id)
        return res

    async def settle(self, reservation: Reservation, usage: Usage) -> None:
        """Charge ``usage.credits`` (at most the hold: ``ledger_rules.capped_charge``) and free the
        hold, exactly once (a second call does nothing)."""
        usage = capped_usage(reservation, usage)
        found = self._open.pop(reservation.id, None)
        if found is None:
            return
        _, expired = found
        held = 0 if expired else reservation.credits
        acc = self._accounts.setdefault(reservation.account, _Account())
        acc.reserved -= held
        acc.settled += usage.credits
        for period in period_keys(self._clock()).values():
            k = (reservation.key, period)
            self._spend[k] = add_cost(self._spend.get(k), usage.cost_usd)
        self._append("settle", reservation.account, usage.credits, held=held, key=reservation.key,
                     reservation_id=reservation.id, cost_usd=usage.cost_usd, usage=usage)

    async def release(self, reservation: Reservation, *, reason: str = "") -> None:
        """Drop the hold without charging (no-op if already closed)."""
        found = self._open.pop(reservation.id, None)
        if found is None:
            return
        held = 0 if found[1] else reservation.credits
        self._accounts[reservation.account].reserved -= held
        self._append("release", reservation.account, held, held=held, key=reservation.key,
                     reservation_id=reservation.id, note=reason)

    async def sweep_expired(self) -> int:
        """Release holds past their TTL; a late settle still charges (see the SQLite ledger)."""
        now = self._clock()
        count = 0
        for rid, (res, expired) in list(self._open.items()):
            if not expired and res.expires_at <= now:
                self._open[rid] = (res, True)
                self._accounts[res.account].reserved -= res.credits
                self._append("release", res.account, res.credits, held=res.credits, key=res.key,
                             reservation_id=rid, note="expired")
                count += 1
        return count

    async def spend(self, key: str) -> SpendSummary:
        """The key's USD spend by window and what its open holds reserve."""
        spent = self._spent(key)
        return SpendSummary(spent["daily"], spent["monthly"], spent["total"], self._held_usd(key))

    async def entries(self, *, account: str | None = None, key: str | None = None,
                      since: datetime | None = None) -> list[LedgerEntry]:
        """Entries oldest first, filtered."""
        return [
            e for e in self._entries
            if (account is None or e.account == account) and (key is None or e.key == key)
            and (since is None or e.at >= since)
        ]

    async def aclose(self) -> None:
        """Nothing to release."""
