"""Both upstream clients (aiohttp fast path, httpx) behave the same, and tests can inject MockTransport."""

from __future__ import annotations

import httpx
import orjson
import pytest

from proxyify_asgi import create_app
from tests.conftest import AUTH, settings_for
from tests.fakes.server import serve

MSG = [{"role": "user", "content": "Hi"}]


@pytest.fixture(params=["aiohttp", "httpx"])
def gateway_url(request, fake_openai):
    with serve(create_app(settings_for(fake_openai[1], http_transport=request.param))) as url:
        yield url


def chat(url: str, **body) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", json={"messages": MSG, **body}, headers=AUTH, timeout=10)


def test_same_behaviour_on_both_transports(gateway_url):
    assert chat(gateway_url, model="test/gpt-test").json()["_balancer"]["output_tokens"] == 6
    stream = chat(gateway_url, model="test/gpt-test", stream=True).text
    assert stream.rstrip().endswith("data: [DONE]")
    cut = chat(gateway_url, model="test/cut", stream=True).text
    assert "[DONE]" not in cut and '"code":502' in cut
    assert chat(gateway_url, model="test/slow").status_code == 408
    assert chat(gateway_url, model="test/unreachable").status_code == 503
    assert chat(gateway_url, model="test/error-500").status_code == 502


async def test_mock_transport_sees_the_upstream_request(upstream_settings):
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={
            "id": "x", "object": "chat.completion", "created": 0, "model": "gpt-test",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "mocked"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1000, "completion_tokens": 1000, "total_tokens": 2000},
        })

    app = create_app(upstream_settings, transport=httpx.MockTransport(handler))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        r = await client.post("/v1/chat/completions", headers=AUTH, json={
            "model": "test/gpt-test", "messages": MSG, "temperature": 0.5, "cache": True,
        })
    await app.gateway.aclose()
    assert r.status_code == 200
    # 1000 * 2.5/1e6 + 1000 * 10/1e6 = 0.0125 USD = 12.5 credits -> 13 credits, 0.013 USD
    assert r.json()["_balancer"]["credits_used"] == 13 and r.json()["_balancer"]["cost_usd"] == 0.013
    sent = orjson.loads(seen[0].content)
    assert sent == {"messages": MSG, "temperature": 0.5, "model": "gpt-test"}  # gateway-only fields dropped
    assert seen[0].headers["authorization"] == "Bearer sk-upstream-secret-xyz"
