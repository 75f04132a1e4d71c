"""The client's IP address, believing forwarding headers only from trusted proxies.

The address is the socket peer (``scope["client"]``), unless the peer is a trusted proxy: then it
is the right-most address of ``X-Forwarded-For`` (or, without that header, of ``Forwarded``) that
is not itself a trusted proxy. Addresses to the left of it were written by the client or by
proxies we do not know, so they are never believed: a spoofed header from an untrusted peer has no
effect, and one sent through a trusted proxy only adds entries left of the real one.

``X-Forwarded-For`` wins when both headers are present because it is what nearly every proxy
appends; configure the proxy to set (not pass through) the header you rely on.
IPv4-mapped IPv6 addresses (``::ffff:10.0.0.1``, as dual-stack sockets report IPv4 peers) are
normalised to plain IPv4, so ``10.0.0.0/8`` rules match them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

from proxyify_asgi.context import RequestContext
from proxyify_asgi.types import Scope

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(cidrs: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR strings (or bare addresses) as networks; IPv4-mapped IPv6 ranges become IPv4."""
    nets: list[IPNetwork] = []
    for cidr in cidrs:
        net = ipaddress.ip_network(cidr.strip(), strict=False)
        if isinstance(net, ipaddress.IPv6Network) and net.network_address.ipv4_mapped and net.prefixlen >= 96:
            net = ipaddress.ip_network(f"{net.network_address.ipv4_mapped}/{net.prefixlen - 96}")
        nets.append(net)
    return tuple(nets)


def parse_ip(text: str) -> IPAddress | None:
    """An address as written in a header or socket tuple, normalised; None if it is not one.

    Accepts ``1.2.3.4``, ``1.2.3.4:5678``, ``::1``, ``[::1]``, ``[::1]:443`` and zone-less forms;
    IPv4-mapped IPv6 becomes IPv4.
    """
    text = text.strip().strip('"')
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            return None
        text = text[1:end]
    elif text.count(":") == 1:  # IPv4 with a port
        text = text.split(":", 1)[0]
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def in_networks(addr: IPAddress, networks: Sequence[IPNetwork]) -> bool:
    """Whether ``addr`` lies in any of ``networks`` (IPv4 and IPv6 never match each other)."""
    return any(addr.version == net.version and addr in net for net in networks)


def _header_values(scope: Scope, name: bytes) -> list[str]:
    return [v.decode("latin-1") for k, v in scope.get("headers", ()) if k == name]


def _forwarded_for(values: list[str]) -> list[str]:
    """The ``for=`` addresses of RFC 7239 ``Forwarded`` headers, left to right."""
    out: list[str] = []
    for value in values:
        for element in value.split(","):
            for pair in element.split(";"):
                key, _, val = pair.strip().partition("=")
                if key.lower() == "for":
                    out.append(val.strip())
    return out


def forwarded_chain(scope: Scope) -> list[str]:
    """The proxy chain the headers claim, left (client) to right (nearest proxy)."""
    xff = _header_values(scope, b"x-forwarded-for")
    if xff:
        return [part.strip() for value in xff for part in value.split(",") if part.strip()]
    return _forwarded_for(_header_values(scope, b"forwarded"))


def client_ip(scope: Scope, trusted: Sequence[IPNetwork]) -> str | None:
    """The client address for ``scope`` given the ``trusted`` proxy networks, or None if unknown.

    Unknown means no socket peer, or a forwarded entry that is not an address (``unknown``, an
    obfuscated RFC 7239 name, garbage) where the client should be: rules that need an address
    then deny, rather than guess.
    """
    client = scope.get("client")
    if not client:
        return None
    peer = parse_ip(str(client[0]))
    if peer is None:
        return None
    if not trusted or not in_networks(peer, trusted):
        return str(peer)
    current = peer
    for entry in reversed(forwarded_chain(scope)):
        addr = parse_ip(entry)
        if addr is None:
            return None
        current = addr
        if not in_networks(addr, trusted):
            break
    return str(current)


def resolve_client_ip(scope: Scope, trusted: Sequence[IPNetwork]) -> str | None:
    """:func:`client_ip`, computed once per request and kept in ``ctx.client_ip``."""
    ctx = RequestContext.of(scope)
    if ctx.client_ip is None:
        ctx.client_ip = client_ip(scope, trusted)
    return ctx.client_ip
