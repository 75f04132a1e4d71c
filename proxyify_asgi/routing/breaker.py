"""Per-route circuit breakers.

A route's circuit is *closed* while it works. It *opens* after ``consecutive_failures`` failures in
a row, or when ``failure_rate`` of its last ``window`` outcomes failed (once ``min_requests`` were
seen); an open route gets no traffic. After ``cooldown_s`` it is *half-open*: exactly one request
(the probe) may try it; success closes the circuit, failure opens it for another cool-down.

An upstream that says ``Retry-After: N`` is held out of rotation for N seconds (capped by
``max_hold_s``) even if its circuit is closed: it told us when to come back.

:class:`BreakerStore` is the interface the router uses; :class:`LocalBreakers` keeps the state in
this process (owned by one Router). A shared implementation (Redis) can replace it later so that
several workers agree on which routes are down.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from proxyify_asgi.settings import BreakerSettings


class BreakerState(str, Enum):
    """A circuit's state, as reported in route figures."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class BreakerStore(Protocol):
    """Circuit state for many routes, keyed by a route key string."""

    def allow(self, key: str) -> bool:
        """May a request try this route now? In half-open state, True claims the single probe."""
        ...

    def record_success(self, key: str) -> None:
        """The attempt got an answer (any answer that is not the upstream's fault)."""
        ...

    def record_failure(self, key: str, *, retry_after: float | None = None) -> None:
        """The attempt failed in a way that counts against the route."""
        ...

    def record_abandoned(self, key: str) -> None:
        """The attempt ended with no verdict (the client left): free the probe, count nothing."""
        ...

    def state(self, key: str) -> BreakerState:
        """The circuit's state now."""
        ...

    def retry_in(self, key: str) -> float:
        """Seconds until the route may be tried again (0 if it may be tried now)."""
        ...


@dataclass(slots=True)
class _Circuit:
    outcomes: deque[bool]
    consecutive: int = 0
    opened_at: float | None = None
    probing: bool = False
    hold_until: float = 0.0


@dataclass
class LocalBreakers:
    """In-process :class:`BreakerStore`. ``clock`` is injectable (monotonic seconds)."""

    settings: BreakerSettings = field(default_factory=BreakerSettings)
    clock: Callable[[], float] = time.monotonic
    _circuits: dict[str, _Circuit] = field(default_factory=dict)

    def _circuit(self, key: str) -> _Circuit:
        circuit = self._circuits.get(key)
        if circuit is None:
            circuit = _Circuit(outcomes=deque(maxlen=max(1, self.settings.window)))
            self._circuits[key] = circuit
        return circuit

    def _cooled(self, circuit: _Circuit, now: float) -> bool:
        assert circuit.opened_at is not None
        return now - circuit.opened_at >= float(self.settings.cooldown_s)

    def state(self, key: str) -> BreakerState:
        """Closed, open, or half-open (cooled down, probe allowed or in flight)."""
        circuit = self._circuits.get(key)
        if circuit is None or circuit.opened_at is None:
            return BreakerState.CLOSED
        return BreakerState.HALF_OPEN if self._cooled(circuit, self.clock()) else BreakerState.OPEN

    def allow(self, key: str) -> bool:
        """Closed → yes (unless held by Retry-After); open → no; half-open → the first caller only."""
        circuit = self._circuit(key)
        now = self.clock()
        if now < circuit.hold_until:
            return False
        if circuit.opened_at is None:
            return True
        if not self._cooled(circuit, now) or circuit.probing:
            return False
        circuit.probing = True
        return True

    def record_success(self, key: str) -> None:
        """A success closes a half-open circuit and resets the failure streak."""
        circuit = self._circuit(key)
        circuit.outcomes.append(True)
        circuit.consecutive = 0
        if circuit.opened_at is not None:
            circuit.opened_at = None
            circuit.probing = False
            circuit.outcomes.clear()

    def record_failure(self, key: str, *, retry_after: float | None = None) -> None:
        """Count a failure; open the circuit past the thresholds (or at once after a failed probe)."""
        circuit = self._circuit(key)
        now = self.clock()
        if retry_after is not None and retry_after > 0:
            circuit.hold_until = max(circuit.hold_until, now + min(retry_after, float(self.settings.max_hold_s)))
        if circuit.opened_at is not None:
            # A failed probe (or a straggler from before the circuit opened): wait another cool-down.
            circuit.opened_at = now
            circuit.probing = False
            return
        circuit.outcomes.append(False)
        circuit.consecutive += 1
        if self._should_open(circuit):
            circuit.opened_at = now
            circuit.probing = False

    def record_abandoned(self, key: str) -> None:
        """Release a probe whose request was cancelled, so the next request can probe."""
        circuit = self._circuits.get(key)
        if circuit is not None:
            circuit.probing = False

    def retry_in(self, key: str) -> float:
        """Seconds until ``allow`` could say yes (an estimate when a probe is in flight)."""
        circuit = self._circuits.get(key)
        if circuit is None:
            return 0.0
        now = self.clock()
        wait = max(0.0, circuit.hold_until - now)
        if circuit.opened_at is not None:
            wait = max(wait, circuit.opened_at + float(self.settings.cooldown_s) - now)
            if circuit.probing:
                wait = max(wait, 1.0)
        return wait

    def _should_open(self, circuit: _Circuit) -> bool:
        s = self.settings
        if circuit.consecutive >= s.consecutive_failures:
            return True
        seen = len(circuit.outcomes)
        if seen < max(1, s.min_requests):
            return False
        failures = sum(1 for ok in circuit.outcomes if not ok)
        return failures >= float(s.failure_rate) * seen
