"""``n`` over a real socket, against the fake upstreams (audit 11): every image route answers exactly
``n`` images or fails and charges nothing; the charge is per image at the size class sent upstream;
a chat ``n`` that no route can serve (Anthropic) is a 400 before anything is held, and a route
that cannot serve it is skipped for one that can."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.context import RequestContext
from proxyify_asgi.errors import InvalidRequest
from proxyify_asgi.routing.router import Router
from tests.fakes.anthropic_upstream import API_KEY as ANTHROPIC_KEY
from tests.fakes.anthropic_upstream import FakeAnthropic
from tests.fakes.bfl import API_KEY as BFL_KEY
from tests.fakes.bfl import FakeBFL
from tests.fakes.gateway_settings import AUTH, gateway_settings
from tests.fakes.openai_media import FakeOpenAIMedia
from tests.fakes.openai_upstream import FakeOpenAI
from tests.fakes.server import serve

PROMPT = [{"role": "user", "content": "A sunset over mountains"}]
PRICE = {"per_image": 0.04, "per_image_by_size": {"1K": 0.04, "2K": 0.08, "4K": 0.16}}
CREDITS = {"1K": 40, "2K": 80, "4K": 160}  # at the default 0.001 USD per credit


class Stack:
    """The gateway and the fakes behind it."""

    def __init__(self, url: str, app: Any, bfl: FakeBFL, media: FakeOpenAIMedia, anthropic: FakeAnthropic,
                 chat: FakeOpenAI) -> None:
        self.url, self.app, self.bfl, self.media, self.anthropic, self.chat = url, app, bfl, media, anthropic, chat

    def post(self, **body: Any) -> httpx.Response:
        return httpx.post(f"{self.url}/v1/chat/completions", json=body, headers=AUTH, timeout=30)

    def image(self, model: str, n: int, size: str = "1K", aspect: str = "1:1") -> httpx.Response:
        return self.post(model=model, messages=PROMPT, modalities=["image", "text"], n=n,
                         image_config={"aspect_ratio": aspect, "image_size": size})

    def balance(self) -> int:
        return httpx.get(f"{self.url}/v1/balance", headers=AUTH).json()["data"]["credits"]

    def ledger_kinds(self) -> list[str]:
        """The kinds of every ledger line so far (the memory ledger is plain Python: no loop ties)."""
        return [e.kind for e in asyncio.run(self.app.gateway.ledger.entries())]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    bfl, media, anthropic, chat = FakeBFL(pending_polls=1), FakeOpenAIMedia(), FakeAnthropic(), FakeOpenAI()
    with serve(bfl.app()) as bfl_url, serve(media.app()) as media_url, serve(anthropic.app) as anthropic_url, \
            serve(chat.app()) as chat_url:
        providers = {
            "bfl": {"kind": "bfl", "base_url": bfl_url + "/v1", "api_key": BFL_KEY, "options": {"poll_interval_s": 0.02}},
            "bfl-big": {"kind": "bfl", "base_url": bfl_url + "/v1", "api_key": BFL_KEY,
                        "options": {"poll_interval_s": 0.02, "max_side": 4096}},
            "oa": {"kind": "openai", "base_url": media_url + "/v1", "api_key": "sk-upstream-secret"},
            "claude": {"kind": "anthropic", "base_url": anthropic_url + "/v1", "api_key": ANTHROPIC_KEY},
            "gpt": {"kind": "openai", "base_url": chat_url + "/v1", "api_key": "sk-chat-secret"},
        }

        def image(model_id: str, provider: str, model: str, **route: Any) -> dict[str, Any]:
            return {"id": model_id, "modality": "image", "price": PRICE,
                    "routes": [{"provider": provider, "model": model, **route}]}

        chat_price = {"input_per_mtok": 3, "output_per_mtok": 15}
        models = [
            image("bfl/flux", "bfl", "flux-pro-1.1"),
            image("bfl/sized", "bfl-big", "flux-pro-1.1"),
            image("bfl/flaky", "bfl", "moderate-even"),
            image("oa/gpt-image", "oa", "gpt-image-1", options={"images_api": True}),
            image("oa/dall-e-3", "oa", "dall-e-3", options={"images_api": True}),
            image("oa/short", "oa", "short-image", options={"images_api": True}),
            image("oa/chat-images", "oa", "google/gemini-image"),
            {"id": "anthropic/claude", "price": chat_price, "routes": [{"provider": "claude", "model": "claude-sonnet"}]},
            {"id": "mixed/chat", "price": chat_price, "routes": [
                {"provider": "claude", "model": "claude-sonnet", "priority": 0},
                {"provider": "gpt", "model": "gpt-test", "priority": 1},
            ]},
        ]
        settings = gateway_settings(tmp_path_factory.mktemp("image-n"), providers, models,
                                    storage={"url": "memory://"})
        app = create_app(settings)
        with serve(app) as url:
            yield Stack(url, app, bfl, media, anthropic, chat)


def images_of(r: httpx.Response) -> list[str]:
    assert r.status_code == 200, r.text
    message = r.json()["data"]["choices"][0]["message"]
    return [item["image_url"]["url"] for item in message["images"]]


# --- BFL: one image per task, n tasks at once -----------------------------------------------------


@pytest.mark.parametrize("n", ["2", 0, 11, 2.5])
def test_a_bad_image_n_names_the_image_bound(stack: Stack, n: Any) -> None:
    """An image request's ``n`` is bounded by 10 whatever is wrong with it (a string used to get
    the chat bound of 128 in its message; audit 13)."""
    r = stack.image("bfl/flux", n)
    assert r.status_code == 400 and r.json()["error"]["message"] == "Invalid 'n': expected an integer from 1 to 10."


def test_bfl_n3_submits_three_tasks_returns_three_images_charged_three_times(stack: Stack) -> None:
    before, submitted = stack.balance(), len(stack.bfl.requests)
    r = stack.image("bfl/flux", 3)
    assert len(images_of(r)) == 3
    assert len(stack.bfl.requests) - submitted == 3
    balancer = r.json()["_balancer"]
    assert balancer["images_count"] == 3 and balancer["credits_used"] == 3 * CREDITS["1K"]
    assert before - stack.balance() == 3 * CREDITS["1K"]


def test_bfl_charges_the_size_class_it_sent(stack: Stack) -> None:
    # 4K asked of a route capped at 1440 px: the images are 1K-class and charged so.
    r = stack.image("bfl/flux", 2, size="4K", aspect="16:9")
    assert len(images_of(r)) == 2
    assert (stack.bfl.requests[-1]["body"]["width"], stack.bfl.requests[-1]["body"]["height"]) == (1440, 800)
    assert r.json()["_balancer"]["credits_used"] == 2 * CREDITS["1K"]
    # A route allowed 4096 px sends 4K and charges 4K.
    r = stack.image("bfl/sized", 2, size="4K", aspect="16:9")
    assert len(images_of(r)) == 2
    assert stack.bfl.requests[-1]["body"]["width"] == 4096
    assert r.json()["_balancer"]["credits_used"] == 2 * CREDITS["4K"]


def test_bfl_one_failed_task_fails_the_request_and_charges_nothing(stack: Stack) -> None:
    before, lines = stack.balance(), len(stack.ledger_kinds())
    r = stack.image("bfl/flaky", 3)
    assert r.status_code == 502, r.text
    assert "Content Moderated" in r.json()["error"]["message"]
    assert stack.balance() == before
    assert stack.ledger_kinds()[lines:] == ["reserve", "release"]


# --- OpenAI Images API: n forwarded, size mapped and charged as sent -------------------------------


def test_images_api_forwards_n_and_the_mapped_size_and_charges_that_size(stack: Stack) -> None:
    before, calls = stack.balance(), len(stack.media.requests)
    r = stack.image("oa/gpt-image", 2, size="4K", aspect="16:9")
    assert len(images_of(r)) == 2
    sent = stack.media.requests[calls:]
    assert [s["body"] for s in sent] == [{"model": "gpt-image-1", "prompt": "A sunset over mountains", "n": 2,
                                          "size": "1536x1024"}]
    # 1536x1024 is the 1K class: 2 × 0.04 USD, not the 4K price that was asked.
    assert r.json()["_balancer"]["credits_used"] == 2 * CREDITS["1K"]
    assert before - stack.balance() == 2 * CREDITS["1K"]


def test_images_api_model_without_n_gets_one_call_per_image(stack: Stack) -> None:
    calls = len(stack.media.requests)
    r = stack.image("oa/dall-e-3", 3, aspect="9:16")
    assert len(images_of(r)) == 3
    sent = [s["body"] for s in stack.media.requests[calls:]]
    assert sent == [{"model": "dall-e-3", "prompt": "A sunset over mountains", "n": 1, "size": "1024x1792"}] * 3
    assert r.json()["_balancer"]["credits_used"] == 3 * CREDITS["1K"]


def test_images_api_fewer_images_than_n_fails_and_charges_nothing(stack: Stack) -> None:
    before = stack.balance()
    r = stack.image("oa/short", 3)
    assert r.status_code == 502, r.text
    assert "2 of 3 images" in r.json()["error"]["message"]
    assert stack.balance() == before


def test_chat_style_images_make_n_calls(stack: Stack) -> None:
    calls = len(stack.media.requests)
    r = stack.image("oa/chat-images", 2, size="2K")
    assert len(images_of(r)) == 2
    sent = stack.media.requests[calls:]
    assert len(sent) == 2 and all(s["path"] == "/v1/chat/completions" and "n" not in s["body"] for s in sent)
    assert r.json()["_balancer"]["credits_used"] == 2 * CREDITS["2K"]


# --- chat n on a provider without it -------------------------------------------------------------


def test_anthropic_n2_is_400_before_any_hold_or_upstream_call(stack: Stack) -> None:
    before, calls, lines = stack.balance(), len(stack.anthropic.requests), len(stack.ledger_kinds())
    r = stack.post(model="anthropic/claude", messages=PROMPT, n=2)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["message"] == "n > 1 is not supported by anthropic routes."
    assert error["metadata"]["field"] == "n"
    assert len(stack.anthropic.requests) == calls
    assert stack.balance() == before
    assert stack.ledger_kinds()[lines:] == []  # nothing held, nothing charged


def test_a_route_that_cannot_serve_n_is_skipped_for_one_that_can(stack: Stack) -> None:
    anthropic_calls, chat_calls = len(stack.anthropic.requests), len(stack.chat.requests)
    r = stack.post(model="mixed/chat", messages=PROMPT, n=2)
    assert r.status_code == 200, r.text
    assert len(stack.anthropic.requests) == anthropic_calls
    assert stack.chat.requests[-1]["body"]["n"] == 2 and len(stack.chat.requests) == chat_calls + 1
    # Without n the first-priority Anthropic route serves as before.
    r = stack.post(model="mixed/chat", messages=PROMPT)
    assert r.status_code == 200, r.text
    assert len(stack.anthropic.requests) == anthropic_calls + 1


# --- the router's rule on its own (a gateway composed without metering relies on it) ---------------


async def test_router_skips_routes_without_n_and_refuses_when_none_remains(tmp_path) -> None:
    providers = {"claude": {"kind": "anthropic", "api_key": "k"}, "gpt": {"kind": "openai", "api_key": "k"}}
    models = [
        {"id": "a/only", "routes": [{"provider": "claude", "model": "c"}]},
        {"id": "a/mixed", "routes": [{"provider": "claude", "model": "c", "priority": 0},
                                     {"provider": "gpt", "model": "g", "priority": 1}]},
    ]
    settings = gateway_settings(tmp_path, providers, models, storage={"url": "memory://"})
    router = Router(settings, httpx.AsyncClient())
    body = {"messages": PROMPT, "n": 2}
    with pytest.raises(InvalidRequest, match=r"n > 1 is not supported by anthropic routes"):
        await router.chat(settings.model("a/only"), body, RequestContext(request_id="r1"))
    used: list[str] = []

    async def record(adapter: Any, call: Any) -> str:
        used.append(call.route.provider)
        return "ok"

    ctx = RequestContext(request_id="r2")
    assert (await router.call(settings.model("a/mixed"), body, ctx, record))[0] == "ok"
    assert used == ["gpt"] and ctx.meter.attempts == 1
    await router.aclose()
