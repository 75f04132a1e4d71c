"""The Redis key store (``redis://`` / ``rediss://``): one set of API keys for several hosts.

Each key is a hash under ``{prefix}{keys}:key:<name>``: its row (the SQLite store's columns as
JSON, :func:`~.keys_sqlite.record_row`) and, apart, ``revoked_at``, so a revocation is one field
set if absent (the first revocation time is kept) without rewriting the row. The secret's hash
points at the name (``...:hash:<key_hash>``); the secret itself is never stored. Every change
that touches the name and the hash index together is one Lua script, so two hosts cannot create
one name twice or give one secret to two keys.
"""

from __future__ import annotations

import json
from datetime import datetime

from proxyify_asgi.stores.keys_sqlite import record_row, row_record
from proxyify_asgi.stores.protocols import KeyRecord
from proxyify_asgi.stores.redis_client import RedisBacked

_REVOKED = 6
"""The position of ``revoked_at`` in a row."""

_PUT = """
local ns, name, hash, row, revoked, only_if_absent = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local key = ns .. 'key:' .. name
if only_if_absent == '1' and redis.call('EXISTS', key) == 1 then return 0 end
local owner = redis.call('GET', ns .. 'hash:' .. hash)
if owner and owner ~= name then return -1 end
local old = redis.call('HGET', key, 'hash')
if old and old ~= hash then redis.call('DEL', ns .. 'hash:' .. old) end
redis.call('HSET', key, 'row', row, 'hash', hash)
if revoked == '' then redis.call('HDEL', key, 'revoked_at') else redis.call('HSET', key, 'revoked_at', revoked) end
redis.call('SET', ns .. 'hash:' .. hash, name)
redis.call('SADD', ns .. 'names', name)
return 1
"""
_REVOKE = """
local key = ARGV[1] .. 'key:' .. ARGV[2]
if redis.call('EXISTS', key) == 0 then return 0 end
redis.call('HSETNX', key, 'revoked_at', ARGV[3])
return 1
"""


class RedisKeyStore(RedisBacked):
    """:class:`~proxyify_asgi.stores.protocols.KeyStore` in Redis (connects on first use)."""

    def __init__(self, url: str, *, prefix: str = "proxyify:", timeout_s: float = 10.0) -> None:
        super().__init__(url, timeout_s=timeout_s)
        self._ns = f"{prefix}{{keys}}:"

    async def _write(self, record: KeyRecord, *, only_if_absent: bool) -> bool:
        row = list(record_row(record))
        revoked = row[_REVOKED] or ""
        row[_REVOKED] = None
        result = await self._script(
            _PUT, [self._ns + "names"],
            [self._ns, record.name, record.key_hash, json.dumps(row), revoked, "1" if only_if_absent else "0"],
        )
        if result == -1:
            raise ValueError("another key already has this secret")
        return result == 1

    async def _read(self, name: str) -> KeyRecord | None:
        fields = await self._redis().hgetall(self._ns + "key:" + name)
        if not fields:
            return None
        row = json.loads(fields["row"])
        row[_REVOKED] = fields.get("revoked_at")
        return row_record(tuple(row))

    async def get_by_hash(self, key_hash: str) -> KeyRecord | None:
        """The key whose secret hashes to ``key_hash``, revoked or not."""
        name = await self._redis().get(self._ns + "hash:" + key_hash)
        record = await self._read(name) if name is not None else None
        # The index and the key are two reads: a rotation between them leaves the name pointing
        # at a new secret; the old secret then no longer names a key, as SQLite would answer.
        return record if record is not None and record.key_hash == key_hash else None

    async def get(self, name: str) -> KeyRecord | None:
        """The key called ``name``."""
        return await self._read(name)

    async def list(self) -> list[KeyRecord]:
        """Every key, by name."""
        records = [await self._read(name) for name in sorted(await self._redis().smembers(self._ns + "names"))]
        return [r for r in records if r is not None]

    async def put(self, record: KeyRecord) -> None:
        """Create or replace the key called ``record.name``."""
        await self._write(record, only_if_absent=False)

    async def add(self, record: KeyRecord) -> bool:
        """Create the key unless one of that name exists (one script); False if it did."""
        return await self._write(record, only_if_absent=True)

    async def revoke(self, name: str, at: datetime) -> bool:
        """Mark a key revoked (keeping the first revocation time); False if there is no such key."""
        return bool(await self._script(_REVOKE, [self._ns + "names"], [self._ns, name, at.isoformat()]))
