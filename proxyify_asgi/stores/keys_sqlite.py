"""The embedded key store: one SQLite file in WAL mode, table ``api_keys``.

All disk I/O runs on one worker thread owned by the store, with one connection that lives on that
thread, so the event loop never blocks on SQLite. Several processes may share the file: WAL lets
readers run beside a writer, writes are single statements (atomic), and ``busy_timeout`` makes a
writer wait for another process's lock instead of failing.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from proxyify_asgi.stores.keys import policy_from_dict, policy_to_dict
from proxyify_asgi.stores.protocols import KeyRecord
from proxyify_asgi.stores.sqlite_wal import enable_wal

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    name        TEXT PRIMARY KEY,
    key_hash    TEXT NOT NULL UNIQUE,
    prefix      TEXT NOT NULL,
    account     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT,
    revoked_at  TEXT,
    credits     INTEGER,
    policy      TEXT NOT NULL DEFAULT '{}'
)
"""
_COLUMNS = "name, key_hash, prefix, account, created_at, expires_at, revoked_at, credits, policy"
_UPSERT = f"""
INSERT INTO api_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(name) DO UPDATE SET
    key_hash = excluded.key_hash, prefix = excluded.prefix, account = excluded.account,
    created_at = excluded.created_at, expires_at = excluded.expires_at,
    revoked_at = excluded.revoked_at, credits = excluded.credits, policy = excluded.policy
"""
_INSERT_IF_ABSENT = f"INSERT INTO api_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def record_row(record: KeyRecord) -> tuple[Any, ...]:
    """The record as the store's columns (``_COLUMNS``); the Redis store keeps the same row."""
    return (
        record.name, record.key_hash, record.prefix, record.account, _iso(record.created_at),
        _iso(record.expires_at), _iso(record.revoked_at), record.credits,
        json.dumps(policy_to_dict(record.policy), separators=(",", ":")),
    )


def row_record(row: tuple[Any, ...]) -> KeyRecord:
    """The record back from :func:`record_row`'s columns."""
    name, key_hash, prefix, account, created, expires, revoked, credits, policy = row
    return KeyRecord(
        name=name, key_hash=key_hash, prefix=prefix, account=account,
        created_at=_dt(created),  # type: ignore[arg-type]
        expires_at=_dt(expires), revoked_at=_dt(revoked), credits=credits,
        policy=policy_from_dict(json.loads(policy)),
    )


class SQLiteKeyStore:
    """Keys in ``path`` (created on first use, with its parent directory)."""

    def __init__(self, path: str, *, busy_timeout_ms: int = 5000) -> None:
        self.path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._executor: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None = None  # touched only on the worker thread

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            enable_wal(conn, timeout_s=self._busy_timeout_ms / 1000)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
            self._conn = conn
        return self._conn

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="proxyify-keys")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(self._connect()))

    async def get_by_hash(self, key_hash: str) -> KeyRecord | None:
        """The key whose secret hashes to ``key_hash``, revoked or not."""
        row = await self._run(lambda c: c.execute(
            f"SELECT {_COLUMNS} FROM api_keys WHERE key_hash = ?", (key_hash,)).fetchone())
        return row_record(row) if row else None

    async def get(self, name: str) -> KeyRecord | None:
        """The key called ``name``."""
        row = await self._run(lambda c: c.execute(
            f"SELECT {_COLUMNS} FROM api_keys WHERE name = ?", (name,)).fetchone())
        return row_record(row) if row else None

    async def list(self) -> list[KeyRecord]:
        """Every key, by name."""
        rows = await self._run(lambda c: c.execute(
            f"SELECT {_COLUMNS} FROM api_keys ORDER BY name").fetchall())
        return [row_record(r) for r in rows]

    async def put(self, record: KeyRecord) -> None:
        """Create or replace the key called ``record.name``."""
        row = record_row(record)
        try:
            await self._run(lambda c: c.execute(_UPSERT, row))
        except sqlite3.IntegrityError:
            raise ValueError("another key already has this secret") from None

    async def add(self, record: KeyRecord) -> bool:
        """Create the key unless one of that name exists (one atomic statement); False if it did."""
        row = record_row(record)
        try:
            changed = await self._run(lambda c: c.execute(_INSERT_IF_ABSENT, row).rowcount)
        except sqlite3.IntegrityError:
            raise ValueError("another key already has this secret") from None
        return changed == 1

    async def revoke(self, name: str, at: datetime) -> bool:
        """Mark a key revoked (keeping the first revocation time); False if there is no such key."""
        stamp = _iso(at)

        def revoke(c: sqlite3.Connection) -> int:
            c.execute("UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", (stamp, name))
            return c.execute("SELECT count(*) FROM api_keys WHERE name = ?", (name,)).fetchone()[0]

        return bool(await self._run(revoke))

    async def aclose(self) -> None:
        """Close the connection (on its own thread) and stop the worker thread."""
        if self._executor is None:
            return

        def close() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        await asyncio.get_running_loop().run_in_executor(self._executor, close)
        self._executor.shutdown(wait=True)
        self._executor = None
