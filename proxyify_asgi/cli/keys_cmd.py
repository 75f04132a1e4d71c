"""``proxyify-asgi keys ...``: create, list, show and revoke keys in the configured store.

The store is the one ``[storage] url`` names (the same file the server uses), so a key made here
works against a running server at once, and a revocation reaches it within the auth cache's 2 s.
Secrets are printed once, by ``keys create``, and nowhere else.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from proxyify_asgi.cli.common import load_settings
from proxyify_asgi.cli.credits_cmd import key_account_opener, non_negative_credits
from proxyify_asgi.settings import ConfigurationError, Settings
from proxyify_asgi.stores.key_service import KeyExists, OnCreated, create_key
from proxyify_asgi.stores.keys import new_secret, open_key_store, record_view, settings_from_input, utcnow
from proxyify_asgi.stores.ledger import open_ledger
from proxyify_asgi.stores.protocols import AccountBalance, KeyRecord, KeyStore

T = TypeVar("T")


def register(sub: Any) -> None:
    """Add ``keys create | list | show | revoke``."""
    keys = sub.add_parser("keys", help="manage API keys")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)

    create = keys_sub.add_parser("create", help="create a key and print its secret once")
    create.add_argument("--name", required=True)
    create.add_argument("--credits", type=non_negative_credits, help="credits of the key's own account (key:<name>)")
    create.add_argument("--account", help="spend from this shared account instead")
    create.add_argument("--rate-limit", help="e.g. 60/minute")
    create.add_argument("--models", help="allowed model globs, comma-separated (openai/*,google/*)")
    create.add_argument("--deny-models", help="denied model globs, comma-separated")
    create.add_argument("--ips", help="allowed CIDRs, comma-separated")
    create.add_argument("--origins", help="allowed origins, comma-separated (https://*.example.com)")
    create.add_argument("--require-origin", action="store_true", help="deny requests without Origin")
    create.add_argument("--countries", help="allowed ISO country codes, comma-separated")
    create.add_argument("--expires", help="ISO 8601 date or time (UTC unless an offset is given)")
    # The credit ledger opens the new key's account (credits_cmd owns the ledger side).
    create.set_defaults(func=lambda args: run_create(args, on_created=key_account_opener(args)))

    keys_sub.add_parser("list", help="list keys (never secrets)").set_defaults(func=run_list)
    for name, func, text in (("show", run_show, "show one key"), ("revoke", run_revoke, "revoke a key")):
        p = keys_sub.add_parser(name, help=text)
        p.add_argument("name")
        p.set_defaults(func=func)
    for p in (keys, *keys_sub.choices.values()):
        p.add_argument("--config", default=argparse.SUPPRESS, help="TOML file (default: $PROXYIFY_CONFIG, ./proxyify.toml, else demo)")


def _csv(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def key_input(args: argparse.Namespace, secret: str) -> dict[str, Any]:
    """The ``[[keys]]`` data the ``create`` options describe."""
    data: dict[str, Any] = {"name": args.name, "key": secret}
    optional = {
        "credits": args.credits, "account": args.account, "rate_limit": args.rate_limit,
        "allowed_models": _csv(args.models), "denied_models": _csv(args.deny_models),
        "allowed_ips": _csv(args.ips), "allowed_origins": _csv(args.origins),
        "allowed_countries": _csv(args.countries.upper() if args.countries else None), "expires": args.expires,
    }
    data.update({k: v for k, v in optional.items() if v is not None})
    if args.require_origin:
        data["require_origin"] = True
    return data


class _BadConfig(Exception):
    """The configuration did not load (its problems are already printed)."""


def _with_store(args: argparse.Namespace, action: Callable[[KeyStore, Settings], Awaitable[T]]) -> T:
    """Run ``action`` against the configured store, closing it after; :class:`_BadConfig` if none."""
    settings = load_settings(getattr(args, "config", None))
    if settings is None:
        raise _BadConfig

    async def main() -> T:
        store = open_key_store(settings.storage.url)
        try:
            return await action(store, settings)
        finally:
            await store.aclose()

    return asyncio.run(main())


def run_create(args: argparse.Namespace, *, on_created: OnCreated | None = None) -> int:
    """Create the key, print its secret once. ``on_created`` is where the ledger grants credits."""
    secret = new_secret()
    try:
        key = settings_from_input(key_input(args, secret), source="command line")
    except ConfigurationError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1

    async def create(store: KeyStore, settings: Settings) -> KeyRecord | list[str]:
        """The new key, or the lines saying why it was not created."""
        # The ledger checks the key's account as the admin API does; configured [[accounts]] count
        # as existing, since the gateway creates them at start.
        ledger = open_ledger(settings.storage.url)
        try:
            return await create_key(store, key, on_created=on_created, ledger=ledger, source="command line",
                                    configured_accounts={a.name for a in settings.accounts})
        except ConfigurationError as exc:
            return exc.lines()
        except KeyExists as exc:
            return [f"error: {exc}"]
        finally:
            await ledger.aclose()

    try:
        record = _with_store(args, create)
    except _BadConfig:
        return 1
    if isinstance(record, list):
        for line in record:
            print(line, file=sys.stderr)
        return 1
    print(f"Created key {record.name!r} (account {record.account}). Its secret, shown only now:")
    print(secret)
    return 0


def _limits(record: KeyRecord) -> str:
    p = record.policy
    parts = [p.rate_limit or "default rate"]
    if p.spend_limit_usd is not None:
        for period in ("daily", "monthly", "total"):
            value = getattr(p.spend_limit_usd, period)
            if value is not None:
                parts.append(f"${value} {period}")
    return ", ".join(parts)


def format_table(records: list[KeyRecord], accounts: dict[str, AccountBalance]) -> str:
    """The ``keys list`` table: name, prefix, account, its balance now and all it was granted, limits, state.

    Keys sharing an account show that account's figures, as ``keys show`` and the admin API do.
    """
    now = utcnow()
    rows = [("NAME", "PREFIX", "ACCOUNT", "CREDITS", "GRANTED", "LIMITS", "STATE")]
    for r in records:
        view = record_view(r, now, account=accounts.get(r.account))
        rows.append((r.name, r.prefix + "…", r.account, str(view["credits"]), str(view["credits_granted"]),
                     _limits(r), view["state"]))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)


async def _accounts(settings: Settings) -> dict[str, AccountBalance]:
    """Every account's figures from the ledger the configuration names, by account name."""
    ledger = open_ledger(settings.storage.url)
    try:
        return {a.name: a for a in await ledger.accounts()}
    finally:
        await ledger.aclose()


def run_list(args: argparse.Namespace) -> int:
    """Print every key as a table, with its account's live balance."""

    async def listing(store: KeyStore, settings: Settings) -> tuple[list[KeyRecord], dict[str, AccountBalance]]:
        return await store.list(), await _accounts(settings)

    try:
        records, accounts = _with_store(args, listing)
    except _BadConfig:
        return 1
    print(format_table(records, accounts))
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one key's details (no secret, no hash), with its account's live balance."""
    import json

    async def show(store: KeyStore, settings: Settings) -> dict[str, Any] | None:
        record = await store.get(args.name)
        return None if record is None else record_view(record, account=(await _accounts(settings)).get(record.account))

    try:
        view = _with_store(args, show)
    except _BadConfig:
        return 1
    if view is None:
        print(f"error: no key named {args.name!r}", file=sys.stderr)
        return 1
    print(json.dumps(view, indent=2))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    """Revoke a key; running servers refuse it within their auth cache TTL (2 s)."""
    try:
        found = _with_store(args, lambda store, _: store.revoke(args.name, utcnow()))
    except _BadConfig:
        return 1
    if not found:
        print(f"error: no key named {args.name!r}", file=sys.stderr)
        return 1
    print(f"Revoked key {args.name!r}.")
    return 0
