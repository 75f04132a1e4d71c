"""What the admin API, the CLI and the gateway's start-up do with keys: create, seed, update.

``on_created`` is the seam to the credit ledger: it is awaited once for every key this module
creates (never for one that already existed), with the new record, whose ``account`` and
``credits`` say what to grant. Balances live in the ledger, so nothing here ever resets one.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from proxyify_asgi.settings import KeySettings, Settings
from proxyify_asgi.stores.keys import (
    OWN_ACCOUNT_PREFIX,
    account_for,
    parse_expiry,
    policy_from_settings,
    policy_to_dict,
    record_from_settings,
    settings_from_input,
    utcnow,
)
from proxyify_asgi.stores.protocols import CreditLedger, KeyRecord, KeyStore

OnCreated = Callable[[KeyRecord], Awaitable[None]]
"""Awaited after a key is created; the ledger grants ``record.credits`` to ``record.account``."""


class KeyExists(ValueError):
    """A key with this name (or this secret) exists already."""


async def create_key(
    store: KeyStore, key: KeySettings, *, on_created: OnCreated | None = None,
    now: datetime | None = None, ledger: CreditLedger | None = None,
    configured_accounts: Collection[str] = (), source: str = "request",
) -> KeyRecord:
    """Store a new key from validated settings; :class:`KeyExists` if the name is taken.

    With ``ledger`` (the admin API, the CLI), the key's account is checked first, see
    :func:`account_problems`; a ``ConfigurationError`` (from ``source``) then says why and
    nothing is stored.
    """
    if ledger is not None:
        problems = await account_problems(key, ledger, configured_accounts)
        if problems:
            from proxyify_asgi._config_loader import ConfigurationError

            raise ConfigurationError(source, problems)
    record = record_from_settings(key, now=now or utcnow())
    try:
        added = await store.add(record)
    except ValueError:
        raise KeyExists("another key already uses this secret") from None
    if not added:
        raise KeyExists(f"a key named {key.name!r} exists already")
    if on_created is not None:
        await on_created(record)
    return record


async def account_problems(
    key: KeySettings, ledger: CreditLedger, configured: Collection[str] = (),
) -> list[tuple[str, str]]:
    """Why a key created at run time could not spend from the account it would get, if it could not.

    - A shared ``account`` must exist (in ``ledger``, or in ``configured`` ``[[accounts]]`` the
      gateway creates at start), as the configuration demands: a key on a missing account would
      answer 402 forever, and credits can only be granted to accounts that exist.
    - Without one, the key gets its own ``key:<name>``, created with its credits only if absent;
      one that exists already was not made for this key, and adopting it would hand over its
      balance while the credits asked for are never granted.
    """
    if key.account is not None:
        if key.account in configured or await ledger.account(key.account) is not None:
            return []
        return [("account", f"names account {key.account!r}, which does not exist "
                            "(create it first: POST /v1/admin/accounts or `proxyify-asgi accounts create`)")]
    own = account_for(key.name, None)
    if own in configured or await ledger.account(own) is not None:
        return [("name", f"the key's own account would be {own!r}, which exists already and was not "
                         "made for this key; choose another name (or set account to "
                         f"{own!r} to spend from it on purpose)")]
    return []


async def reserved_account_problem(name: str, store: KeyStore) -> str | None:
    """Why an account called ``name`` may not be created by hand (admin API, CLI), or None.

    ``key:<name>`` is a key's own account: made by hand before the key, the key could never get
    it (:func:`account_problems` refuses to adopt it). The one exception is the missing account of
    an existing key that spends from it (created without credits): opening it is how that key is
    funded over HTTP, where a grant needs an existing account.
    """
    if not name.startswith(OWN_ACCOUNT_PREFIX):
        return None
    key = await store.get(name.removeprefix(OWN_ACCOUNT_PREFIX))
    if key is not None and key.account == name:
        return None
    return (f"names starting with {OWN_ACCOUNT_PREFIX!r} are reserved for keys' own accounts, and no key "
            f"spends from {name!r} (create the key with credits instead)")


@dataclass(slots=True)
class SeedResult:
    """Names of the keys :func:`seed_keys` created and updated."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


async def seed_keys(
    store: KeyStore, settings: Settings, *, on_created: OnCreated | None = None,
    now: datetime | None = None,
) -> SeedResult:
    """Bring the store in line with ``[[keys]]``: create missing keys, update existing ones.

    An existing key keeps its creation time, its revocation (a key revoked at run time stays
    revoked) and its balance; its secret, account, expiry and restrictions follow the file.
    Creation is atomic (``add``), so two workers seeding at once grant credits only once.
    """
    result = SeedResult()
    now = now or utcnow()
    for index, key in enumerate(settings.keys):
        fresh = record_from_settings(key, now=now)
        try:
            added = await store.add(fresh)
        except ValueError:
            raise await _secret_taken(store, settings, index, fresh) from None
        if added:
            result.created.append(key.name)
            if on_created is not None:
                await on_created(fresh)
            continue
        old = await store.get(key.name)
        if old is None:  # deleted between add and get: nothing sensible left to update
            continue
        merged = dataclasses.replace(fresh, created_at=old.created_at, revoked_at=old.revoked_at, credits=old.credits)
        if merged != old:
            try:
                await store.put(merged)
            except ValueError:
                raise await _secret_taken(store, settings, index, fresh) from None
            result.updated.append(key.name)
    return result


async def _secret_taken(store: KeyStore, settings: Settings, index: int, fresh: KeyRecord) -> Exception:
    """A clear configuration error for a ``[[keys]]`` secret another stored key already has."""
    from proxyify_asgi._config_loader import ConfigurationError

    other = await store.get_by_hash(fresh.key_hash)
    owner = repr(other.name) if other is not None else "another key"
    return ConfigurationError(settings.source, [(
        f"keys[{index}].key",
        f"the key store already holds this secret under {owner}; give {fresh.name!r} a new secret "
        "or remove the old key from the store",
    )])


def settings_dict(record: KeyRecord) -> dict[str, Any]:
    """A key record as ``[[keys]]`` data (without its secret), for merging updates into."""
    data: dict[str, Any] = {"name": record.name, **policy_to_dict(record.policy)}
    if record.account != account_for(record.name, None):
        data["account"] = record.account
    if record.expires_at is not None:
        data["expires"] = record.expires_at.isoformat()
    return data


UPDATABLE = frozenset(
    {f.name for f in dataclasses.fields(KeySettings)} - {"name", "key", "credits", "account"}
)
"""Fields an update may change: restrictions, limits, expiry. Not the name, secret or balance."""


async def update_key(store: KeyStore, name: str, changes: dict[str, Any], *, source: str) -> KeyRecord | None:
    """Apply ``changes`` (``[[keys]]`` fields; null resets one) to the key ``name``; None if absent.

    Raises ``ConfigurationError`` for fields that cannot change or values that do not validate.
    """
    from proxyify_asgi._config_loader import ConfigurationError

    bad = sorted(set(changes) - UPDATABLE)
    if bad:
        raise ConfigurationError(source, [(b, "cannot be changed (updatable: " + ", ".join(sorted(UPDATABLE)) + ")") for b in bad])
    old = await store.get(name)
    if old is None:
        return None
    data = settings_dict(old)
    for field_name, value in changes.items():
        if value is None:
            data.pop(field_name, None)
        else:
            data[field_name] = value
    data.pop("account", None)  # unchanged, and not a policy field
    checked = settings_from_input({**data, "key": "placeholder-not-stored"}, source=source)
    new = dataclasses.replace(old, policy=policy_from_settings(checked), expires_at=parse_expiry(checked.expires))
    await store.put(new)
    return new


class CachedKeyStore:
    """A key store with a short in-memory cache of lookups by hash (the auth hot path).

    A lookup is served from memory for ``ttl_s`` seconds (2 by default), found or not, so a
    request costs no SQLite round trip. Writes made through this object clear the cache, so a
    revocation here takes effect at once in this process; one made by another process (or the
    CLI) takes effect here within ``ttl_s``. The cache holds at most ``max_entries`` lookups and
    starts over when full, so random keys cannot grow it without bound.
    """

    def __init__(
        self, inner: KeyStore, *, ttl_s: float = 2.0, max_entries: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._clock = clock
        self._cache: dict[str, tuple[float, KeyRecord | None]] = {}

    async def get_by_hash(self, key_hash: str) -> KeyRecord | None:
        """The key for ``key_hash``, from the cache while fresh."""
        now = self._clock()
        hit = self._cache.get(key_hash)
        if hit is not None and hit[0] > now:
            return hit[1]
        record = await self.inner.get_by_hash(key_hash)
        if len(self._cache) >= self.max_entries:
            self._cache.clear()
        self._cache[key_hash] = (now + self.ttl_s, record)
        return record

    async def get(self, name: str) -> KeyRecord | None:
        """The key called ``name`` (not cached)."""
        return await self.inner.get(name)

    async def list(self) -> list[KeyRecord]:
        """Every key (not cached)."""
        return await self.inner.list()

    async def put(self, record: KeyRecord) -> None:
        """Write through and forget cached lookups."""
        await self.inner.put(record)
        self._cache.clear()

    async def add(self, record: KeyRecord) -> bool:
        """Write through and forget cached lookups (a cached "unknown" may now exist)."""
        added = await self.inner.add(record)
        self._cache.clear()
        return added

    async def revoke(self, name: str, at: datetime) -> bool:
        """Write through and forget cached lookups."""
        found = await self.inner.revoke(name, at)
        self._cache.clear()
        return found

    async def aclose(self) -> None:
        """Close the inner store."""
        self._cache.clear()
        await self.inner.aclose()
