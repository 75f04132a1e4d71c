"""check-config reports every problem in one run, and no price, credit or limit may be negative."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from proxyify_asgi.settings import ConfigurationError, Settings
from proxyify_asgi.stores.keys import settings_from_input

SEVERAL_PROBLEMS = '''
[gateway]
usd_per_credit = "cheap"
bogus = 1
[storage]
url = "memory://"
[providers.p]
kind = "nosuchkind"
api_key = "sk-BAD-CONFIG-SECRET"
[[models]]
id = "m"
modality = "chatty"
price = { input_per_mtok = -1 }
routes = [ { provider = "missing", model = "x" } ]
[[keys]]
name = "a"
key = "pk-a"
account = "nope"
'''
"""Eight independent mistakes: wrong types and an unknown key (found while loading), dangling
references, a bad provider kind, a short secret and a negative price (found by later checks)."""


def problem_paths(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "proxyify.toml"
    path.write_text(text)
    with pytest.raises(ConfigurationError) as info:
        Settings.from_toml(path)
    return [path for path, _message in info.value.problems]


def test_check_config_prints_every_problem_in_one_run(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text(SEVERAL_PROBLEMS)
    run = subprocess.run([sys.executable, "-m", "proxyify_asgi", "check-config", str(config)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert sorted(line.split(": ")[1] for line in lines) == sorted([
        "gateway.usd_per_credit", "gateway.bogus", "models[0].modality", "models[0].price.input_per_mtok",
        "models[0].routes[0].provider", "providers.p.kind", "keys[0].account", "keys[0].key",
    ])
    assert all(line.startswith(f"{config}: ") for line in lines)
    assert "sk-BAD-CONFIG-SECRET" not in run.stderr and "pk-a" not in run.stderr  # secrets never echoed
    assert "Traceback" not in run.stderr


def test_a_wrong_value_is_reported_once_not_again_by_the_checks_that_follow(tmp_path):
    text = '''
[[models]]
modality = "chat"
[[models]]
modality = "chat"
[[keys]]
name = "k"
allowed_ips = ["10.0.0.0/8", 5]
'''
    # The two missing ids are not also "duplicates", the missing secret is not also "too short",
    # and the list with a non-string is not also checked for CIDRs.
    assert sorted(problem_paths(tmp_path, text)) == ["keys[0].allowed_ips[1]", "keys[0].key", "models[0].id",
                                                     "models[1].id"]


NEGATIVE = [
    ('[[models]]\nid = "m"\nprice = { input_per_mtok = -1000000.0 }\n', "models[0].price.input_per_mtok"),
    ('[[models]]\nid = "m"\nmodality = "image"\nprice = { per_image = -5 }\n', "models[0].price.per_image"),
    ('[[models]]\nid = "m"\nmodality = "image"\nprice = { per_image_by_size = { "1024x1024" = -0.04 } }\n',
     "models[0].price.per_image_by_size.1024x1024"),
    ('[providers.d]\nkind = "demo"\n[[models]]\nid = "m"\nmodality = "stt"\n'
     'routes = [ { provider = "d", model = "x", price = { per_minute = -0.006 } } ]\n',
     "models[0].routes[0].price.per_minute"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\nspend_limit_usd = { daily = -1 }\n', "keys[0].spend_limit_usd.daily"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\ntokens_per_minute = -100\n', "keys[0].tokens_per_minute"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\nmax_concurrent = 0\n', "keys[0].max_concurrent"),
    ('[[accounts]]\nname = "acme"\ncredits = -10\n', "accounts[0].credits"),
    ('[[accounts]]\nname = "key:alice"\ncredits = 10\n', "accounts[0].name"),
    ('[[accounts]]\nname = "acme"\ncredits = 9007199254740992\n', "accounts[0].credits"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\ncredits = 9223372036854775808\n', "keys[0].credits"),
    ('[gateway]\nreservation_ttl_s = -1\n', "gateway.reservation_ttl_s"),
    ('[gateway]\njob_ttl_s = 0\n', "gateway.job_ttl_s"),
    ('[[models]]\nid = "m"\nmax_output_tokens = 0\n', "models[0].max_output_tokens"),
]


@pytest.mark.parametrize(("snippet", "path"), NEGATIVE, ids=[path for _snippet, path in NEGATIVE])
def test_negative_prices_credits_and_limits_are_refused_naming_the_key(tmp_path, snippet, path):
    assert problem_paths(tmp_path, snippet) == [path]


@pytest.mark.parametrize("number", ["nan", "inf", "-inf"])
def test_numbers_that_are_not_finite_are_refused(tmp_path, number):
    path = tmp_path / "proxyify.toml"
    path.write_text(f'[[models]]\nid = "m"\nprice = {{ output_per_mtok = {number} }}\n')
    with pytest.raises(ConfigurationError) as info:
        Settings.from_toml(path)
    assert info.value.lines() == [f"{path}: models[0].price.output_per_mtok: expected a finite number, got {number}"]


def test_free_models_and_zero_limits_still_load(tmp_path):
    path = tmp_path / "proxyify.toml"
    path.write_text('[[models]]\nid = "m"\nprice = { input_per_mtok = 0, per_image_by_size = { "512x512" = 0 } }\n'
                    '[[keys]]\nname = "k"\nkey = "pk-long-enough"\ncredits = 0\nspend_limit_usd = { total = 0 }\n')
    settings = Settings.from_toml(path)
    assert settings.keys[0].spend_limit_usd is not None and settings.keys[0].spend_limit_usd.total == 0


def test_keys_created_at_run_time_get_the_same_limit_checks():
    with pytest.raises(ConfigurationError) as info:
        settings_from_input({"name": "k", "key": "pk-long-enough", "spend_limit_usd": {"monthly": -50}},
                            source="<admin>")
    assert [path for path, _ in info.value.problems] == ["spend_limit_usd.monthly"]
