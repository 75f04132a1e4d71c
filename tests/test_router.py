"""Router behaviour: failover rules, Retry-After, deadline, retry budget, 503s, labels and figures.

Upstreams are ``httpx.MockTransport`` handlers speaking the OpenAI wire format, keyed by host.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.app import ProxyifyApp
from tests.fakes.gateway_settings import AUTH, gateway_settings

Handler = Callable[[httpx.Request], Any]


def completion(text: str) -> dict[str, Any]:
    return {"id": "c1", "object": "chat.completion", "created": 1, "model": "up",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}


class Upstreams:
    """Per-host scripted answers; records every call by host."""

    def __init__(self, script: dict[str, Handler]) -> None:
        self.script = script
        self.calls: Counter[str] = Counter()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        self.calls[host] += 1
        answer = self.script[host](request)
        if asyncio.iscoroutine(answer):
            answer = await answer
        return answer


def ok(text: str) -> Handler:
    return lambda request: httpx.Response(200, json=completion(text))


def status(code: int, headers: dict[str, str] | None = None) -> Handler:
    return lambda request: httpx.Response(code, json={"error": {"message": f"status {code}"}}, headers=headers)


def build(tmp_path: Path, upstreams: Upstreams, routes: list[dict[str, Any]], **routing: Any) -> ProxyifyApp:
    providers = {host: {"kind": "openai", "base_url": f"http://{host}/v1", "api_key": "sk-test"} for host in upstreams.script}
    model = {"id": "m/chat", "routes": routes, "price": {"input_per_mtok": 1, "output_per_mtok": 1}}
    settings = gateway_settings(tmp_path, providers, [model], routing=routing)
    return create_app(settings, transport=httpx.MockTransport(upstreams))


async def post(app: ProxyifyApp, **extra: Any) -> httpx.Response:
    body = {"model": "m/chat", "messages": [{"role": "user", "content": "hi"}], **extra}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw") as client:
        return await client.post("/v1/chat/completions", json=body, headers=AUTH)


async def test_fails_over_on_5xx_and_labels_the_answer(tmp_path: Path) -> None:
    ups = Upstreams({"a": status(503), "b": ok("from b")})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x"}, {"provider": "b", "model": "y", "model_used": "m/chat-b"}])
    response = await post(app)
    assert response.status_code == 200
    payload = response.json()
    assert payload["data"]["choices"][0]["message"]["content"] == "from b"
    balancer = payload["_balancer"]
    assert (balancer["provider"], balancer["attempts"], balancer["model_used"]) == ("b", 2, "m/chat-b")
    assert response.headers["x-balancer-model-used"] == "m/chat-b"


async def test_client_errors_are_not_retried_elsewhere(tmp_path: Path) -> None:
    ups = Upstreams({"a": status(400), "b": ok("from b")})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x"}, {"provider": "b", "model": "y"}])
    response = await post(app)
    assert response.status_code == 502
    assert response.json()["error"]["metadata"]["provider_status"] == 400
    assert ups.calls == Counter({"a": 1})


async def test_short_retry_after_is_waited_out_on_the_same_route(tmp_path: Path) -> None:
    answers = iter([status(429, {"retry-after": "0.2"}), ok("second try")])
    ups = Upstreams({"a": lambda request: next(answers)(request), "b": ok("from b")})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x", "max_retries": 1}, {"provider": "b", "model": "y"}],
                max_retry_after_s=1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    response = await post(app)
    assert response.json()["data"]["choices"][0]["message"]["content"] == "second try"
    assert loop.time() - started >= 0.2
    assert ups.calls == Counter({"a": 2})


async def test_long_retry_after_moves_on_and_holds_the_route(tmp_path: Path) -> None:
    ups = Upstreams({"a": status(429, {"retry-after": "30"}), "b": ok("from b")})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x", "max_retries": 3}, {"provider": "b", "model": "y"}])
    first = await post(app)
    second = await post(app)
    assert first.json()["_balancer"]["attempts"] == 2 and second.json()["_balancer"]["attempts"] == 1
    assert ups.calls == Counter({"a": 1, "b": 2})  # the route is left alone while the upstream asked


async def test_all_circuits_open_is_503_with_retry_after(tmp_path: Path) -> None:
    ups = Upstreams({"a": status(500), "b": status(502)})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x"}, {"provider": "b", "model": "y"}],
                breaker={"consecutive_failures": 2, "cooldown_s": 30})
    for _ in range(2):
        assert (await post(app)).status_code == 502
    response = await post(app)
    assert response.status_code == 503
    assert response.json()["error"]["message"] == "No provider available for this model."
    assert 1 <= int(response.headers["retry-after"]) <= 30
    assert ups.calls == Counter({"a": 2, "b": 2})
    routes = app.gateway.router.stats.snapshot()["routes"]
    assert {r["breaker"] for r in routes.values()} == {"open"}
    assert sum(r["errors"] for r in routes.values()) == 4


async def test_model_without_routes_is_503(tmp_path: Path) -> None:
    ups = Upstreams({"a": ok("unused")})
    app = build(tmp_path, ups, [])
    response = await post(app)
    assert response.status_code == 503 and "retry-after" in response.headers


async def test_retry_budget_caps_attempts(tmp_path: Path) -> None:
    ups = Upstreams({"a": status(500), "b": status(500), "c": ok("from c")})
    app = build(tmp_path, ups, [{"provider": h, "model": "x"} for h in "abc"], max_attempts=2)
    response = await post(app)
    assert response.status_code == 502
    assert sum(ups.calls.values()) == 2


async def test_total_deadline_bounds_a_hanging_upstream(tmp_path: Path) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(10)
        return httpx.Response(200, json=completion("late"))

    ups = Upstreams({"a": hang, "b": hang})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x", "timeout_s": 5}, {"provider": "b", "model": "x"}],
                deadline_s=0.3)
    loop = asyncio.get_running_loop()
    started = loop.time()
    response = await post(app)
    assert response.status_code == 408
    assert loop.time() - started < 1.5
    assert ups.calls == Counter({"a": 1})  # the deadline ran out during the first attempt


async def test_figures_count_requests_and_errors(tmp_path: Path) -> None:
    ups = Upstreams({"a": status(500), "b": ok("from b")})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x"}, {"provider": "b", "model": "y"}])
    for _ in range(3):
        await post(app)
    snap = app.gateway.router.stats.snapshot()
    by_provider = {r["provider"]: r for r in snap["routes"].values()}
    assert (by_provider["a"]["requests"], by_provider["a"]["errors"]) == (3, 3)
    assert (by_provider["b"]["requests"], by_provider["b"]["errors"], by_provider["b"]["in_flight"]) == (3, 0, 0)
    assert by_provider["b"]["latency_ewma_s"] is not None
    assert snap["models"]["m/chat"] == {"requests": 3, "errors": 0, "cache_hits": 0}


@pytest.mark.parametrize("strategy,expected", [("priority", "b"), ("cost", "a")])
async def test_strategy_setting_picks_the_first_route(tmp_path: Path, strategy: str, expected: str) -> None:
    ups = Upstreams({"a": ok("from a"), "b": ok("from b")})
    routes = [{"provider": "a", "model": "x", "priority": 1, "price": {"input_per_mtok": 1}},
              {"provider": "b", "model": "y", "price": {"input_per_mtok": 5}}]
    if strategy == "cost":
        routes[0]["priority"] = 0
    providers = {h: {"kind": "openai", "base_url": f"http://{h}/v1"} for h in "ab"}
    model = {"id": "m/chat", "strategy": strategy, "routes": routes}
    app = create_app(gateway_settings(tmp_path, providers, [model]), transport=httpx.MockTransport(ups))
    response = await post(app)
    assert response.json()["_balancer"]["provider"] == expected


def test_routing_values_are_checked_at_load(tmp_path: Path) -> None:
    from proxyify_asgi.settings import ConfigurationError

    providers = {"a": {"kind": "openai", "base_url": "http://a/v1"}}
    model = {"id": "m", "routes": [{"provider": "a", "model": "x", "weight": -1, "max_retries": -2}]}
    with pytest.raises(ConfigurationError) as info:
        gateway_settings(tmp_path, providers, [model], routing={"max_attempts": 0, "breaker": {"failure_rate": 2}})
    paths = {path for path, _ in info.value.problems}
    assert paths == {"routing.max_attempts", "routing.breaker.failure_rate",
                     "models[0].routes[0].weight", "models[0].routes[0].max_retries"}


async def test_least_busy_counts_open_streams_until_they_close(tmp_path: Path) -> None:
    from proxyify_asgi.context import RequestContext
    from proxyify_asgi.routing.router import Router

    providers = {name: {"kind": "demo", "options": {"token_delay_ms": 0}} for name in ("a", "b")}
    model_table = {"id": "m/chat", "strategy": "least-busy",
                   "routes": [{"provider": "a", "model": "x"}, {"provider": "b", "model": "y"}]}
    settings = gateway_settings(tmp_path, providers, [model_table])
    model = settings.model("m/chat")
    assert model is not None
    body = {"messages": [{"role": "user", "content": "hi"}]}
    async with httpx.AsyncClient() as client:
        router = Router(settings, client)
        stream, call = await router.chat_stream(model, body, RequestContext(request_id="r1"))
        assert call.route.provider == "a"
        ctx = RequestContext(request_id="r2")
        await router.chat(model, body, ctx)
        assert ctx.meter.provider == "b"  # a is busy with the open stream
        in_flight = {f.provider: f.in_flight for f in router.stats.routes.values()}
        assert in_flight == {"a": 1, "b": 0}
        await stream.aclose()  # type: ignore[attr-defined]
        await stream.aclose()  # type: ignore[attr-defined]  (idempotent)
        assert {f.provider: f.in_flight for f in router.stats.routes.values()} == {"a": 0, "b": 0}
        ctx = RequestContext(request_id="r3")
        await router.chat(model, body, ctx)
        assert ctx.meter.provider == "a"


def test_routing_doc_example_is_a_valid_configuration() -> None:
    import re
    import tomllib

    from proxyify_asgi.settings import Settings

    text = (Path(__file__).parent.parent / "README.md").read_text()
    routing_section = text[text.index("## Routing: fallbacks"):]
    example = re.search(r"```toml\n(.*?)```", routing_section, re.S)
    assert example is not None
    settings = Settings.from_dict(tomllib.loads(example[1]))
    model = settings.model("acme/chat")
    assert model is not None and model.cache and [r.priority for r in model.routes] == [0, 0, 1]


async def test_unreachable_upstreams_answer_503_with_retry_after(tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    ups = Upstreams({"a": refuse, "b": refuse})
    app = build(tmp_path, ups, [{"provider": "a", "model": "x"}, {"provider": "b", "model": "y"}])
    response = await post(app)
    assert response.status_code == 503 and int(response.headers["retry-after"]) >= 1
    assert ups.calls == Counter({"a": 1, "b": 1})
