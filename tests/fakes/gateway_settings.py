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


TEST_PRICE = {"input_per_mtok": 1000, "output_per_mtok": 2000}
"""A price that makes small answers cost whole credits: 10 input + 5 output tokens = $0.02."""
CHAOS_ANSWER_CREDITS = 20
"""Credits of one ChaosUpstream answer (10 prompt, 5 completion tokens) at TEST_PRICE and $0.001/credit."""


def parse_sse(text: str) -> list[Any]:
    """The ``data:`` payloads of an SSE body: JSON objects, and ``"[DONE]"``."""
    import orjson

    events: list[Any] = []
    for block in text.split("\n\n"):
        for line in block.splitlines():
            if line.startswith("data: "):
                data = line[6:]
                events.append("[DONE]" if data == "[DONE]" else orjson.loads(data))
    return events
