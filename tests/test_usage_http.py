"""Upstream usage that lies, through a real socket (audit 15, items 2, 3 and 6).

A fake upstream reports usage above the request's cap, absurd, negative, of the wrong type or
none at all. Each answer must be a normal 200 (a complete stream ends with ``[DONE]``), charged
exactly what its ``_balancer`` says: the upstream's usage when believable, capped to the hold; the
estimate otherwise. The ledger must then show that charge and no open reservation.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_rules import derived_balance
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.usage import approx_answer_tokens, approx_prompt_tokens
from tests.fakes.gateway_settings import parse_sse
from tests.fakes.lying_upstream import ANSWER, USAGES, WORDS, LyingUpstream
from tests.fakes.server import serve

SECRET = "pk-usage-tests-0001"
CREDITS = 1_000_000
UNKNOWN = ["missing", "null", "empty", "negative", "string-count", "float-count", "bool-count", "list-count",
           "string-usage", "list-usage", "absurd"]
"""Usages the gateway cannot believe: priced as estimated."""
OVER_CAP = ["over-cap", "huge"]
"""Believable usages above what the request may produce: charged its hold."""


@pytest.fixture(scope="module")
def liar() -> Iterator[str]:
    with serve(LyingUpstream().app()) as url:
        yield url + "/v1"


def settings(upstream_url: str, db: Path, keys: list[dict[str, Any]]) -> Settings:
    """1 credit per input token, 2 per output token; outputs capped at 100 tokens."""
    return Settings.from_dict({
        "gateway": {"usd_per_credit": 0.001},
        "providers": {"liar": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-liar"}},
        "models": [{"id": f"test/{name}", "price": {"input_per_mtok": 1000, "output_per_mtok": 2000},
                    "max_output_tokens": 100, "routes": [{"provider": "liar", "model": name}]} for name in USAGES],
        "keys": keys,
        "storage": {"url": f"sqlite:///{db}"},
    })


@pytest.fixture(scope="module")
def gateway(liar: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    db = tmp_path_factory.mktemp("usage") / "usage.db"
    with serve(create_app(settings(liar, db, [{"name": "user", "key": SECRET, "credits": CREDITS}]))) as url:
        yield url, db


def body(case: str, stream: bool) -> dict[str, Any]:
    return {"model": f"test/{case}", "max_tokens": 10, "stream": stream,
            "messages": [{"role": "user", "content": "What is the answer?"}]}


async def call(url: str, secret: str, payload: dict[str, Any]) -> tuple[httpx.Response, dict[str, Any], list[Any]]:
    """The response, its ``_balancer`` block and (a stream) its events."""
    async with httpx.AsyncClient(base_url=url, timeout=30, headers={"authorization": f"Bearer {secret}"}) as client:
        r = await client.post("/v1/chat/completions", json=payload)
    if not payload["stream"]:
        return r, r.json().get("_balancer", {}), []
    events = parse_sse(r.text)
    return r, (events[-2].get("_balancer", {}) if len(events) > 1 else {}), events


async def ledger_lines(db: Path, request_id: str) -> tuple[Any, Any]:
    """The reserve and the settle line of one request, and checks no hold is left open."""
    ledger = SqliteLedger(db)
    try:
        entries = await ledger.entries(account="key:user")
        assert derived_balance(entries)[1] == 0
        assert (await ledger.spend("user")).reserved == 0
    finally:
        await ledger.aclose()
    reserve = next(e for e in entries if e.kind == "reserve" and e.note == request_id)
    settles = [e for e in entries if e.kind == "settle" and e.reservation_id == reserve.reservation_id]
    assert len(settles) == 1
    return reserve, settles[0]


async def balance(url: str) -> int:
    async with httpx.AsyncClient(base_url=url, headers={"authorization": f"Bearer {SECRET}"}) as client:
        data = (await client.get("/v1/balance")).json()["data"]
    assert data["reserved"] == 0
    return data["credits"]


def check_answer(r: httpx.Response, events: list[Any], stream: bool) -> None:
    assert r.status_code == 200, r.text
    if stream:
        assert events[-1] == "[DONE]" and not any("error" in e for e in events if isinstance(e, dict))
        assert "".join(e["choices"][0]["delta"].get("content", "") for e in events[:-2]) == ANSWER
    else:
        assert r.json()["data"]["choices"][0]["message"]["content"] == ANSWER


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
@pytest.mark.parametrize("case", UNKNOWN)
async def test_unknown_usage_is_estimated_and_charged_exactly(gateway, case, stream, caplog) -> None:
    url, db = gateway
    before = await balance(url)
    payload = body(case, stream)
    r, block, events = await call(url, SECRET, payload)
    check_answer(r, events, stream)
    # the stream's estimate: one token per content chunk; a JSON answer's: its text at ~4 bytes a token
    output = len(WORDS) if stream else approx_answer_tokens({"choices": [{"message": {"content": ANSWER}}]})
    tokens = {"prompt_tokens": approx_prompt_tokens(payload), "completion_tokens": output}
    credits = tokens["prompt_tokens"] + 2 * output
    assert (block["input_tokens"], block["output_tokens"]) == (tokens["prompt_tokens"], output)
    assert block["credits_used"] == credits and Decimal(str(block["cost_usd"])) == credits * Decimal("0.001")
    shown = events[-2]["usage"] if stream else r.json()["data"]["usage"]
    assert shown == {**tokens, "total_tokens": tokens["prompt_tokens"] + output}
    assert await balance(url) == before - credits
    reserve, settle = await ledger_lines(db, r.headers["x-request-id"])
    assert settle.credits == credits and settle.cost_usd == credits * Decimal("0.001") and settle.held == reserve.credits
    assert (settle.usage.input_tokens, settle.usage.output_tokens) == (tokens["prompt_tokens"], output)
    assert not [rec for rec in caplog.records if rec.levelno >= logging.ERROR], caplog.text


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
@pytest.mark.parametrize("case", OVER_CAP)
async def test_usage_above_the_cap_is_charged_the_hold(gateway, case, stream, caplog) -> None:
    url, db = gateway
    before = await balance(url)
    r, block, events = await call(url, SECRET, body(case, stream))
    check_answer(r, events, stream)
    reserve, settle = await ledger_lines(db, r.headers["x-request-id"])
    assert reserve.credits < 200  # a prompt bound of a few dozen tokens and 10 output tokens
    assert block["output_tokens"] == USAGES[case]["completion_tokens"]  # what the upstream said...
    assert block["credits_used"] == settle.credits == reserve.credits  # ...charged at most its hold
    assert Decimal(str(block["cost_usd"])) == settle.cost_usd == reserve.cost_usd
    assert await balance(url) == before - reserve.credits
    assert "capped to its hold" in caplog.text and "What is the answer" not in caplog.text


async def test_the_honest_upstream_is_charged_its_usage(gateway) -> None:
    url, db = gateway
    for stream in (False, True):
        r, block, events = await call(url, SECRET, body("honest", stream))
        check_answer(r, events, stream)
        assert block["credits_used"] == 5 + 2 * 6
        _reserve, settle = await ledger_lines(db, r.headers["x-request-id"])
        assert settle.credits == 17


async def test_concurrent_lies_pass_neither_the_balance_nor_the_spending_limit(liar: str, tmp_path: Path) -> None:
    # Audit 15: holds of 48 credits settled at 810 took a balance to -754 and a key with a daily
    # limit of 0.5 USD to 4.27 USD.
    keys = [{"name": "poor", "key": "pk-usage-poor-0001", "credits": 200},
            {"name": "capped", "key": "pk-usage-capped-0001", "credits": 100_000, "spend_limit_usd": {"daily": 0.2}}]
    db = tmp_path / "lies.db"
    with serve(create_app(settings(liar, db, keys))) as url:
        for secret in ("pk-usage-poor-0001", "pk-usage-capped-0001"):
            payloads = [body("over-cap" if i % 2 else "huge", bool(i % 3)) for i in range(12)]
            results = await asyncio.gather(*(call(url, secret, p) for p in payloads))
            assert {r.status_code for r, _b, _e in results} == {200, 402}
    ledger = SqliteLedger(db)
    try:
        poor, capped = await ledger.balance("key:poor"), await ledger.spend("capped")
        entries = await ledger.entries()
    finally:
        await ledger.aclose()
    assert 0 <= poor < 200
    assert Decimal(0) < capped.daily <= Decimal("0.2") and capped.reserved == 0
    assert all(e.credits <= e.held for e in entries if e.kind == "settle")
    assert derived_balance(entries)[1] == 0
