"""The tokens_per_minute limit through the whole gateway on a real socket, against the fake OpenAI upstream.

The limit holds what metering reserves for: the prompt estimate plus the request's output cap
(``max_tokens`` capped by the model's ``max_output_tokens``, that cap when absent, times ``n``), and
settles at the upstream's real usage after the call. A request that can never fit is a 400, not a 429.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from proxyify_asgi.app import create_app
from proxyify_asgi.pricing import estimate_prompt_tokens
from proxyify_asgi.settings import Settings
from tests.fakes.openai_upstream import FakeOpenAI
from tests.fakes.server import serve

KEY = "pk-token-limit-tests-01"
AUTH = {"authorization": f"Bearer {KEY}"}
LIMIT = 100
CAP = 50  # max_output_tokens of the test/* models below, under LIMIT
SLOW_UPSTREAM = "slow-1"  # the fake answers after 1 s: long enough to send other requests meanwhile


def settings(upstream_url: str) -> Settings:
    route = {"provider": "fake"}
    return Settings.from_dict({
        "gateway": {"usd_per_credit": 0.001},
        "providers": {"fake": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-upstream-secret-xyz"}},
        "models": [
            {"id": "test/slow", "max_output_tokens": CAP, "routes": [{**route, "model": SLOW_UPSTREAM}]},
            {"id": "test/fast", "max_output_tokens": CAP, "routes": [{**route, "model": "gpt-test"}]},
            {"id": "test/big", "max_output_tokens": 2 * LIMIT, "routes": [{**route, "model": "gpt-test"}]},
        ],
        "keys": [{"name": "tpm", "key": KEY, "credits": 10**9, "tokens_per_minute": LIMIT}],
        "storage": {"url": "memory://"},
    })


@pytest.fixture()
def gateway(fake_openai: tuple[FakeOpenAI, str]) -> Iterator[tuple[str, FakeOpenAI]]:
    """A fresh gateway (fresh token window) in front of the session's fake upstream."""
    fake, upstream_url = fake_openai
    with serve(create_app(settings(upstream_url))) as url:
        yield url, fake


def chat(model: str, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "hi"}], **extra}


PROMPT = estimate_prompt_tokens(chat("test/fast"))


async def until_upstream_has(fake: FakeOpenAI, model: str, count: int) -> None:
    deadline = time.monotonic() + 5
    while sum(r["body"].get("model") == model for r in fake.requests) < count:
        assert time.monotonic() < deadline, "the upstream never received the request"
        await asyncio.sleep(0.01)


def token_refusal(r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 429, r.text
    meta = r.json()["error"]["metadata"]
    assert meta["limit"] == "tokens"
    return meta


async def test_without_max_tokens_the_models_output_cap_is_held_for_the_whole_call(gateway) -> None:
    url, fake = gateway
    already = sum(r["body"].get("model") == SLOW_UPSTREAM for r in fake.requests)
    async with httpx.AsyncClient(base_url=url, headers=AUTH, timeout=10) as client:
        in_flight = asyncio.create_task(client.post("/v1/chat/completions", json=chat("test/slow")))
        await until_upstream_has(fake, SLOW_UPSTREAM, already + 1)
        # It holds PROMPT + CAP (62 of 100): a second such request does not fit while it runs. Holding the
        # prompt alone (12) let any number of them stream at once, each producing up to CAP tokens.
        second = token_refusal(await client.post("/v1/chat/completions", json=chat("test/fast")))
        assert second["requested_tokens"] == PROMPT + CAP
        assert second["remaining_tokens"] == LIMIT - (PROMPT + CAP)
        # An explicit max_tokens above the model's cap counts as the cap, as metering prices it.
        huge = token_refusal(await client.post("/v1/chat/completions", json=chat("test/fast", max_tokens=10**6)))
        assert huge["requested_tokens"] == PROMPT + CAP
        assert (await in_flight).status_code == 200
        # After the call the hold became the upstream's real usage ("hi": 4 prompt + 6 completion tokens),
        # so a request holding exactly the other 90 fits.
        fits = chat("test/fast", max_tokens=LIMIT - 10 - PROMPT)
        assert (await client.post("/v1/chat/completions", json=fits)).status_code == 200


async def test_the_output_cap_is_held_for_each_of_n_choices(gateway) -> None:
    url, _ = gateway
    async with httpx.AsyncClient(base_url=url, headers=AUTH, timeout=10) as client:
        r = await client.post("/v1/chat/completions", json=chat("test/fast", max_tokens=45, n=2))
    assert r.status_code == 400, r.text
    assert r.json()["error"]["metadata"]["requested_tokens"] == PROMPT + 2 * 45
    assert "lower max_tokens or n" in r.json()["error"]["message"]


@pytest.mark.parametrize(("extra", "advice"), [
    ({"max_tokens": 2 * LIMIT}, "lower max_tokens"),
    ({"max_completion_tokens": 2 * LIMIT}, "lower max_tokens"),
    ({}, "set a lower max_tokens"),  # the model's own cap (200) is more than the key allows
])
async def test_a_request_that_can_never_fit_is_a_400_not_a_retryable_429(gateway, extra, advice) -> None:
    url, fake = gateway
    asked = len(fake.requests)
    async with httpx.AsyncClient(base_url=url, headers=AUTH, timeout=10) as client:
        r = await client.post("/v1/chat/completions", json=chat("test/big", **extra))
        assert r.status_code == 400, r.text
        assert "retry-after" not in r.headers
        error = r.json()["error"]
        assert error["code"] == 400
        assert error["metadata"] == {
            "limit": "tokens", "tokens_per_minute": LIMIT, "requested_tokens": PROMPT + 2 * LIMIT,
            "prompt_tokens_estimate": PROMPT, "output_tokens_cap": 2 * LIMIT,
        }
        assert f"up to {PROMPT + 2 * LIMIT} tokens" in error["message"]
        assert f"tokens_per_minute ({LIMIT})" in error["message"] and advice in error["message"]
        assert len(fake.requests) == asked  # nothing was forwarded
        # It held nothing: a request using the whole limit still fits.
        assert (await client.post("/v1/chat/completions",
                                  json=chat("test/big", max_tokens=LIMIT - PROMPT))).status_code == 200
