"""Value checks the type walker cannot express: rate-limit strings, CIDRs, time zones, clock times,
and the signs of prices and limits (a negative price would be served as free, or pay the caller)."""

from __future__ import annotations

import ipaddress
import re
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from limits import parse_many

from proxyify_asgi.stores.keys import OWN_ACCOUNT_PREFIX
from proxyify_asgi.stores.ledger_rules import MAX_CREDITS

if TYPE_CHECKING:
    from proxyify_asgi.settings import ActiveHours, KeySettings, ModelSettings, Price, Settings

_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
_ORIGIN = re.compile(r"^https?://(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def _rate_problem(path: str, value: str | None) -> list[tuple[str, str]]:
    if value is None:
        return []
    try:
        parse_many(value)
    except ValueError:
        return [(path, f"expected a rate like '60/minute' or '10/second;1000/hour', got {value!r}")]
    return []


def _cidr_problems(path: str, values: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for i, v in enumerate(values):
        try:
            ipaddress.ip_network(v, strict=False)
        except ValueError:
            out.append((f"{path}[{i}]", f"expected an IP address or CIDR, got {v!r}"))
    return out


_PRICE_FIELDS = ("input_per_mtok", "output_per_mtok", "per_image", "per_second", "per_minute", "per_mchar", "per_request")


def _price_problems(path: str, price: Price | None) -> list[tuple[str, str]]:
    """Every price of ``price`` must be zero or more (the loader already refused inf and nan)."""
    if price is None:
        return []
    amounts = [(f"{path}.{name}", getattr(price, name)) for name in _PRICE_FIELDS]
    amounts += [(f"{path}.per_image_by_size.{size}", usd) for size, usd in price.per_image_by_size.items()]
    return [(at, f"expected a price of 0 or more (USD), got {usd}") for at, usd in amounts if usd < 0]


def _unused_price_problems(path: str, price: Price | None, modality: str) -> list[tuple[str, str]]:
    """A price in a field ``modality``'s cost never reads would leave the model free: refuse it.

    Only set (non-zero) fields count: the dataclass cannot tell an explicit 0 from the default,
    and a 0 charges nothing either way.
    """
    if price is None:
        return []
    from proxyify_asgi.pricing import ANY_MODALITY_PRICE, PRICE_FIELDS

    used = (*PRICE_FIELDS[modality], ANY_MODALITY_PRICE)
    expected = ", ".join(used)
    return [
        (f"{path}.{name}", f"{modality} models are not priced by {name} (their price fields: {expected})")
        for name in _PRICE_FIELDS + ("per_image_by_size",)
        if name not in used and _charges(getattr(price, name))
    ]


def _charges(amount: Decimal | dict[str, Decimal]) -> bool:
    """Whether a price field asks for money: a non-zero amount, or a size table with one."""
    return any(amount.values()) if isinstance(amount, dict) else amount != 0


def _model_problems(i: int, m: ModelSettings) -> list[tuple[str, str]]:
    """A model's and its routes' prices, and its output-token cap."""
    problems = _price_problems(f"models[{i}].price", m.price)
    problems += _unused_price_problems(f"models[{i}].price", m.price, m.modality)
    for j, route in enumerate(m.routes):
        problems += _price_problems(f"models[{i}].routes[{j}].price", route.price)
        problems += _unused_price_problems(f"models[{i}].routes[{j}].price", route.price, m.modality)
    if m.max_output_tokens < 1:
        problems.append((f"models[{i}].max_output_tokens", "expected an integer of at least 1"))
    if m.max_image_tokens < 0:
        problems.append((f"models[{i}].max_image_tokens", "expected an integer of at least 0"))
    return problems


def _routing_problems(settings: Settings) -> list[tuple[str, str]]:
    """Failover, breaker and cache values, and each route's weight and retries."""
    r, b = settings.routing, settings.routing.breaker
    checks = [
        ("routing.deadline_s", r.deadline_s > 0, "expected a positive number of seconds"),
        ("routing.max_attempts", r.max_attempts >= 1, "expected an integer of at least 1"),
        ("routing.max_retry_after_s", r.max_retry_after_s >= 0, "expected a non-negative number of seconds"),
        ("routing.latency_decay_s", r.latency_decay_s > 0, "expected a positive number of seconds"),
        ("routing.cache_max_mb", r.cache_max_mb >= 0, "expected a non-negative number"),
        ("routing.cache_hit_charge", 0 <= r.cache_hit_charge <= 1, "expected a share between 0 and 1"),
        ("routing.breaker.consecutive_failures", b.consecutive_failures >= 1, "expected an integer of at least 1"),
        ("routing.breaker.failure_rate", 0 < b.failure_rate <= 1, "expected a share above 0, at most 1"),
        ("routing.breaker.window", b.window >= 1, "expected an integer of at least 1"),
        ("routing.breaker.min_requests", b.min_requests >= 1, "expected an integer of at least 1"),
        ("routing.breaker.cooldown_s", b.cooldown_s > 0, "expected a positive number of seconds"),
        ("routing.breaker.max_hold_s", b.max_hold_s >= 0, "expected a non-negative number of seconds"),
    ]
    problems = [(path, message) for path, ok, message in checks if not ok]
    for i, m in enumerate(settings.models):
        problems += _model_problems(i, m)
        if m.cache_ttl_s <= 0:
            problems.append((f"models[{i}].cache_ttl_s", "expected a positive number of seconds"))
        for j, route in enumerate(m.routes):
            if route.weight < 0:
                problems.append((f"models[{i}].routes[{j}].weight", "expected a non-negative number"))
            if route.max_retries < 0:
                problems.append((f"models[{i}].routes[{j}].max_retries", "expected a non-negative integer"))
            if route.timeout_s is not None and route.timeout_s <= 0:
                problems.append((f"models[{i}].routes[{j}].timeout_s", "expected a positive number of seconds"))
    return problems


def _provider_problems(settings: Settings) -> list[tuple[str, str]]:
    """Each provider's kind and the fields its adapter needs, and each route's provider serving
    the model's modality (what the adapters know, asked here so nothing fails only at request time)."""
    from proxyify_asgi.providers import ADAPTERS
    from proxyify_asgi.providers.base import MODALITY_OPERATIONS

    problems: list[tuple[str, str]] = []
    for name, p in settings.providers.items():
        adapter = ADAPTERS.get(p.kind)
        if adapter is None:
            kinds = ", ".join(sorted(ADAPTERS))
            problems.append((f"providers.{name}.kind", f"unknown provider kind {p.kind!r} (expected one of: {kinds})"))
        else:
            problems += [(f"providers.{name}.{fld}", msg) for fld, msg in adapter.settings_problems(p)]
        if p.timeout_s <= 0:
            problems.append((f"providers.{name}.timeout_s", "expected a positive number of seconds"))
    for i, m in enumerate(settings.models):
        for j, route in enumerate(m.routes):
            provider = settings.providers.get(route.provider)
            adapter = ADAPTERS.get(provider.kind) if provider is not None else None
            if adapter is None or adapter.supports(m.modality):
                continue  # a missing provider or unknown kind is reported above
            able = ", ".join(k for k, a in sorted(ADAPTERS.items()) if a.supports(m.modality))
            problems.append((
                f"models[{i}].routes[{j}].provider",
                f"provider {route.provider!r} is of kind {provider.kind!r}, which does not support "
                f"{MODALITY_OPERATIONS[m.modality][1]} (kinds that do: {able})",
            ))
    return problems


def _origin_problems(path: str, values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (f"{path}[{i}]", f"expected an origin like 'https://app.example.com' or 'https://*.example.com', got {v!r}")
        for i, v in enumerate(values)
        if v != "*" and not _ORIGIN.match(v)
    ]


_UNKNOWABLE_COUNTRY = (
    "a country list needs a way to know the country: gateway.geoip_db, or gateway.trusted_proxies "
    "(the country header is believed only from them); without either every request is refused"
)


def _country_problems(path: str, values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (f"{path}[{i}]", f"expected a two-letter ISO 3166 country code like 'US', got {v!r}")
        for i, v in enumerate(values)
        if not _COUNTRY.match(v)
    ]


def _active_hours_problems(path: str, ah: ActiveHours) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    try:
        ZoneInfo(ah.tz)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append((f"{path}.tz", f"expected an IANA time zone, got {ah.tz!r}"))
    for fld in ("start", "end"):
        if not _CLOCK.match(getattr(ah, fld)):
            problems.append((f"{path}.{fld}", "expected a clock time HH:MM"))
    if ah.start == ah.end:
        problems.append((f"{path}.end", "expected an end different from start (a whole day is 00:00 to 24:00)"))
    if ah.start == "24:00":
        problems.append((f"{path}.start", "expected a start before 24:00"))
    if not ah.days:
        problems.append((f"{path}.days", "expected at least one day"))
    return problems


def key_problems(base: str, k: KeySettings) -> list[tuple[str, str]]:
    """Every value-level problem of one ``[[keys]]`` entry, paths under ``base``."""
    problems: list[tuple[str, str]] = []
    if len(k.key) < 8:
        problems.append((f"{base}.key", "expected a secret of at least 8 characters"))
    if not k.name or not _NAME.match(k.name):
        problems.append((f"{base}.name", "expected 1-64 letters, digits, '.', '_' or '-'"))
    problems += _rate_problem(f"{base}.rate_limit", k.rate_limit)
    for model, rate in k.model_rate_limits.items():
        problems += _rate_problem(f"{base}.model_rate_limits.{model}", rate)
    problems += _cidr_problems(f"{base}.allowed_ips", k.allowed_ips)
    problems += _cidr_problems(f"{base}.denied_ips", k.denied_ips)
    problems += _origin_problems(f"{base}.allowed_origins", k.allowed_origins)
    problems += _country_problems(f"{base}.allowed_countries", k.allowed_countries)
    problems += _country_problems(f"{base}.denied_countries", k.denied_countries)
    if k.credits is not None and not 0 <= k.credits <= MAX_CREDITS:
        problems.append((f"{base}.credits", f"expected an integer from 0 to {MAX_CREDITS}"))
    for fld in ("tokens_per_minute", "max_concurrent"):
        if getattr(k, fld) is not None and getattr(k, fld) < 1:
            problems.append((f"{base}.{fld}", "expected an integer of at least 1 (leave it out for no limit)"))
    if k.spend_limit_usd is not None:
        for window in ("daily", "monthly", "total"):
            cap = getattr(k.spend_limit_usd, window)
            if cap is not None and cap < 0:
                problems.append((f"{base}.spend_limit_usd.{window}", f"expected 0 or more (USD), got {cap}"))
    if k.active_hours is not None:
        problems += _active_hours_problems(f"{base}.active_hours", k.active_hours)
    if k.expires is not None:
        try:
            datetime.fromisoformat(k.expires)
        except ValueError:
            problems.append((f"{base}.expires", f"expected an ISO 8601 date or time, got {k.expires!r}"))
    return problems


def value_problems(settings: Settings) -> list[tuple[str, str]]:
    """Every value-level problem in ``settings`` as ``(key_path, message)``."""
    problems: list[tuple[str, str]] = []
    from proxyify_asgi.stores.url import storage_problem

    storage = storage_problem(settings.storage.url)
    if storage is not None:
        problems.append(("storage.url", storage))
    from proxyify_asgi.middleware.ratelimit_storage import limits_storage_problem

    limits_storage = limits_storage_problem(settings.rate_limits.storage)
    if limits_storage is not None:
        problems.append(("rate_limits.storage", limits_storage))
    problems += _rate_problem("rate_limits.default", settings.rate_limits.default)
    problems += _rate_problem("rate_limits.by_ip_without_key", settings.rate_limits.by_ip_without_key)
    problems += _cidr_problems("gateway.trusted_proxies", settings.gateway.trusted_proxies)
    problems += _origin_problems("gateway.cors_origins", settings.gateway.cors_origins)
    problems += _routing_problems(settings)
    if settings.gateway.reservation_ttl_s < 1:
        problems.append(("gateway.reservation_ttl_s", "expected a positive number of seconds"))
    if settings.gateway.body_timeout_s < 1:
        problems.append(("gateway.body_timeout_s", "expected a positive number of seconds"))
    if settings.gateway.shutdown_grace_s < 0:
        problems.append(("gateway.shutdown_grace_s", "expected a number of seconds of at least 0"))
    if settings.gateway.job_ttl_s < 1:
        problems.append(("gateway.job_ttl_s", "expected a positive number of seconds"))
    from proxyify_asgi.screening.config import screening_problems

    problems += screening_problems(settings.screening)
    problems += _provider_problems(settings)
    secrets_seen: dict[str, int] = {}
    for i, k in enumerate(settings.keys):
        problems += key_problems(f"keys[{i}]", k)
        if (k.allowed_countries or k.denied_countries) and not (settings.gateway.geoip_db or settings.gateway.trusted_proxies):
            problems.append((f"keys[{i}].allowed_countries", _UNKNOWABLE_COUNTRY))
        if k.key in secrets_seen:
            problems.append((f"keys[{i}].key", f"the same secret as keys[{secrets_seen[k.key]}]"))
        secrets_seen.setdefault(k.key, i)
    for i, a in enumerate(settings.accounts):
        if not 0 <= a.credits <= MAX_CREDITS:
            problems.append((f"accounts[{i}].credits", f"expected an integer from 0 to {MAX_CREDITS}"))
        if a.name.startswith(OWN_ACCOUNT_PREFIX):
            # the key would never adopt it (stores.key_service.account_problems): give the key credits
            problems.append((f"accounts[{i}].name", f"names starting with {OWN_ACCOUNT_PREFIX!r} are reserved for "
                             "keys' own accounts: set credits on the [[keys]] entry instead"))
    return problems
