"""Auth and restrictions end to end: the full ``create_app`` served over a real socket."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from proxyify_asgi import Settings, create_app
from proxyify_asgi.demo_config import DEMO_KEY
from tests.fakes.server import serve

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}


def _closed_days() -> list[str]:
    """Every weekday but today and tomorrow (UTC), so the window is shut even across midnight."""
    today = datetime.now(timezone.utc).weekday()
    return [d for i, d in enumerate(WEEKDAYS) if i not in (today, (today + 1) % 7)]


# Every key has credits: the metering middleware refuses (402) a key whose account cannot pay.
KEYS = [
    {"name": "plain", "key": "pk-plain-secret-0001", "credits": 1000},
    {"name": "ip-local", "key": "pk-ip-local-secret-01", "credits": 1000, "allowed_ips": ["127.0.0.1/32"]},
    {"name": "ip-ten", "key": "pk-ip-ten-secret-0001", "credits": 1000, "allowed_ips": ["10.0.0.0/8"]},
    {"name": "ip-six", "key": "pk-ip-six-secret-0001", "credits": 1000, "allowed_ips": ["2001:db8::/32"]},
    {"name": "ip-deny", "key": "pk-ip-deny-secret-001", "credits": 1000, "denied_ips": ["127.0.0.0/8"]},
    {"name": "origin", "key": "pk-origin-secret-0001", "credits": 1000, "allowed_origins": ["https://*.example.com"]},
    {"name": "origin-req", "key": "pk-origin-req-secret1", "credits": 1000, "allowed_origins": ["https://app.example.com"], "require_origin": True},
    {"name": "country", "key": "pk-country-secret-001", "credits": 1000, "allowed_countries": ["DE", "FR"]},
    {"name": "model", "key": "pk-model-secret-00001", "credits": 1000, "allowed_models": ["openai/*"], "denied_models": ["openai/gpt-4o-mini"]},
    {"name": "open-hours", "key": "pk-open-hours-secret1", "credits": 1000, "active_hours": {"tz": "UTC", "start": "00:00", "end": "24:00"}},
    {"name": "closed-hours", "key": "pk-closed-hours-secr1", "credits": 1000, "active_hours": {"tz": "Asia/Tokyo", "days": _closed_days()}},
    {"name": "expired", "key": "pk-expired-secret-001", "credits": 1000, "expires": "2020-01-01"},
    {"name": "future", "key": "pk-future-secret-0001", "credits": 1000, "expires": (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()},
]
SECRET = {k["name"]: k["key"] for k in KEYS}


def make_settings(**gateway) -> Settings:
    # a country list with no trusted proxy to believe the country header from is a config problem
    keys = KEYS if gateway.get("trusted_proxies") else [k for k in KEYS if "allowed_countries" not in k]
    return Settings.demo(storage={"url": "memory://"}, keys=keys, gateway=gateway)


@pytest.fixture(scope="module")
def base_url():
    with serve(create_app(make_settings(trusted_proxies=["127.0.0.1/32"]))) as url:
        yield url


@pytest.fixture(scope="module")
def untrusting_url():
    with serve(create_app(make_settings())) as url:
        yield url


def call(url: str, key: str | None, body: dict | None = None, **headers: str) -> httpx.Response:
    hdrs = {k.replace("_", "-"): v for k, v in headers.items()}
    if key is not None:
        hdrs["Authorization"] = f"Bearer {key}"
    return httpx.post(f"{url}/v1/chat/completions", json=body or CHAT, headers=hdrs, timeout=10)


def assert_denied(response: httpx.Response, kind: str) -> None:
    assert response.status_code == 403, response.text
    error = response.json()["error"]
    assert error["code"] == 403 and error["metadata"] == {"restriction": kind}
    assert f"({kind})" in error["message"]


# --- 401 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing"),
        ({"Authorization": "Bearer pk-not-a-real-key"}, "invalid"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "missing"),
        ({"x-api-key": "pk-not-a-real-key"}, "invalid"),
        ({"Authorization": f"Bearer {'x' * 5000}"}, "invalid"),
        ({"Authorization": "Bearer pk-expired-secret-001"}, "expired"),
    ],
)
def test_unauthenticated_requests_get_401_saying_why(base_url, headers, reason):
    r = httpx.post(f"{base_url}/v1/chat/completions", json=CHAT, headers=headers)
    assert r.status_code == 401
    error = r.json()["error"]
    assert error["metadata"] == {"reason": reason} and reason in error["message"].lower()
    assert "pk-" not in r.text  # the presented key is never echoed
    assert r.headers["x-request-id"]


def test_valid_keys_pass_by_bearer_or_x_api_key(base_url):
    assert call(base_url, SECRET["plain"]).status_code == 200
    r = httpx.post(f"{base_url}/v1/chat/completions", json=CHAT, headers={"x-api-key": SECRET["plain"]})
    assert r.status_code == 200
    assert call(base_url, SECRET["future"]).status_code == 200


def test_demo_configuration_works_with_its_published_key():
    with serve(create_app(Settings.demo(storage={"url": "memory://"}))) as url:
        assert call(url, DEMO_KEY).status_code == 200
        assert call(url, None).status_code == 401


def test_public_paths_need_no_key(base_url):
    assert httpx.get(f"{base_url}/healthz").status_code == 200
    assert httpx.get(f"{base_url}/v1/models").status_code == 401


# --- 403, each restriction allowed and denied -----------------------------------------------------


def test_ip_restriction(base_url, untrusting_url):
    assert call(base_url, SECRET["ip-local"]).status_code == 200
    assert_denied(call(base_url, SECRET["ip-ten"]), "ip")
    assert_denied(call(base_url, SECRET["ip-deny"]), "ip")
    # 127.0.0.1 is a trusted proxy here: the forwarded client address counts.
    assert call(base_url, SECRET["ip-ten"], X_Forwarded_For="10.1.2.3").status_code == 200
    assert call(base_url, SECRET["ip-ten"], X_Forwarded_For="10.1.2.3, 127.0.0.1").status_code == 200
    assert_denied(call(base_url, SECRET["ip-ten"], X_Forwarded_For="10.1.2.3, 8.8.8.8"), "ip")
    assert call(base_url, SECRET["ip-ten"], Forwarded="for=10.9.9.9;proto=https").status_code == 200


def test_ipv6_client_addresses(base_url):
    assert call(base_url, SECRET["ip-six"], X_Forwarded_For="2001:db8::5").status_code == 200
    assert call(base_url, SECRET["ip-six"], Forwarded='for="[2001:db8::9]:1234"').status_code == 200
    assert_denied(call(base_url, SECRET["ip-six"], X_Forwarded_For="2001:db9::5"), "ip")
    assert call(base_url, SECRET["ip-ten"], X_Forwarded_For="::ffff:10.2.3.4").status_code == 200


def test_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(untrusting_url):
    assert_denied(call(untrusting_url, SECRET["ip-ten"], X_Forwarded_For="10.1.2.3"), "ip")
    assert_denied(call(untrusting_url, SECRET["ip-ten"], Forwarded="for=10.1.2.3"), "ip")
    assert call(untrusting_url, SECRET["ip-local"], X_Forwarded_For="8.8.8.8").status_code == 200


def test_origin_restriction(base_url):
    assert call(base_url, SECRET["origin"], Origin="https://app.example.com").status_code == 200
    assert call(base_url, SECRET["origin"]).status_code == 200  # no Origin: a server-side client
    assert_denied(call(base_url, SECRET["origin"], Origin="https://evil.com"), "origin")
    assert_denied(call(base_url, SECRET["origin"], Origin="https://example.com.evil.com"), "origin")
    assert call(base_url, SECRET["origin-req"], Origin="https://app.example.com").status_code == 200
    denied = call(base_url, SECRET["origin-req"])
    assert_denied(denied, "origin")
    assert "app.example.com" not in denied.text  # the allow list stays private


def test_country_restriction(base_url):
    assert call(base_url, SECRET["country"], CF_IPCountry="DE").status_code == 200
    assert_denied(call(base_url, SECRET["country"], CF_IPCountry="US"), "country")
    assert_denied(call(base_url, SECRET["country"], CF_IPCountry="XX"), "country")
    assert_denied(call(base_url, SECRET["country"]), "country")  # unknown country is denied


def test_country_from_a_configured_header():
    settings = make_settings(country_header="X-Country", trusted_proxies=["127.0.0.1/32"])
    with serve(create_app(settings)) as url:
        assert call(url, SECRET["country"], X_Country="FR").status_code == 200
        assert_denied(call(url, SECRET["country"], CF_IPCountry="FR"), "country")


def test_country_header_from_a_peer_that_is_not_a_trusted_proxy_is_not_believed():
    # the CDN is at 10.0.0.0/8; a client reaching the gateway directly writes the header itself
    settings = make_settings(trusted_proxies=["10.0.0.0/8"])
    with serve(create_app(settings)) as url:
        assert_denied(call(url, SECRET["country"], CF_IPCountry="DE"), "country")


def test_a_country_list_with_no_way_to_know_the_country_is_a_config_problem():
    from proxyify_asgi import ConfigurationError

    with pytest.raises(ConfigurationError, match="country list needs a way to know the country"):
        Settings.demo(storage={"url": "memory://"}, keys=KEYS, gateway={})


def test_model_restriction(base_url):
    assert call(base_url, SECRET["model"]).status_code == 200
    denied = call(base_url, SECRET["model"], {**CHAT, "model": "anthropic/claude-sonnet-4.5"})
    assert_denied(denied, "model")
    assert "openai/*" not in denied.text
    assert_denied(call(base_url, SECRET["model"], {**CHAT, "model": "openai/gpt-4o-mini"}), "model")


def test_model_rule_cannot_be_dodged_with_another_content_type(base_url):
    import orjson

    body = orjson.dumps({**CHAT, "model": "anthropic/claude-sonnet-4.5"})
    r = httpx.post(f"{base_url}/v1/chat/completions", content=body,
                   headers={"Authorization": f"Bearer {SECRET['model']}", "Content-Type": "text/plain"})
    assert_denied(r, "model")


def test_model_rule_on_a_broken_body_is_a_400_not_a_500(base_url):
    r = httpx.post(f"{base_url}/v1/chat/completions", content=b"{nope",
                   headers={"Authorization": f"Bearer {SECRET['model']}"})
    assert r.status_code == 400 and r.json()["error"]["code"] == 400


def test_time_restriction(base_url):
    assert call(base_url, SECRET["open-hours"]).status_code == 200
    assert_denied(call(base_url, SECRET["closed-hours"]), "time")


def test_streaming_passes_through_restrictions(base_url):
    with httpx.stream("POST", f"{base_url}/v1/chat/completions", json={**CHAT, "stream": True},
                      headers={"Authorization": f"Bearer {SECRET['model']}"}) as r:
        assert r.status_code == 200
        assert "data: [DONE]" in r.read().decode()


# --- revocation, seeding, logs ------------------------------------------------------------------


def test_revoked_key_is_refused_at_once_through_the_admin_api(monkeypatch):
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", "admin-secret-for-tests")
    with serve(create_app(make_settings())) as url:
        assert call(url, SECRET["plain"]).status_code == 200
        r = httpx.post(f"{url}/v1/admin/keys/plain/revoke", headers={"Authorization": "Bearer admin-secret-for-tests"})
        assert r.status_code == 200 and r.json()["data"]["state"] == "revoked"
        refused = call(url, SECRET["plain"])
        assert refused.status_code == 401 and refused.json()["error"]["metadata"] == {"reason": "revoked"}


def test_seeding_twice_keeps_revocation_and_grants_once(tmp_path):
    db = f"sqlite:///{tmp_path}/gw.db"
    keys = [{"name": "alice", "key": "pk-alice-secret-001", "credits": 500, "allowed_models": ["openai/*"]},
            {"name": "bob", "key": "pk-bob-secret-00001", "credits": 7}]
    grants: list[tuple[str, int | None]] = []

    first = create_app(Settings.demo(storage={"url": db}, keys=keys))
    opens_account = first.gateway.on_key_created  # the ledger's hook

    async def grant(record) -> None:
        grants.append((record.account, record.credits))
        await opens_account(record)

    first.gateway.on_key_created = grant
    with serve(first) as url:
        assert call(url, "pk-bob-secret-00001", {**CHAT, "max_tokens": 5}).status_code == 200  # 7 credits cover it
    import asyncio

    from proxyify_asgi.stores.keys_sqlite import SQLiteKeyStore

    async def revoke_bob() -> None:
        store = SQLiteKeyStore(f"{tmp_path}/gw.db")
        await store.revoke("bob", datetime.now(timezone.utc))
        await store.aclose()

    asyncio.run(revoke_bob())
    keys[0] = {**keys[0], "allowed_models": ["google/*"]}
    second = create_app(Settings.demo(storage={"url": db}, keys=keys))
    second.gateway.on_key_created = grant
    with serve(second) as url:
        assert call(url, "pk-bob-secret-00001").status_code == 401
        assert_denied(call(url, "pk-alice-secret-001"), "model")  # the new restriction applies
        assert call(url, "pk-alice-secret-001", {**CHAT, "model": "google/gemini-2.5-flash"}).status_code == 200
    assert grants == [("key:alice", 500), ("key:bob", 7)]  # the restart granted nothing again


def test_secrets_never_reach_the_logs(base_url, caplog):
    caplog.set_level(logging.DEBUG)
    presented = [SECRET["plain"], SECRET["model"], SECRET["expired"], "pk-wrong-key-never-log"]
    for secret in presented:
        call(base_url, secret)
        call(base_url, secret, {**CHAT, "model": "anthropic/claude-sonnet-4.5"})
        httpx.post(f"{base_url}/v1/chat/completions", content=b"{", headers={"x-api-key": secret})
    assert caplog.records  # the capture saw the gateway's and the servers' logging
    for secret in presented:
        assert secret not in caplog.text
        assert secret[3:] not in caplog.text


def test_country_from_a_maxmind_database(tmp_path):
    """A real MMDB file (GeoIP2-Country layout) read by the ``maxminddb`` reader."""
    from mmdb_writer import MMDBWriter
    from netaddr import IPSet

    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type="GeoIP2-Country")
    writer.insert_network(IPSet(["10.0.0.0/8"]), {"country": {"iso_code": "DE"}})
    writer.insert_network(IPSet(["2001:db8::/32"]), {"country": {"iso_code": "FR"}})
    writer.insert_network(IPSet(["192.0.2.0/24"]), {"country": {"iso_code": "US"}})
    db = tmp_path / "country.mmdb"
    writer.to_db_file(str(db))
    settings = make_settings(trusted_proxies=["127.0.0.1/32"], geoip_db=str(db))
    with serve(create_app(settings)) as url:
        assert call(url, SECRET["country"], X_Forwarded_For="10.1.2.3").status_code == 200
        assert call(url, SECRET["country"], X_Forwarded_For="2001:db8::1").status_code == 200
        assert_denied(call(url, SECRET["country"], X_Forwarded_For="192.0.2.7", CF_IPCountry="DE"), "country")
        assert_denied(call(url, SECRET["country"], X_Forwarded_For="8.8.8.8"), "country")  # not in the DB
