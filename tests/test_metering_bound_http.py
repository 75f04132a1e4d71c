"""The credit hold bounds what a request can be charged, so no key's balance goes below zero.

Audit 10 found that images, tool definitions and tool calls were held at nothing: a request with a
2,000-word image URL was held 34 credits and charged 2,024, and concurrent ones drove a balance
to -530. The fake upstream bills those words as prompt tokens, as a provider bills an image.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from proxyify_asgi import create_app
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from tests.fakes.server import serve

SECRET = "pk-bound-tests-0001"
CREDITS = 3000


def settings(upstream_url: str, db: str) -> Settings:
    """1 credit per input token, 2 per output token, outputs capped at 100 tokens."""
    return Settings.from_dict({
        "gateway": {"usd_per_credit": 0.001},
        "providers": {"fake": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-upstream-secret-xyz"}},
        "models": [{"id": "test/gpt-test", "price": {"input_per_mtok": 1000, "output_per_mtok": 2000},
                    "max_output_tokens": 100, "routes": [{"provider": "fake", "model": "gpt-test"}]}],
        "keys": [{"name": "tight", "key": SECRET, "credits": CREDITS}],
        "storage": {"url": f"sqlite:///{db}"},
    })


def image_request(words: int) -> dict[str, Any]:
    url = "https://example.com/x.png?" + "a " * words
    return {"model": "test/gpt-test", "max_tokens": 10, "messages": [{"role": "user", "content": [
        {"type": "text", "text": "describe"}, {"type": "image_url", "image_url": {"url": url}}]}]}


def tools_request(words: int) -> dict[str, Any]:
    tool = {"type": "function", "function": {"name": "lookup", "description": "w " * words,
                                             "parameters": {"type": "object", "properties": {}}}}
    return {"model": "test/gpt-test", "max_tokens": 10, "tools": [tool],
            "messages": [{"role": "user", "content": "hi " + "w " * words}]}


async def test_concurrent_requests_with_images_never_take_the_balance_below_zero(fake_openai, tmp_path):
    db = str(tmp_path / "bound.db")
    with serve(create_app(settings(fake_openai[1], db))) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30, headers={"authorization": f"Bearer {SECRET}"}) as client:
            bodies = [image_request(1000) for _ in range(8)] + [tools_request(600) for _ in range(8)]
            for _ in range(8):  # audit 12: an image part with "text": "" was held as an empty text
                body = image_request(1000)
                body["messages"][0]["content"][1]["text"] = ""
                bodies.append(body)
            responses = await asyncio.gather(*(client.post("/v1/chat/completions", json=b) for b in bodies))
            after = (await client.get("/v1/balance")).json()["data"]
    ok = [r for r in responses if r.status_code == 200]
    assert ok, [r.text for r in responses]
    assert {r.status_code for r in responses} <= {200, 402}
    charged = sum(r.json()["_balancer"]["credits_used"] for r in ok)
    assert min(r.json()["_balancer"]["input_tokens"] for r in ok) > 600  # the fake billed the words
    assert after["credits"] == CREDITS - charged >= 0
    assert after["reserved"] == 0
    ledger = SqliteLedger(db)
    settles = [e for e in await ledger.entries(account="key:tight") if e.kind == "settle"]
    await ledger.aclose()
    assert len(settles) == len(ok)
    assert all(e.credits <= e.held for e in settles), [(e.credits, e.held) for e in settles]


async def test_a_request_whose_image_alone_exceeds_the_balance_is_refused_up_front(fake_openai, tmp_path):
    with serve(create_app(settings(fake_openai[1], str(tmp_path / "one.db")))) as url:
        headers = {"authorization": f"Bearer {SECRET}"}
        small = httpx.post(url + "/v1/chat/completions", json=image_request(10), headers=headers, timeout=10)
        before = httpx.get(url + "/v1/balance", headers=headers).json()["data"]["credits"]
        body = image_request(10)
        body["messages"][0]["content"] += [body["messages"][0]["content"][1]]  # a second image
        refused = httpx.post(url + "/v1/chat/completions", json=body, headers=headers, timeout=10)
        after = httpx.get(url + "/v1/balance", headers=headers).json()["data"]["credits"]
    assert small.status_code == 200  # one image (2,500 tokens held) fits in 3,000 credits
    assert refused.status_code == 402  # two do not, whatever the upstream would have billed
    assert refused.json()["error"]["metadata"]["required_credits"] > CREDITS
    assert after == before
