"""The Anthropic dialect: request translation, and the gateway in front of a fake Messages API
with the official ``openai`` SDK as the client (``envelope = "openai"``), JSON and streaming."""

from __future__ import annotations

from dataclasses import replace

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.providers.anthropic import messages_payload
from proxyify_asgi.providers.base import UpstreamCall
from proxyify_asgi.settings import ModelSettings, ProviderSettings, RouteSettings
from tests.fakes.anthropic_upstream import API_KEY, CACHE_READ_TOKENS, INPUT_TOKENS, OUTPUT_TOKENS, FakeAnthropic
from tests.fakes.gateway_settings import AUTH, TEST_KEY, gateway_settings, parse_sse
from tests.fakes.server import serve

WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}}


def test_request_translation() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": [{"type": "text", "text": "Use metric."}]},
            {"role": "user", "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0K"}},
                {"type": "image_url", "image_url": {"url": "https://example.com/cat.jpg"}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}},
            ]},
            {"role": "tool", "tool_call_id": "call_1", "content": "4 degrees"},
            {"role": "user", "content": "Thanks"},
        ],
        "temperature": 1.5, "top_p": 0.9, "stop": "END", "max_tokens": 99,
        "tools": [WEATHER_TOOL], "tool_choice": "required", "user": "u-1",
    }
    call = UpstreamCall(model=ModelSettings(id="a/c"), route=RouteSettings(provider="p", model="claude-x"),
                        provider=ProviderSettings(name="p", kind="anthropic"), body=body, request_id="r", timeout_s=5)
    payload = messages_payload(call, stream=True)
    assert payload["model"] == "claude-x" and payload["max_tokens"] == 99 and payload["stream"] is True
    assert payload["system"] == "Be brief.\n\nUse metric."
    assert payload["temperature"] == 1.0  # clamped to Anthropic's range
    # Claude 4.5+ refuse temperature and top_p together (audit 14): the temperature is kept
    assert payload["stop_sequences"] == ["END"] and "top_p" not in payload
    alone = messages_payload(replace(call, body={**body, "temperature": None}), stream=False)
    assert alone["top_p"] == 0.9 and "temperature" not in alone
    assert payload["metadata"] == {"user_id": "u-1"}
    assert payload["tool_choice"] == {"type": "any"}
    assert payload["tools"] == [{"name": "get_weather", "description": "Weather for a city",
                                 "input_schema": WEATHER_TOOL["function"]["parameters"]}]
    assert payload["messages"] == [
        {"role": "user", "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0K"}},
            {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.jpg"}},
        ]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Oslo"}}]},
        # The tool result and the next user text share one user turn: roles must alternate.
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": "4 degrees"},
                                     {"type": "text", "text": "Thanks"}]},
    ]


def test_default_max_tokens_is_the_model_cap() -> None:
    call = UpstreamCall(model=ModelSettings(id="a/c", max_output_tokens=321), route=RouteSettings(provider="p", model="m"),
                        provider=ProviderSettings(name="p", kind="anthropic"),
                        body={"messages": [{"role": "user", "content": "hi"}]}, request_id="r", timeout_s=5)
    payload = messages_payload(call, stream=False)
    assert payload["max_tokens"] == 321 and "stream" not in payload and "system" not in payload


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeAnthropic, str]]:
    fake = FakeAnthropic()
    with serve(fake.app) as upstream_url:
        providers = {"claude": {"kind": "anthropic", "base_url": upstream_url + "/v1", "api_key": API_KEY}}
        price = {"input_per_mtok": 3, "output_per_mtok": 15}

        def model(model_id: str, *upstream_models: str) -> dict[str, Any]:
            routes = [{"provider": "claude", "model": m, "priority": i} for i, m in enumerate(upstream_models)]
            return {"id": model_id, "routes": routes, "price": price}

        models = [model("anthropic/claude", "claude-sonnet"), model("anthropic/failover", "overloaded", "claude-sonnet"),
                  model("anthropic/overloaded", "overloaded"), model("anthropic/broken", "stream-error")]
        settings = gateway_settings(tmp_path_factory.mktemp("anthropic"), providers, models, gateway={"envelope": "openai"})
        with serve(create_app(settings)) as gateway_url:
            yield fake, gateway_url


@pytest.fixture
def sdk(stack: tuple[FakeAnthropic, str]) -> openai.AsyncOpenAI:
    stack[0].requests.clear()
    return openai.AsyncOpenAI(base_url=stack[1] + "/v1", api_key=TEST_KEY, max_retries=0)


async def test_sdk_chat_json(stack: tuple[FakeAnthropic, str], sdk: openai.AsyncOpenAI) -> None:
    raw = await sdk.chat.completions.with_raw_response.create(
        model="anthropic/claude",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hello there"}],
    )
    completion = raw.parse()
    assert completion.choices[0].message.content == "You said: hello there"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.prompt_tokens == INPUT_TOKENS + CACHE_READ_TOKENS
    assert completion.usage.completion_tokens == OUTPUT_TOKENS
    assert raw.headers["x-balancer-model-used"] == "anthropic/claude"
    headers, body = stack[0].requests[0]
    assert headers["anthropic-version"] == "2023-06-01" and headers["x-api-key"] == API_KEY
    assert "authorization" not in headers  # the client's gateway key never goes upstream
    assert body["system"] == "Be brief." and body["model"] == "claude-sonnet"


async def test_sdk_chat_stream(sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="anthropic/claude", messages=[{"role": "user", "content": "stream this please"}], stream=True,
    )
    text, usage, finish = "", None, None
    async for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
        if chunk.usage:
            usage = chunk.usage
    assert text == "You said: stream this please" and finish == "stop"
    assert usage is not None and usage.completion_tokens == OUTPUT_TOKENS
    assert usage.prompt_tokens == INPUT_TOKENS + CACHE_READ_TOKENS


async def test_sdk_tool_use_round_trip(stack: tuple[FakeAnthropic, str], sdk: openai.AsyncOpenAI) -> None:
    messages: list[Any] = [{"role": "user", "content": "Weather in Paris?"}]
    first = await sdk.chat.completions.create(model="anthropic/claude", messages=messages, tools=[WEATHER_TOOL])
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.id == "toolu_01" and call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    messages += [choice.message.model_dump(exclude_none=True),
                 {"role": "tool", "tool_call_id": call.id, "content": "Sunny, 21C"}]
    second = await sdk.chat.completions.create(model="anthropic/claude", messages=messages, tools=[WEATHER_TOOL])
    assert second.choices[0].finish_reason == "stop"
    sent = stack[0].requests[-1][1]["messages"]
    assert sent[1]["content"][-1] == {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {"city": "Paris"}}
    assert sent[2]["content"] == [{"type": "tool_result", "tool_use_id": "toolu_01", "content": "Sunny, 21C"}]


async def test_sdk_streamed_tool_call(sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="anthropic/claude", messages=[{"role": "user", "content": "Weather?"}], tools=[WEATHER_TOOL], stream=True,
    )
    name, arguments, finish = "", "", None
    async for chunk in stream:
        for choice in chunk.choices:
            for tool_call in choice.delta.tool_calls or ():
                assert tool_call.index == 0
                name += tool_call.function.name or "" if tool_call.function else ""
                arguments += tool_call.function.arguments or "" if tool_call.function else ""
            finish = choice.finish_reason or finish
    assert name == "get_weather" and json.loads(arguments) == {"city": "Paris"} and finish == "tool_calls"


async def test_overloaded_route_fails_over(stack: tuple[FakeAnthropic, str], sdk: openai.AsyncOpenAI) -> None:
    completion = await sdk.chat.completions.create(model="anthropic/failover", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].message.content == "You said: hi"
    assert [body["model"] for _, body in stack[0].requests] == ["overloaded", "claude-sonnet"]


async def test_upstream_error_is_a_502_with_its_message(sdk: openai.AsyncOpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        await sdk.chat.completions.create(model="anthropic/overloaded", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 502
    assert "Overloaded" in info.value.message and API_KEY not in info.value.message


async def test_error_event_mid_stream_ends_the_stream_with_an_error(stack: tuple[FakeAnthropic, str], sdk: openai.AsyncOpenAI) -> None:
    with pytest.raises(openai.APIError):
        stream = await sdk.chat.completions.create(
            model="anthropic/broken", messages=[{"role": "user", "content": "one two three"}], stream=True)
        async for _ in stream:
            pass
    async with httpx.AsyncClient(base_url=stack[1], timeout=5) as client:
        body = {"model": "anthropic/broken", "messages": [{"role": "user", "content": "one two three"}], "stream": True}
        events = parse_sse((await client.post("/v1/chat/completions", json=body, headers=AUTH)).text)
    assert "[DONE]" not in events and events[-1]["error"]["code"] == 502
    assert "Overloaded" in events[-1]["error"]["message"]


def test_fake_checks_its_key(tmp_path: Path) -> None:
    fake = FakeAnthropic()
    with serve(fake.app) as url:
        response = httpx.post(url + "/v1/messages", json={}, headers={"x-api-key": "wrong", "anthropic-version": "x"})
    assert response.status_code == 401 and response.json()["type"] == "error"
