"""Origin rule: exact origins and wildcard subdomains (``https://*.example.com``)."""

from __future__ import annotations

from collections.abc import Sequence

from proxyify_asgi.errors import clip


def origin_matches(origin: str, pattern: str) -> bool:
    """Whether ``origin`` (``scheme://host[:port]``) matches one allow-list ``pattern``.

    ``*`` matches any origin; ``https://*.example.com`` matches ``https://a.example.com`` and
    ``https://a.b.example.com`` but not ``https://example.com`` nor another scheme or port.
    Comparison ignores case (hosts are case-insensitive) and a trailing slash.
    """
    origin = origin.lower().rstrip("/")
    pattern = pattern.lower().rstrip("/")
    if pattern == "*":
        return True
    scheme, sep, rest = pattern.partition("://")
    if sep and rest.startswith("*."):
        o_scheme, o_sep, o_rest = origin.partition("://")
        suffix = rest[1:]  # ".example.com[:port]"
        return bool(o_sep) and o_scheme == scheme and o_rest.endswith(suffix) and len(o_rest) > len(suffix)
    return origin == pattern


def origin_denial(origin: str | None, allowed: Sequence[str], require_origin: bool) -> str | None:
    """None if the request's ``Origin`` may pass, else a reason.

    No ``Origin`` header (a server-side client) passes unless ``require_origin``; a present one
    must match ``allowed`` when that list is set. ``Origin: null`` (sandboxed pages, files) only
    passes with no allow list.
    """
    if origin is None or origin == "":
        return "An Origin header is required for this key." if require_origin else None
    if not allowed:
        return None
    if origin.lower() != "null" and any(origin_matches(origin, p) for p in allowed):
        return None
    return f"Origin {clip(origin)!r} is not allowed for this key."
