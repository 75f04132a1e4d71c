"""Key listings show the live balance: the admin API over a socket (the CLI's in test_keys_cli.py)."""

from __future__ import annotations

import httpx

from proxyify_asgi import Settings, create_app
from tests.fakes.server import serve

ADMIN = "admin-secret-for-balance-tests"
AUTH = {"Authorization": f"Bearer {ADMIN}"}
CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hello there"}]}


def spend(url: str, secret: str) -> int:
    r = httpx.post(f"{url}/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {secret}"})
    assert r.status_code == 200, r.text
    used = r.json()["_balancer"]["credits_used"]
    assert used > 0
    return used


def live_balance(url: str, secret: str) -> int:
    return httpx.get(f"{url}/v1/balance", headers={"Authorization": f"Bearer {secret}"}).json()["data"]["credits"]


def test_admin_api_shows_the_balance_not_the_grant(monkeypatch):
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", ADMIN)
    settings = Settings.demo(storage={"url": "memory://"}, accounts=[{"name": "team", "credits": 5000}])
    with serve(create_app(settings)) as url:
        made = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "svc", "credits": 1000}).json()["data"]
        assert (made["credits"], made["reserved"], made["credits_granted"]) == (1000, 0, 1000)
        team = httpx.post(f"{url}/v1/admin/keys", headers=AUTH, json={"name": "mate", "account": "team"}).json()["data"]
        assert (team["credits"], team["credits_granted"]) == (5000, 5000)

        used = spend(url, made["key"]) + spend(url, made["key"])
        shown = httpx.get(f"{url}/v1/admin/keys/svc", headers=AUTH).json()["data"]
        assert shown["credits"] == 1000 - used == live_balance(url, made["key"])
        assert (shown["reserved"], shown["credits_granted"]) == (0, 1000)

        listing = {k["name"]: k for k in httpx.get(f"{url}/v1/admin/keys", headers=AUTH).json()["data"]}
        assert listing["svc"]["credits"] == 1000 - used
        assert listing["mate"]["credits"] == 5000
        demo_used = spend(url, "pk-demo-proxyify-local-only")
        demo = httpx.get(f"{url}/v1/admin/keys", headers=AUTH).json()["data"]
        assert next(k for k in demo if k["name"] == "demo")["credits"] == 1_000_000 - demo_used

        revoked = httpx.delete(f"{url}/v1/admin/keys/svc", headers=AUTH).json()["data"]
        assert revoked["state"] == "revoked" and revoked["credits"] == 1000 - used
