"""Settings for tests that run the whole gateway: a funded test key, a private database, no limits
that a load test would trip. The key is sent even where no auth middleware is composed yet, so the
tests keep passing once the full middleware chain is in ``create_app``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from proxyify_asgi.settings import Settings

TEST_KEY = "pk-routing-tests-0001"
AUTH = {"authorization": f"Bearer {TEST_KEY}"}


def gateway_settings(tmp_path: Path, providers: dict[str, Any], models: list[dict[str, Any]], **tables: Any) -> Settings:
    """A validated :class:`Settings` for ``providers`` and ``models`` plus any extra tables."""
    data: dict[str, Any] = {
        "storage": {"url": f"sqlite:///{tmp_path / 'proxyify.db'}"},
        "rate_limits": {"default": "1000000/minute"},
        "providers": providers,
        "models": models,
        "keys": [{"name": "routing-tests", "key": TEST_KEY, "credits": 10**12, "rate_limit": "1000000/minute"}],
    }
    for name, table in tables.items():
        data[name] = {**data.get(name, {}), **table}
    return Settings.from_dict(data)
