"""Key listings show the live balance: the admin API (over a socket) and ``keys list`` / ``keys show``."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from proxyify_asgi import Settings, create_app
from proxyify_asgi.cli import main
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


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "proxyify.toml"
    path.write_text(f"""
[storage]
url = "sqlite:///{tmp_path}/gateway.db"

[providers.demo]
kind = "demo"

[[models]]
id = "openai/gpt-4o"
price = {{ input_per_mtok = 2.5, output_per_mtok = 10.0 }}
routes = [{{ provider = "demo", model = "openai/gpt-4o" }}]
""")
    return path


def cli(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, _err = capsys.readouterr()
    return code, out


def _row(table: str, name: str) -> dict[str, str]:
    lines = table.splitlines()
    header = lines[0].split()
    for line in lines[1:]:
        cells = line.split("  ")
        cells = [c.strip() for c in cells if c.strip()]
        if cells[0] == name:
            return dict(zip(header, cells, strict=False))
    raise AssertionError(f"{name} not listed in:\n{table}")


def test_cli_list_and_show_the_balance_not_the_grant(config, capsys):
    code, out = cli(capsys, "keys", "create", "--name", "alice", "--credits", "250", "--config", str(config))
    assert code == 0
    secret = out.strip().splitlines()[-1]
    with serve(create_app(Settings.from_toml(config))) as url:
        used = spend(url, secret)

    code, out = cli(capsys, "keys", "list", "--config", str(config))
    row = _row(out, "alice")
    assert (row["CREDITS"], row["GRANTED"], row["ACCOUNT"]) == (str(250 - used), "250", "key:alice")
    code, out = cli(capsys, "keys", "show", "alice", "--config", str(config))
    view = json.loads(out)
    assert (view["credits"], view["reserved"], view["credits_granted"]) == (250 - used, 0, 250)
    assert secret not in out

    assert cli(capsys, "credits", "add", "alice", "100", "--config", str(config))[0] == 0
    code, out = cli(capsys, "keys", "list", "--config", str(config))
    row = _row(out, "alice")
    assert (row["CREDITS"], row["GRANTED"]) == (str(350 - used), "350")
