"""The demo provider honours ``n``: n chat choices (JSON and streamed) and n images, charged for
exactly what was produced, with holds that cover it. Over a real socket with httpx."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

import httpx
import orjson
import pytest

from proxyify_asgi import Settings, create_app
from tests.fakes.server import serve

USD_PER_CREDIT = Decimal("0.000001")  # one credit per micro-dollar: token charges stay visible
KEYS = [
    {"name": "rich", "key": "pk-demo-n-rich-secret", "credits": 10_000_000},
    # flux-1.1-pro 1K images cost 0.04 USD = 40,000 credits: this key pays for two, not three.
    {"name": "two-images", "key": "pk-demo-n-two-images1", "credits": 100_000},
]
RICH = {"Authorization": f"Bearer {KEYS[0]['key']}"}
GPT4O_IN, GPT4O_OUT = Decimal("2.5"), Decimal("10.0")  # USD per million tokens (demo_config)
PROMPT = [{"role": "user", "content": "Tell me about gateways"}]


@pytest.fixture(scope="module")
def url():
    settings = Settings.demo(
        storage={"url": "memory://"}, keys=KEYS, gateway={"usd_per_credit": str(USD_PER_CREDIT)},
        providers={"demo": {"kind": "demo", "options": {"token_delay_ms": 0}}},
    )
    with serve(create_app(settings)) as base:
        yield base


def chat(url: str, headers: dict[str, str] = RICH, **body) -> httpx.Response:
    return httpx.post(f"{url}/v1/chat/completions", headers=headers, timeout=30,
                      json={"model": "openai/gpt-4o", "messages": PROMPT, **body})


def balance(url: str, headers: dict[str, str] = RICH) -> int:
    return httpx.get(f"{url}/v1/balance", headers=headers).json()["data"]["credits"]


def expected_credits(prompt_tokens: int, completion_tokens: int) -> int:
    usd = (GPT4O_IN * prompt_tokens + GPT4O_OUT * completion_tokens) / Decimal(1_000_000)
    return int((usd / USD_PER_CREDIT).to_integral_value(rounding=ROUND_CEILING))


def words(text: str) -> int:
    return len(text.split(" "))


def test_chat_n_gives_n_distinct_choices_charged_for_all(url):
    before = balance(url)
    r = chat(url, n=3)
    assert r.status_code == 200, r.text
    data, meter = r.json()["data"], r.json()["_balancer"]
    choices = data["choices"]
    assert [c["index"] for c in choices] == [0, 1, 2]
    contents = [c["message"]["content"] for c in choices]
    assert len(set(contents)) == 3 and all(c.startswith(("Here", "The", "This")) for c in contents)
    usage = data["usage"]
    assert usage["completion_tokens"] == sum(words(c) for c in contents)
    assert meter["output_tokens"] == usage["completion_tokens"]
    assert meter["credits_used"] == expected_credits(usage["prompt_tokens"], usage["completion_tokens"])
    assert before - balance(url) == meter["credits_used"]
    # n=1 is the first of them, unchanged
    single = chat(url).json()["data"]
    assert [c["message"]["content"] for c in single["choices"]] == contents[:1]


def test_max_tokens_caps_each_choice(url):
    r = chat(url, n=2, max_tokens=4)
    choices = r.json()["data"]["choices"]
    assert [words(c["message"]["content"]) for c in choices] == [4, 4]
    assert r.json()["data"]["usage"]["completion_tokens"] == 8


def _sse_events(text: str) -> list[dict]:
    lines = [line[len("data: "):] for line in text.splitlines() if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    return [orjson.loads(line) for line in lines[:-1]]


def test_streamed_n_choices_carry_their_index_and_are_charged_for_all(url):
    before = balance(url)
    with httpx.stream("POST", f"{url}/v1/chat/completions", headers=RICH, timeout=30,
                      json={"model": "openai/gpt-4o", "messages": PROMPT, "n": 2, "stream": True}) as r:
        assert r.status_code == 200
        events = _sse_events(r.read().decode())
    text = {0: "", 1: ""}
    finished = set()
    for event in events[:-1]:
        (choice,) = event["choices"]  # one choice per chunk, as OpenAI streams n > 1
        text[choice["index"]] += choice["delta"].get("content") or ""
        if choice["finish_reason"] == "stop":
            finished.add(choice["index"])
    assert finished == {0, 1}
    final = events[-1]
    assert final["choices"] == []
    usage, meter = final["usage"], final["_balancer"]
    assert usage["completion_tokens"] == words(text[0]) + words(text[1])
    assert meter["credits_used"] == expected_credits(usage["prompt_tokens"], usage["completion_tokens"])
    assert before - balance(url) == meter["credits_used"]
    plain = [c["message"]["content"] for c in chat(url, n=2).json()["data"]["choices"]]
    assert [text[0], text[1]] == plain


def image(url: str, headers: dict[str, str] = RICH, **body) -> httpx.Response:
    return httpx.post(f"{url}/v1/chat/completions", headers=headers, timeout=30, json={
        "model": "black-forest-labs/flux-1.1-pro", "messages": [{"role": "user", "content": "A red fox"}], **body,
    })


def test_image_n_gives_n_images_charged_per_image(url):
    before = balance(url)
    r = image(url, n=2)
    assert r.status_code == 200, r.text
    images = r.json()["data"]["choices"][0]["message"]["images"]
    assert len(images) == 2 and images[0] != images[1]
    assert all(i["image_url"]["url"].startswith("data:image/png;base64,") for i in images)
    meter = r.json()["_balancer"]
    assert meter["images_count"] == 2
    assert meter["credits_used"] == 2 * 40_000
    assert before - balance(url) == 2 * 40_000
    assert len(image(url).json()["data"]["choices"][0]["message"]["images"]) == 1


def test_image_hold_covers_every_requested_image(url):
    two = {"Authorization": f"Bearer {KEYS[1]['key']}"}
    r = image(url, two, n=3)  # 120,000 credits needed, 100,000 held: refused before any work
    assert r.status_code == 402, r.text
    assert balance(url, two) == 100_000
    assert image(url, two, n=2).status_code == 200
    assert balance(url, two) == 20_000


@pytest.mark.parametrize(("model", "n"), [("openai/gpt-4o", 129), ("black-forest-labs/flux-1.1-pro", 11)])
def test_n_beyond_the_upstream_bound_is_a_400(url, model, n):
    r = httpx.post(f"{url}/v1/chat/completions", headers=RICH,
                   json={"model": model, "messages": PROMPT, "n": n})
    assert r.status_code == 400
    assert r.json()["error"]["metadata"] == {"field": "n"}
