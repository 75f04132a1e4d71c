"""Balancing strategies: in which order a model's routes are tried.

Every strategy is a pure function of the candidates' state, an injected random source and (for
latency) the current time, so each choice is unit-testable without a clock or a network.

One rule holds for all of them: ``priority`` tiers come first (lower number first), and the
strategy orders routes *within* a tier. With the default ``priority = 0`` everywhere the strategy
alone decides; with tiers, a primary pool is balanced and a backup pool only takes over when the
primary routes have failed or their circuits are open. The order returned is the whole failover
order, not just the first pick.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby

from proxyify_asgi.settings import ModelSettings, Price, RouteSettings


@dataclass(slots=True)
class PeakEWMA:
    """Peak-sensitive moving average of a latency (Finagle's peak EWMA).

    A sample above the estimate replaces it at once (react to a slow route immediately); samples
    below it decay the estimate towards them with time constant ``decay_s`` (recover gradually).
    """

    decay_s: float = 10.0
    value: float = 0.0
    stamp: float | None = None

    def observe(self, sample: float, now: float) -> None:
        """Fold in one latency ``sample`` (seconds) measured at time ``now``."""
        if self.stamp is None or sample > self.value:
            self.value = sample
        else:
            weight = math.exp(-max(0.0, now - self.stamp) / self.decay_s)
            self.value = self.value * weight + sample * (1 - weight)
        self.stamp = now

    @property
    def measured(self) -> bool:
        """Whether any sample was observed."""
        return self.stamp is not None


@dataclass(slots=True)
class Candidate:
    """What a strategy may know about one route: config, position, load, latency, price."""

    index: int
    """Position in the model's ``routes`` list (ties break by it)."""
    route: RouteSettings
    price: Price
    """The route's own price, or the model's when the route has none."""
    in_flight: int = 0
    latency: PeakEWMA = field(default_factory=PeakEWMA)


Strategy = Callable[[Sequence[Candidate], random.Random], list[Candidate]]
"""Orders one priority tier of candidates."""


def price_rank(price: Price, modality: str) -> Decimal:
    """One comparable number per price: what a typical unit of the modality costs."""
    if modality == "chat":
        unit = price.input_per_mtok + price.output_per_mtok
    elif modality == "image":
        unit = price.per_image
    elif modality == "video":
        unit = price.per_second
    elif modality == "stt":
        unit = price.per_minute
    else:
        unit = price.per_mchar
    return unit + price.per_request


def _by_index(candidates: Sequence[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: c.index)


def priority_order(candidates: Sequence[Candidate], rng: random.Random) -> list[Candidate]:
    """Config order (the tiers already put lower ``priority`` first)."""
    return _by_index(candidates)


def weighted_order(candidates: Sequence[Candidate], rng: random.Random) -> list[Candidate]:
    """Random by weight, without replacement: the first pick is proportional to ``weight``,
    the fallbacks follow in weighted-random order too. Zero-weight routes only serve as last resort."""
    pool = _by_index(candidates)
    order: list[Candidate] = []
    while pool:
        total = sum(float(c.route.weight) for c in pool)
        if total <= 0:
            order.extend(pool)
            break
        point = rng.random() * total
        for i, c in enumerate(pool):
            point -= float(c.route.weight)
            if point < 0 or i == len(pool) - 1:
                order.append(pool.pop(i))
                break
    return order


def _latency_score(c: Candidate) -> float:
    # Finagle's load metric: expected latency times the queue a new request would join.
    # Unmeasured routes score 0 so each gets tried (and measured) early.
    return c.latency.value * (c.in_flight + 1)


def latency_order(candidates: Sequence[Candidate], rng: random.Random) -> list[Candidate]:
    """Power of two choices on peak-EWMA time-to-first-byte: sample two routes at random and take
    the less loaded; the rest follow by score. Two random choices avoid herding every request onto
    the one route that looked fastest a moment ago."""
    ranked = sorted(candidates, key=lambda c: (_latency_score(c), c.index))
    if len(ranked) < 2:
        return ranked
    a, b = rng.sample(range(len(candidates)), 2)
    first = min(candidates[a], candidates[b], key=lambda c: (_latency_score(c), c.index))
    return [first, *(c for c in ranked if c is not first)]


def cost_order(modality: str) -> Strategy:
    """Cheapest first by the route's own price (the model's price when the route sets none)."""

    def order(candidates: Sequence[Candidate], rng: random.Random) -> list[Candidate]:
        return sorted(candidates, key=lambda c: (price_rank(c.price, modality), c.index))

    return order


def least_busy_order(candidates: Sequence[Candidate], rng: random.Random) -> list[Candidate]:
    """Fewest requests in flight first; config order breaks ties."""
    return sorted(candidates, key=lambda c: (c.in_flight, c.index))


def strategy_for(model: ModelSettings) -> Strategy:
    """The tier-ordering function named by ``model.strategy``."""
    if model.strategy == "cost":
        return cost_order(model.modality)
    return {
        "priority": priority_order,
        "weighted": weighted_order,
        "latency": latency_order,
        "least-busy": least_busy_order,
    }[model.strategy]


def order_routes(strategy: Strategy, candidates: Sequence[Candidate], rng: random.Random) -> list[Candidate]:
    """The full failover order: priority tiers ascending, ``strategy`` within each tier."""
    tiers = sorted(candidates, key=lambda c: (c.route.priority, c.index))
    order: list[Candidate] = []
    for _, tier in groupby(tiers, key=lambda c: c.route.priority):
        order.extend(strategy(list(tier), rng))
    return order
