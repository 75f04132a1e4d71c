"""``credits add``, ``accounts create|list`` and ``usage``: the credit ledger from the command line.

They open the ledger named by ``[storage] url`` of the configuration (``--config``, else
``$PROXYIFY_CONFIG``, ``./proxyify.toml``, else the demo's ``./proxyify.db``), so they act on the same
file a running gateway uses; SQLite serialises the writes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from proxyify_asgi.cli.common import load_settings
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.key_service import OnCreated, reserved_account_problem
from proxyify_asgi.stores.keys import account_for, open_key_store
from proxyify_asgi.stores.ledger import open_ledger, seed_accounts
from proxyify_asgi.stores.ledger_rules import MAX_CREDITS, summarize_usage
from proxyify_asgi.stores.protocols import CreditLedger, KeyRecord


def register(sub: Any) -> None:
    """Add ``credits``, ``accounts`` and ``usage``."""
    credits = sub.add_parser("credits", help="manage credit balances").add_subparsers(dest="action", required=True)
    add = credits.add_parser("add", help="grant credits to a key's account or to an account")
    add.add_argument("name", help="a key name (its account is credited) or an account name")
    add.add_argument("credits", type=_positive_int)
    add.add_argument("--config")
    add.set_defaults(func=_runner(credits_add))

    accounts = sub.add_parser("accounts", help="manage shared credit accounts").add_subparsers(dest="action", required=True)
    create = accounts.add_parser("create", help="create an account (an existing one is left as it is)")
    create.add_argument("name")
    create.add_argument("--credits", type=non_negative_credits, default=0)
    create.add_argument("--config")
    create.set_defaults(func=_runner(accounts_create))
    listing = accounts.add_parser("list", help="every account and its balance")
    listing.add_argument("--config")
    listing.set_defaults(func=_runner(accounts_list))

    usage = sub.add_parser("usage", help="settled usage per model")
    usage.add_argument("--key", help="only this key")
    usage.add_argument("--since", type=_date, help="YYYY-MM-DD or an ISO time (UTC)")
    usage.add_argument("--config")
    usage.set_defaults(func=_runner(usage_report))


def _credits(text: str, minimum: int, expected: str) -> int:
    """``text`` as a whole number of credits of at least ``minimum``.

    Every failure is an ``ArgumentTypeError``: argparse then prints "argument credits: expected …"
    instead of "invalid _positive_int value", which names neither the argument nor the fix.
    """
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not minimum <= value <= MAX_CREDITS:
        raise argparse.ArgumentTypeError(f"expected {expected} (at most {MAX_CREDITS}), got {text!r}")
    return value


def _positive_int(text: str) -> int:
    return _credits(text, 1, "a positive whole number of credits")


def non_negative_credits(text: str) -> int:
    """An argparse type: a whole number of credits from 0 to MAX_CREDITS."""
    return _credits(text, 0, "a whole number of credits, 0 or more")


def _date(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD or an ISO time, got {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


Command = Callable[[CreditLedger, Settings, argparse.Namespace], Awaitable[int]]


def _runner(command: Command) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        settings = load_settings(args.config)
        if settings is None:
            return 1
        if settings.storage.url.startswith("memory:"):
            print("storage.url is memory://: there is no persistent ledger to act on", file=sys.stderr)
            return 1

        async def main() -> int:
            ledger = open_ledger(settings.storage.url)
            try:
                # Configured accounts first, as the gateway does at start: a grant made before the
                # first start must add to the configured credits, not stand in for them.
                await seed_accounts(ledger, settings)
                return await command(ledger, settings, args)
            finally:
                await ledger.aclose()

        return asyncio.run(main())

    return run


async def resolve_account(ledger: CreditLedger, settings: Settings, name: str) -> str | None:
    """The account ``name`` means: a key's account (stored or configured), else an existing account."""
    store = open_key_store(settings.storage.url)
    try:
        record = await store.get(name)
    finally:
        await store.aclose()
    if record is not None:
        return record.account
    for key in settings.keys:
        if key.name == name:
            return account_for(name, key.account)
    return name if await ledger.account(name) is not None else None


def key_account_opener(args: argparse.Namespace) -> OnCreated:
    """For ``keys create``: open the new key's own account with its credits in the configured ledger.

    Create-if-absent, like the gateway's own hook, so it never adds to an account that exists.
    """

    async def open_account(record: KeyRecord) -> None:
        settings = load_settings(getattr(args, "config", None))
        if record.credits is None or settings is None or settings.storage.url.startswith("memory:"):
            return
        ledger = open_ledger(settings.storage.url)
        try:
            await ledger.create_account(record.account, record.credits, note=f"key {record.name} created")
        finally:
            await ledger.aclose()

    return open_account


async def credits_add(ledger: CreditLedger, settings: Settings, args: argparse.Namespace) -> int:
    """``credits add NAME N``."""
    account = await resolve_account(ledger, settings, args.name)
    if account is None:
        print(f"no key or account called {args.name!r}", file=sys.stderr)
        return 1
    balance = await ledger.grant(account, args.credits, note="cli")
    print(f"{account}: +{args.credits} credits, balance {balance}")
    return 0


async def accounts_create(ledger: CreditLedger, settings: Settings, args: argparse.Namespace) -> int:
    """``accounts create NAME [--credits N]``; ``key:`` names are keys' own (see reserved_account_problem)."""
    store = open_key_store(settings.storage.url)
    try:
        reserved = await reserved_account_problem(args.name, store)
    finally:
        await store.aclose()
    if reserved is not None:
        print(f"{args.name}: {reserved}", file=sys.stderr)
        return 1
    if await ledger.create_account(args.name, args.credits, note="cli"):
        print(f"{args.name}: created with {args.credits} credits")
        return 0
    print(f"{args.name}: already exists, balance {await ledger.balance(args.name)} (unchanged)", file=sys.stderr)
    return 1


async def accounts_list(ledger: CreditLedger, settings: Settings, args: argparse.Namespace) -> int:
    """``accounts list``."""
    rows = [(a.name, str(a.balance), str(a.reserved), str(a.settled), str(a.granted + a.refunded))
            for a in await ledger.accounts()]
    print(_table(("account", "balance", "reserved", "spent", "granted"), rows))
    return 0


async def usage_report(ledger: CreditLedger, settings: Settings, args: argparse.Namespace) -> int:
    """``usage [--key NAME] [--since DATE]``: requests, tokens, credits and USD per model."""
    entries = await ledger.entries(key=args.key, since=args.since)
    if args.key is not None and not entries and not await _key_known(ledger, settings, args.key):
        # An empty table would read as "no usage yet" for a name that is simply wrong.
        print(f"error: no key named {args.key!r}", file=sys.stderr)
        return 1
    summary = summarize_usage(entries)
    rows = [(s.model, str(s.requests), str(s.input_tokens), str(s.output_tokens), str(s.credits), f"{s.cost_usd:f}")
            for s in summary]
    if rows:
        total = ("TOTAL", *(str(sum(int(r[i]) for r in rows)) for i in range(1, 5)),
                 f"{sum((s.cost_usd for s in summary)):f}")
        rows.append(total)
    print(_table(("model", "requests", "input_tokens", "output_tokens", "credits", "usd"), rows))
    return 0


async def _key_known(ledger: CreditLedger, settings: Settings, name: str) -> bool:
    """Whether ``name`` is a key: configured, in the key store (even revoked), or in the ledger."""
    if any(k.name == name for k in settings.keys) or await ledger.entries(key=name):
        return True
    store = open_key_store(settings.storage.url)
    try:
        return await store.get(name) is not None
    finally:
        await store.aclose()


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=False)]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in (header, *rows)]
    return "\n".join(lines)
