"""Shared fixtures: a fake OpenAI-compatible upstream on a real socket, and gateway settings for it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from proxyify_asgi.settings import Settings
from tests.fakes.openai_upstream import FakeOpenAI
from tests.fakes.server import free_port, serve

TEST_KEY = "pk-test-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TEST_KEY}"}

UPSTREAM_MODELS = ("gpt-test", "cut", "no-done", "no-finish", "garbage", "drip", "error-500", "error-429", "error-401")


@pytest.fixture(scope="session")
def fake_openai() -> Iterator[tuple[FakeOpenAI, str]]:
    """One fake OpenAI upstream for the session: (its recorder, its base URL ending in /v1)."""
    fake = FakeOpenAI(api_key="sk-upstream-secret-xyz")
    with serve(fake.app()) as url:
        yield fake, url + "/v1"


def settings_for(upstream_url: str, **gateway: Any) -> Settings:
    """Gateway settings whose ``test/<name>`` models route to the fake upstream's behaviours."""
    models: list[dict[str, Any]] = [
        {
            "id": f"test/{name}",
            "price": {"input_per_mtok": 2.5, "output_per_mtok": 10},
            "routes": [{"provider": "fake", "model": name}],
        }
        for name in UPSTREAM_MODELS
    ]
    models += [
        {"id": "test/slow", "routes": [{"provider": "fake", "model": "slow-3", "timeout_s": 0.5}]},
        {"id": "test/unreachable", "routes": [{"provider": "closed", "model": "gpt-test"}]},
        {"id": "test/no-routes", "routes": []},
    ]
    return Settings.from_dict({
        "gateway": {"usd_per_credit": 0.001, **gateway},
        "providers": {
            "fake": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-upstream-secret-xyz"},
            "closed": {"kind": "openai", "base_url": f"http://127.0.0.1:{free_port()}/v1", "api_key": "sk-x"},
        },
        "models": models,
        "keys": [{"name": "tester", "key": TEST_KEY, "credits": 1_000_000_000}],
        "storage": {"url": "memory://"},
    })


@pytest.fixture()
def upstream_settings(fake_openai: tuple[FakeOpenAI, str]) -> Settings:
    """Settings for the fake upstream with the default (proxyify) envelope."""
    return settings_for(fake_openai[1])


@pytest.fixture(scope="session")
def redis_server_url() -> Iterator[str]:
    """A real redis-server on 127.0.0.1 for the session (see tests/redis_server.py)."""
    from tests.redis_server import redis_server

    with redis_server() as url:
        yield url


@pytest.fixture
def redis_url(redis_server_url: str) -> str:
    """The session's Redis server, emptied for this test."""
    from tests.redis_server import flush

    flush(redis_server_url)
    return redis_server_url
