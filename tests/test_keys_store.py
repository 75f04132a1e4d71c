"""Key store contract, run over every back end, plus seeding, the lookup cache and key helpers."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from proxyify_asgi.settings import ActiveHours, ConfigurationError, Settings, SpendLimits
from proxyify_asgi.stores.key_service import CachedKeyStore, KeyExists, create_key, seed_keys, update_key
from proxyify_asgi.stores.keys import (
    display_prefix,
    hash_secret,
    new_secret,
    open_key_store,
    parse_expiry,
    policy_from_dict,
    policy_to_dict,
    settings_from_input,
)
from proxyify_asgi.stores.keys_memory import MemoryKeyStore
from proxyify_asgi.stores.keys_redis import RedisKeyStore
from proxyify_asgi.stores.keys_sqlite import SQLiteKeyStore
from proxyify_asgi.stores.protocols import KeyPolicy, KeyRecord, KeyStore

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)

RICH_POLICY = KeyPolicy(
    rate_limit="60/minute",
    model_rate_limits={"openai/gpt-4o": "10/minute"},
    allowed_models=("openai/*",),
    denied_models=("openai/gpt-4o",),
    allowed_ips=("10.0.0.0/8", "2001:db8::/32"),
    allowed_origins=("https://*.example.com",),
    require_origin=True,
    allowed_countries=("US", "DE"),
    active_hours=ActiveHours(tz="Europe/Berlin", days=("mon", "fri"), start="22:00", end="02:00"),
    spend_limit_usd=SpendLimits(daily=Decimal("0.10"), monthly=Decimal("5")),
)


def make_record(name: str = "alice", secret: str | None = None, **changes) -> tuple[KeyRecord, str]:
    secret = secret or new_secret()
    record = KeyRecord(
        name=name, key_hash=hash_secret(secret), prefix=display_prefix(secret), account=f"key:{name}",
        created_at=T0, policy=RICH_POLICY, credits=100,
    )
    return dataclasses.replace(record, **changes), secret


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def store(request, tmp_path):
    s: KeyStore
    if request.param == "redis":
        s = RedisKeyStore(request.getfixturevalue("redis_url"))
    else:
        s = MemoryKeyStore() if request.param == "memory" else SQLiteKeyStore(str(tmp_path / "keys.db"))
    yield s
    await s.aclose()


async def test_put_then_lookup_by_hash_and_name_round_trips_every_field(store):
    record, secret = make_record(expires_at=T0 + timedelta(days=30))
    await store.put(record)
    assert await store.get_by_hash(hash_secret(secret)) == record
    assert await store.get("alice") == record
    assert await store.get_by_hash(hash_secret(secret + "x")) is None
    assert await store.get("bob") is None


async def test_list_is_sorted_by_name(store):
    for name in ("carol", "alice", "bob"):
        await store.put(make_record(name)[0])
    assert [r.name for r in await store.list()] == ["alice", "bob", "carol"]


async def test_add_creates_once_and_never_overwrites(store):
    first, _ = make_record()
    second, _ = make_record(credits=5)
    assert await store.add(first) is True
    assert await store.add(second) is False
    assert await store.get("alice") == first


async def test_put_replaces_and_old_secret_stops_resolving(store):
    old, old_secret = make_record()
    new, new_secret_ = make_record()
    await store.put(old)
    await store.put(new)
    assert await store.get_by_hash(hash_secret(old_secret)) is None
    assert (await store.get_by_hash(hash_secret(new_secret_))).key_hash == new.key_hash


async def test_a_lookup_racing_a_rotation_never_answers_for_another_secret(store):
    """get_by_hash(h) answers the key whose secret hashes to h, or None: never a rotated record."""
    old, old_secret = make_record()
    new, _ = make_record()

    async def rotate() -> None:
        for _ in range(100):
            await store.put(new)
            await store.put(old)

    async def look() -> list[KeyRecord | None]:
        return [await store.get_by_hash(old.key_hash) for _ in range(200)]

    await store.put(old)
    _, seen = await asyncio.gather(rotate(), look())
    assert {r.key_hash for r in seen if r is not None} <= {hash_secret(old_secret)}


async def test_two_names_cannot_share_a_secret(store):
    a, secret = make_record("a")
    b, _ = make_record("b", secret=secret)
    await store.put(a)
    with pytest.raises(ValueError):
        await store.put(b)
    with pytest.raises(ValueError):
        await store.add(b)


async def test_revoke_marks_once_and_reports_missing(store):
    record, secret = make_record()
    await store.put(record)
    assert await store.revoke("alice", T0) is True
    assert await store.revoke("alice", T0 + timedelta(hours=1)) is True
    revoked = await store.get_by_hash(hash_secret(secret))
    assert revoked.revoked_at == T0  # the first revocation time is kept
    assert not revoked.is_active(T0)
    assert await store.revoke("nobody", T0) is False


async def test_sqlite_file_is_shared_between_store_instances(tmp_path):
    """Two stores on one file behave like two processes: each sees the other's writes."""
    path = str(tmp_path / "shared.db")
    a, b = SQLiteKeyStore(path), SQLiteKeyStore(path)
    try:
        record, secret = make_record()
        await a.put(record)
        assert await b.get_by_hash(hash_secret(secret)) == record
        await b.revoke("alice", T0)
        assert (await a.get("alice")).revoked_at == T0
    finally:
        await a.aclose()
        await b.aclose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = {row[1] for row in conn.execute("PRAGMA table_info(api_keys)")}
    assert "key_hash" in columns and not {"key", "secret"} & columns


async def test_sqlite_does_its_io_off_the_event_loop_thread(tmp_path, monkeypatch):
    threads: list[int] = []
    real_connect = sqlite3.connect

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", spy)
    store = SQLiteKeyStore(str(tmp_path / "k.db"))
    await store.list()
    await store.aclose()
    assert threads and threading.get_ident() not in threads


async def test_open_key_store_chooses_by_uri(tmp_path):
    assert isinstance(open_key_store("memory://"), MemoryKeyStore)
    sqlite_store = open_key_store(f"sqlite:///{tmp_path}/x.db")
    assert isinstance(sqlite_store, SQLiteKeyStore) and sqlite_store.path == f"{tmp_path}/x.db"
    assert not (tmp_path / "x.db").exists()  # opening does no I/O
    with pytest.raises(ConfigurationError):
        open_key_store("mongodb://x")


# --- seeding ------------------------------------------------------------------------------------


def settings_with_keys(*keys: dict) -> Settings:
    return Settings.demo(storage={"url": "memory://"}, keys=list(keys), accounts=[{"name": "acme", "credits": 5}])


async def test_seeding_twice_creates_once_and_keeps_state(store):
    granted: list[tuple[str, int | None]] = []

    async def grant(record: KeyRecord) -> None:
        granted.append((record.account, record.credits))

    settings = settings_with_keys(
        {"name": "alice", "key": "pk-alice-secret", "credits": 100, "allowed_models": ["openai/*"]},
        {"name": "team", "key": "pk-team-secret", "account": "acme"},
    )
    first = await seed_keys(store, settings, on_created=grant, now=T0)
    assert first.created == ["alice", "team"] and granted == [("key:alice", 100), ("acme", None)]
    await store.revoke("team", T0)

    changed = settings_with_keys(
        {"name": "alice", "key": "pk-alice-secret", "credits": 999, "allowed_models": ["google/*"]},
        {"name": "team", "key": "pk-team-secret", "account": "acme"},
    )
    second = await seed_keys(store, changed, on_created=grant, now=T0 + timedelta(days=1))
    assert second.created == [] and second.updated == ["alice"]
    assert len(granted) == 2  # no second grant: balances are never reset
    alice = await store.get("alice")
    assert alice.policy.allowed_models == ("google/*",)
    assert alice.created_at == T0 and alice.credits == 100
    assert (await store.get("team")).revoked_at == T0  # a run-time revocation survives a restart


async def test_create_key_refuses_a_taken_name(store):
    key = settings_from_input({"name": "alice", "key": new_secret(), "credits": 3}, source="t")
    record = await create_key(store, key, now=T0)
    assert record.account == "key:alice" and record.credits == 3
    with pytest.raises(KeyExists):
        await create_key(store, dataclasses.replace(key, key=new_secret()), now=T0)


async def test_update_key_changes_policy_and_validates(store):
    await store.put(make_record()[0])
    updated = await update_key(store, "alice", {"allowed_countries": ["FR"], "active_hours": None}, source="t")
    assert updated.policy.allowed_countries == ("FR",)
    assert updated.policy.active_hours is None
    assert updated.policy.allowed_models == RICH_POLICY.allowed_models  # untouched fields stay
    assert await store.get("alice") == updated
    with pytest.raises(ConfigurationError):
        await update_key(store, "alice", {"allowed_ips": ["not-an-ip"]}, source="t")
    with pytest.raises(ConfigurationError):
        await update_key(store, "alice", {"key": "pk-new-secret"}, source="t")
    assert await update_key(store, "nobody", {"rate_limit": "1/second"}, source="t") is None


# --- cache --------------------------------------------------------------------------------------


async def test_cache_serves_lookups_for_its_ttl_and_writes_through_clear_it():
    inner = MemoryKeyStore()
    now = [0.0]
    cached = CachedKeyStore(inner, ttl_s=2.0, clock=lambda: now[0])
    record, secret = make_record()
    h = hash_secret(secret)
    assert await cached.get_by_hash(h) is None  # negative result cached too
    await inner.put(record)  # written behind the cache's back, as another process would
    assert await cached.get_by_hash(h) is None
    now[0] = 2.5
    assert await cached.get_by_hash(h) == record
    await inner.revoke("alice", T0)
    assert (await cached.get_by_hash(h)).revoked_at is None  # stale within the TTL
    await cached.revoke("alice", T0)  # through the cache: immediate
    assert (await cached.get_by_hash(h)).revoked_at == T0


async def test_cache_is_bounded():
    cached = CachedKeyStore(MemoryKeyStore(), max_entries=10)
    for i in range(25):
        await cached.get_by_hash(hash_secret(f"pk-random-{i}"))
    assert len(cached._cache) <= 10


# --- helpers ------------------------------------------------------------------------------------


def test_secrets_are_random_prefixed_and_only_hashed():
    a, b = new_secret(), new_secret()
    assert a != b and a.startswith("pk-") and len(a) >= 40
    assert hash_secret(a) == hash_secret(a) != hash_secret(b)
    assert len(hash_secret(a)) == 64 and a not in hash_secret(a)
    assert display_prefix(a) == a[:10]


def test_policy_survives_a_json_round_trip_exactly():
    data = policy_to_dict(RICH_POLICY)
    assert data["spend_limit_usd"]["daily"] == "0.10"  # money as a string, never a float
    assert policy_from_dict(data) == RICH_POLICY
    assert policy_to_dict(KeyPolicy()) == {}


def test_expiry_parsing():
    assert parse_expiry("2026-12-31") == datetime(2027, 1, 1, tzinfo=timezone.utc)  # through that day
    assert parse_expiry("2026-12-31T10:00:00") == datetime(2026, 12, 31, 10, tzinfo=timezone.utc)
    assert parse_expiry("2026-12-31T10:00:00+02:00") == datetime(2026, 12, 31, 8, tzinfo=timezone.utc)
    assert parse_expiry(None) is None


_WORKER = """
import asyncio, sys
from proxyify_asgi.stores.keys_redis import RedisKeyStore
from proxyify_asgi.stores.keys_sqlite import SQLiteKeyStore
from proxyify_asgi.stores.key_service import create_key, KeyExists
from proxyify_asgi.stores.keys import settings_from_input, new_secret

async def main(where, tag):
    store = RedisKeyStore(where) if where.startswith("redis://") else SQLiteKeyStore(where)
    won = 0
    for i in range(40):
        await create_key(store, settings_from_input({"name": f"{tag}-{i}", "key": new_secret()}, source="w"))
        try:  # both processes race for the same shared names
            await create_key(store, settings_from_input({"name": f"shared-{i}", "key": new_secret()}, source="w"))
            won += 1
        except KeyExists:
            pass
    await store.aclose()
    print(won)

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_the_store_is_safe_across_processes(tmp_path, request, backend):
    """Two processes write to one store at once: nothing lost, each shared name created once."""
    import asyncio
    import os
    import subprocess
    import sys
    from pathlib import Path

    where = request.getfixturevalue("redis_url") if backend == "redis" else str(tmp_path / "multi.db")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, where, tag], stdout=subprocess.PIPE, text=True, env=env)
             for tag in ("a", "b")]
    won = [int(p.communicate(timeout=60)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(won) == 40  # every shared name created by exactly one process

    async def names() -> list[str]:
        store = RedisKeyStore(where) if backend == "redis" else SQLiteKeyStore(where)
        try:
            return [r.name for r in await store.list()]
        finally:
            await store.aclose()

    assert len(asyncio.run(names())) == 120


async def test_seeding_a_renamed_key_with_a_stored_secret_is_a_clear_configuration_error(store):
    await seed_keys(store, settings_with_keys({"name": "old-name", "key": "pk-shared-secret-1"}), now=T0)
    renamed = settings_with_keys({"name": "new-name", "key": "pk-shared-secret-1"})
    with pytest.raises(ConfigurationError) as info:
        await seed_keys(store, renamed, now=T0)
    message = str(info.value)
    assert "keys[0].key" in message and "'old-name'" in message
    assert "pk-shared-secret-1" not in message
