"""CORS: ``[gateway] cors_origins`` answers browser preflights before auth; off by default.

Served over a real socket (uvicorn) and driven with httpx, as a browser's preflight would arrive.
"""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from proxyify_asgi import Settings, create_app
from proxyify_asgi.middleware import GatewayCORSMiddleware
from proxyify_asgi.settings import ConfigurationError
from tests.fakes.server import serve

KEYS = [
    {"name": "web", "key": "pk-cors-web-secret-01", "credits": 100_000, "allowed_origins": ["https://app.example"]},
    {"name": "server", "key": "pk-cors-server-secret1", "credits": 100_000},
]
CHAT = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Hello"}], "max_tokens": 5}
PREFLIGHT = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type"}


def _settings(**gateway) -> Settings:
    return Settings.demo(storage={"url": "memory://"}, keys=KEYS, gateway={"usd_per_credit": 0.001, **gateway})


@pytest.fixture(scope="module")
def cors_url():
    origins = ["https://app.example", "https://*.tenant.example"]
    with serve(create_app(_settings(cors_origins=origins))) as url:
        yield url


@pytest.fixture(scope="module")
def plain_url():
    with serve(create_app(_settings())) as url:
        yield url


def preflight(url: str, origin: str, **headers: str) -> httpx.Response:
    return httpx.options(f"{url}/v1/chat/completions", headers={"Origin": origin, **PREFLIGHT, **headers})


@pytest.mark.parametrize("origin", ["https://app.example", "https://eu.tenant.example", "HTTPS://APP.EXAMPLE"])
def test_preflight_from_an_allowed_origin_is_answered_before_auth(cors_url, origin):
    r = preflight(cors_url, origin)
    assert r.status_code == 200, r.text
    assert r.headers["access-control-allow-origin"] == origin
    assert set(r.headers["access-control-allow-methods"].split(", ")) == {"GET", "POST", "OPTIONS"}
    assert r.headers["access-control-allow-headers"] == PREFLIGHT["Access-Control-Request-Headers"]
    assert "origin" in r.headers["vary"].lower()


@pytest.mark.parametrize("asked", ["x-api-key, x-request-id", "authorization, content-type, x-stainless-os, x-stainless-retry-count"])
def test_preflight_asking_for_the_headers_browser_sdks_send_passes(cors_url, asked):
    r = preflight(cors_url, "https://app.example", **{"Access-Control-Request-Headers": asked})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://app.example"
    assert r.headers["access-control-allow-headers"] == asked


@pytest.mark.parametrize("origin", ["https://evil.example", "https://tenant.example", "http://app.example", "null"])
def test_preflight_from_another_origin_is_refused_as_spec_json(cors_url, origin):
    r = preflight(cors_url, origin)
    assert r.status_code == 403
    assert "access-control-allow-origin" not in r.headers
    error = r.json()["error"]
    assert error["code"] == 403 and error["metadata"] == {"cors": "origin"}
    assert origin not in error["message"]


def test_preflight_for_a_method_not_allowed_is_a_400(cors_url):
    r = preflight(cors_url, "https://app.example", **{"Access-Control-Request-Method": "DELETE"})
    assert r.status_code == 400 and r.json()["error"]["metadata"] == {"cors": "method"}
    assert "access-control-allow-origin" in r.headers  # the origin itself is fine


def test_real_request_from_an_allowed_origin_carries_the_cors_headers(cors_url):
    headers = {"Origin": "https://app.example", "Authorization": f"Bearer {KEYS[0]['key']}"}
    r = httpx.post(f"{cors_url}/v1/chat/completions", json=CHAT, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["access-control-allow-origin"] == "https://app.example"
    exposed = {h.strip().lower() for h in r.headers["access-control-expose-headers"].split(",")}
    assert {"x-request-id", "x-balancer-credits-used", "x-balancer-cost-usd", "x-balancer-model-used"} <= exposed
    assert r.headers["x-balancer-credits-used"] == str(r.json()["_balancer"]["credits_used"])


def test_errors_to_an_allowed_origin_are_readable_by_the_browser(cors_url):
    r = httpx.post(f"{cors_url}/v1/chat/completions", json=CHAT, headers={"Origin": "https://app.example"})
    assert r.status_code == 401
    assert r.headers["access-control-allow-origin"] == "https://app.example"


def test_key_allowed_origins_still_enforced_on_the_real_request(cors_url):
    # CORS lets the tenant origin through the preflight; the "web" key itself only allows app.example.
    origin = "https://eu.tenant.example"
    assert preflight(cors_url, origin).status_code == 200
    r = httpx.post(f"{cors_url}/v1/chat/completions", json=CHAT,
                   headers={"Origin": origin, "Authorization": f"Bearer {KEYS[0]['key']}"})
    assert r.status_code == 403 and r.json()["error"]["metadata"] == {"restriction": "origin"}
    assert r.headers["access-control-allow-origin"] == origin  # the browser can read why


def test_real_request_from_another_origin_gets_no_allow_origin(cors_url):
    headers = {"Origin": "https://evil.example", "Authorization": f"Bearer {KEYS[1]['key']}"}
    r = httpx.post(f"{cors_url}/v1/chat/completions", json=CHAT, headers=headers)
    assert r.status_code == 200  # a server-side caller may send any Origin; the browser would block it
    assert "access-control-allow-origin" not in r.headers


def test_wildcard_answers_any_origin_with_a_star():
    with serve(create_app(_settings(cors_origins=["*"]))) as url:
        r = preflight(url, "https://anything.example")
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
        r = httpx.post(f"{url}/v1/chat/completions", json=CHAT,
                       headers={"Origin": "https://anything.example", "x-api-key": KEYS[1]["key"]})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"


def test_not_configured_nothing_changes(plain_url):
    r = preflight(plain_url, "https://app.example")
    assert r.status_code == 401  # a preflight is a keyless request, as before the setting existed
    assert not [h for h in r.headers if h.startswith("access-control-")]
    r = httpx.post(f"{plain_url}/v1/chat/completions", json=CHAT,
                   headers={"Origin": "https://app.example", "Authorization": f"Bearer {KEYS[0]['key']}"})
    assert r.status_code == 200
    assert not [h for h in r.headers if h.startswith("access-control-")]


def test_middleware_works_alone_in_a_small_app():
    async def hello(request):
        return PlainTextResponse("hi", headers={"x-request-id": "r1"})

    app = GatewayCORSMiddleware(Starlette(routes=[Route("/", hello, methods=["GET", "POST"])]),
                                origins=["https://app.example"])
    with serve(app) as url:
        assert httpx.options(url, headers={"Origin": "https://app.example", **PREFLIGHT}).status_code == 200
        r = httpx.get(url, headers={"Origin": "https://app.example"})
        assert r.text == "hi" and r.headers["access-control-allow-origin"] == "https://app.example"


@pytest.mark.parametrize("bad", ["app.example", "https://app.example/", "ftp://app.example", "null", 5])
def test_bad_cors_origins_are_configuration_errors(bad):
    with pytest.raises(ConfigurationError) as info:
        _settings(cors_origins=["https://ok.example", bad])
    assert [path for path, _ in info.value.problems] == ["gateway.cors_origins[1]"]


def test_check_config_reports_bad_cors_origins(tmp_path):
    config = tmp_path / "cors.toml"
    config.write_text('[gateway]\ncors_origins = ["https://ok.example", "not an origin"]\n')
    run = subprocess.run([sys.executable, "-m", "proxyify_asgi", "check-config", str(config)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{config}: gateway.cors_origins[1]: expected an origin" in run.stderr
    assert "Traceback" not in run.stderr
