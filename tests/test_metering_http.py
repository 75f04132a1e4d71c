"""Metering through a real socket: the gateway under uvicorn, the demo provider, httpx clients."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi.app import create_app
from proxyify_asgi.usage import approx_prompt_tokens
from proxyify_asgi.pricing import chat_cost, to_credits
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger import open_ledger
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import KeyStore
from tests.fakes.server import serve

USD_PER_CREDIT = Decimal("0.00001")
MODEL = "openai/gpt-4o"


def gateway_settings(tmp_path: Path, keys: list[dict[str, Any]], token_delay_ms: int = 0,
                     storage_url: str | None = None) -> Settings:
    return Settings.demo(
        gateway={"usd_per_credit": float(USD_PER_CREDIT), "http_transport": "httpx"},
        storage={"url": storage_url or f"sqlite:///{tmp_path}/gateway.db"},
        providers={"demo": {"kind": "demo", "options": {"token_delay_ms": token_delay_ms}}},
        keys=keys,
    )


@contextmanager
def running(settings: Settings, key_store: KeyStore | None = None) -> Iterator[str]:
    """The whole gateway (real AuthMiddleware, keys seeded from ``settings``) on a real socket."""
    with serve(create_app(settings, key_store=key_store)) as url:
        yield url


def chat_body(text: str = "Hello there", **extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": text}], "max_tokens": 50, **extra}


async def fire(url: str, secret: str, count: int) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        headers = {"authorization": f"Bearer {secret}"}
        return await asyncio.gather(*(
            client.post("/v1/chat/completions", json=chat_body(f"question {i}"), headers=headers)
            for i in range(count)
        ))


async def balance(url: str, secret: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=url) as client:
        r = await client.get("/v1/balance", headers={"authorization": f"Bearer {secret}"})
    assert r.status_code == 200, r.text
    return r.json()["data"]


@pytest.mark.parametrize("storage", ["sqlite", "redis"])
async def test_200_concurrent_requests_never_overspend_the_balance(
    tmp_path: Path, storage: str, request: pytest.FixtureRequest
) -> None:
    # On Redis: keys, ledger and everything else of the gateway in a real redis-server.
    redis_url = request.getfixturevalue("redis_url") if storage == "redis" else None
    settings = gateway_settings(tmp_path, [{"name": "poor", "key": "pk-poor-secret", "credits": 1500}],
                                storage_url=redis_url)
    with running(settings) as url:
        responses = await fire(url, "pk-poor-secret", 200)
        after = await balance(url, "pk-poor-secret")
    ok = [r for r in responses if r.status_code == 200]
    refused = [r for r in responses if r.status_code != 200]
    assert ok and refused
    assert {r.status_code for r in refused} == {402}
    assert {r.json()["error"]["message"] for r in refused} == {"Insufficient credits. Please top up your balance."}
    charged = sum(r.json()["_balancer"]["credits_used"] for r in ok)
    assert charged > 0
    assert after["credits"] == 1500 - charged >= 0
    assert after["reserved"] == 0
    ledger = open_ledger(settings.storage.url)
    settles = [e for e in await ledger.entries(account="key:poor") if e.kind == "settle"]
    await ledger.aclose()
    assert sorted(e.usage.request_id for e in settles) == sorted(r.headers["x-request-id"] for r in ok)


async def test_200_concurrent_requests_never_pass_a_daily_spend_limit(tmp_path: Path) -> None:
    keys = [{"name": "capped", "key": "pk-capped-secret", "credits": 10_000_000, "spend_limit_usd": {"daily": 0.01}}]
    with running(gateway_settings(tmp_path, keys)) as url:
        responses = await fire(url, "pk-capped-secret", 200)
        after = await balance(url, "pk-capped-secret")
    ok = [r for r in responses if r.status_code == 200]
    refused = [r for r in responses if r.status_code != 200]
    assert ok and refused and {r.status_code for r in refused} == {402}
    errors = [r.json()["error"] for r in refused]
    assert {e["metadata"]["limit"] for e in errors} == {"daily"}
    assert all(e["message"].startswith("Spending limit reached") for e in errors)
    spent = sum(Decimal(str(r.json()["_balancer"]["cost_usd"])) for r in ok)
    assert spent <= Decimal("0.01")
    assert Decimal(str(after["spend_usd"]["daily"])) == spent
    assert after["credits"] == 10_000_000 - sum(r.json()["_balancer"]["credits_used"] for r in ok)
    assert after["limits"]["spend_usd"]["daily"] == 0.01


async def test_client_disconnect_mid_stream_is_charged_for_delivered_tokens_only(tmp_path: Path) -> None:
    keys = [{"name": "streamer", "key": "pk-streamer-secret", "credits": 1_000_000}]
    body = chat_body("Tell me a long story please", stream=True, max_tokens=200)
    read_tokens = 5
    with running(gateway_settings(tmp_path, keys, token_delay_ms=120)) as url:
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            headers = {"authorization": "Bearer pk-streamer-secret"}
            async with client.stream("POST", "/v1/chat/completions", json=body, headers=headers) as r:
                assert r.status_code == 200
                request_id = r.headers["x-request-id"]
                seen = 0
                async for line in r.aiter_lines():
                    if line.startswith("data: ") and json.loads(line[6:])["choices"][0]["delta"].get("content"):
                        seen += 1
                        if seen == read_tokens:
                            break  # leaving the block closes the connection mid-stream
        after = await _settled_balance(url, "pk-streamer-secret")
    expected = to_credits(chat_cost(settings_price(), approx_prompt_tokens(body), read_tokens), USD_PER_CREDIT)
    assert after["credits"] == 1_000_000 - expected
    ledger = SqliteLedger(tmp_path / "gateway.db")
    [settle] = [e for e in await ledger.entries(key="streamer") if e.kind == "settle"]
    await ledger.aclose()
    assert settle.usage is not None
    assert (settle.usage.request_id, settle.usage.status) == (request_id, "partial")
    assert (settle.usage.output_tokens, settle.credits) == (read_tokens, expected)


def settings_price() -> Any:
    model = Settings.demo().model(MODEL)
    assert model is not None
    return model.price


async def _settled_balance(url: str, secret: str) -> dict[str, Any]:
    """The balance once no reservation is open any more (settlement follows the disconnect)."""
    for _ in range(100):
        data = await balance(url, secret)
        if data["reserved"] == 0:
            return data
        await asyncio.sleep(0.05)
    pytest.fail("the cut stream was never settled")


async def test_create_app_rate_limits_before_metering(tmp_path: Path) -> None:
    keys = [{"name": "slow", "key": "pk-slow-secret", "credits": 1_000_000, "rate_limit": "1/minute"}]
    with running(gateway_settings(tmp_path, keys)) as url:
        responses = await fire(url, "pk-slow-secret", 3)
        assert sorted(r.status_code for r in responses) == [200, 429, 429]
        assert all(r.headers["x-ratelimit-limit"] == "1" for r in responses)
        ok = next(r for r in responses if r.status_code == 200)
        assert ok.headers["x-ratelimit-remaining"] == "0" and "x-balancer-credits-used" in ok.headers
    ledger = SqliteLedger(tmp_path / "gateway.db")
    kinds = [e.kind for e in await ledger.entries(key="slow")]
    await ledger.aclose()
    assert kinds == ["reserve", "settle"]  # refused requests never reached the ledger


async def test_media_requests_are_charged_what_they_report_and_video_once_on_completion(tmp_path: Path) -> None:
    keys = [{"name": "artist", "key": "pk-artist-secret", "credits": 10_000_000}]
    settings = Settings.demo(
        gateway={"usd_per_credit": float(USD_PER_CREDIT), "http_transport": "httpx"},
        storage={"url": f"sqlite:///{tmp_path}/gateway.db"},
        providers={"demo": {"kind": "demo", "options": {"video_seconds_to_complete": 0.2}}},
        keys=keys,
    )
    headers = {"authorization": "Bearer pk-artist-secret"}
    with running(settings) as url:
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=10) as client:
            image = await client.post("/v1/chat/completions", json={
                "model": "black-forest-labs/flux-1.1-pro", "messages": [{"role": "user", "content": "A sunset"}],
                "image_config": {"image_size": "2K"}})
            assert image.status_code == 200, image.text
            speech = await client.post("/v1/chat/completions", json={
                "model": "openai/gpt-4o-mini-tts", "input": "Hello, this is a TTS test.", "voice": "alloy"})
            assert speech.status_code == 200
            submit = await client.post("/v1/chat/completions", json={
                "model": "kling/kling-video-v3-pro", "prompt": "A dog on a beach", "duration": 5})
            assert submit.status_code == 200, submit.text
            assert (await balance(url, "pk-artist-secret"))["reserved"] > 0  # the job holds its credits
            job: dict[str, Any] = {}
            for _ in range(100):
                job = (await client.get(submit.json()["data"]["polling_url"])).json()
                if job["data"]["status"] in ("completed", "failed"):
                    break
                await asyncio.sleep(0.1)
            assert job["data"]["status"] == "completed"
            again = (await client.get(submit.json()["data"]["polling_url"])).json()
        after = await _settled_balance(url, "pk-artist-secret")
    charged = (image.json()["_balancer"]["credits_used"] + int(speech.headers["x-balancer-credits-used"])
               + job["_balancer"]["credits_used"])
    assert again["_balancer"]["credits_used"] == job["_balancer"]["credits_used"] > 0
    assert after["credits"] == 10_000_000 - charged
    ledger = SqliteLedger(tmp_path / "gateway.db")
    settles = [e for e in await ledger.entries(key="artist") if e.kind == "settle"]
    await ledger.aclose()
    assert len(settles) == 3  # polling twice did not charge twice
