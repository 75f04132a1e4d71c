"""The key and account tables of the configuration: ``[[accounts]]`` and ``[[keys]]``.

Part of :mod:`proxyify_asgi.settings` (its docstring describes the whole), which re-exports every
class here; import them from there. A key's secret is kept out of ``repr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

@dataclass(frozen=True, slots=True)
class AccountSettings:
    """One ``[[accounts]]`` entry: a credit balance several keys may share."""

    name: str
    credits: int = 0


@dataclass(frozen=True, slots=True)
class ActiveHours:
    """A key's time-of-day window in an IANA time zone; ``end < start`` crosses midnight."""

    tz: str = "UTC"
    days: tuple[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ...] = (
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    )
    start: str = "00:00"
    end: str = "24:00"


@dataclass(frozen=True, slots=True)
class SpendLimits:
    """A key's own USD caps; calendar windows in UTC."""

    daily: Decimal | None = None
    monthly: Decimal | None = None
    total: Decimal | None = None


@dataclass(frozen=True, slots=True)
class KeyPolicy:
    """What a key may do: restrictions and limits (the ``[[keys]]`` fields other than secrets).

    Key stores keep it in each :class:`~proxyify_asgi.stores.protocols.KeyRecord`;
    :class:`KeySettings` is these fields plus a key's identity, so the list is written once.
    """

    rate_limit: str | None = None
    model_rate_limits: dict[str, str] = field(default_factory=dict)
    tokens_per_minute: int | None = None
    max_concurrent: int | None = None
    allowed_models: tuple[str, ...] = ()
    denied_models: tuple[str, ...] = ()
    allowed_ips: tuple[str, ...] = ()
    denied_ips: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()
    require_origin: bool = False
    allowed_countries: tuple[str, ...] = ()
    denied_countries: tuple[str, ...] = ()
    active_hours: ActiveHours | None = None
    spend_limit_usd: SpendLimits | None = None
    screening_exempt: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class KeySettings(KeyPolicy):
    """One ``[[keys]]`` entry, seeded into the key store at start (balances never reset): a
    :class:`KeyPolicy` with the key's name, secret, credits, account and expiry."""

    name: str
    key: str = field(repr=False)
    credits: int | None = None
    account: str | None = None
    expires: str | None = None
