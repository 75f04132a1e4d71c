"""Opening a credit ledger by URI, and seeding configured accounts into it.

``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, ``memory://`` or
``redis://HOST:PORT/DB`` / ``rediss://...`` (one ledger for several processes or hosts; same
contract tests). Opening does no I/O: the SQLite file is created, the Redis connection made, on
first use.
"""

from __future__ import annotations

from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_memory import MemoryLedger
from proxyify_asgi.stores.keys import account_for
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import CreditLedger
from proxyify_asgi.stores.url import parse_storage_url


def open_ledger(url: str) -> CreditLedger:
    """The ledger back end ``url`` names."""
    kind, path = parse_storage_url(url)
    if kind == "redis":
        from proxyify_asgi.stores.ledger_redis import RedisLedger  # needs the redis extra

        return RedisLedger(path)
    return MemoryLedger() if kind == "memory" else SqliteLedger(path)


async def seed_accounts(ledger: CreditLedger, settings: Settings) -> list[str]:
    """Create ``[[accounts]]`` and keys' own accounts with their configured credits, if absent.

    An existing account is never touched: restarting with the same file never resets a balance.
    Returns the accounts created.
    """
    wanted = [(a.name, a.credits) for a in settings.accounts]
    wanted += [(account_for(k.name, None), k.credits) for k in settings.keys if k.account is None and k.credits is not None]
    created = []
    for name, credits in wanted:
        if await ledger.create_account(name, credits, note="seeded from configuration"):
            created.append(name)
    return created
