"""``proxyify-asgi keys``: a CLI-made key used over HTTP, restricted, listed, revoked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from proxyify_asgi import Settings, create_app
from proxyify_asgi.cli import main
from tests.fakes.server import serve

CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}
ROOT = Path(__file__).resolve().parents[1]


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

[[models]]
id = "google/gemini-2.5-flash"
routes = [{{ provider = "demo", model = "google/gemini-2.5-flash" }}]
""")
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def create(capsys, config: Path, *args: str) -> str:
    """``keys create ARGS`` in process; the new key's secret."""
    code, out, _ = cli(capsys, "keys", "create", *args, "--config", str(config))
    assert code == 0
    return out.strip().splitlines()[-1]


def post(url: str, secret: str, body: dict = CHAT) -> httpx.Response:
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"})


def test_create_use_restrict_list_revoke(config, capsys):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    made = subprocess.run(
        [sys.executable, "-m", "proxyify_asgi", "keys", "create", "--name", "alice", "--credits", "250",
         "--models", "openai/*", "--ips", "127.0.0.1/32,::1", "--config", str(config)],
        capture_output=True, text=True, env=env, timeout=30, check=True,
    )
    secret = made.stdout.strip().splitlines()[-1]
    assert secret.startswith("pk-") and len(secret) > 40

    with serve(create_app(Settings.from_toml(config))) as url:
        assert post(url, secret).status_code == 200
        denied = post(url, secret, {**CHAT, "model": "google/gemini-2.5-flash"})
        assert denied.status_code == 403 and denied.json()["error"]["metadata"] == {"restriction": "model"}

        code, out, _ = cli(capsys, "keys", "list", "--config", str(config))
        assert code == 0 and "alice" in out and "key:alice" in out and "250" in out and "active" in out
        assert secret not in out and secret[10:] not in out
        code, out, _ = cli(capsys, "keys", "show", "alice", "--config", str(config))
        assert code == 0 and '"openai/*"' in out and secret not in out

        code, out, _ = cli(capsys, "keys", "revoke", "alice", "--config", str(config))
        assert code == 0
        # Another process revoked it: the server's lookup cache lets it through for at most 2 s.
        deadline = time.monotonic() + 5
        while (r := post(url, secret)).status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert r.status_code == 401 and r.json()["error"]["metadata"] == {"reason": "revoked"}

    code, out, _ = cli(capsys, "keys", "list", "--config", str(config))
    assert "revoked" in out


def test_create_refuses_bad_input_and_taken_names(config, capsys):
    code, _, err = cli(capsys, "keys", "create", "--name", "bob", "--ips", "nonsense", "--config", str(config))
    assert code == 1 and "allowed_ips[0]" in err
    code, _, err = cli(capsys, "keys", "create", "--name", "bob", "--expires", "soon", "--config", str(config))
    assert code == 1 and "expires" in err
    assert cli(capsys, "keys", "create", "--name", "bob", "--countries", "de,fr", "--config", str(config))[0] == 0
    code, _, err = cli(capsys, "keys", "create", "--name", "bob", "--config", str(config))
    assert code == 1 and "exists" in err
    code, out, _ = cli(capsys, "keys", "show", "bob", "--config", str(config))
    assert '"DE"' in out and '"FR"' in out
    assert cli(capsys, "keys", "revoke", "nobody", "--config", str(config))[0] == 1


def test_expired_cli_key_is_refused(config, capsys):
    secret = create(capsys, config, "--name", "temp", "--expires", "2020-01-01T00:00:00Z")
    with serve(create_app(Settings.from_toml(config))) as url:
        r = post(url, secret)
    assert r.status_code == 401 and r.json()["error"]["metadata"] == {"reason": "expired"}


def test_a_broken_configuration_is_reported_not_mistaken_for_a_missing_key(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[storage]\nurl = 5\n")
    code, out, err = cli(capsys, "keys", "show", "alice", "--config", str(bad))
    assert code == 1 and "storage.url" in err and "no key named" not in err
    assert cli(capsys, "keys", "list", "--config", str(bad))[0] == 1


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
    secret = create(capsys, config, "--name", "alice", "--credits", "250")
    with serve(create_app(Settings.from_toml(config))) as url:
        r = post(url, secret)
        used = r.json()["_balancer"]["credits_used"]
        assert r.status_code == 200 and used > 0

    code, out, _ = cli(capsys, "keys", "list", "--config", str(config))
    row = _row(out, "alice")
    assert (row["CREDITS"], row["GRANTED"], row["ACCOUNT"]) == (str(250 - used), "250", "key:alice")
    code, out, _ = cli(capsys, "keys", "show", "alice", "--config", str(config))
    view = json.loads(out)
    assert (view["credits"], view["reserved"], view["credits_granted"]) == (250 - used, 0, 250)
    assert secret not in out

    assert cli(capsys, "credits", "add", "alice", "100", "--config", str(config))[0] == 0
    code, out, _ = cli(capsys, "keys", "list", "--config", str(config))
    row = _row(out, "alice")
    assert (row["CREDITS"], row["GRANTED"]) == (str(350 - used), "350")
