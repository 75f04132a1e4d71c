"""Mounted under a prefix in FastAPI and Starlette, with no lifespan wiring by the host."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from proxyify_asgi import create_app
from tests.conftest import AUTH
from tests.fakes.server import serve

BODY = {"model": "test/gpt-test", "messages": [{"role": "user", "content": "Hi"}]}


def test_mounted_in_fastapi_under_ai(upstream_settings):
    host = FastAPI()

    @host.get("/hello")
    def hello() -> dict:
        return {"host": "still works"}

    host.mount("/ai", create_app(upstream_settings))
    with serve(host) as url:
        r = httpx.post(url + "/ai/v1/chat/completions", json=BODY, headers=AUTH, timeout=10)
        assert r.status_code == 200 and r.json()["_balancer"]["model_used"] == "test/gpt-test"
        stream = httpx.post(url + "/ai/v1/chat/completions", json={**BODY, "stream": True}, headers=AUTH, timeout=10)
        assert stream.text.rstrip().endswith("data: [DONE]")
        assert httpx.get(url + "/hello").json() == {"host": "still works"}
        models = httpx.get(url + "/ai/v1/models", headers=AUTH).json()
        assert {m["id"] for m in models["data"]} >= {"test/gpt-test"}
        missing = httpx.get(url + "/ai/v1/nothing", headers=AUTH)
        assert missing.status_code == 404 and missing.json()["error"]["code"] == 404


def test_mounted_in_starlette(upstream_settings):
    host = Starlette(routes=[
        Route("/", lambda request: PlainTextResponse("home")),
        Mount("/gateway", app=create_app(upstream_settings)),
    ])
    with serve(host) as url:
        r = httpx.post(url + "/gateway/v1/chat/completions", json=BODY, headers=AUTH, timeout=10)
        assert r.status_code == 200
        assert httpx.get(url + "/").text == "home"
        assert httpx.get(url + "/gateway/healthz").json() == {"status": "ok"}
