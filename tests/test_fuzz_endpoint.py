"""Bad input never yields a 5xx or a screener failure: random bodies of every shape, for every
modality, in-process."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxyify_asgi import Settings, create_app
from proxyify_asgi.demo_config import DEMO_KEY

FIELDS = ("messages", "prompt", "input", "input_audio", "image_config", "modalities", "stream", "max_tokens",
          "n", "temperature", "duration", "resolution", "aspect_ratio", "voice", "response_format", "speed",
          "language", "cache", "tools", "stop")
# texts that drive the screener's decoders to their edges (escaped surrogate halves, bad bytes)
ODD_TEXTS = st.sampled_from([r"\ud800", r"why \ud83d\ude00 not \udebb\u0041?", "&#55296; &#x110000;", "%ED%A0%80%FF"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20) | ODD_TEXTS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)

PARTS = st.fixed_dictionaries(
    {"type": st.sampled_from(["text", "image_url", "input_audio", 7])},
    optional={"text": JSON_VALUES, "image_url": JSON_VALUES, "input_audio": JSON_VALUES},
)
MESSAGES = st.lists(
    st.fixed_dictionaries(
        {"role": st.sampled_from(["user", "system", "assistant", "tool", "wizard"])},
        optional={"content": st.text(max_size=30) | ODD_TEXTS | st.lists(PARTS, max_size=3) | JSON_VALUES,
                  "tool_calls": JSON_VALUES, "name": JSON_VALUES},
    ),
    max_size=3,
) | JSON_VALUES


@pytest.fixture(scope="module")
def gateway():
    demo = Settings.demo(
        providers={"demo": {"kind": "demo", "options": {"token_delay_ms": 0}}}, storage={"url": "memory://"},
    )
    loop = asyncio.new_event_loop()
    app = create_app(demo)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway")
    yield loop, client, [m.id for m in demo.models]
    loop.run_until_complete(client.aclose())
    loop.run_until_complete(app.gateway.aclose())
    loop.close()


def test_random_bodies_get_a_spec_answer_never_a_5xx(gateway):
    loop, client, model_ids = gateway
    bodies = st.fixed_dictionaries(
        {"model": st.sampled_from([*model_ids, "no/such-model", 5, None])},
        optional={**{name: JSON_VALUES for name in FIELDS}, "messages": MESSAGES},
    )

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(bodies)
    def check(body):
        r = loop.run_until_complete(
            client.post("/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {DEMO_KEY}"})
        )
        assert r.status_code < 500, (body, r.text[:300])
        if r.status_code >= 400:
            error = r.json()["error"]
            assert error["code"] == r.status_code and isinstance(error["message"], str)
            # the screener fails closed, so its crash would read as a 400: still a bug
            assert (error.get("metadata") or {}).get("category") != "screening_error", (body, r.text[:300])

    check()
