"""Each balancing strategy's choice under injected weights, latencies, prices and load."""

from __future__ import annotations

import random
from collections import Counter
from decimal import Decimal

import pytest

from proxyify_asgi.routing.strategies import (
    Candidate,
    PeakEWMA,
    cost_order,
    latency_order,
    least_busy_order,
    order_routes,
    priority_order,
    strategy_for,
    weighted_order,
)
from proxyify_asgi.settings import ModelSettings, Price, RouteSettings


def cand(index: int, *, provider: str | None = None, weight: int = 1, priority: int = 0,
         price: Price | None = None, in_flight: int = 0, latency: float | None = None) -> Candidate:
    c = Candidate(
        index=index,
        route=RouteSettings(provider=provider or f"p{index}", model="m", weight=Decimal(weight), priority=priority),
        price=price or Price(),
        in_flight=in_flight,
    )
    if latency is not None:
        c.latency.observe(latency, now=0.0)
    return c


def names(order: list[Candidate]) -> list[str]:
    return [c.route.provider for c in order]


def test_priority_follows_config_order_and_tiers() -> None:
    cands = [cand(0, priority=1), cand(1, priority=0), cand(2, priority=0)]
    assert names(order_routes(priority_order, cands, random.Random(1))) == ["p1", "p2", "p0"]


def test_weighted_picks_first_in_proportion_to_weight() -> None:
    rng = random.Random(42)
    cands = [cand(0, weight=1), cand(1, weight=3), cand(2, weight=0)]
    firsts = Counter(weighted_order(cands, rng)[0].route.provider for _ in range(4000))
    assert firsts["p2"] == 0
    assert 0.70 < firsts["p1"] / 4000 < 0.80  # expected 0.75
    # Every order still lists every route once: the fallbacks, zero-weight last.
    order = weighted_order(cands, rng)
    assert sorted(names(order)) == ["p0", "p1", "p2"] and order[-1].route.provider == "p2"


def test_weighted_within_priority_tiers_never_puts_backup_first() -> None:
    rng = random.Random(3)
    cands = [cand(0, weight=100, priority=1), cand(1, weight=1), cand(2, weight=1)]
    for _ in range(200):
        assert order_routes(weighted_order, cands, rng)[-1].route.provider == "p0"


def test_latency_prefers_lower_peak_ewma_via_two_choices() -> None:
    rng = random.Random(7)
    fast, slow, slower = cand(0, latency=0.05), cand(1, latency=0.5), cand(2, latency=1.0)
    picks = Counter(latency_order([slow, fast, slower], rng)[0].route.provider for _ in range(3000))
    # With two random choices out of three, the fastest is picked whenever sampled (2/3 of draws),
    # the slowest never; it is not herding: the middle one still gets the rest.
    assert picks["p2"] == 0
    assert 0.6 < picks["p0"] / 3000 < 0.73
    assert picks["p1"] > 0


def test_latency_weighs_in_flight_load_and_explores_unmeasured() -> None:
    rng = random.Random(0)
    busy_fast = cand(0, latency=0.1, in_flight=9)  # score 1.0
    idle_slow = cand(1, latency=0.3)  # score 0.3
    assert latency_order([busy_fast, idle_slow], rng)[0].route.provider == "p1"
    unmeasured = cand(2)
    assert latency_order([idle_slow, unmeasured], rng)[0].route.provider == "p2"


def test_peak_ewma_jumps_up_and_decays_down_with_time() -> None:
    ewma = PeakEWMA(decay_s=10.0)
    ewma.observe(0.1, now=0.0)
    ewma.observe(1.0, now=1.0)
    assert ewma.value == 1.0  # a slow sample is taken at once
    ewma.observe(0.1, now=1.0 + 10.0)  # one time constant later
    assert 0.1 < ewma.value < 1.0
    assert ewma.value == pytest.approx(0.1 + 0.9 * 0.36788, rel=1e-3)


def test_cost_orders_by_route_price_then_model_price() -> None:
    model_price = Price(input_per_mtok=Decimal("3"), output_per_mtok=Decimal("15"))
    cheap = cand(0, price=Price(input_per_mtok=Decimal("0.5"), output_per_mtok=Decimal("1")))
    inherited = cand(1, price=model_price)
    mid = cand(2, price=Price(input_per_mtok=Decimal("1"), output_per_mtok=Decimal("4")))
    order = cost_order("chat")([inherited, mid, cheap], random.Random(0))
    assert names(order) == ["p0", "p2", "p1"]
    image = cost_order("image")([cand(0, price=Price(per_image=Decimal("0.08"))),
                                 cand(1, price=Price(per_image=Decimal("0.04")))], random.Random(0))
    assert names(image) == ["p1", "p0"]


def test_least_busy_picks_fewest_in_flight() -> None:
    order = least_busy_order([cand(0, in_flight=3), cand(1, in_flight=0), cand(2, in_flight=1)], random.Random(0))
    assert names(order) == ["p1", "p2", "p0"]


def test_strategy_for_uses_model_setting() -> None:
    routes = (RouteSettings(provider="a", model="m", price=Price(input_per_mtok=Decimal(9))),
              RouteSettings(provider="b", model="m", price=Price(input_per_mtok=Decimal(1))))
    model = ModelSettings(id="x", routes=routes, strategy="cost")
    cands = [Candidate(i, r, r.price or model.price) for i, r in enumerate(routes)]
    assert names(order_routes(strategy_for(model), cands, random.Random(0))) == ["b", "a"]
