"""Mistral through the gateway, against a fake as strict as Mistral's API (tests/fakes/mistral_upstream.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from proxyify_asgi import create_app
from tests.fakes.gateway_settings import AUTH, TEST_KEY, TEST_PRICE, gateway_settings
from tests.fakes.mistral_upstream import API_KEY, FakeMistral
from tests.fakes.openai_upstream import ANSWER_WORDS, prompt_tokens
from tests.fakes.server import serve

OPENAI_ONLY = {"seed": 7, "max_completion_tokens": 40, "user": "u-1", "logit_bias": {"50256": -100},
               "metadata": {"team": "a"}, "store": False, "logprobs": False}


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[tuple[str, FakeMistral]]:
    fake = FakeMistral()
    with serve(fake.app()) as upstream:
        settings = gateway_settings(
            tmp_path, {"mistral": {"kind": "mistral", "base_url": upstream + "/v1", "api_key": API_KEY}},
            [{"id": "mistral/large", "price": TEST_PRICE, "routes": [{"provider": "mistral", "model": "mistral-large-latest"}]}],
        )
        with serve(create_app(settings)) as url:
            yield url, fake


def test_openai_only_fields_are_translated_or_dropped_not_refused(stack: tuple[str, FakeMistral]) -> None:
    url, fake = stack
    body = {"model": "mistral/large", "messages": [{"role": "user", "content": "hi there"}], **OPENAI_ONLY}
    r = httpx.post(url + "/v1/chat/completions", json=body, headers=AUTH, timeout=10)
    assert r.status_code == 200, r.text
    sent = fake.requests[-1]
    assert (sent["random_seed"], sent["max_tokens"], sent["model"]) == (7, 40, "mistral-large-latest")
    assert not set(OPENAI_ONLY) & set(sent)


def test_a_stream_is_metered_from_the_usage_on_its_last_chunk(stack: tuple[str, FakeMistral]) -> None:
    """No stream_options (a 422 there); Mistral's last chunk carries usage, which is what is charged."""
    url, fake = stack
    client = openai.OpenAI(base_url=url + "/v1", api_key=TEST_KEY)
    messages = [{"role": "user", "content": "tell me"}]
    stream = client.chat.completions.create(model="mistral/large", messages=messages, stream=True,
                                            stream_options={"include_usage": True}, seed=3)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "".join(ANSWER_WORDS)
    final = chunks[-1].model_extra["_balancer"]
    expected_in = prompt_tokens({"messages": messages})
    assert (final["input_tokens"], final["output_tokens"]) == (expected_in, len(ANSWER_WORDS))
    assert "stream_options" not in fake.requests[-1] and fake.requests[-1]["random_seed"] == 3
