"""Configurations that used to pass check-config and then crash ``serve`` or fail (or serve for
free) at request time are refused up front, one line naming the key path; ``serve`` never prints
a traceback for a back end it cannot open; the ledger CLI names what is wrong (audit 11)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from proxyify_asgi.cli import main
from proxyify_asgi.settings import Settings

KLING = '[providers.k]\nkind = "kling"\napi_key = "ak-kling-access"\n'
BROKEN = [
    ('[rate_limits]\nstorage = "bogus://"\n', "rate_limits.storage"),
    ('[rate_limits]\nstorage = "memory"\n', "rate_limits.storage"),
    ('[[models]]\nid = "t"\nmodality = "tts"\nprice = { input_per_mtok = 15 }\n', "models[0].price.input_per_mtok"),
    ('[[models]]\nid = "i"\nmodality = "image"\nprice = { per_second = 5 }\n', "models[0].price.per_second"),
    ('[[models]]\nid = "c"\nprice = { per_image_by_size = { "1024x1024" = 0.04 } }\n',
     "models[0].price.per_image_by_size"),
    ('[providers.d]\nkind = "demo"\n[[models]]\nid = "v"\nmodality = "video"\n'
     'routes = [ { provider = "d", model = "x", price = { per_minute = 1 } } ]\n', "models[0].routes[0].price.per_minute"),
    (KLING + '[[models]]\nid = "v"\nmodality = "video"\nroutes = [ { provider = "k", model = "kling-v1" } ]\n',
     "providers.k.api_secret"),
    (KLING + 'api_secret = "sk-kling-secret"\n[[models]]\nid = "t"\nmodality = "tts"\n'
     'routes = [ { provider = "k", model = "kling-v1" } ]\n', "models[0].routes[0].provider"),
]


def _run(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proxyify_asgi", *argv], capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.parametrize(("text", "path"), BROKEN, ids=[f"{i}-{p}" for i, (_t, p) in enumerate(BROKEN)])
def test_check_config_refuses_what_used_to_fail_at_start_or_at_request_time(tmp_path, text, path):
    config = tmp_path / "proxyify.toml"
    config.write_text(text)
    run = _run("check-config", str(config))
    assert run.returncode == 1
    assert run.stderr.splitlines() == [run.stderr.strip()]  # exactly one line
    assert run.stderr.startswith(f"{config}: {path}: ")


def test_the_messages_say_what_would_be_right(tmp_path):
    config = tmp_path / "proxyify.toml"
    config.write_text(BROKEN[2][0] + BROKEN[7][0].replace('id = "t"', 'id = "t2"'))
    with pytest.raises(Exception) as info:
        Settings.from_toml(config)
    text = str(info.value)
    assert "tts models are not priced by input_per_mtok (their price fields: per_mchar, per_request)" in text
    assert "does not support text-to-speech (kinds that do: demo, gemini," in text


def test_valid_configs_still_load(tmp_path):
    """Free models, prices that fit their modality, and a Kling provider whose keys come from the environment."""
    config = tmp_path / "proxyify.toml"
    config.write_text(
        '[rate_limits]\nstorage = "redis://localhost:6379"\n'
        '[providers.k]\nkind = "kling"\napi_key_env = "KLING_AK"\napi_secret_env = "KLING_SK"\n'
        '[providers.d]\nkind = "demo"\n'
        '[[models]]\nid = "free"\nroutes = [ { provider = "d", model = "x" } ]\n'
        '[[models]]\nid = "v"\nmodality = "video"\nprice = { per_second = 0.1, per_request = 0.01 }\n'
        'routes = [ { provider = "k", model = "kling-v1", price = { per_second = 0.2 } } ]\n'
        '[[models]]\nid = "i"\nmodality = "image"\nprice = { per_image = 0.04, per_image_by_size = { "2K" = 0.08 } }\n'
        '[[models]]\nid = "s"\nmodality = "stt"\nprice = { per_minute = 0.006 }\n'
        '[[models]]\nid = "t"\nmodality = "tts"\nprice = { per_mchar = 15, input_per_mtok = 0 }\n'
    )
    run = _run("check-config", str(config))
    assert run.returncode == 0, run.stderr
    assert Settings.demo().models  # the built-in demo configuration passes the same checks


def test_serve_with_an_unknown_rate_limit_storage_exits_1_with_one_line(tmp_path):
    config = tmp_path / "proxyify.toml"
    config.write_text('[rate_limits]\nstorage = "bogus://"\n')
    run = _run("serve", "--config", str(config), "--port", "0", timeout=30)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        f"{config}: rate_limits.storage: " + run.stderr.split("rate_limits.storage: ", 1)[1].strip()
    ]


@pytest.mark.skipif(importlib.util.find_spec("memcachio") is not None, reason="the memcached client is installed")
def test_serve_with_a_back_end_whose_library_is_missing_exits_1_with_one_line(tmp_path):
    """A known scheme passes the load-time check (nothing is opened); opening it at start fails."""
    config = tmp_path / "proxyify.toml"
    config.write_text('[rate_limits]\nstorage = "memcached://localhost:11211"\n')
    run = _run("serve", "--config", str(config), "--port", "0", timeout=30)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert run.stderr.startswith(f"{config}: cannot start: ConfigurationError: 'memcachio' prerequisite not available")


def test_serve_with_a_storage_it_cannot_open_exits_1_with_one_line(tmp_path):
    """Opening the stores is the gateway's start (uvicorn's lifespan): it used to end in uvicorn's
    bare "FileExistsError" and "Application startup failed" with exit status 3."""
    (tmp_path / "a-file").write_text("")
    config = tmp_path / "proxyify.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path}/a-file/p.db"\n')
    run = _run("serve", "--config", str(config), "--port", "0", timeout=30)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert run.stderr.startswith(f"{config}: cannot start: FileExistsError: ")


@pytest.fixture()
def ledger_config(tmp_path: Path) -> Path:
    config = tmp_path / "proxyify.toml"
    config.write_text(f'[storage]\nurl = "sqlite:///{tmp_path}/p.db"\n'
                      '[[keys]]\nname = "alice"\nkey = "pk-alice-secret"\ncredits = 10\n')
    return config


def test_usage_for_an_unknown_key_is_an_error_not_an_empty_table(ledger_config, capsys):
    assert main(["usage", "--key", "nobody", "--config", str(ledger_config)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == "error: no key named 'nobody'\n"
    assert main(["usage", "--key", "alice", "--config", str(ledger_config)]) == 0  # known, no usage yet


@pytest.mark.parametrize(("argv", "expected"), [
    (["credits", "add", "alice", "abc"], "argument credits: expected a positive whole number of credits (at most 9007199254740991), got 'abc'"),
    (["accounts", "create", "acme", "--credits", "x"],
     "argument --credits: expected a whole number of credits, 0 or more (at most 9007199254740991), got 'x'"),
])
def test_a_credit_amount_that_is_not_a_number_names_the_argument(ledger_config, capsys, argv, expected):
    with pytest.raises(SystemExit) as info:
        main([*argv, "--config", str(ledger_config)])
    assert info.value.code == 2
    assert expected in capsys.readouterr().err
