"""Circuit breaker transitions with an injected clock."""

from __future__ import annotations

from decimal import Decimal

from proxyify_asgi.routing.breaker import BreakerState, LocalBreakers
from proxyify_asgi.settings import BreakerSettings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(**kw: object) -> tuple[LocalBreakers, Clock]:
    clock = Clock()
    defaults: dict[str, object] = {"consecutive_failures": 3, "failure_rate": Decimal("0.5"), "window": 10,
                                   "min_requests": 6, "cooldown_s": Decimal(5)}
    defaults.update(kw)
    return LocalBreakers(BreakerSettings(**defaults), clock), clock  # type: ignore[arg-type]


def test_opens_after_consecutive_failures() -> None:
    b, _ = make()
    for _ in range(2):
        b.record_failure("r")
    assert b.state("r") is BreakerState.CLOSED and b.allow("r")
    b.record_failure("r")
    assert b.state("r") is BreakerState.OPEN
    assert not b.allow("r")


def test_success_resets_streak_but_failure_rate_still_opens() -> None:
    b, _ = make(consecutive_failures=100)
    # alternate: never 2 in a row, but 50% of the window fails
    for i in range(6):
        (b.record_failure if i % 2 else b.record_success)("r")
    assert b.state("r") is BreakerState.OPEN


def test_rate_needs_min_requests() -> None:
    b, _ = make(consecutive_failures=100)
    b.record_success("r")
    b.record_failure("r")
    b.record_failure("r")  # 2/3 failed, but only 3 outcomes seen
    assert b.state("r") is BreakerState.CLOSED


def test_half_open_allows_exactly_one_probe_then_closes_on_success() -> None:
    b, clock = make()
    for _ in range(3):
        b.record_failure("r")
    assert b.retry_in("r") == 5
    clock.now += 5
    assert b.state("r") is BreakerState.HALF_OPEN
    assert b.allow("r") is True
    assert b.allow("r") is False  # the probe is in flight: nobody else
    b.record_success("r")
    assert b.state("r") is BreakerState.CLOSED
    assert b.allow("r") and b.allow("r")


def test_failed_probe_reopens_for_another_cooldown() -> None:
    b, clock = make()
    for _ in range(3):
        b.record_failure("r")
    clock.now += 5
    assert b.allow("r")
    b.record_failure("r")
    assert b.state("r") is BreakerState.OPEN
    clock.now += 4.9
    assert not b.allow("r")
    clock.now += 0.1
    assert b.allow("r")


def test_abandoned_probe_frees_the_slot() -> None:
    b, clock = make()
    for _ in range(3):
        b.record_failure("r")
    clock.now += 5
    assert b.allow("r")
    b.record_abandoned("r")
    assert b.allow("r")


def test_retry_after_holds_route_even_while_closed() -> None:
    b, clock = make(max_hold_s=Decimal(30))
    b.record_failure("r", retry_after=2)
    assert b.state("r") is BreakerState.CLOSED
    assert not b.allow("r") and b.retry_in("r") == 2
    clock.now += 2
    assert b.allow("r")
    b.record_failure("r", retry_after=3600)  # capped by max_hold_s
    assert b.retry_in("r") == 30


def test_routes_are_independent() -> None:
    b, _ = make()
    for _ in range(3):
        b.record_failure("a")
    assert not b.allow("a") and b.allow("b")
