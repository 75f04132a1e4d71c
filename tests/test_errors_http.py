"""Every error status reachable in the core, asserted with the spec's body format over a real socket."""

from __future__ import annotations

import logging

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.endpoint import routes
from tests.conftest import AUTH, settings_for
from tests.fakes.server import serve


@pytest.fixture()
def gateway_url(fake_openai):
    with serve(create_app(settings_for(fake_openai[1], max_body_mb=0.01))) as url:
        yield url


def assert_error(r: httpx.Response, status: int, fragment: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-request-id"]
    err = r.json()["error"]
    assert set(err) == {"code", "message", "metadata"}
    assert err["code"] == status
    assert fragment.lower() in err["message"].lower(), err["message"]
    return err


def chat(url: str, body=None, content=None, **kw) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", json=body, content=content, headers=AUTH, timeout=10, **kw)


MSG = [{"role": "user", "content": "Hi"}]


@pytest.mark.parametrize(("body", "fragment"), [
    ({"model": "no/such-model", "messages": MSG}, "unknown model"),
    ({"messages": MSG}, "'model'"),
    ({"model": "test/gpt-test"}, "'messages'"),
    ({"model": "test/gpt-test", "messages": []}, "'messages'"),
    ({"model": "test/gpt-test", "messages": ["hi"]}, "'messages[0]'"),
    ({"model": "test/gpt-test", "messages": [{"role": "wizard", "content": "x"}]}, "'messages[0].role'"),
    ({"model": "test/gpt-test", "messages": [{"role": "user", "content": 5}]}, "'messages[0].content'"),
    ({"model": "test/gpt-test", "messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]},
     "'messages[0].content[0].text'"),
    ({"model": "test/gpt-test", "messages": [{"role": "user", "content": ["hi"]}]}, "'messages[0].content[0]'"),
    ({"model": "test/gpt-test", "messages": MSG, "temperature": 9}, "'temperature'"),
    ({"model": "test/gpt-test", "messages": MSG, "max_tokens": -1}, "'max_tokens'"),
    ({"model": "test/gpt-test", "messages": MSG, "stream": "yes"}, "'stream'"),
    ([1, 2], "json object"),
])
def test_400_names_the_field(gateway_url, body, fragment):
    assert_error(chat(gateway_url, body), 400, fragment)


def test_400_for_invalid_json(gateway_url):
    assert_error(chat(gateway_url, content=b"{not json"), 400, "not valid json")


def test_404_and_405_use_the_error_format(gateway_url):
    assert_error(httpx.get(gateway_url + "/v1/nothing", headers=AUTH), 404, "no route")
    assert_error(httpx.get(gateway_url + "/v1/chat/completions", headers=AUTH), 405, "not allowed")


def test_413_body_over_limit(gateway_url):
    big = {"model": "test/gpt-test", "messages": [{"role": "user", "content": "x" * 20_000}]}
    err = assert_error(chat(gateway_url, big), 413, "larger than")
    assert err["metadata"]["limit_bytes"] == int(0.01 * 1024 * 1024)


def test_408_upstream_timeout(gateway_url):
    assert_error(chat(gateway_url, {"model": "test/slow", "messages": MSG}), 408, "did not answer in time")


@pytest.mark.parametrize(("model", "provider_status"), [
    ("test/error-500", 500), ("test/error-429", 429), ("test/error-401", 401),
])
def test_502_upstream_error_says_status_without_secrets(gateway_url, model, provider_status):
    r = chat(gateway_url, {"model": model, "messages": MSG})
    err = assert_error(r, 502, f"HTTP {provider_status}")
    assert err["metadata"]["provider_status"] == provider_status
    assert "sk-upstream-secret-xyz" not in r.text


def test_502_upstream_garbage(gateway_url):
    assert_error(chat(gateway_url, {"model": "test/garbage", "messages": MSG}), 502, "not json")


def test_503_unreachable_and_no_routes(gateway_url):
    assert_error(chat(gateway_url, {"model": "test/unreachable", "messages": MSG}), 503, "unreachable")
    assert_error(chat(gateway_url, {"model": "test/no-routes", "messages": MSG}), 503, "no provider")


def test_500_is_generic_logged_once_and_leaks_nothing(fake_openai, monkeypatch, caplog):
    async def broken(*_args):
        raise RuntimeError("secret internals sk-upstream-secret-xyz")

    monkeypatch.setitem(routes.MODALITY_HANDLERS, "chat", broken)
    with serve(create_app(settings_for(fake_openai[1]))) as url, caplog.at_level(logging.ERROR, "proxyify_asgi"):
        r = chat(url, {"model": "test/gpt-test", "messages": MSG})
    err = assert_error(r, 500, "internal server error")
    assert "secret" not in r.text and "RuntimeError" not in r.text
    records = [rec for rec in caplog.records if rec.name == "proxyify_asgi"]
    assert len(records) == 1 and "RuntimeError" in records[0].getMessage()
    assert err["metadata"] == {}


def test_errors_raised_past_the_rate_limit_carry_its_headers(gateway_url):
    """Every answer to a request the rate limit counted says where the window stands, errors
    answered by the outermost guard included (they lacked the headers; audit 13)."""
    remaining = []
    for method, path, body in [
        ("POST", "/v1/chat/completions", {"model": "no/such-model", "messages": [{"role": "user", "content": "hi"}]}),
        ("POST", "/v1/chat/completions", {"model": "test/gpt-test", "messages": "x"}),
        ("GET", "/v1/nothing", None),
        ("POST", "/v1/chat/completions", {"model": "test/unreachable", "messages": [{"role": "user", "content": "hi"}]}),
    ]:
        r = httpx.request(method, gateway_url + path, headers=AUTH, json=body, timeout=10)
        assert r.status_code in (400, 404, 502, 503), r.text
        assert "x-ratelimit-limit" in r.headers and "x-ratelimit-reset" in r.headers, (path, r.status_code)
        remaining.append(int(r.headers["x-ratelimit-remaining"]))
    assert remaining == sorted(remaining, reverse=True) and remaining[0] > remaining[-1]


def test_a_declared_length_over_the_limit_is_refused_before_the_body_arrives(gateway_url):
    """A Content-Length past the body limit is a 413 at once: the gateway does not wait for a body
    it could never take (the client here sends two bytes and waits; audit 13)."""
    import socket
    from urllib.parse import urlsplit

    where = urlsplit(gateway_url)
    with socket.create_connection((where.hostname, where.port), timeout=5) as conn:
        conn.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH["Authorization"].encode()
                     + b"\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n{}")
        answer = conn.recv(65536)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), head
    assert b"larger than" in body


def test_a_trailing_slash_is_a_404_in_the_error_format_not_a_redirect(gateway_url):
    r = httpx.post(gateway_url + "/v1/chat/completions/", headers=AUTH, json={"model": "test/gpt-test"}, timeout=10)
    assert_error(r, 404, "no route")


@pytest.mark.parametrize("partial", [
    b"Content-Length: 100\r\n\r\n{\"model\":",  # declares more than it sends
    b"Transfer-Encoding: chunked\r\n\r\n5\r\n{\"mod\r\n",  # a chunked body that stops
], ids=["short-content-length", "stalled-chunks"])
def test_a_body_that_stops_arriving_is_a_408_not_a_hang(fake_openai, partial):
    """A client that stops sending its body is answered 408 once ``body_timeout_s`` passes with
    nothing new (it held the request for ever; audit 15)."""
    import socket
    import time
    from urllib.parse import urlsplit

    with serve(create_app(settings_for(fake_openai[1], body_timeout_s=1))) as url:
        where = urlsplit(url)
        with socket.create_connection((where.hostname, where.port), timeout=10) as conn:
            started = time.monotonic()
            conn.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: "
                         + AUTH["Authorization"].encode() + b"\r\nContent-Type: application/json\r\n" + partial)
            answer = conn.recv(65536)
            waited = time.monotonic() - started
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408"), head
    assert b"not received in time" in body
    assert waited < 8  # the timeout, not the socket's


def test_body_timeout_must_be_positive():
    from proxyify_asgi import ConfigurationError

    with pytest.raises(ConfigurationError, match="gateway.body_timeout_s"):
        settings_for("http://127.0.0.1:1", body_timeout_s=0)


@pytest.mark.parametrize(("extra", "fragment"), [
    ({"top_logprobs": 99}, "'top_logprobs'"),
    ({"top_logprobs": "5"}, "'top_logprobs'"),
    ({"modalities": "text"}, "'modalities'"),
    ({"modalities": [1]}, "'modalities'"),
    ({"functions": [{"parameters": {}}]}, "'functions[0]'"),
    ({"functions": "f"}, "'functions'"),
    ({"function_call": {"arguments": "{}"}}, "'function_call.name'"),
    ({"function_call": 3}, "'function_call'"),
    ({"messages": [{"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
                                                                            "function": {"arguments": "{}"}}]},
                   {"role": "tool", "tool_call_id": "c1", "content": "x"}]}, "'messages[0].tool_calls[0].function.name'"),
])
def test_forwarded_options_of_the_wrong_shape_are_the_clients_400(gateway_url, extra, fragment):
    """Options the gateway forwards as sent are checked first (audit 15 found these passed on)."""
    assert_error(chat(gateway_url, {"model": "test/gpt-test", "messages": MSG, **extra}), 400, fragment)
