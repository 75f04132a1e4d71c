"""Per-route and per-model figures: requests, errors, in-flight, latency, breaker state.

Owned by one Router (no module state). The latency strategy and least-busy read ``in_flight`` and
``latency`` from here; a metrics endpoint can read :meth:`RouteStats.snapshot`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from proxyify_asgi.routing.breaker import BreakerStore
from proxyify_asgi.routing.strategies import PeakEWMA


@dataclass(slots=True)
class RouteFigures:
    """Counters of one route (one entry of one model's ``routes``)."""

    model: str
    provider: str
    upstream_model: str
    requests: int = 0
    """Attempts made on this route."""
    errors: int = 0
    """Attempts that failed in a way that counts against the route (timeouts, 5xx, cut streams...)."""
    in_flight: int = 0
    latency: PeakEWMA = field(default_factory=PeakEWMA)
    """Time to first byte (whole answer for non-streaming calls), seconds."""
    last_latency_s: float | None = None


@dataclass(slots=True)
class ModelFigures:
    """Counters of one model id as clients see it (after failover)."""

    requests: int = 0
    errors: int = 0
    """Requests no route could serve."""
    cache_hits: int = 0


class RouteStats:
    """The figures of every route and model of one router."""

    def __init__(self, breakers: BreakerStore, latency_decay_s: float = 10.0) -> None:
        self.breakers = breakers
        self.latency_decay_s = latency_decay_s
        self.routes: dict[str, RouteFigures] = {}
        self.models: dict[str, ModelFigures] = {}

    def route(self, key: str, model: str, provider: str, upstream_model: str) -> RouteFigures:
        """The figures of route ``key``, created on first use."""
        figures = self.routes.get(key)
        if figures is None:
            figures = RouteFigures(model, provider, upstream_model, latency=PeakEWMA(self.latency_decay_s))
            self.routes[key] = figures
        return figures

    def model(self, model_id: str) -> ModelFigures:
        """The figures of model ``model_id``, created on first use."""
        figures = self.models.get(model_id)
        if figures is None:
            figures = self.models[model_id] = ModelFigures()
        return figures

    def snapshot(self) -> dict[str, Any]:
        """Plain data for a metrics endpoint: ``{"routes": {...}, "models": {...}}``."""
        routes = {
            key: {
                "model": f.model, "provider": f.provider, "upstream_model": f.upstream_model,
                "requests": f.requests, "errors": f.errors, "in_flight": f.in_flight,
                "latency_ewma_s": f.latency.value if f.latency.measured else None,
                "breaker": self.breakers.state(key).value,
            }
            for key, f in self.routes.items()
        }
        models = {
            mid: {"requests": f.requests, "errors": f.errors, "cache_hits": f.cache_hits}
            for mid, f in self.models.items()
        }
        return {"routes": routes, "models": models}
