"""Adapter details that need no server: Kling's JWT, BFL's polling-URL trust, image geometry."""

from __future__ import annotations

import time

import httpx
import orjson
import pytest

from proxyify_asgi.errors import ProviderError
from proxyify_asgi.providers.base import UpstreamCall
from proxyify_asgi.providers.bfl import BFLAdapter
from proxyify_asgi.providers.kling import kling_token
from proxyify_asgi.providers.media_util import data_url, image_dimensions, sniff_image_type
from proxyify_asgi.settings import ModelSettings, ProviderSettings, RouteSettings
from tests.fakes.kling import ACCESS_KEY, SECRET_KEY, verify_jwt


def test_kling_token_is_a_valid_hs256_jwt():
    assert verify_jwt(kling_token(ACCESS_KEY, SECRET_KEY)) is None
    assert verify_jwt(kling_token(ACCESS_KEY, "wrong-secret")) == "bad signature"
    assert verify_jwt(kling_token("other-access", SECRET_KEY)) == "bad claims"
    assert verify_jwt(kling_token(ACCESS_KEY, SECRET_KEY, now=time.time() - 3600)) == "bad claims"  # expired


@pytest.mark.parametrize(("aspect", "size", "kwargs", "expected"), [
    ("1:1", "1K", {}, (1024, 1024)),
    ("16:9", "1K", {}, (1024, 576)),
    ("9:16", "4K", {}, (2304, 4096)),
    ("16:9", "4K", {"max_side": 1440, "multiple": 32}, (1440, 800)),
    ("9:16", "1K", {"multiple": 32}, (576, 1024)),
])
def test_image_dimensions(aspect, size, kwargs, expected):
    assert image_dimensions(aspect, size, **kwargs) == expected


def test_data_urls_name_the_real_image_type():
    assert sniff_image_type(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert sniff_image_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert data_url(b"\x89PNG\r\n\x1a\nabc").startswith("data:image/png;base64,iVBORw0KGg")


def bfl_call() -> UpstreamCall:
    route = RouteSettings(provider="bfl", model="flux-pro-1.1")
    return UpstreamCall(
        model=ModelSettings(id="m", modality="image", routes=(route,)), route=route,
        provider=ProviderSettings(name="bfl", kind="bfl"),
        body={"messages": [{"role": "user", "content": "cat"}], "image_config": {}}, request_id="r", timeout_s=5,
    )


@pytest.mark.parametrize(("base_url", "polling_url", "trusted"), [
    (None, "https://api.us1.bfl.ai/v1/get_result?id=1", True),
    (None, "https://api.bfl.ai/v1/get_result?id=1", True),
    # a regional base answers from another regional host (audit 14: the EU endpoint always failed)
    ("https://api.eu.bfl.ai/v1", "https://api.eu1.bfl.ai/v1/get_result?id=1", True),
    (None, "https://evil.example.com/v1/get_result?id=1", False),
    (None, "https://bfl.ai.evil.com/x", False),
    ("https://api.eu.bfl.ai/v1", "https://eu.bfl.ai.evil.com/x", False),
    (None, "ftp://api.bfl.ai/x", False),
    (None, None, False),
])
async def test_bfl_sends_its_key_only_to_its_own_hosts(base_url, polling_url, trusted):
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("x-key")))
        if request.method == "POST":
            return httpx.Response(200, content=orjson.dumps({"id": "1", "polling_url": polling_url}))
        if request.url.path == "/v1/get_result":
            return httpx.Response(200, json={"status": "Ready", "result": {"sample": "https://delivery.bfl.ai/s.png"}})
        return httpx.Response(200, content=b"\x89PNG\r\n\x1a\n" + bytes(20))

    settings = ProviderSettings(name="bfl", kind="bfl", api_key="secret-bfl-key", base_url=base_url)
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        adapter = BFLAdapter(settings, client)
        if trusted:
            result = await adapter.generate_image(bfl_call())
            assert result.images[0].startswith("data:image/png;base64,")
        else:
            with pytest.raises(ProviderError, match="polling_url") as info:
                await adapter.generate_image(bfl_call())
            assert "secret-bfl-key" not in info.value.message
    keyed_hosts = {host for host, key in seen if key == "secret-bfl-key"}
    assert keyed_hosts <= {"api.bfl.ai", "api.us1.bfl.ai", "api.eu.bfl.ai", "api.eu1.bfl.ai"}
    assert all(key is None for host, key in seen if host == "delivery.bfl.ai")
    assert len(seen) == (3 if trusted else 1)
