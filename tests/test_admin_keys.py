"""The admin API under /v1/admin/keys, over a real socket."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from proxyify_asgi import Settings, create_app
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from tests.fakes.server import serve

ADMIN = "admin-secret-for-tests-0001"
AUTH = {"Authorization": f"Bearer {ADMIN}"}
CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}


@pytest.fixture
def granted() -> list[tuple[str, int | None]]:
    """What the ledger hook was asked to grant: (account, credits) per created key."""
    return []


@pytest.fixture
def url(monkeypatch, granted):
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", ADMIN)
    app = create_app(Settings.demo(storage={"url": "memory://"}))

    opens_account = app.gateway.on_key_created  # the ledger's hook: the new key's credits

    async def on_created(record) -> None:
        granted.append((record.account, record.credits))
        if opens_account is not None:
            await opens_account(record)

    app.gateway.on_key_created = on_created
    with serve(app) as base:
        yield base


def chat(url: str, secret: str, **headers: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {secret}", **headers})


def test_create_returns_the_secret_once_and_the_key_works(url, granted):
    r = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "svc", "credits": 50, "rate_limit": "5/second"})
    assert r.status_code == 201
    data = r.json()["data"]
    secret = data["key"]
    assert secret.startswith(data["prefix"]) and data["account"] == "key:svc" and data["state"] == "active"
    assert "key_hash" not in data
    assert chat(url, secret).status_code == 200
    assert granted == [("key:demo", 1_000_000), ("key:svc", 50)]  # seeding, then this key: once each

    listing = httpx.get(f"{url}/v1/admin/keys", headers=AUTH)
    assert listing.status_code == 200
    assert {k["name"] for k in listing.json()["data"]} == {"demo", "svc"}
    assert secret not in listing.text
    shown = httpx.get(f"{url}/v1/admin/keys/svc", headers=AUTH).json()["data"]
    assert shown["policy"] == {"rate_limit": "5/second"} and "key" not in shown


def test_update_restrictions_then_revoke(url):
    secret = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "web", "credits": 1000}).json()["data"]["key"]
    r = httpx.patch(f"{url}/v1/admin/keys/web", headers=AUTH, json={"allowed_origins": ["https://app.example.com"], "require_origin": True})
    assert r.status_code == 200 and r.json()["data"]["policy"]["require_origin"] is True
    denied = chat(url, secret)  # the change applies to the very next request
    assert denied.status_code == 403 and denied.json()["error"]["metadata"] == {"restriction": "origin"}
    assert chat(url, secret, Origin="https://app.example.com").status_code == 200

    r = httpx.patch(f"{url}/v1/admin/keys/web", headers=AUTH, json={"require_origin": None, "allowed_origins": None})
    assert r.json()["data"]["policy"] == {}
    assert chat(url, secret).status_code == 200

    assert httpx.delete(f"{url}/v1/admin/keys/web", headers=AUTH).json()["data"]["state"] == "revoked"
    assert chat(url, secret).status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/v1/admin/keys", {"name": "x", "allowed_ips": ["nope"]}, "allowed_ips[0]"),
        ("POST", "/v1/admin/keys", {"name": "x", "key": "pk-chosen-secret"}, "key"),
        ("POST", "/v1/admin/keys", {"name": "x", "colour": "red"}, "colour"),
        ("POST", "/v1/admin/keys", {"allowed_models": ["a/*"]}, "name"),
        ("POST", "/v1/admin/keys", {"name": "demo"}, "name"),
        ("PATCH", "/v1/admin/keys/demo", {"active_hours": {"tz": "Mars/Base"}}, "active_hours.tz"),
        ("PATCH", "/v1/admin/keys/demo", {"name": "renamed"}, "name"),
    ],
)
def test_bad_admin_input_is_a_400_naming_the_field(url, method, path, body, field):
    r = httpx.request(method, f"{url}{path}", headers=AUTH, json=body)
    assert r.status_code == 400, r.text
    assert field in r.text


def test_admin_guard(url):
    assert httpx.get(f"{url}/v1/admin/keys").status_code == 401
    assert httpx.get(f"{url}/v1/admin/keys", headers={"Authorization": "Bearer pk-demo-proxyify-local-only"}).status_code == 401
    assert chat(url, ADMIN).status_code == 401  # the admin key is not an API key
    assert httpx.get(f"{url}/v1/admin/keys/nobody", headers=AUTH).status_code == 404
    assert httpx.post(f"{url}/v1/admin/keys/nobody/revoke", headers=AUTH).status_code == 404
    assert httpx.post(f"{url}/v1/admin/keys", headers=AUTH, content=b"[1]").status_code == 400


def test_admin_api_is_off_without_the_admin_key(monkeypatch):
    monkeypatch.delenv("PROXYIFY_ADMIN_KEY", raising=False)
    with serve(create_app(Settings.demo(storage={"url": "memory://"}))) as base:
        r = httpx.get(f"{base}/v1/admin/keys", headers=AUTH)
    assert r.status_code == 404


def problem_fields(r: httpx.Response) -> list[str]:
    """The fields a 400 from the admin API names (its ``metadata.problems`` or ``metadata.field``)."""
    meta = r.json()["error"]["metadata"]
    return [p["field"] for p in meta["problems"]] if "problems" in meta else [meta["field"]]


def test_a_key_naming_a_missing_account_is_refused_and_not_created(url):
    r = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "zz1", "account": "nosuch"})
    assert r.status_code == 400, r.text
    assert problem_fields(r) == ["account"] and "'nosuch'" in r.json()["error"]["message"]
    assert httpx.get(f"{url}/v1/admin/keys/zz1", headers=AUTH).status_code == 404

    # Once the account exists, the same request succeeds and the key spends from it.
    assert httpx.post(f"{url}/v1/admin/accounts", headers=AUTH, json={"name": "nosuch", "credits": 5000}).status_code == 201
    made = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "zz1", "account": "nosuch"})
    assert made.status_code == 201 and made.json()["data"]["account"] == "nosuch"
    assert chat(url, made.json()["data"]["key"]).status_code == 200


def test_key_prefixed_account_names_are_reserved_for_keys(url):
    r = httpx.post(f"{url}/v1/admin/accounts", headers=AUTH, json={"name": "key:future", "credits": 777777})
    assert r.status_code == 400, r.text
    assert problem_fields(r) == ["name"] and "key:" in r.json()["error"]["message"]
    names = [a["name"] for a in httpx.get(f"{url}/v1/admin/accounts", headers=AUTH).json()["data"]]
    assert "key:future" not in names

    # So the key "future" gets its own account with exactly the credits asked for.
    made = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "future", "credits": 10})
    assert made.status_code == 201, made.text
    assert (made.json()["data"]["account"], made.json()["data"]["credits"]) == ("key:future", 10)


def test_an_existing_key_without_credits_can_have_its_own_account_opened(url):
    """The one ``key:`` account the admin API creates: the missing one of a key that spends from it."""
    secret = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "nocred"}).json()["data"]["key"]
    assert chat(url, secret).status_code == 402  # no account, nothing to spend
    r = httpx.post(f"{url}/v1/admin/accounts", headers=AUTH, json={"name": "key:nocred", "credits": 5000})
    assert r.status_code == 201, r.text
    assert chat(url, secret).status_code == 200


def test_a_new_key_never_adopts_an_existing_account_named_like_its_own(monkeypatch, tmp_path):
    """An account ``key:future`` that exists already (in a ledger written before such names
    were refused in ``[[accounts]]``) is not taken over."""
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", ADMIN)
    url = f"sqlite:///{tmp_path}/gateway.db"
    asyncio.run(SqliteLedger(str(tmp_path / "gateway.db")).create_account("key:future", 777777))
    settings = Settings.demo(storage={"url": url})
    with serve(create_app(settings)) as base:
        for body in ({"name": "future", "credits": 10}, {"name": "future"}):
            r = httpx.post(f"{base}/v1/admin/keys", headers=AUTH, json=body)
            assert r.status_code == 400, r.text
            assert problem_fields(r) == ["name"] and "'key:future'" in r.json()["error"]["message"]
        assert httpx.get(f"{base}/v1/admin/keys/future", headers=AUTH).status_code == 404
        accounts = {a["name"]: a for a in httpx.get(f"{base}/v1/admin/accounts", headers=AUTH).json()["data"]}
        assert accounts["key:future"]["balance"] == 777777  # untouched
        assert httpx.post(f"{base}/v1/admin/keys", headers=AUTH, json={"name": "future2", "credits": 10}).status_code == 201


def test_credits_and_account_together_name_the_field(url):
    r = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "both", "credits": 5, "account": "key:demo"})
    assert r.status_code == 400, r.text
    assert problem_fields(r) == ["credits"]
    assert r.json()["error"]["message"].startswith("Invalid 'credits': ")
    assert httpx.get(f"{url}/v1/admin/keys/both", headers=AUTH).status_code == 404


def test_two_apps_in_one_process_keep_their_own_admin_keys(monkeypatch):
    """create_app(admin_key=...) fixes each app's admin key; the environment is only the default."""
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", "admin-from-the-environment-01")
    settings = Settings.demo(storage={"url": "memory://"})
    with serve(create_app(settings, admin_key="admin-of-app-a-000001")) as a, \
            serve(create_app(settings, admin_key="admin-of-app-b-000001")) as b, serve(create_app(settings)) as env:
        def listing(url: str, secret: str) -> int:
            return httpx.get(url + "/v1/admin/keys", headers={"Authorization": f"Bearer {secret}"}).status_code

        assert (listing(a, "admin-of-app-a-000001"), listing(a, "admin-of-app-b-000001")) == (200, 401)
        assert (listing(b, "admin-of-app-b-000001"), listing(b, "admin-of-app-a-000001")) == (200, 401)
        assert listing(env, "admin-from-the-environment-01") == 200
        assert httpx.get(a + "/v1/admin/accounts", headers={"Authorization": "Bearer admin-of-app-b-000001"}).status_code == 401
