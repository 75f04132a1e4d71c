"""The pre-call cost bound of media requests, and that what the demo then charges stays within it."""

from __future__ import annotations

import base64
from decimal import Decimal

import pytest

from proxyify_asgi.endpoint.media_costs import max_media_cost
from proxyify_asgi.errors import InvalidRequest
from proxyify_asgi.pricing import to_credits
from proxyify_asgi.settings import Settings
from tests.media_fixtures import demo_client  # noqa: F401  (fixture)
from tests.media_support import make_wav

SETTINGS = Settings.demo(storage={"url": "memory://"})
PROMPT = [{"role": "user", "content": "a cat"}]
CASES = [
    ({"model": "black-forest-labs/flux-1.1-pro", "messages": PROMPT, "image_config": {"image_size": "4K"}},
     Decimal("0.16")),
    ({"model": "kling/kling-video-v3-pro", "prompt": "a dog", "duration": 10}, Decimal("1.344")),
    ({"model": "kling/kling-video-v3-pro", "prompt": "a dog"}, Decimal("0.672")),
    ({"model": "openai/whisper-1", "input_audio": {"data": base64.b64encode(make_wav(90)).decode(), "format": "wav"}},
     Decimal("0.009")),
    ({"model": "openai/gpt-4o-mini-tts", "input": "x" * 1000}, Decimal("0.015")),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
async def test_bound_is_exact_for_demo_models_and_covers_the_charge(demo_client, body, expected):
    model = SETTINGS.model(body["model"])
    bound = max_media_cost(model, body)
    assert bound == expected
    r = await demo_client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200
    if model.modality != "video":  # a video's charge comes at completion, from the same price
        assert int(r.headers["x-balancer-credits-used"]) <= to_credits(bound, Decimal("0.001"))


def test_bound_takes_the_dearest_route():
    settings = Settings.from_dict({
        "providers": {"a": {"kind": "demo"}, "b": {"kind": "demo"}},
        "models": [{"id": "t", "modality": "tts", "price": {"per_mchar": 10}, "routes": [
            {"provider": "a", "model": "x"}, {"provider": "b", "model": "y", "price": {"per_mchar": 30}}]}],
    })
    assert max_media_cost(settings.model("t"), {"input": "y" * 100_000}) == Decimal("3")


def test_bad_body_is_the_same_400_as_the_handler():
    with pytest.raises(InvalidRequest) as info:
        max_media_cost(SETTINGS.model("openai/gpt-4o-mini-tts"), {"input": ""})
    assert info.value.metadata["field"] == "input"
