"""Balance endpoint, accounts admin API and the credits/accounts/usage CLI on one SQLite ledger."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from proxyify_asgi.app import create_app, lifespan
from proxyify_asgi.cli import main
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import Usage

CONFIG = """
[storage]
url = "sqlite:///{db}"

[providers.demo]
kind = "demo"

[[models]]
id = "openai/gpt-4o"
routes = [{{ provider = "demo", model = "openai/gpt-4o" }}]
price = {{ input_per_mtok = 2.5, output_per_mtok = 10.0 }}

[[accounts]]
name = "acme"
credits = 500

[[keys]]
name = "alice"
key = "pk-alice-secret"
credits = 100
spend_limit_usd = {{ daily = 5.0 }}

[[keys]]
name = "bob"
key = "pk-bob-secret-x"
account = "acme"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "proxyify.toml"
    path.write_text(CONFIG.format(db=tmp_path / "ledger.db"))
    return path


@asynccontextmanager
async def client_for(config: Path, **headers: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the whole gateway (real AuthMiddleware), started and closed around the block."""
    app = create_app(Settings.from_toml(config))
    async with lifespan(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t", headers=headers) as client:
            yield client


async def settle_three(db: Path) -> None:
    ledger = SqliteLedger(db)
    for i, (model, credits) in enumerate([("openai/gpt-4o", 12), ("openai/gpt-4o", 8), ("demo/other", 1)]):
        res = await ledger.reserve("key:alice", "alice", 20, Decimal("0.02"), request_id=f"r{i}", ttl_s=60)
        await ledger.settle(res, Usage(request_id=f"r{i}", key="alice", model_requested=model, model_used=model,
                                       provider="demo", input_tokens=10, output_tokens=5, credits=credits,
                                       cost_usd=Decimal(credits) / 1000))
    await ledger.aclose()


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


async def test_balance_shows_account_credits_spend_and_limits(config: Path) -> None:
    async with client_for(config, authorization="Bearer pk-alice-secret") as client:
        r = await client.get("/v1/balance")
        assert r.status_code == 200
        data = r.json()["data"]
        assert (data["credits"], data["reserved"], data["account"]) == (100, 0, "key:alice")
        assert data["spend_usd"] == {"daily": 0, "monthly": 0, "total": 0}
        assert data["limits"]["spend_usd"] == {"daily": 5, "monthly": None, "total": None}
        assert data["limits"]["rate_limit"] == "600/minute"
    async with client_for(config, authorization="Bearer pk-bob-secret-x") as client:
        assert (await client.get("/v1/balance")).json()["data"]["credits"] == 500  # the shared account
    async with client_for(config) as client:
        r = await client.get("/v1/balance")
        assert r.status_code == 401 and r.json()["error"]["code"] == 401


async def test_accounts_admin_api(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROXYIFY_ADMIN_KEY", raising=False)
    async with client_for(config, authorization="Bearer admin-secret-1") as client:
        assert (await client.get("/v1/admin/accounts")).status_code == 404  # off without PROXYIFY_ADMIN_KEY
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", "admin-secret-1")
    async with client_for(config, authorization="Bearer admin-secret-1") as client:
        created = await client.post("/v1/admin/accounts", json={"name": "team", "credits": 40})
        assert created.status_code == 201 and created.json()["data"]["balance"] == 40
        again = await client.post("/v1/admin/accounts", json={"name": "team", "credits": 999})
        assert again.status_code == 200
        assert (again.json()["data"]["balance"], again.json()["data"]["created"]) == (40, False)
        granted = await client.post("/v1/admin/accounts/team/credits", json={"credits": 2})
        assert granted.json()["data"]["balance"] == 42
        assert (await client.post("/v1/admin/accounts/ghost/credits", json={"credits": 2})).status_code == 404
        bad = await client.post("/v1/admin/accounts/team/credits", json={"credits": -5})
        assert bad.status_code == 400 and bad.json()["error"]["metadata"]["field"] == "credits"
        names = [a["name"] for a in (await client.get("/v1/admin/accounts")).json()["data"]]
        assert names == ["acme", "key:alice", "team"]
        wrong = await client.get("/v1/admin/accounts", headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 401


def test_cli_credits_accounts_and_usage(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "credits", "add", "alice", "50", "--config", str(config))[1] == "key:alice: +50 credits, balance 150\n"
    assert cli(capsys, "credits", "add", "bob", "5", "--config", str(config))[1] == "acme: +5 credits, balance 505\n"
    code, _, err = cli(capsys, "credits", "add", "ghost", "5", "--config", str(config))
    assert code == 1 and "ghost" in err
    assert cli(capsys, "accounts", "create", "team", "--credits", "7", "--config", str(config))[0] == 0
    code, _, err = cli(capsys, "accounts", "create", "team", "--credits", "9", "--config", str(config))
    assert code == 1 and "balance 7 (unchanged)" in err
    assert cli(capsys, "credits", "add", "team", "3", "--config", str(config))[1] == "team: +3 credits, balance 10\n"

    asyncio.run(settle_three(tmp_path / "ledger.db"))
    code, out, _ = cli(capsys, "usage", "--key", "alice", "--config", str(config))
    lines = [line.split() for line in out.splitlines()]
    assert lines[0] == ["model", "requests", "input_tokens", "output_tokens", "credits", "usd"]
    assert lines[1:] == [["demo/other", "1", "10", "5", "1", "0.001"], ["openai/gpt-4o", "2", "20", "10", "20", "0.020"],
                         ["TOTAL", "3", "30", "15", "21", "0.021"]]
    code, out, _ = cli(capsys, "usage", "--since", "2999-01-01", "--config", str(config))
    assert out.splitlines()[1:] == []
    code, out, _ = cli(capsys, "accounts", "list", "--config", str(config))
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [["acme", "505"], ["key:alice", "129"], ["team", "10"]]


def test_cli_keys_create_opens_the_new_keys_account(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "keys", "create", "--name", "carol", "--credits", "30", "--config", str(config))
    assert code == 0 and "account key:carol" in out
    assert cli(capsys, "credits", "add", "carol", "5", "--config", str(config))[1] == "key:carol: +5 credits, balance 35\n"
    code, out, _ = cli(capsys, "keys", "create", "--name", "dave", "--account", "acme", "--config", str(config))
    assert code == 0
    assert cli(capsys, "credits", "add", "dave", "1", "--config", str(config))[1] == "acme: +1 credits, balance 501\n"



def test_cli_keys_create_refuses_a_missing_account(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "keys", "create", "--name", "zz1", "--account", "nosuch", "--config", str(config))
    assert code == 1 and out == ""
    assert "account: " in err and "'nosuch'" in err
    assert cli(capsys, "keys", "show", "zz1", "--config", str(config))[0] == 1  # not created


def test_cli_keys_create_never_adopts_an_existing_own_account(config: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    async def legacy_account() -> None:  # an account named like erin's own, from before the key
        ledger = SqliteLedger(tmp_path / "ledger.db")
        await ledger.create_account("key:erin", 777777)
        await ledger.aclose()

    asyncio.run(legacy_account())
    code, out, err = cli(capsys, "keys", "create", "--name", "erin", "--credits", "10", "--config", str(config))
    assert code == 1 and out == ""
    assert "name: " in err and "'key:erin'" in err
    assert cli(capsys, "keys", "show", "erin", "--config", str(config))[0] == 1  # not created


def test_cli_refuses_key_prefixed_accounts_and_names_the_clashing_field(config: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "accounts", "create", "key:zed", "--credits", "5", "--config", str(config))
    assert code == 1 and "key:" in err
    assert "key:zed" not in cli(capsys, "accounts", "list", "--config", str(config))[1]
    # but the missing account of an existing key without credits may be opened
    assert cli(capsys, "keys", "create", "--name", "gil", "--config", str(config))[0] == 0
    assert cli(capsys, "accounts", "create", "key:gil", "--credits", "5", "--config", str(config))[0] == 0
    code, _, err = cli(capsys, "keys", "create", "--name", "x", "--credits", "5", "--account", "acme", "--config", str(config))
    assert code == 1 and "credits: set either credits" in err


HUGE = str(2**63)  # past SQLite's INTEGER: it used to be a 500, a traceback, or a float balance


async def test_credits_past_the_ceiling_are_refused_naming_the_field(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROXYIFY_ADMIN_KEY", "admin-secret-1")
    async with client_for(config, authorization="Bearer admin-secret-1") as client:
        for path, body in [("/v1/admin/accounts", {"name": "big", "credits": 2**63}),
                           ("/v1/admin/accounts/acme/credits", {"credits": 2**53}),
                           ("/v1/admin/keys", {"name": "big", "credits": 2**63})]:
            r = await client.post(path, json=body)
            assert r.status_code == 400, (path, r.text)
            assert "credits" in r.text and "9007199254740991" in r.text
        balances = {a["name"]: a["balance"] for a in (await client.get("/v1/admin/accounts")).json()["data"]}
        assert "big" not in balances and all(isinstance(v, int) for v in balances.values())


def test_cli_refuses_credits_past_the_ceiling_without_a_traceback(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["keys", "create", "--name", "big", "--credits", HUGE], ["credits", "add", "acme", HUGE],
                 ["accounts", "create", "big", "--credits", HUGE]):
        with pytest.raises(SystemExit) as exit_info:
            cli(capsys, *argv, "--config", str(config))
        err = capsys.readouterr().err
        assert exit_info.value.code == 2 and "at most 9007199254740991" in err and "Traceback" not in err, argv
