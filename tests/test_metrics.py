"""GET /metrics: Prometheus text with the router's figures, no key needed, per app."""

from __future__ import annotations

import httpx
from prometheus_client.parser import text_string_to_metric_families

from proxyify_asgi import create_app
from tests.conftest import AUTH
from tests.fakes.server import serve


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text) for s in family.samples
    }


def test_metrics_count_requests_errors_and_breaker_state(upstream_settings):
    with serve(create_app(upstream_settings)) as url:
        for model in ("test/gpt-test", "test/gpt-test", "test/error-500"):
            httpx.post(url + "/v1/chat/completions", headers=AUTH, timeout=10,
                       json={"model": model, "messages": [{"role": "user", "content": "Hi"}]})
        r = httpx.get(url + "/metrics")  # public: no key
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    got = samples(r.text)
    ok_route = (("model", "test/gpt-test"), ("provider", "fake"), ("upstream_model", "gpt-test"))
    bad_route = (("model", "test/error-500"), ("provider", "fake"), ("upstream_model", "error-500"))
    assert got[("proxyify_model_requests_total", (("model", "test/gpt-test"),))] == 2
    assert got[("proxyify_route_attempts_total", ok_route)] == 2
    assert got[("proxyify_route_errors_total", ok_route)] == 0
    assert got[("proxyify_route_errors_total", bad_route)] >= 1
    assert got[("proxyify_route_breaker_state", tuple(sorted((*ok_route, ("state", "closed")))))] == 1
    assert "sk-upstream-secret-xyz" not in r.text


def test_two_apps_do_not_share_figures(upstream_settings):
    first, second = create_app(upstream_settings), create_app(upstream_settings)
    with serve(first) as url_a, serve(second) as url_b:
        httpx.post(url_a + "/v1/chat/completions", headers=AUTH, timeout=10,
                   json={"model": "test/gpt-test", "messages": [{"role": "user", "content": "Hi"}]})
        assert "proxyify_route_attempts_total{" in httpx.get(url_a + "/metrics").text
        assert "proxyify_route_attempts_total{" not in httpx.get(url_b + "/metrics").text
