"""IP rule: CIDR allow and deny lists, IPv4 and IPv6."""

from __future__ import annotations

from collections.abc import Sequence

from proxyify_asgi.clientaddr import IPNetwork, in_networks, parse_ip


def ip_denial(ip: str | None, allowed: Sequence[IPNetwork], denied: Sequence[IPNetwork]) -> str | None:
    """None if ``ip`` may pass; a reason if it is denied, not allowed, or unknown under a rule.

    Deny wins over allow. An unknown address fails closed when the key has any IP rule.
    """
    if not allowed and not denied:
        return None
    addr = parse_ip(ip) if ip else None
    if addr is None:
        return "Client IP address could not be determined; this key is restricted by IP."
    if denied and in_networks(addr, denied):
        return f"Client IP {addr} is not allowed for this key."
    if allowed and not in_networks(addr, allowed):
        return f"Client IP {addr} is not allowed for this key."
    return None
