"""The Redis credit ledger (``redis://`` / ``rediss://``): one ledger for several processes or hosts.

The same append-only ledger as ``ledger_sqlite.py`` (the reference: same figures, same entries,
same rules from ``ledger_rules.py``). Every change is ONE Lua script (``ledger_redis_lua.py``)
that checks, writes the kept figures and appends its entry, so gateways sharing one Redis can
never overspend a balance or a spend limit between them. ``now`` comes from the injected clock
and is passed into the scripts. All ledger keys share the ``{ledger}`` hash tag after the prefix,
so they live in one slot (scripts touch keys they compute).

Holds that expire are kept for :data:`EXPIRED_ROWS_KEPT_S` so a late settle still charges them, as
in SQLite. No retries on a lost connection: a write that may have run must not run twice (a grant
would count twice); the caller sees the error instead.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from proxyify_asgi.settings import SpendLimits
from proxyify_asgi.stores import ledger_redis_lua as lua
from proxyify_asgi.stores.ledger_rules import (
    capped_usage,
    check_amount,
    check_balance,
    check_spend,
    period_keys,
    utc_now,
)
from proxyify_asgi.stores.redis_client import RedisBacked
from proxyify_asgi.stores.protocols import AccountBalance, LedgerEntry, Reservation, SpendSummary, Usage

EXPIRED_ROWS_KEPT_S = 7 * 86400
"""Expired holds stay this long so a very late settle still finds (and charges) them."""
_PAGE = 1000
"""Entries are read in pages of this many list items (one reply per page, not one huge one)."""


def _credits(credits: int) -> str:
    check_amount(credits)  # at most MAX_CREDITS: Lua numbers are doubles, exact up to there
    return str(credits)


def _usd(amount: Decimal) -> str:
    """Fixed-point text (no exponent) the scripts add exactly; e.g. ``1E-7`` -> ``0.0000001``."""
    amount = Decimal(amount)
    if not amount.is_finite():
        raise ValueError(f"a USD amount must be finite, got {amount}")
    return format(amount, "f")


def _usage_json(usage: Usage) -> str:
    """The usage columns SQLite keeps (credits, cost and key are the entry's own fields)."""
    return json.dumps({
        "request_id": usage.request_id, "model_requested": usage.model_requested, "model_used": usage.model_used,
        "provider": usage.provider, "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
        "units": str(usage.units), "latency_ms": usage.latency_ms, "cached": usage.cached, "status": usage.status,
    })


def _entry(line: str) -> LedgerEntry:
    e = json.loads(line)
    credits, key, cost = int(e["credits"]), e.get("key"), Decimal(e.get("cost", "0"))
    usage = None
    if e["kind"] == "settle" and e.get("usage"):
        u = json.loads(e["usage"])
        usage = Usage(request_id=u["request_id"] or "", key=key or "", model_requested=u["model_requested"],
                      model_used=u["model_used"], provider=u["provider"], input_tokens=u["input_tokens"] or 0,
                      output_tokens=u["output_tokens"] or 0, units=Decimal(u["units"] or 0), credits=credits,
                      cost_usd=cost, latency_ms=u["latency_ms"] or 0, cached=bool(u["cached"]),
                      status=u["status"] or "ok")
    return LedgerEntry(int(e["id"]), datetime.fromisoformat(e["at"]), e["kind"], e["account"], credits,
                       int(e.get("held", "0")), key, e.get("rid"), cost, usage, e.get("note", ""))


class RedisLedger(RedisBacked):
    """:class:`~proxyify_asgi.stores.protocols.CreditLedger` in one Redis, keys under ``prefix``.

    The client is created on first use (constructing does no I/O) and closed by :meth:`aclose`.
    """

    def __init__(self, url: str, *, clock: Callable[[], datetime] = utc_now, prefix: str = "proxyify:",
                 timeout_s: float = 10.0, max_connections: int = 32) -> None:
        super().__init__(url, timeout_s=timeout_s, max_connections=max_connections)
        self.prefix = prefix
        self._ns = f"{prefix}{{ledger}}:"
        self._clock = clock

    # -- plumbing ----------------------------------------------------------------------------------

    async def _call(self, name: str, *args: object) -> Any:
        """Run script ``name`` with the namespace and the clock's ``now`` before ``args``."""
        now = self._clock().astimezone(UTC)
        # KEYS[1] only routes the call (cluster slot of the {ledger} tag); the scripts build their keys.
        return await self._script(getattr(lua, name), [self._ns + "seq"],
                                  [self._ns, repr(now.timestamp()), now.isoformat(), *args])

    def _periods(self) -> list[str]:
        return list(period_keys(self._clock()).values())

    # -- changes -------------------------------------------------------------------------------------

    async def _grant(self, account: str, credits: int, note: str, field: str, kind: str, only_new: bool) -> tuple[bool, int]:
        import redis.exceptions

        try:
            done, balance = await self._call("GRANT", account, _credits(credits), note, field, kind,
                                             "1" if only_new else "0")
        except redis.exceptions.ResponseError as exc:
            if "2**53" in str(exc):
                raise ValueError(str(exc)) from None
            raise
        return bool(done), int(balance)

    async def grant(self, account: str, credits: int, *, note: str = "") -> int:
        """Add credits to ``account`` (creating it); returns the new balance."""
        return (await self._grant(account, credits, note, "granted", "grant", False))[1]

    async def refund(self, account: str, credits: int, *, note: str = "") -> int:
        """Give back settled credits (kept apart from grants); returns the new balance."""
        return (await self._grant(account, credits, note, "refunded", "refund", False))[1]

    async def create_account(self, account: str, credits: int = 0, *, note: str = "") -> bool:
        """Create ``account`` with an initial grant unless it exists (never resets a balance)."""
        return (await self._grant(account, credits, note or "initial", "granted", "grant", True))[0]

    async def reserve(self, account: str, key: str, credits: int, cost_usd: Decimal, *,
                      request_id: str, ttl_s: int, spend_limits: SpendLimits | None = None) -> Reservation:
        """Hold ``credits`` if the balance and the key's spend limits allow it (one script).

        Raises ``InsufficientCredits`` / ``SpendingLimitReached`` exactly as the SQLite ledger does:
        the script returns the figures it refused on and :mod:`ledger_rules` words the error.
        """
        amount = _credits(credits)
        res = Reservation("res_" + secrets.token_hex(10), account, key, credits, cost_usd,
                          self._clock() + timedelta(seconds=ttl_s))
        caps = [""] * 3
        if spend_limits is not None:
            caps = ["" if c is None else _usd(c) for c in (spend_limits.daily, spend_limits.monthly, spend_limits.total)]
        reply = await self._call("RESERVE", account, key, amount, _usd(cost_usd), res.id,
                                 repr(res.expires_at.timestamp()), request_id,
                                 "1" if spend_limits is not None else "0", *caps, *self._periods())
        if reply[0] == "limit":
            spent = dict(zip(("daily", "monthly", "total"), map(Decimal, reply[1:4]), strict=True))
            check_spend(spend_limits, spent, Decimal(reply[4]), cost_usd)
            raise AssertionError("the ledger script refused a spend the rules allow")  # pragma: no cover
        if reply[0] == "insufficient":
            check_balance(int(reply[1]), credits)
            raise AssertionError("the ledger script refused a balance the rules allow")  # pragma: no cover
        return res

    async def _close(self, res: Reservation, kind: str, charge: int = 0, cost: Decimal = Decimal(0),
                     note: str = "", usage_json: str = "") -> None:
        await self._call("CLOSE", res.id, res.account, res.key, _credits(res.credits), _credits(charge), _usd(cost),
                         kind, note, usage_json, "1" if cost else "0", *self._periods())

    async def settle(self, reservation: Reservation, usage: Usage) -> None:
        """Charge ``usage.credits`` (at most the hold: ``ledger_rules.capped_charge``) and free the
        hold, exactly once (later calls do nothing).

        A hold that expired before its request ended is still charged here: the charge is real
        even if the hold was given back to the balance meanwhile.
        """
        usage = capped_usage(reservation, usage)
        await self._close(reservation, "settle", usage.credits, usage.cost_usd, usage_json=_usage_json(usage))

    async def release(self, reservation: Reservation, *, reason: str = "") -> None:
        """Drop the hold without charging (no-op if already closed)."""
        await self._close(reservation, "release", note=reason)

    async def sweep_expired(self) -> int:
        """Release every hold past its TTL (crashed requests, killed processes)."""
        forget_before = self._clock().timestamp() - EXPIRED_ROWS_KEPT_S
        return int(await self._call("SWEEP", repr(forget_before)))

    # -- reads -------------------------------------------------------------------------------------

    async def balance(self, account: str) -> int:
        """Credits available now."""
        found = await self.account(account)
        return found.balance if found else 0

    async def _accounts(self, name: str | None) -> list[AccountBalance]:
        rows = await self._call("ACCOUNTS", "*", "") if name is None else await self._call("ACCOUNTS", "1", name)
        return sorted((AccountBalance(n, int(g), int(s), int(r), int(rf)) for n, g, s, r, rf in rows),
                      key=lambda a: a.name)

    async def account(self, account: str) -> AccountBalance | None:
        """One account's figures, or None if it does not exist."""
        found = await self._accounts(account)
        return found[0] if found else None

    async def accounts(self) -> list[AccountBalance]:
        """Every account, by name."""
        return await self._accounts(None)

    async def spend(self, key: str) -> SpendSummary:
        """The key's USD spend by window and what its open holds reserve (one consistent read)."""
        daily, monthly, total, held = await self._call("SPEND", key, *self._periods())
        return SpendSummary(Decimal(daily), Decimal(monthly), Decimal(total), Decimal(held))

    async def entries(self, *, account: str | None = None, key: str | None = None,
                      since: datetime | None = None) -> list[LedgerEntry]:
        """Entries oldest first, filtered (a scan, like SQLite's: reports only, not the hot path).

        Read page by page; entries are only ever appended, so the pages always form a prefix of the log.
        """
        client, found, start = self._redis(), [], 0
        while True:
            page = await client.lrange(self._ns + "entries", start, start + _PAGE - 1)
            for line in page:
                e = _entry(line)
                if ((account is None or e.account == account) and (key is None or e.key == key)
                        and (since is None or e.at >= since)):
                    found.append(e)
            if len(page) < _PAGE:
                return found
            start += _PAGE

    async def aclose(self) -> None:
        """Close the connection pool (reopened on next use, scripts registered again)."""
        self._scripts.clear()
        await super().aclose()
