"""Configuration: the schema of DESIGN.md §3 loads, and each kind of mistake gives a clear line."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from proxyify_asgi.settings import ConfigurationError, Settings

FULL = '''
[gateway]
usd_per_credit = 0.001
envelope = "proxyify"
max_body_mb = 25
trusted_proxies = ["10.0.0.0/8"]
country_header = "CF-IPCountry"

[storage]
url = "sqlite:///./proxyify.db"

[rate_limits]
storage = "memory://"
default = "600/minute"

[screening]
action = "block"

[providers.local]
kind = "openai"
base_url = "http://127.0.0.1:9100/v1"
api_key_env = "PROXYIFY_TEST_UPSTREAM_KEY"
timeout_s = 30

[[models]]
id = "openai/gpt-4o"
modality = "chat"
price = { input_per_mtok = 2.5, output_per_mtok = 10.0 }
routes = [ { provider = "local", model = "gpt-4o" } ]

[[accounts]]
name = "acme"
credits = 500000

[[keys]]
name = "alice"
key = "pk-alice-example"
credits = 100000
rate_limit = "60/minute"
allowed_models = ["openai/*"]
allowed_ips = ["10.0.0.0/8"]
allowed_origins = ["https://app.example.com"]
allowed_countries = ["US", "DE"]
active_hours = { tz = "Europe/Berlin", days = ["mon","tue","wed","thu","fri"], start = "08:00", end = "18:00" }
spend_limit_usd = { daily = 5.0, monthly = 50.0 }

[[keys]]
name = "bob"
key = "pk-bob-example"
account = "acme"
'''


def load(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "proxyify.toml"
    path.write_text(text)
    return Settings.from_toml(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigurationError) as info:
        load(tmp_path, text)
    return info.value.lines()


def test_design_example_loads_with_exact_decimals(tmp_path, monkeypatch):
    monkeypatch.setenv("PROXYIFY_TEST_UPSTREAM_KEY", "sk-from-env")
    s = load(tmp_path, FULL)
    assert s.gateway.usd_per_credit == Decimal("0.001")  # not the float's binary expansion
    model = s.model("openai/gpt-4o")
    assert model is not None and model.price.output_per_mtok == Decimal("10.0")
    assert s.providers["local"].secret() == "sk-from-env"
    assert s.keys[0].active_hours.days == ("mon", "tue", "wed", "thu", "fri")
    assert s.keys[0].spend_limit_usd.daily == Decimal("5.0")
    assert "pk-alice-example" not in repr(s)  # secrets stay out of reprs (and so out of logs)


@pytest.mark.parametrize(("snippet", "expected"), [
    ('[gateway]\nusd_per_credit = "cheap"\n', "gateway.usd_per_credit: expected a number, got 'cheap'"),
    ('[gateway]\nenvelop = "openai"\n', "gateway.envelop: unknown key (expected one of:"),
    ('[gateway]\nenvelope = "xml"\n', "gateway.envelope: expected one of 'proxyify', 'openai', got 'xml'"),
    ('[gateway]\ntrusted_proxies = ["10.0.0.0/33"]\n', "gateway.trusted_proxies[0]: expected an IP address or CIDR"),
    ('[rate_limits]\ndefault = "lots"\n', "rate_limits.default: expected a rate like"),
    ('[[models]]\nid = "m"\nmodality = "smell"\n', "models[0].modality: expected one of"),
    ('[[models]]\nid = "m"\nroutes = [{provider = "ghost", model = "x"}]\n',
     "models[0].routes[0].provider: names provider 'ghost', which is not configured"),
    ('[[models]]\nmodality = "chat"\n', "models[0].id: missing (required)"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\naccount = "nobody"\n', "keys[0].account: names account 'nobody'"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\nactive_hours = {tz = "Mars/Olympus"}\n',
     "keys[0].active_hours.tz: expected an IANA time zone"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\nactive_hours = {start = "25:00"}\n',
     "keys[0].active_hours.start: expected a clock time HH:MM"),
    ('[[keys]]\nname = "k"\nkey = "short"\n', "keys[0].key: expected a secret of at least 8 characters"),
    ('[[keys]]\nname = "k"\nkey = "pk-long-enough"\ncredits = true\n', "keys[0].credits: expected"),
    ('[providers.p]\nkind = "openai"\ntimeout_s = -1\n', "providers.p.timeout_s: expected a positive number"),
    ('[gateway]\njob_ttl_s = 0\n', "gateway.job_ttl_s: expected a positive number of seconds"),
    ('[gateway]\njob_ttl_s = "1d"\n', "gateway.job_ttl_s: expected an integer"),
    ('[providers.p]\nkind = "carrier-pigeon"\n', "providers.p.kind: unknown provider kind 'carrier-pigeon'"),
    ("[gateway\n", "not valid TOML"),
])
def test_each_mistake_names_file_path_and_expectation(tmp_path, snippet, expected):
    lines = problems(tmp_path, snippet)
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(str(tmp_path / "proxyify.toml") + ": ") for line in lines)


def test_job_ttl_s_defaults_to_a_day_and_takes_whole_seconds():
    assert Settings.from_dict({}).gateway.job_ttl_s == 86400
    assert Settings.from_dict({"gateway": {"job_ttl_s": 3600}}).gateway.job_ttl_s == 3600


def test_all_problems_reported_together(tmp_path):
    lines = problems(tmp_path, '[gateway]\nfoo = 1\nbar = 2\n')
    assert len(lines) == 2


def test_check_config_cli(tmp_path, monkeypatch):
    monkeypatch.setenv("PROXYIFY_TEST_UPSTREAM_KEY", "x")
    good = tmp_path / "good.toml"
    good.write_text(FULL)
    bad = tmp_path / "bad.toml"
    bad.write_text('[gateway]\nfoo = 1\n[[models]]\nid = "m"\nroutes = [{provider = "ghost", model = "x"}]\n')
    ok = subprocess.run([sys.executable, "-m", "proxyify_asgi", "check-config", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and "OK" in ok.stdout
    fail = subprocess.run([sys.executable, "-m", "proxyify_asgi", "check-config", str(bad)], capture_output=True, text=True)
    assert fail.returncode == 1
    assert f"{bad}: gateway.foo: unknown key" in fail.stderr
    assert "Traceback" not in fail.stderr
    missing = subprocess.run([sys.executable, "-m", "proxyify_asgi", "check-config", str(tmp_path / "nope.toml")], capture_output=True, text=True)
    assert missing.returncode == 1 and "file not found" in missing.stderr


def test_demo_settings_serve_every_spec_model():
    spec_models = {
        "openai/gpt-4o": "chat", "black-forest-labs/flux-1.1-pro": "image", "kling/kling-video-v3-pro": "video",
        "openai/whisper-1": "stt", "openai/whisper-large-v3": "stt", "openai/whisper-large-v3-turbo": "stt",
        "openai/gpt-4o-transcribe": "stt", "openai/gpt-4o-mini-transcribe": "stt", "google/chirp-3": "stt",
        "openai/gpt-4o-mini-tts": "tts", "google/gemini-3.1-flash-tts-preview": "tts",
        "mistralai/voxtral-mini-tts": "tts", "hexgrad/kokoro-82m": "tts", "sesame/csm-1b": "tts",
    }
    s = Settings.demo()
    for model_id, modality in spec_models.items():
        model = s.model(model_id)
        assert model is not None and model.modality == modality, model_id
        assert [r.provider for r in model.routes] == ["demo"]


def test_unsupported_storage_url_is_a_load_time_error(tmp_path):
    lines = problems(tmp_path, '[storage]\nurl = "postgres://127.0.0.1:5432/gw"\n')
    assert any("storage.url: no storage back end for scheme 'postgres'" in line for line in lines), lines
    assert load(tmp_path, '[storage]\nurl = "redis://127.0.0.1:6379/0"\n').storage.url.startswith("redis://")


def test_a_redis_storage_without_the_redis_package_names_the_extra(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "redis" else real(name, *a))
    lines = problems(tmp_path, '[storage]\nurl = "redis://127.0.0.1:6379/0"\n')
    assert any("pip install 'proxyify-asgi[redis]'" in line for line in lines), lines
