"""``RestrictionMiddleware``: enforce the restrictions of the key in ``ctx.key`` (403 if broken).

Rules run cheapest first (time, IP, origin, country, model) and the first that objects answers:
a 403 whose message says which restriction blocked, with ``metadata.restriction`` set to
``ip``, ``origin``, ``country``, ``model`` or ``time``. Requests without a key in the context
(no ``AuthMiddleware`` in front, or a public path) pass untouched.

The model rule needs the body: for a POST by a key with model rules, the body is parsed once
through the request context whatever its Content-Type (the endpoint reads it as JSON regardless,
so checking only ``application/json`` bodies would let a mislabelled one slip past), and the
next app receives a replay of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Protocol

from proxyify_asgi.clientaddr import IPNetwork, in_networks, parse_ip, parse_networks, resolve_client_ip
from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import Forbidden, ProxyifyError, send_error
from proxyify_asgi.restrictions import country_denial, ip_denial, model_denial, origin_denial, time_denial
from proxyify_asgi.stores.keys import utcnow
from proxyify_asgi.stores.protocols import KeyPolicy
from proxyify_asgi.types import ASGIApp, Receive, Scope, Send

_MAX_CACHED_NETWORK_LISTS = 4096


class GeoIPReader(Protocol):
    """What the country rule needs of a MaxMind reader: ``get(ip) -> record dict | None``."""

    def get(self, ip: str) -> Any: ...


def open_geoip(path: str) -> GeoIPReader:
    """A memory-mapped MaxMind DB reader (needs the ``geoip`` extra: ``pip install proxyify-asgi[geoip]``)."""
    import maxminddb

    return maxminddb.open_database(path, maxminddb.MODE_MMAP)


def geoip_country(reader: GeoIPReader, ip: str | None) -> str | None:
    """The ISO country code a GeoIP2/GeoLite2 Country or City database gives for ``ip``."""
    if ip is None:
        return None
    try:
        record = reader.get(ip)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    country = record.get("country") or record.get("registered_country") or {}
    code = country.get("iso_code") if isinstance(country, dict) else None
    return code if isinstance(code, str) else None


class RestrictionMiddleware:
    """Check the current key's IP, origin, country, model and time restrictions.

    ``trusted_proxies``: CIDRs whose forwarding headers are believed (see :mod:`proxyify_asgi.clientaddr`).
    ``country_header``: the header a CDN puts the visitor's country in, believed only when the
    socket peer is in ``trusted_proxies``; used unless ``geoip_db`` (a MaxMind database path) or
    ``geoip_reader`` (an open reader) is given.
    ``clock``: the aware current time (tests inject one).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        trusted_proxies: Iterable[str] = (),
        country_header: str = "CF-IPCountry",
        geoip_db: str | None = None,
        geoip_reader: GeoIPReader | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.app = app
        self.trusted = parse_networks(trusted_proxies)
        self.country_header = country_header.lower().encode("latin-1")
        self.geoip = geoip_reader if geoip_reader is not None else (open_geoip(geoip_db) if geoip_db else None)
        self.clock = clock
        self._networks: dict[tuple[str, ...], tuple[IPNetwork, ...]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ctx = RequestContext.of(scope)
        policy: KeyPolicy | None = getattr(ctx.key, "policy", None)
        if policy is None:
            await self.app(scope, receive, send)
            return
        try:
            denial = self._request_denial(scope, policy)
            if denial is None and (policy.allowed_models or policy.denied_models) and scope.get("method") == "POST":
                denial = await self._model_denial(ctx, receive, policy)
        except ProxyifyError as exc:  # unreadable body: 400 / 413 from the context
            await send_error(send, exc, ctx.request_id)
            return
        if denial is not None:
            kind, reason = denial
            await send_error(send, Forbidden(f"Blocked by key restriction ({kind}): {reason}", metadata={"restriction": kind}), ctx.request_id)
            return
        await self.app(scope, ctx.downstream_receive(receive), send)

    def _request_denial(self, scope: Scope, policy: KeyPolicy) -> tuple[str, str] | None:
        """The first broken rule that needs no body, as ``(kind, reason)``."""
        if policy.active_hours is not None:
            reason = time_denial(policy.active_hours, self.clock())
            if reason:
                return "time", reason
        if policy.allowed_ips or policy.denied_ips:
            ip = resolve_client_ip(scope, self.trusted)
            reason = ip_denial(ip, self._nets(policy.allowed_ips), self._nets(policy.denied_ips))
            if reason:
                return "ip", reason
        if policy.allowed_origins or policy.require_origin:
            reason = origin_denial(_header(scope, b"origin"), policy.allowed_origins, policy.require_origin)
            if reason:
                return "origin", reason
        if policy.allowed_countries or policy.denied_countries:
            reason = country_denial(self._country(scope), policy.allowed_countries, policy.denied_countries)
            if reason:
                return "country", reason
        return None

    async def _model_denial(self, ctx: RequestContext, receive: Receive, policy: KeyPolicy) -> tuple[str, str] | None:
        body = await ctx.json(receive)
        model = body.get("model") if isinstance(body, dict) else None
        if not isinstance(model, str):
            return None  # no model named: the endpoint answers 400, nothing is served
        reason = model_denial(model, policy.allowed_models, policy.denied_models)
        return ("model", reason) if reason else None

    def _country(self, scope: Scope) -> str | None:
        """The client's country: from the GeoIP database, else from the country header when the
        socket peer is a trusted proxy (any client can write the header itself: believed from
        anyone, it would open every country list to whoever sets it). Unknown is None, which
        a key with a country list refuses."""
        if self.geoip is not None:
            return geoip_country(self.geoip, resolve_client_ip(scope, self.trusted))
        client = scope.get("client")
        peer = parse_ip(str(client[0])) if client else None
        if peer is None or not in_networks(peer, self.trusted):
            return None
        return _header(scope, self.country_header)

    def _nets(self, cidrs: tuple[str, ...]) -> tuple[IPNetwork, ...]:
        """Parsed networks, cached per list (keys are few; the cache is bounded anyway)."""
        nets = self._networks.get(cidrs)
        if nets is None:
            if len(self._networks) >= _MAX_CACHED_NETWORK_LISTS:
                self._networks.clear()
            nets = self._networks[cidrs] = parse_networks(cidrs)
        return nets


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None
