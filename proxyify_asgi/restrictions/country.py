"""Country rule: ISO 3166 alpha-2 allow and deny lists; an unknown country fails closed."""

from __future__ import annotations

from collections.abc import Sequence

UNKNOWN_COUNTRY_CODES = frozenset({"", "XX", "T1"})
"""Codes that name no country: Cloudflare's ``XX`` (unknown) and ``T1`` (Tor)."""


def normalise_country(value: str | None) -> str | None:
    """An upper-case two-letter code, or None when the value names no country."""
    if value is None:
        return None
    code = value.strip().upper()
    if code in UNKNOWN_COUNTRY_CODES or len(code) != 2 or not code.isalpha():
        return None
    return code


def country_denial(country: str | None, allowed: Sequence[str], denied: Sequence[str]) -> str | None:
    """None if a request from ``country`` may pass, else a reason.

    With any country rule on the key, an unknown country is denied (it could be anywhere).
    """
    if not allowed and not denied:
        return None
    code = normalise_country(country)
    if code is None:
        return "Client country could not be determined; this key is restricted by country."
    if code in denied or (allowed and code not in allowed):
        return f"Requests from country {code} are not allowed for this key."
    return None
