"""Upstream error text never hands a client the gateway's provider keys (over real sockets).

The fake upstream is a real HTTP server speaking OpenAI's wire format that, like a careless
upstream (or OpenAI's own 401, which quotes the key it was sent), echoes the credentials it
received in its error bodies and in a mid-stream ``data: {"error": ...}`` event.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from proxyify_asgi import create_app
from proxyify_asgi.settings import Settings
from tests.fakes.gateway_settings import AUTH, TEST_KEY, gateway_settings, parse_sse
from tests.fakes.server import serve

UPSTREAM_KEY = "sk-UPSTREAM-SECRET-abcdef123456"
PLAIN_KEY = "gw-plain-key-NoPrefix-4417"
"""A key with no credential-looking shape: only knowing it can catch it."""
OTHER_KEY = "other-provider-key-zz81"
"""The key of another configured provider, which this upstream should never see but echoes anyway."""
SECRETS = (UPSTREAM_KEY, PLAIN_KEY, OTHER_KEY, "abcdef123456", TEST_KEY)


def _openai_error(message: str, status: int, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": None}}, status_code=status)


def _chunk(model: str, delta: dict[str, Any]) -> bytes:
    body = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
    return b"data: " + json.dumps(body).encode() + b"\n\n"


async def _echoing_chat(request: Request) -> Response:
    """``/v1/chat/completions`` whose errors quote the credentials the request carried."""
    body = await request.json()
    model = body["model"]
    auth = request.headers.get("authorization", "")
    key = auth.removeprefix("Bearer ")
    if model == "err401":
        return _openai_error(f"Incorrect API key provided: {key}. You can find your API key at "
                             "https://platform.openai.com/account/api-keys.", 401)
    if model == "err500":
        return _openai_error(f"boom, your header {auth} and {OTHER_KEY} are bad", 500, "server_error")
    if model == "err400":
        return _openai_error(f"invalid 'stop' for POST /v1/chat/completions?api_key={key}", 400)
    if model == "long":
        return _openai_error("x" * 5000 + key, 400)
    if model == "html500":
        return Response(b"<html>proxy error, key " + key.encode() + b"</html>", 500, media_type="text/html")
    if model == "html200":
        return Response(b"<html>hello " + auth.encode() + b"</html>", 200, media_type="text/html")
    if model == "nochoices":
        return JSONResponse({"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model})
    if model == "miderr":
        async def events() -> Iterator[bytes]:
            yield _chunk(model, {"role": "assistant", "content": "Hel"})
            yield _chunk(model, {"content": "lo"})
            yield b"data: " + json.dumps({"error": {"message": f"upstream exploded, key={key} ({auth})",
                                                    "type": "server_error"}}).encode() + b"\n\n"
        return StreamingResponse(events(), media_type="text/event-stream")
    return _openai_error("unknown fake model", 404)


@pytest.fixture(scope="module")
def echoing_upstream() -> Iterator[str]:
    app = Starlette(routes=[Route("/v1/chat/completions", _echoing_chat, methods=["POST"])])
    with serve(app) as url:
        yield url + "/v1"


def _settings(tmp_path, upstream: str, api_key: str) -> Settings:
    names = ["err401", "err500", "err400", "long", "html500", "html200", "nochoices", "miderr"]
    return gateway_settings(
        tmp_path,
        providers={
            "fake": {"kind": "openai", "base_url": upstream, "api_key": api_key, "timeout_s": 5},
            "other": {"kind": "openai", "base_url": upstream, "api_key": OTHER_KEY},
        },
        models=[{"id": f"t/{n}", "price": {"input_per_mtok": 1, "output_per_mtok": 1},
                 "routes": [{"provider": "fake", "model": n, "max_retries": 0}]} for n in names],
    )


@pytest.fixture(scope="module", params=[UPSTREAM_KEY, PLAIN_KEY], ids=["sk-key", "plain-key"])
def gateway_url(request, echoing_upstream, tmp_path_factory) -> Iterator[str]:
    settings = _settings(tmp_path_factory.mktemp("gw"), echoing_upstream, request.param)
    with serve(create_app(settings)) as url:
        yield url


def _chat(url: str, model: str, **extra: Any) -> httpx.Response:
    body = {"model": model, "messages": [{"role": "user", "content": "hi"}], **extra}
    return httpx.post(url + "/v1/chat/completions", json=body, headers=AUTH, timeout=20)


def _assert_no_secret(r: httpx.Response) -> None:
    seen = r.text + json.dumps(list(r.headers.items()))
    leaked = [s for s in SECRETS if s in seen]
    assert not leaked, f"leaked {leaked}: {r.text}"


@pytest.mark.parametrize(("model", "status"), [
    ("err401", 401), ("err500", 500), ("err400", 400), ("html500", 500),
])
def test_upstream_error_bodies_never_leak_keys(gateway_url, model, status):
    r = _chat(gateway_url, "t/" + model)
    assert r.status_code == 502, r.text
    _assert_no_secret(r)
    error = r.json()["error"]
    assert error["metadata"]["provider"] == "fake"
    assert error["metadata"]["provider_status"] == status
    assert f"HTTP {status}" in error["message"]


def test_the_upstream_message_is_kept_with_the_key_redacted(gateway_url):
    message = _chat(gateway_url, "t/err401").json()["error"]["message"]
    assert message.startswith("Provider 'fake' returned HTTP 401: Incorrect API key provided: [redacted].")


def test_another_providers_key_is_redacted_too(gateway_url):
    message = _chat(gateway_url, "t/err500").json()["error"]["message"]
    assert OTHER_KEY not in message
    assert message.count("[redacted]") == 2


def test_long_upstream_messages_are_cut_to_200_characters(gateway_url):
    r = _chat(gateway_url, "t/long")
    _assert_no_secret(r)
    relayed = r.json()["error"]["message"].split(": ", 1)[1]
    assert relayed == "x" * 200 + "…"


def test_a_non_json_200_names_provider_and_status(gateway_url):
    r = _chat(gateway_url, "t/html200")
    assert r.status_code == 502
    _assert_no_secret(r)
    assert r.json()["error"]["metadata"] == {"provider": "fake", "provider_status": 200}


def test_a_502_the_adapter_raised_without_metadata_names_the_provider(gateway_url):
    r = _chat(gateway_url, "t/nochoices")
    assert r.status_code == 502
    assert r.json()["error"]["metadata"] == {"provider": "fake"}


def test_mid_stream_error_events_never_leak_keys(gateway_url):
    with httpx.stream("POST", gateway_url + "/v1/chat/completions", headers=AUTH, timeout=20,
                      json={"model": "t/miderr", "stream": True, "messages": [{"role": "user", "content": "hi"}]}) as r:
        text = r.read().decode()
    assert r.status_code == 200
    events = parse_sse(text)
    assert "".join(e["choices"][0]["delta"].get("content", "") for e in events[:-1]) == "Hello"
    error = events[-1]["error"]
    assert error["code"] == 502 and error["metadata"]["provider"] == "fake"
    assert "[redacted]" in error["message"]
    leaked = [s for s in SECRETS if s in text]
    assert not leaked, f"leaked {leaked}: {text}"


def test_unknown_model_echo_is_capped(gateway_url):
    r = _chat(gateway_url, "m" * 100_000)
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert len(message) < 150 and "m" * 100 + "…" in message
