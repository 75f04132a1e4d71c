"""What several sub-commands share: finding and loading the configuration."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from proxyify_asgi.settings import ConfigurationError, Settings

DEFAULT_CONFIG = "proxyify.toml"


def config_path(explicit: str | None) -> Path | None:
    """``--config``, else ``$PROXYIFY_CONFIG``, else ``./proxyify.toml`` if it exists, else None (demo)."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("PROXYIFY_CONFIG")
    if env:
        return Path(env)
    local = Path(DEFAULT_CONFIG)
    return local if local.exists() else None


def load_settings(explicit: str | None) -> Settings | None:
    """The settings to run with (demo if no file); prints the problems and returns None if invalid."""
    path = config_path(explicit)
    try:
        return Settings.from_toml(path) if path else Settings.demo()
    except ConfigurationError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return None
