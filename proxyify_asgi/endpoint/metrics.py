"""``GET /metrics``: the router's per-model and per-route figures in Prometheus text format.

A collector reads the figures at scrape time from this app's router (no global registry, no
counters on the request path). ``/metrics`` is in ``[gateway] public_paths`` by default; remove it
there to require an API key for scrapes.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from proxyify_asgi.gateway import Gateway
from proxyify_asgi.routing.breaker import BreakerState

ROUTE_LABELS = ["model", "provider", "upstream_model"]


class RouterCollector(Collector):
    """Prometheus metric families from ``gateway.router.stats`` (empty before the gateway starts)."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    def collect(self) -> Iterator[Metric]:
        """Read the figures now."""
        if not self.gateway.started:
            return
        snapshot = self.gateway.router.stats.snapshot()
        model_metrics = {
            "requests": CounterMetricFamily("proxyify_model_requests", "Requests per model id (after failover).", labels=["model"]),
            "errors": CounterMetricFamily("proxyify_model_errors", "Requests no route could serve.", labels=["model"]),
            "cache_hits": CounterMetricFamily("proxyify_model_cache_hits", "Answers served from the response cache.", labels=["model"]),
        }
        for model_id, figures in snapshot["models"].items():
            for name, family in model_metrics.items():
                family.add_metric([model_id], figures[name])
        requests = CounterMetricFamily("proxyify_route_attempts", "Upstream attempts per route.", labels=ROUTE_LABELS)
        errors = CounterMetricFamily("proxyify_route_errors", "Failed upstream attempts per route.", labels=ROUTE_LABELS)
        in_flight = GaugeMetricFamily("proxyify_route_in_flight", "Upstream calls in progress.", labels=ROUTE_LABELS)
        latency = GaugeMetricFamily("proxyify_route_latency_ewma_seconds",
                                    "Peak-EWMA of time to first byte.", labels=ROUTE_LABELS)
        breaker = GaugeMetricFamily("proxyify_route_breaker_state", "1 for the circuit's current state.",
                                    labels=[*ROUTE_LABELS, "state"])
        for figures in snapshot["routes"].values():
            labels = [figures["model"], figures["provider"], figures["upstream_model"]]
            requests.add_metric(labels, figures["requests"])
            errors.add_metric(labels, figures["errors"])
            in_flight.add_metric(labels, figures["in_flight"])
            if figures["latency_ewma_s"] is not None:
                latency.add_metric(labels, figures["latency_ewma_s"])
            for state in BreakerState:
                breaker.add_metric([*labels, state.value], 1.0 if figures["breaker"] == state.value else 0.0)
        yield from model_metrics.values()
        yield from (requests, errors, in_flight, latency, breaker)


def metrics_routes(gateway: Gateway) -> list[Route]:
    """``GET /metrics`` for this gateway, on a registry of its own."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RouterCollector(gateway))

    async def metrics(request: Request) -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return [Route("/metrics", metrics, methods=["GET"])]
