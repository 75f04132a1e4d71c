"""The ``proxyify-asgi`` command line. Each sub-command group lives in its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from proxyify_asgi.cli import config_cmd, keys_cmd, serve_cmd

# Modules that add sub-commands: each has ``register(subparsers)``; the parser's ``func`` runs it.
COMMAND_MODULES = (serve_cmd, config_cmd, keys_cmd)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(prog="proxyify-asgi", description="AI gateway as ASGI middlewares.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``proxyify-asgi`` and ``python -m proxyify_asgi``; returns the exit code."""
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
