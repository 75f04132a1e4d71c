"""Chaos: one model over six real local upstreams, five of them misbehaving, through the gateway
over a real socket. With one healthy route the client should not notice the others."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

from proxyify_asgi import create_app
from tests.fakes.chaos_upstream import ChaosUpstream
from tests.fakes.gateway_settings import AUTH, CHAOS_ANSWER_CREDITS, TEST_PRICE, gateway_settings, parse_sse
from tests.fakes.server import serve

MODEL = "chaos/chat"
DEADLINE_S = 6.0
FAULTY = {
    "flaky500": {"500": 0.5},
    "limited": {"429": 0.6},
    "slow": {"timeout": 0.5},
    "resetting": {"reset": 0.5},
    "cutting": {"cut": 0.5},
}


def chaos_settings(tmp_path: Path, urls: dict[str, str], strategy: str = "weighted") -> Any:
    providers = {name: {"kind": "openai", "base_url": url + "/v1", "api_key": f"sk-{name}-secret"}
                 for name, url in urls.items()}
    routes = [{"provider": name, "model": f"{name}-model", "timeout_s": 1.0} for name in urls]
    model = {"id": MODEL, "strategy": strategy, "routes": routes,
             "price": TEST_PRICE}
    routing = {"deadline_s": DEADLINE_S, "max_attempts": len(urls),
               "breaker": {"consecutive_failures": 3, "cooldown_s": 0.5}}
    return gateway_settings(tmp_path, providers, [model], routing=routing)


async def one_request(client: httpx.AsyncClient, i: int, stream: bool) -> tuple[str, dict[str, Any] | None, float]:
    """``(outcome, _balancer, seconds)``: outcome is ok, an HTTP status, error-event or hung."""
    body = {"model": MODEL, "messages": [{"role": "user", "content": f"question {i}"}], "stream": stream}
    started = time.monotonic()
    try:
        response = await client.post("/v1/chat/completions", json=body, headers=AUTH)
    except httpx.TimeoutException:
        return "hung", None, time.monotonic() - started
    except httpx.TransportError as exc:  # counted against the 99.9% like any other failure
        return f"transport:{type(exc).__name__}", None, time.monotonic() - started
    elapsed = time.monotonic() - started
    if response.status_code != 200:
        return str(response.status_code), None, elapsed
    if not stream:
        payload = response.json()
        ok = payload["data"]["choices"][0]["message"]["content"].startswith("Hello from the upstream.")
        return ("ok" if ok else "bad-body"), payload["_balancer"], elapsed
    events = parse_sse(response.text)
    if any(isinstance(e, dict) and "error" in e for e in events) or events[-1] != "[DONE]":
        return "error-event", None, elapsed
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in events[:-2])
    return ("ok" if text == "Hello from the upstream." else "bad-body"), events[-2]["_balancer"], elapsed


async def test_one_healthy_route_carries_2000_requests_through_chaos(tmp_path: Path) -> None:
    upstreams = {name: ChaosUpstream(name, faults, seed=i, retry_after=1, hang_s=1.5)
                 for i, (name, faults) in enumerate(FAULTY.items())}
    upstreams["healthy"] = ChaosUpstream("healthy")
    with ExitStack() as stack:
        urls = {name: stack.enter_context(serve(app, timeout_graceful_shutdown=1)) for name, app in upstreams.items()}
        gateway_url = stack.enter_context(serve(create_app(chaos_settings(tmp_path, urls))))
        limits = httpx.Limits(max_connections=40)
        async with httpx.AsyncClient(base_url=gateway_url, timeout=DEADLINE_S + 3, limits=limits) as client:
            gate = asyncio.Semaphore(40)

            async def bounded(i: int) -> tuple[str, dict[str, Any] | None, float]:
                async with gate:
                    return await one_request(client, i, stream=i % 4 == 0)

            results = await asyncio.gather(*(bounded(i) for i in range(2000)))

    outcomes = Counter(outcome for outcome, _, _ in results)
    assert outcomes["ok"] >= 1998, outcomes
    assert "500" not in outcomes and "hung" not in outcomes, outcomes
    assert max(seconds for _, _, seconds in results) < DEADLINE_S + 1
    # Every kind of fault really happened, and failover really ran.
    for name, faults in FAULTY.items():
        for fault in faults:
            assert upstreams[name].counts[fault] > 0, (name, upstreams[name].counts)
    balancers = [b for outcome, b, _ in results if outcome == "ok" and b is not None]
    attempts = Counter(b["attempts"] for b in balancers)
    assert sum(n for a, n in attempts.items() if a > 1) > 100, attempts
    # Failed attempts cost nothing: every answer costs exactly one answer, however many attempts.
    assert {b["credits_used"] for b in balancers} == {CHAOS_ANSWER_CREDITS}
    assert {b["model_used"] for b in balancers} == {MODEL}
    assert all(b["provider"] in upstreams for b in balancers)
    # No upstream saw the gateway-only "cache" field or another route's model name.
    assert all(body["model"] == "healthy-model" for body in upstreams["healthy"].bodies)


async def test_stream_fails_over_before_first_chunk_and_errors_after(tmp_path: Path) -> None:
    """A stream cut before its first chunk is retried elsewhere; once output has reached the client,
    a cut or a mid-stream 429 ends it with an error event promptly (no hang, no spin, no [DONE])."""
    upstreams = {
        "cutting": ChaosUpstream("cutting", {"cut": 1.0}),
        "midcut": ChaosUpstream("midcut", {"midstream": 1.0}),
        "mid429": ChaosUpstream("mid429", {"midstream_429": 1.0}),
        "healthy": ChaosUpstream("healthy"),
    }
    with ExitStack() as stack:
        urls = {name: stack.enter_context(serve(app)) for name, app in upstreams.items()}
        providers = {name: {"kind": "openai", "base_url": url + "/v1"} for name, url in urls.items()}

        def model(model_id: str, first: str) -> dict[str, Any]:
            return {"id": model_id, "routes": [{"provider": first, "model": "m"},
                                               {"provider": "healthy", "model": "m", "priority": 1}]}

        settings = gateway_settings(tmp_path, providers, [model("m/cut", "cutting"), model("m/midcut", "midcut"),
                                                          model("m/mid429", "mid429")])
        gateway_url = stack.enter_context(serve(create_app(settings)))
        async with httpx.AsyncClient(base_url=gateway_url, timeout=10) as client:
            async def stream(model_id: str) -> tuple[list[Any], float]:
                started = time.monotonic()
                body = {"model": model_id, "messages": [{"role": "user", "content": "hi"}], "stream": True}
                response = await client.post("/v1/chat/completions", json=body, headers=AUTH)
                assert response.status_code == 200
                return parse_sse(response.text), time.monotonic() - started

            events, _ = await stream("m/cut")
            assert events[-1] == "[DONE]" and events[-2]["_balancer"]["provider"] == "healthy"
            assert events[-2]["_balancer"]["attempts"] == 2
            for model_id in ("m/midcut", "m/mid429"):
                events, seconds = await stream(model_id)
                assert "[DONE]" not in events
                assert "error" in events[-1] and events[-1]["error"]["code"] == 502
                assert [e["choices"][0]["delta"].get("content") for e in events[1:-1]] == ["Hello", " from"]
                assert seconds < 2
    assert upstreams["healthy"].counts["ok"] == 1  # committed streams are never replayed elsewhere
