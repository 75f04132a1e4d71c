"""``proxyify-asgi check-config PATH``: exit 0, or one clear line per problem and exit 1."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from proxyify_asgi.settings import ConfigurationError, Settings


def register(sub: Any) -> None:
    """Add ``check-config``."""
    p = sub.add_parser("check-config", help="validate a configuration file")
    p.add_argument("path")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate ``args.path``."""
    try:
        settings = Settings.from_toml(args.path)
    except ConfigurationError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    print(f"{args.path}: OK ({len(settings.models)} models, {len(settings.providers)} providers, {len(settings.keys)} keys)")
    return 0
