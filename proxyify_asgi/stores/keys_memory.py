"""An in-process key store: for tests and single-process use (keys vanish with the process)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from proxyify_asgi.stores.protocols import KeyRecord


class MemoryKeyStore:
    """Keys in two dicts (by name, by hash). Every method is atomic under asyncio: none awaits."""

    def __init__(self) -> None:
        self._by_name: dict[str, KeyRecord] = {}
        self._by_hash: dict[str, KeyRecord] = {}

    async def get_by_hash(self, key_hash: str) -> KeyRecord | None:
        """The key whose secret hashes to ``key_hash``, revoked or not."""
        return self._by_hash.get(key_hash)

    async def get(self, name: str) -> KeyRecord | None:
        """The key called ``name``."""
        return self._by_name.get(name)

    async def list(self) -> list[KeyRecord]:
        """Every key, by name."""
        return [self._by_name[n] for n in sorted(self._by_name)]

    async def put(self, record: KeyRecord) -> None:
        """Create or replace the key called ``record.name``."""
        owner = self._by_hash.get(record.key_hash)
        if owner is not None and owner.name != record.name:
            raise ValueError("another key already has this secret")
        old = self._by_name.get(record.name)
        if old is not None:
            self._by_hash.pop(old.key_hash, None)
        self._by_name[record.name] = record
        self._by_hash[record.key_hash] = record

    async def add(self, record: KeyRecord) -> bool:
        """Create the key unless one of that name exists; False if it did."""
        if record.name in self._by_name:
            return False
        await self.put(record)
        return True

    async def revoke(self, name: str, at: datetime) -> bool:
        """Mark a key revoked (keeping the first revocation time); False if there is no such key."""
        old = self._by_name.get(name)
        if old is None:
            return False
        if old.revoked_at is None:
            await self.put(dataclasses.replace(old, revoked_at=at))
        return True

    async def aclose(self) -> None:
        """Nothing to release."""
