"""The pluggable back ends as ``typing.Protocol``s, and the records they exchange.

Each protocol has an embedded implementation (SQLite, or memory for tests and single processes)
and a distributed one (Redis, for several hosts); contract tests run the same suite over each.
The back end is chosen by ``[storage] url``: ``sqlite:///path``, ``redis://host:port/db`` or
``memory://``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

from proxyify_asgi.settings_keys import KeyPolicy, SpendLimits  # KeyPolicy re-exported: stores speak in it


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """A stored API key. The secret itself is never stored: only its hash and a display prefix."""

    name: str
    key_hash: str
    prefix: str
    account: str
    """The account whose credits this key spends (a key with its own credits: ``key:<name>``)."""
    created_at: datetime
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    policy: KeyPolicy = field(default_factory=KeyPolicy)
    credits: int | None = None
    """Credits granted when the key was created (the live balance is the ledger's, not this)."""

    def is_active(self, now: datetime) -> bool:
        """Neither revoked nor expired at ``now`` (timezone-aware UTC)."""
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or now < self.expires_at


@runtime_checkable
class KeyStore(Protocol):
    """API keys by hash. Implementations never block the event loop on disk I/O."""

    async def get_by_hash(self, key_hash: str) -> KeyRecord | None:
        """The key whose secret hashes to ``key_hash``, revoked or not."""
        ...

    async def get(self, name: str) -> KeyRecord | None:
        """The key called ``name``."""
        ...

    async def list(self) -> list[KeyRecord]:
        """Every key, by name."""
        ...

    async def put(self, record: KeyRecord) -> None:
        """Create or replace the key called ``record.name``."""
        ...

    async def add(self, record: KeyRecord) -> bool:
        """Create the key unless one of that name exists (atomically); False if it did."""
        ...

    async def revoke(self, name: str, at: datetime) -> bool:
        """Mark a key revoked; False if there is no such key."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


@dataclass(frozen=True, slots=True)
class Reservation:
    """Credits held for one in-flight request until it settles or the hold expires."""

    id: str
    account: str
    key: str
    credits: int
    cost_usd: Decimal
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Usage:
    """What a settled request used, for the ledger's audit fields."""

    request_id: str
    key: str
    model_requested: str | None
    model_used: str | None
    provider: str | None
    input_tokens: int = 0
    output_tokens: int = 0
    units: Decimal = Decimal(0)
    credits: int = 0
    cost_usd: Decimal = Decimal(0)
    latency_ms: int = 0
    cached: bool = False
    status: str = "ok"
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class CreditLedger(Protocol):
    """Append-only credit ledger: balance = granted − settled − open reservations."""

    async def grant(self, account: str, credits: int, *, note: str = "") -> int:
        """Add credits to ``account`` (creating it); returns the new balance."""
        ...

    async def balance(self, account: str) -> int:
        """Credits available now (open reservations already subtracted)."""
        ...

    async def reserve(self, account: str, key: str, credits: int, cost_usd: Decimal, *,
                      request_id: str, ttl_s: int, spend_limits: SpendLimits | None = None) -> Reservation:
        """Hold ``credits``; raise ``InsufficientCredits`` / ``SpendingLimitReached`` if it cannot.

        ``spend_limits`` (the key's USD caps) are checked in the same transaction, counting the
        key's settled spend in each calendar window plus its open reservations.
        """
        ...

    async def settle(self, reservation: Reservation, usage: Usage) -> None:
        """Charge ``usage.credits`` and release the rest of the hold, exactly once.

        The charge is within the reservation, which holds an upper bound of the prompt
        (:func:`proxyify_asgi.pricing.prompt_token_bound`); if the upstream still reports more (an
        image billed above the model's ``max_image_tokens``), the real figure is charged, because
        it is what the client was shown.
        """
        ...

    async def release(self, reservation: Reservation, *, reason: str = "") -> None:
        """Drop a reservation without charging."""
        ...

    async def create_account(self, account: str, credits: int = 0, *, note: str = "") -> bool:
        """Create ``account`` with an initial grant if it does not exist; False (untouched) if it does."""
        ...

    async def accounts(self) -> list[AccountBalance]:
        """Every account with its granted, settled and reserved credits."""
        ...

    async def account(self, account: str) -> AccountBalance | None:
        """One account's figures, or None if it does not exist."""
        ...

    async def refund(self, account: str, credits: int, *, note: str = "") -> int:
        """Give back previously settled credits (kept apart from grants); returns the new balance."""
        ...

    async def spend(self, key: str) -> SpendSummary:
        """The key's USD spend in the current UTC day and month, in total, and held by open reservations."""
        ...

    async def sweep_expired(self) -> int:
        """Release every reservation past its time-to-live; returns how many were released."""
        ...

    async def entries(self, *, account: str | None = None, key: str | None = None,
                      since: datetime | None = None) -> list[LedgerEntry]:
        """The append-only entries, oldest first, optionally filtered."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


@dataclass(frozen=True, slots=True)
class AccountBalance:
    """An account's figures; ``balance = granted + refunded - settled - reserved``."""

    name: str
    granted: int
    settled: int
    reserved: int
    refunded: int = 0

    @property
    def balance(self) -> int:
        """Credits available now."""
        return self.granted + self.refunded - self.settled - self.reserved


@dataclass(frozen=True, slots=True)
class SpendSummary:
    """A key's USD spend by calendar window (UTC), and what its open reservations hold."""

    daily: Decimal
    monthly: Decimal
    total: Decimal
    reserved: Decimal


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One append-only ledger line. ``kind``: grant, refund, reserve, settle, release.

    ``credits`` is what the line moves (granted, held, charged or freed); ``held`` is, on settle and
    release lines, the reservation they close (0 if it had already expired), so open holds can be
    re-derived from the entries alone.
    """

    id: int
    at: datetime
    kind: str
    account: str
    credits: int
    held: int = 0
    key: str | None = None
    reservation_id: str | None = None
    cost_usd: Decimal = Decimal(0)
    usage: Usage | None = None
    note: str = ""
