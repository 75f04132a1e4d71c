"""API key secrets, records and the key store chosen by URI.

Secrets are high-entropy random strings (``pk-`` + 32 random bytes, URL-safe), so one SHA-256 of
the secret is a sound hash for storage: there is nothing to brute-force. Only the hash and a short
display prefix are ever stored; the secret is shown once, at creation. Lookups go by hash, and the
stored hash is compared to the presented one with :func:`hmac.compare_digest`.

:func:`open_key_store` picks the back end by URI: ``sqlite:///path`` → :class:`SQLiteKeyStore`
(``sqlite:////abs/path`` for an absolute path), ``memory://`` → :class:`MemoryKeyStore`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from proxyify_asgi._config_loader import ConfigurationError, load_dataclass
from proxyify_asgi.settings import KeySettings
from proxyify_asgi.stores.protocols import AccountBalance, KeyPolicy, KeyRecord, KeyStore
from proxyify_asgi.stores.url import parse_storage_url

SECRET_PREFIX = "pk-"
DISPLAY_PREFIX_CHARS = 10
"""How much of a secret is kept for display (``pk-AbCdEfG``): enough to tell keys apart, far too
little to guess the rest (32 random bytes follow)."""


def hash_secret(secret: str) -> str:
    """The stored form of a key secret: SHA-256, hex."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def hashes_match(stored_hash: str, presented_hash: str) -> bool:
    """Compare two hashes in constant time."""
    return hmac.compare_digest(stored_hash.encode(), presented_hash.encode())


def new_secret() -> str:
    """A fresh key secret: ``pk-`` and 32 random bytes, URL-safe base64."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def display_prefix(secret: str) -> str:
    """The part of a secret safe to show in lists (``pk-AbCdEfG…`` without the ellipsis)."""
    return secret[:DISPLAY_PREFIX_CHARS]


OWN_ACCOUNT_PREFIX = "key:"
"""Accounts named ``key:<name>`` are keys' own; the admin API and the CLI create no others by that name."""


def account_for(name: str, account: str | None) -> str:
    """The account a key spends from: its shared ``account``, else its own ``key:<name>``."""
    return account if account else f"{OWN_ACCOUNT_PREFIX}{name}"


def parse_expiry(value: str | None) -> datetime | None:
    """An ISO 8601 expiry as an aware UTC datetime.

    A bare date (``2026-12-31``) means the key works through that whole day (UTC), so it expires
    at the following midnight; a time without offset is taken as UTC.
    """
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if len(value.strip()) == 10:  # date only
        parsed += timedelta(days=1)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def utcnow() -> datetime:
    """The current time, aware UTC (the default clock of the key services)."""
    return datetime.now(timezone.utc)


# --- KeyPolicy / KeyRecord <-> plain data ---------------------------------------------------------

_POLICY_FIELDS = tuple(f.name for f in dataclasses.fields(KeyPolicy))


def policy_from_settings(key: KeySettings) -> KeyPolicy:
    """The restrictions and limits of a ``[[keys]]`` entry."""
    return KeyPolicy(**{name: getattr(key, name) for name in _POLICY_FIELDS})


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def policy_to_dict(policy: KeyPolicy) -> dict[str, Any]:
    """``policy`` as JSON-ready data (Decimals as strings, so money stays exact); defaults omitted."""
    default = KeyPolicy()
    return {
        name: _plain(getattr(policy, name))
        for name in _POLICY_FIELDS
        if getattr(policy, name) != getattr(default, name)
    }


def policy_from_dict(data: dict[str, Any]) -> KeyPolicy:
    """The inverse of :func:`policy_to_dict` (types checked by the configuration loader)."""
    return load_dataclass(KeyPolicy, data, source="<key policy>")


def record_view(record: KeyRecord, now: datetime | None = None, *,
                account: AccountBalance | None = None) -> dict[str, Any]:
    """What the admin API and ``keys show`` reveal about a key: everything but its hash.

    The money figures are the ledger's, for the key's account (``account``; None: no such account
    yet, all zero): ``credits`` is what it can spend now, open holds subtracted (the same figure
    ``GET /v1/balance`` shows), ``reserved`` what in-flight requests hold, ``credits_granted``
    everything ever granted to it (creation, top-ups, refunds).
    """
    return {
        "name": record.name,
        "prefix": record.prefix,
        "account": record.account,
        "state": key_state(record, now or utcnow()),
        "created_at": record.created_at.isoformat(),
        "expires_at": record.expires_at.isoformat() if record.expires_at else None,
        "revoked_at": record.revoked_at.isoformat() if record.revoked_at else None,
        "credits": account.balance if account else 0,
        "reserved": account.reserved if account else 0,
        "credits_granted": account.granted + account.refunded if account else 0,
        "policy": policy_to_dict(record.policy),
    }


def key_state(record: KeyRecord, now: datetime) -> str:
    """``active``, ``revoked`` or ``expired``."""
    if record.revoked_at is not None:
        return "revoked"
    if record.expires_at is not None and now >= record.expires_at:
        return "expired"
    return "active"


def settings_from_input(data: dict[str, Any], *, source: str) -> KeySettings:
    """Validate one key described as ``[[keys]]`` data (admin API, CLI) exactly as the config is."""
    from proxyify_asgi._config_checks import key_problems

    key = load_dataclass(KeySettings, data, source=source)
    problems = key_problems("", key)
    if key.account is not None and key.credits is not None:
        problems.append(("credits", "set either credits (the key's own account) or account (a shared one), not both"))
    if problems:
        raise ConfigurationError(source, [(p.lstrip("."), m) for p, m in problems])
    return key


def record_from_settings(key: KeySettings, *, now: datetime) -> KeyRecord:
    """A new record for a ``[[keys]]`` entry (its secret hashed, never kept)."""
    return KeyRecord(
        name=key.name,
        key_hash=hash_secret(key.key),
        prefix=display_prefix(key.key),
        account=account_for(key.name, key.account),
        created_at=now,
        expires_at=parse_expiry(key.expires),
        credits=key.credits,
        policy=policy_from_settings(key),
    )


# --- back ends ------------------------------------------------------------------------------------


def open_key_store(url: str) -> KeyStore:
    """The key store for a ``[storage] url``. Opening does no I/O; the first call does."""
    kind, path = parse_storage_url(url)
    if kind == "memory":
        from proxyify_asgi.stores.keys_memory import MemoryKeyStore

        return MemoryKeyStore()
    if kind == "redis":
        from proxyify_asgi.stores.keys_redis import RedisKeyStore

        return RedisKeyStore(path)
    from proxyify_asgi.stores.keys_sqlite import SQLiteKeyStore

    return SQLiteKeyStore(path)
