"""The SQLite credit ledger (``sqlite:///path``): append-only entries, balances kept in step.

Each change is ONE ``BEGIN IMMEDIATE`` transaction that checks, appends its entry and updates the
kept figures (account totals, open reservations, per-key spend buckets), so a balance can never
disagree with its entries and two processes on one host serialise on the database's write lock.
WAL journal, ``synchronous=NORMAL`` (a committed change survives a process kill; an OS crash may
lose the last few, never half of one). All I/O runs on one worker thread owned by the ledger, off
the event loop; that thread is the only user of the connection and commits concurrent changes
together, each in its own savepoint (``sqlite_worker.py``).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

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
from proxyify_asgi.stores.sqlite_worker import SqliteWorker
from proxyify_asgi.stores.sqlite_wal import enable_wal
from proxyify_asgi.stores.protocols import AccountBalance, LedgerEntry, Reservation, SpendSummary, Usage

T = TypeVar("T")

# Deliberately no secondary indexes and no AUTOINCREMENT: every page a change touches is one more
# WAL frame on the hot path. Open reservations are few (in-flight requests), so scanning them is
# cheap; entries are scanned only by reports (usage, audits). Entries are never deleted, so plain
# rowids only grow.
SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger_accounts (
    name TEXT PRIMARY KEY, granted INTEGER NOT NULL DEFAULT 0, refunded INTEGER NOT NULL DEFAULT 0,
    settled INTEGER NOT NULL DEFAULT 0, reserved INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ledger_entries (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, kind TEXT NOT NULL, account TEXT NOT NULL,
    credits INTEGER NOT NULL, held INTEGER NOT NULL DEFAULT 0, key TEXT, reservation_id TEXT,
    cost_usd TEXT NOT NULL DEFAULT '0', note TEXT NOT NULL DEFAULT '',
    request_id TEXT, model_requested TEXT, model_used TEXT, provider TEXT,
    input_tokens INTEGER, output_tokens INTEGER, units TEXT, latency_ms INTEGER, cached INTEGER, status TEXT);
CREATE TABLE IF NOT EXISTS ledger_reservations (
    id TEXT PRIMARY KEY, account TEXT NOT NULL, key TEXT NOT NULL, credits INTEGER NOT NULL,
    cost_usd TEXT NOT NULL, expires_at REAL NOT NULL, expired INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ledger_spend (
    key TEXT NOT NULL, period TEXT NOT NULL, cost_usd TEXT NOT NULL, PRIMARY KEY (key, period)) WITHOUT ROWID;
"""

_INSERT_ENTRY = (
    "INSERT INTO ledger_entries (at, kind, account, credits, held, key, reservation_id, cost_usd, note,"
    " request_id, model_requested, model_used, provider, input_tokens, output_tokens, units, latency_ms,"
    " cached, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_ENTRY_COLUMNS = (
    "id, at, kind, account, credits, held, key, reservation_id, cost_usd, note, request_id,"
    " model_requested, model_used, provider, input_tokens, output_tokens, units, latency_ms, cached, status"
)
EXPIRED_ROWS_KEPT_S = 7 * 86400
"""Expired holds stay this long so a very late settle still finds (and charges) them."""


def _usage_columns(usage: Usage | None) -> tuple[Any, ...]:
    if usage is None:
        return (None,) * 10
    return (usage.request_id, usage.model_requested, usage.model_used, usage.provider, usage.input_tokens,
            usage.output_tokens, str(usage.units), usage.latency_ms, int(usage.cached), usage.status)


def _entry(row: tuple[Any, ...]) -> LedgerEntry:
    (id_, at, kind, account, credits, held, key, rid, cost, note, request_id, mreq, mused, provider,
     tin, tout, units, latency, cached, status) = row
    usage = None
    if kind == "settle":
        usage = Usage(request_id=request_id or "", key=key or "", model_requested=mreq, model_used=mused,
                      provider=provider, input_tokens=tin or 0, output_tokens=tout or 0,
                      units=Decimal(units or 0), credits=credits, cost_usd=Decimal(cost),
                      latency_ms=latency or 0, cached=bool(cached), status=status or "ok")
    return LedgerEntry(id_, datetime.fromtimestamp(at, UTC), kind, account, credits, held, key, rid,
                       Decimal(cost), usage, note)


class SqliteLedger:
    """:class:`~proxyify_asgi.stores.protocols.CreditLedger` on one SQLite file."""

    def __init__(self, path: str | Path, *, clock: Callable[[], datetime] = utc_now, busy_timeout_s: float = 10.0) -> None:
        self.path = str(path)
        self._clock = clock
        self._busy_timeout_s = busy_timeout_s
        self._worker = SqliteWorker(self._connect, "proxyify-ledger")

    # -- plumbing: one thread, one connection, one transaction per change ----------------------

    def _connect(self) -> sqlite3.Connection:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=self._busy_timeout_s, isolation_level=None,
                             check_same_thread=False, cached_statements=64)
        enable_wal(db, timeout_s=self._busy_timeout_s)
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(SCHEMA)
        return db

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(db, *args)`` atomically on the ledger's thread (group-committed with its neighbours)."""
        return await self._worker.run(fn, *args)

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(db, *args)`` on the ledger's thread: a consistent view, after every earlier change."""
        return await self._worker.run(fn, *args)

    def _append(self, db: sqlite3.Connection, kind: str, account: str, credits: int, *, held: int = 0,
                key: str | None = None, reservation_id: str | None = None, cost_usd: Decimal = Decimal(0),
                note: str = "", usage: Usage | None = None) -> None:
        db.execute(_INSERT_ENTRY, (self._clock().timestamp(), kind, account, credits, held, key,
                                   reservation_id, str(cost_usd), note, *_usage_columns(usage)))

    @staticmethod
    def _balance(db: sqlite3.Connection, account: str) -> int:
        row = db.execute("SELECT granted + refunded - settled - reserved FROM ledger_accounts WHERE name = ?",
                         (account,)).fetchone()
        return row[0] if row else 0

    # -- changes -------------------------------------------------------------------------------

    def _grant(self, db: sqlite3.Connection, account: str, credits: int, note: str, column: str) -> int:
        db.execute("INSERT OR IGNORE INTO ledger_accounts (name) VALUES (?)", (account,))
        db.execute(f"UPDATE ledger_accounts SET {column} = {column} + ? WHERE name = ?", (credits, account))
        self._append(db, "grant" if column == "granted" else "refund", account, credits, note=note)
        return self._balance(db, account)

    async def grant(self, account: str, credits: int, *, note: str = "") -> int:
        """Add credits to ``account`` (creating it); returns the new balance."""
        check_amount(credits)
        return await self._run(self._grant, account, credits, note, "granted")

    async def refund(self, account: str, credits: int, *, note: str = "") -> int:
        """Give back settled credits; returns the new balance."""
        check_amount(credits)
        return await self._run(self._grant, account, credits, note, "refunded")

    def _create(self, db: sqlite3.Connection, account: str, credits: int, note: str) -> bool:
        if db.execute("SELECT 1 FROM ledger_accounts WHERE name = ?", (account,)).fetchone():
            return False
        self._grant(db, account, credits, note or "initial", "granted")
        return True

    async def create_account(self, account: str, credits: int = 0, *, note: str = "") -> bool:
        """Create ``account`` with an initial grant unless it exists (never resets a balance)."""
        check_amount(credits)
        return await self._run(self._create, account, credits, note)

    def _spent_and_held(self, db: sqlite3.Connection, key: str) -> tuple[dict[str, Decimal], Decimal]:
        periods = period_keys(self._clock())
        rows = dict(db.execute(
            "SELECT period, cost_usd FROM ledger_spend WHERE key = ? AND period IN (?,?,?)",
            (key, *periods.values()),
        ).fetchall())
        spent = {w: Decimal(rows.get(p, 0)) for w, p in periods.items()}
        held = sum((Decimal(c) for (c,) in db.execute(
            "SELECT cost_usd FROM ledger_reservations WHERE key = ? AND expired = 0", (key,))), Decimal(0))
        return spent, held

    def _reserve(self, db: sqlite3.Connection, account: str, key: str, credits: int, cost_usd: Decimal,
                 request_id: str, ttl_s: int, spend_limits: SpendLimits | None) -> Reservation:
        if spend_limits is not None:
            spent, held = self._spent_and_held(db, key)
            check_spend(spend_limits, spent, held, cost_usd)
        # Check and hold in one statement; the transaction's write lock makes it the only writer.
        held_ok = db.execute(
            "UPDATE ledger_accounts SET reserved = reserved + ?1"
            " WHERE name = ?2 AND granted + refunded - settled - reserved >= ?1 RETURNING 1",
            (credits, account),
        ).fetchone()
        if held_ok is None:
            check_balance(self._balance(db, account), credits)
        res = Reservation("res_" + secrets.token_hex(10), account, key, credits, cost_usd,
                          self._clock() + timedelta(seconds=ttl_s))
        db.execute("INSERT INTO ledger_reservations (id, account, key, credits, cost_usd, expires_at)"
                   " VALUES (?,?,?,?,?,?)", (res.id, account, key, credits, str(cost_usd), res.expires_at.timestamp()))
        self._append(db, "reserve", account, credits, key=key, reservation_id=res.id, cost_usd=cost_usd, note=request_id)
        return res

    async def reserve(self, account: str, key: str, credits: int, cost_usd: Decimal, *,
                      request_id: str, ttl_s: int, spend_limits: SpendLimits | None = None) -> Reservation:
        """Hold ``credits`` if the balance and the key's spend limits allow it (one transaction)."""
        check_amount(credits)
        return await self._run(self._reserve, account, key, credits, cost_usd, request_id, ttl_s, spend_limits)

    @staticmethod
    def _close(db: sqlite3.Connection, res: Reservation, charge: int = 0) -> int | None:
        """Delete the reservation row, free its hold and add ``charge`` to the account's settled credits.

        Returns the credits the row still held (0 if it had expired), or None if it was already closed.
        """
        row = db.execute("DELETE FROM ledger_reservations WHERE id = ? RETURNING expired", (res.id,)).fetchone()
        if row is None:
            return None
        held = 0 if row[0] else res.credits
        if held or charge:
            db.execute("UPDATE ledger_accounts SET reserved = reserved - ?, settled = settled + ? WHERE name = ?",
                       (held, charge, res.account))
        return held

    def _add_spend(self, db: sqlite3.Connection, key: str, cost: Decimal) -> None:
        periods = list(period_keys(self._clock()).values())
        current = dict(db.execute("SELECT period, cost_usd FROM ledger_spend WHERE key = ? AND period IN (?,?,?)",
                                  (key, *periods)).fetchall())
        db.executemany("INSERT OR REPLACE INTO ledger_spend (key, period, cost_usd) VALUES (?,?,?)",
                       [(key, p, add_cost(current.get(p), cost)) for p in periods])

    def _settle(self, db: sqlite3.Connection, res: Reservation, usage: Usage) -> None:
        held = self._close(db, res, usage.credits)
        if held is None:
            return  # settled or released before: exactly once
        if usage.cost_usd:
            self._add_spend(db, res.key, usage.cost_usd)
        self._append(db, "settle", res.account, usage.credits, held=held, key=res.key, reservation_id=res.id,
                     cost_usd=usage.cost_usd, usage=usage)

    async def settle(self, reservation: Reservation, usage: Usage) -> None:
        """Charge ``usage.credits`` (at most the hold: ``ledger_rules.capped_charge``) and free the
        hold, exactly once (later calls do nothing).

        A hold that expired before its request ended is still charged here: the charge is real
        even if the hold was given back to the balance meanwhile.
        """
        await self._run(self._settle, reservation, capped_usage(reservation, usage))

    def _release(self, db: sqlite3.Connection, res: Reservation, reason: str) -> None:
        held = self._close(db, res)
        if held is not None:
            self._append(db, "release", res.account, held, held=held, key=res.key, reservation_id=res.id, note=reason)

    async def release(self, reservation: Reservation, *, reason: str = "") -> None:
        """Drop the hold without charging (no-op if already closed)."""
        await self._run(self._release, reservation, reason)

    def _sweep(self, db: sqlite3.Connection) -> int:
        now = self._clock().timestamp()
        rows = db.execute("SELECT id, account, key, credits FROM ledger_reservations"
                          " WHERE expired = 0 AND expires_at <= ?", (now,)).fetchall()
        for rid, account, key, credits in rows:
            db.execute("UPDATE ledger_reservations SET expired = 1 WHERE id = ?", (rid,))
            db.execute("UPDATE ledger_accounts SET reserved = reserved - ? WHERE name = ?", (credits, account))
            self._append(db, "release", account, credits, held=credits, key=key, reservation_id=rid, note="expired")
        db.execute("DELETE FROM ledger_reservations WHERE expired = 1 AND expires_at <= ?", (now - EXPIRED_ROWS_KEPT_S,))
        return len(rows)

    async def sweep_expired(self) -> int:
        """Release every hold past its TTL (crashed requests, killed processes)."""
        return await self._run(self._sweep)

    # -- reads -----------------------------------------------------------------------------------

    async def balance(self, account: str) -> int:
        """Credits available now."""
        return await self._read(self._balance, account)

    @staticmethod
    def _accounts(db: sqlite3.Connection, name: str | None) -> list[AccountBalance]:
        sql = "SELECT name, granted, settled, reserved, refunded FROM ledger_accounts"
        rows = db.execute(sql + " WHERE name = ?", (name,)) if name is not None else db.execute(sql + " ORDER BY name")
        return [AccountBalance(*r) for r in rows]

    async def account(self, account: str) -> AccountBalance | None:
        """One account's figures."""
        found = await self._read(self._accounts, account)
        return found[0] if found else None

    async def accounts(self) -> list[AccountBalance]:
        """Every account, by name."""
        return await self._read(self._accounts, None)

    async def spend(self, key: str) -> SpendSummary:
        """The key's USD spend by window and what its open holds reserve."""
        spent, held = await self._read(self._spent_and_held, key)
        return SpendSummary(spent["daily"], spent["monthly"], spent["total"], held)

    @staticmethod
    def _entries(db: sqlite3.Connection, account: str | None, key: str | None, since: float | None) -> list[LedgerEntry]:
        where, args = [], []
        for column, value in (("account = ?", account), ("key = ?", key), ("at >= ?", since)):
            if value is not None:
                where.append(column)
                args.append(value)
        sql = f"SELECT {_ENTRY_COLUMNS} FROM ledger_entries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_entry(r) for r in db.execute(sql + " ORDER BY id", args)]

    async def entries(self, *, account: str | None = None, key: str | None = None,
                      since: datetime | None = None) -> list[LedgerEntry]:
        """Entries oldest first, filtered."""
        return await self._read(self._entries, account, key, since.timestamp() if since else None)

    async def aclose(self) -> None:
        """Finish queued changes, close the connection and stop the worker thread."""
        await self._worker.aclose()
