"""Each restriction rule as a pure function, and client address resolution."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxyify_asgi.clientaddr import client_ip, parse_ip, parse_networks
from proxyify_asgi.restrictions import country_denial, ip_denial, model_denial, origin_denial, time_denial
from proxyify_asgi.settings import ActiveHours


def nets(*cidrs: str):
    return parse_networks(cidrs)


# --- IP -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ip", "allowed", "denied", "blocked"),
    [
        ("10.1.2.3", ("10.0.0.0/8",), (), False),
        ("11.1.2.3", ("10.0.0.0/8",), (), True),
        ("10.9.9.9", ("10.0.0.0/8",), ("10.9.0.0/16",), True),  # deny wins
        ("192.0.2.1", (), ("10.0.0.0/8",), False),
        ("2001:db8::1", ("2001:db8::/32",), (), False),
        ("2001:db9::1", ("2001:db8::/32",), (), True),
        ("::ffff:10.1.2.3", ("10.0.0.0/8",), (), False),  # IPv4-mapped IPv6 is the IPv4 address
        ("10.1.2.3", ("::ffff:10.0.0.0/104",), (), False),  # and mapped ranges are IPv4 ranges
        ("10.1.2.3", ("2001:db8::/32",), (), True),  # versions never match each other
        (None, ("10.0.0.0/8",), (), True),  # unknown address fails closed
        (None, (), ("10.0.0.0/8",), True),
        (None, (), (), False),
    ],
)
def test_ip_rule(ip, allowed, denied, blocked):
    reason = ip_denial(ip, nets(*allowed), nets(*denied))
    assert (reason is not None) is blocked
    if reason:
        assert "10.0.0.0" not in reason and "2001:db8::/32" not in reason  # never the allow list


# --- origin -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "allowed", "require", "blocked"),
    [
        ("https://app.example.com", ("https://app.example.com",), False, False),
        ("https://APP.example.com", ("https://app.example.com",), False, False),
        ("https://evil.com", ("https://app.example.com",), False, True),
        ("https://a.example.com", ("https://*.example.com",), False, False),
        ("https://a.b.example.com", ("https://*.example.com",), False, False),
        ("https://example.com", ("https://*.example.com",), False, True),
        ("https://evilexample.com", ("https://*.example.com",), False, True),
        ("http://a.example.com", ("https://*.example.com",), False, True),  # scheme matters
        ("https://a.example.com:8443", ("https://*.example.com",), False, True),  # so does the port
        ("https://app.example.com.evil.com", ("https://app.example.com",), False, True),
        ("null", ("https://app.example.com",), False, True),
        (None, ("https://app.example.com",), False, False),  # server-side clients send none
        (None, ("https://app.example.com",), True, True),
        (None, (), True, True),
        ("https://anything.org", ("*",), True, False),
        ("https://anything.org", (), False, False),
    ],
)
def test_origin_rule(origin, allowed, require, blocked):
    assert (origin_denial(origin, allowed, require) is not None) is blocked


# --- country ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "allowed", "denied", "blocked"),
    [
        ("US", ("US", "DE"), (), False),
        ("de", ("US", "DE"), (), False),
        ("FR", ("US", "DE"), (), True),
        ("RU", (), ("RU",), True),
        ("FR", (), ("RU",), False),
        (None, ("US",), (), True),  # unknown country is denied under a country list
        ("XX", ("US",), (), True),  # Cloudflare's "unknown"
        ("T1", (), ("RU",), True),  # Tor: no country
        ("USA", ("US",), (), True),
        (None, (), (), False),
    ],
)
def test_country_rule(country, allowed, denied, blocked):
    assert (country_denial(country, allowed, denied) is not None) is blocked


# --- model --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "allowed", "denied", "blocked"),
    [
        ("openai/gpt-4o", ("openai/*",), (), False),
        ("anthropic/claude-sonnet-4.5", ("openai/*",), (), True),
        ("openai/gpt-4o", ("openai/*",), ("openai/gpt-4o",), True),
        ("openai/gpt-4o-mini", ("openai/*",), ("openai/gpt-4o",), False),
        ("openai/whisper-1", ("openai/gpt-4o*", "openai/whisper-?"), (), False),
        ("OpenAI/gpt-4o", ("openai/*",), (), True),  # model ids are case-sensitive
        ("google/gemini-2.5-flash", (), ("openai/*",), False),
    ],
)
def test_model_rule(model, allowed, denied, blocked):
    reason = model_denial(model, allowed, denied)
    assert (reason is not None) is blocked
    if reason:
        assert "openai/*" not in reason


# --- time ---------------------------------------------------------------------------------------

UTC = timezone.utc
OFFICE = ActiveHours(tz="Europe/Berlin", days=("mon", "tue", "wed", "thu", "fri"), start="08:00", end="18:00")
FRIDAY_NIGHT = ActiveHours(tz="Europe/Berlin", days=("fri",), start="22:00", end="02:00")


@pytest.mark.parametrize(
    ("hours", "now", "blocked"),
    [
        (OFFICE, datetime(2026, 1, 7, 7, 0, tzinfo=UTC), False),  # Wed 08:00 CET: start is inclusive
        (OFFICE, datetime(2026, 1, 7, 6, 59, tzinfo=UTC), True),
        (OFFICE, datetime(2026, 1, 7, 17, 0, tzinfo=UTC), True),  # 18:00 CET: end is exclusive
        (OFFICE, datetime(2026, 1, 10, 12, 0, tzinfo=UTC), True),  # Saturday
        (FRIDAY_NIGHT, datetime(2026, 1, 9, 22, 0, tzinfo=UTC), False),  # Fri 23:00
        (FRIDAY_NIGHT, datetime(2026, 1, 10, 0, 30, tzinfo=UTC), False),  # Sat 01:30, Friday's window
        (FRIDAY_NIGHT, datetime(2026, 1, 10, 1, 0, tzinfo=UTC), True),  # Sat 02:00: ended
        (FRIDAY_NIGHT, datetime(2026, 1, 10, 22, 0, tzinfo=UTC), True),  # Sat 23:00: not Friday
        (FRIDAY_NIGHT, datetime(2026, 1, 9, 0, 30, tzinfo=UTC), True),  # Fri 01:30 is Thursday's night
        (None, datetime(2026, 1, 9, 0, 30, tzinfo=UTC), False),
    ],
)
def test_time_rule(hours, now, blocked):
    assert (time_denial(hours, now) is not None) is blocked


def test_time_rule_follows_the_clock_across_daylight_saving_start():
    """Berlin moves from UTC+1 to UTC+2 on 2026-03-29; 08:00 local is 07:00 UTC before, 06:00 after."""
    assert time_denial(OFFICE, datetime(2026, 3, 27, 7, 30, tzinfo=UTC)) is None  # Fri 08:30 CET
    assert time_denial(OFFICE, datetime(2026, 3, 27, 6, 30, tzinfo=UTC)) is not None  # Fri 07:30 CET
    assert time_denial(OFFICE, datetime(2026, 3, 30, 6, 30, tzinfo=UTC)) is None  # Mon 08:30 CEST
    assert time_denial(OFFICE, datetime(2026, 3, 30, 5, 30, tzinfo=UTC)) is not None  # Mon 07:30 CEST
    assert time_denial(OFFICE, datetime(2026, 3, 30, 16, 30, tzinfo=UTC)) is not None  # Mon 18:30 CEST


def test_window_across_midnight_on_the_night_the_clocks_change():
    saturday_night = ActiveHours(tz="Europe/Berlin", days=("sat",), start="22:00", end="04:00")
    assert time_denial(saturday_night, datetime(2026, 3, 28, 21, 30, tzinfo=UTC)) is None  # Sat 22:30 CET
    assert time_denial(saturday_night, datetime(2026, 3, 29, 1, 30, tzinfo=UTC)) is None  # Sun 03:30 CEST
    assert time_denial(saturday_night, datetime(2026, 3, 29, 2, 30, tzinfo=UTC)) is not None  # Sun 04:30 CEST
    # Autumn: 2026-10-25 03:00 CEST becomes 02:00 CET; 04:00 local is then 03:00 UTC.
    assert time_denial(saturday_night, datetime(2026, 10, 25, 2, 30, tzinfo=UTC)) is None  # Sun 03:30 CET
    assert time_denial(saturday_night, datetime(2026, 10, 25, 3, 0, tzinfo=UTC)) is not None  # Sun 04:00 CET


# --- client address -----------------------------------------------------------------------------

TRUSTED = parse_networks(["127.0.0.1/32", "10.0.0.0/8", "fd00::/8"])


def scope(peer: str | None, *headers: tuple[str, str]) -> dict:
    return {
        "type": "http",
        "client": (peer, 50000) if peer else None,
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers],
    }


@pytest.mark.parametrize(
    ("peer", "headers", "expected"),
    [
        ("203.0.113.9", [("X-Forwarded-For", "1.2.3.4")], "203.0.113.9"),  # spoof from untrusted peer
        ("127.0.0.1", [("X-Forwarded-For", "1.2.3.4")], "1.2.3.4"),
        ("127.0.0.1", [("X-Forwarded-For", "6.6.6.6, 1.2.3.4, 10.0.0.5")], "1.2.3.4"),  # right-most untrusted
        ("127.0.0.1", [("X-Forwarded-For", "6.6.6.6"), ("X-Forwarded-For", "1.2.3.4")], "1.2.3.4"),
        ("127.0.0.1", [("X-Forwarded-For", "10.0.0.7, 10.0.0.5")], "10.0.0.7"),  # all trusted: left-most
        ("127.0.0.1", [], "127.0.0.1"),
        ("127.0.0.1", [("X-Forwarded-For", "unknown")], None),  # fail closed, not the proxy's address
        ("127.0.0.1", [("Forwarded", 'for=192.0.2.60;proto=https, for="[2001:db8::7]:4711"')], "2001:db8::7"),
        ("127.0.0.1", [("Forwarded", "for=192.0.2.60:1234")], "192.0.2.60"),
        ("127.0.0.1", [("Forwarded", "for=9.9.9.9"), ("X-Forwarded-For", "1.2.3.4")], "1.2.3.4"),
        ("::ffff:127.0.0.1", [("X-Forwarded-For", "::ffff:1.2.3.4")], "1.2.3.4"),  # mapped, both sides
        ("fd00::1", [("X-Forwarded-For", "2001:db8::1")], "2001:db8::1"),
        ("2001:db8::2", [("X-Forwarded-For", "1.2.3.4")], "2001:db8::2"),
        (None, [("X-Forwarded-For", "1.2.3.4")], None),
    ],
)
def test_client_ip(peer, headers, expected):
    assert client_ip(scope(peer, *headers), TRUSTED) == expected


def test_without_trusted_proxies_headers_are_ignored():
    assert client_ip(scope("127.0.0.1", ("X-Forwarded-For", "1.2.3.4")), ()) == "127.0.0.1"


def test_parse_ip_forms():
    assert str(parse_ip("[::1]:443")) == "::1"
    assert str(parse_ip("::ffff:192.0.2.1")) == "192.0.2.1"
    assert parse_ip("_hidden") is None and parse_ip("[::1") is None


# --- properties of client address resolution ------------------------------------------------------

ipv4 = st.ip_addresses(v=4).map(str)
header_junk = st.lists(st.one_of(ipv4, st.ip_addresses(v=6).map(str), st.text(max_size=12)), max_size=5)


def _xff(entries: list[str]) -> tuple[str, str]:
    return ("X-Forwarded-For", ", ".join(e.replace(",", "") for e in entries))


@given(peer=ipv4.filter(lambda a: not a.startswith(("10.", "127."))), claimed=header_junk)
def test_an_untrusted_peer_is_the_client_whatever_it_claims(peer, claimed):
    assert client_ip(scope(peer, _xff(claimed), ("Forwarded", "for=" + ";".join(claimed))), TRUSTED) == peer


@given(real=ipv4.filter(lambda a: not a.startswith(("10.", "127."))), spoofed=header_junk)
def test_entries_left_of_the_real_client_never_matter(real, spoofed):
    """Behind a trusted proxy the client may prepend anything; the proxy's appended entry wins."""
    assert client_ip(scope("127.0.0.1", _xff([*spoofed, real])), TRUSTED) == real
