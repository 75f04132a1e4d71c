"""The Gemini dialect: request translation, text-to-speech as WAV, and the gateway in front of a fake
Gemini API with the official ``openai`` SDK as the client (``envelope = "openai"``)."""

from __future__ import annotations

import io
import json
import wave
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.errors import InvalidRequest, ProviderError
from proxyify_asgi.providers.base import UpstreamCall
from proxyify_asgi.providers.gemini import GeminiAdapter, generate_payload, split_tool_call_id, tool_call_id
from proxyify_asgi.settings import ModelSettings, ProviderSettings, RouteSettings
from tests.fakes.gateway_settings import AUTH, TEST_KEY, gateway_settings, parse_sse
from tests.fakes.gemini_upstream import (
    API_KEY,
    OUTPUT_TOKENS,
    PCM,
    PROMPT_TOKENS,
    THOUGHT_TOKENS,
    FakeGemini,
)
from tests.fakes.server import serve

WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}}
TIME_TOOL = {"type": "function", "function": {
    "name": "get_time", "description": "Local time in a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}}
STRICT_TOOL = {"type": "function", "function": {  # what OpenAI clients (and strict mode) send: full JSON Schema
    "name": "get_weather", "description": "Weather for a city", "strict": True,
    "parameters": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                   "properties": {"city": {"type": "string"}}, "required": ["city"], "additionalProperties": False},
}}


def upstream_call(body: dict[str, Any], upstream_model: str = "gemini-x", base_url: str | None = None) -> UpstreamCall:
    return UpstreamCall(model=ModelSettings(id="g/x", max_output_tokens=256), route=RouteSettings(provider="g", model=upstream_model),
                        provider=ProviderSettings(name="g", kind="gemini", base_url=base_url, api_key=API_KEY),
                        body=body, request_id="r", timeout_s=5)


def test_request_translation() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": [
                {"type": "text", "text": "Look:"},
                {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQ"}},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png?x=1"}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_9", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Rome\"}"}}]},
            {"role": "tool", "tool_call_id": "call_9", "content": "hot"},
        ],
        "temperature": 0.5, "top_p": 0.8, "n": 2, "stop": ["X"], "seed": 7, "max_completion_tokens": 50,
        "tools": [WEATHER_TOOL], "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
        "response_format": {"type": "json_schema", "json_schema": {"name": "s", "schema": {"type": "object"}}},
    }
    payload = generate_payload(upstream_call(body))
    assert payload["systemInstruction"] == {"parts": [{"text": "Be brief."}]}
    assert payload["contents"] == [
        {"role": "user", "parts": [{"text": "Look:"}, {"inlineData": {"mimeType": "image/jpeg", "data": "/9j/4AAQ"}},
                                   {"fileData": {"mimeType": "image/png", "fileUri": "https://example.com/a.png?x=1"}}]},
        {"role": "model", "parts": [{"functionCall": {"name": "get_weather", "args": {"city": "Rome"}}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"content": "hot"}}}]},
    ]
    assert payload["generationConfig"] == {
        "maxOutputTokens": 50, "temperature": 0.5, "topP": 0.8, "candidateCount": 2, "seed": 7,
        "stopSequences": ["X"], "responseMimeType": "application/json", "responseJsonSchema": {"type": "object"},
    }
    assert payload["tools"] == [{"functionDeclarations": [{
        "name": "get_weather", "description": "Weather for a city",
        "parametersJsonSchema": WEATHER_TOOL["function"]["parameters"],
    }]}]
    assert payload["toolConfig"] == {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}}


@pytest.fixture(scope="module")
def fake_url() -> Iterator[tuple[FakeGemini, str]]:
    fake = FakeGemini()
    with serve(fake.app) as url:
        yield fake, url


async def test_tts_returns_wav_wrapping_the_pcm(fake_url: tuple[FakeGemini, str]) -> None:
    fake, url = fake_url
    async with httpx.AsyncClient() as client:
        adapter = GeminiAdapter(ProviderSettings(name="g", kind="gemini", base_url=url + "/v1beta", api_key=API_KEY), client)
        speech = await adapter.speech(upstream_call({"input": "Hello there", "voice": "puck"}, "gemini-tts"))
        audio = b"".join([chunk async for chunk in speech.chunks])
    assert speech.content_type == "audio/wav"
    with wave.open(io.BytesIO(audio)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (24000, 1, 2)
        assert w.readframes(w.getnframes()) == PCM
    path, headers, body = fake.requests[-1]
    assert path.endswith("/models/gemini-tts:generateContent") and headers["x-goog-api-key"] == API_KEY
    assert body["generationConfig"]["responseModalities"] == ["AUDIO"]
    assert body["generationConfig"]["speechConfig"]["voiceConfig"]["prebuiltVoiceConfig"]["voiceName"] == "Puck"
    assert body["contents"] == [{"role": "user", "parts": [{"text": "Hello there"}]}]


async def test_tts_unknown_voice_falls_back_and_empty_input_is_400(fake_url: tuple[FakeGemini, str]) -> None:
    fake, url = fake_url
    async with httpx.AsyncClient() as client:
        adapter = GeminiAdapter(ProviderSettings(name="g", kind="gemini", base_url=url + "/v1beta", api_key=API_KEY), client)
        await adapter.speech(upstream_call({"input": "Hi", "voice": "alloy"}, "gemini-tts"))
        assert fake.requests[-1][2]["generationConfig"]["speechConfig"]["voiceConfig"]["prebuiltVoiceConfig"]["voiceName"] == "Kore"
        with pytest.raises(InvalidRequest):
            await adapter.speech(upstream_call({"input": ""}, "gemini-tts"))
        with pytest.raises(ProviderError) as info:
            await adapter.speech(upstream_call({"input": "Hi"}, "busy"))
        assert info.value.upstream_status == 503 and "overloaded" in info.value.message


@pytest.fixture(scope="module")
def gateway(fake_url: tuple[FakeGemini, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _, url = fake_url
    providers = {"google": {"kind": "gemini", "base_url": url + "/v1beta", "api_key": API_KEY}}

    def model(model_id: str, *upstream_models: str) -> dict[str, Any]:
        routes = [{"provider": "google", "model": m, "priority": i} for i, m in enumerate(upstream_models)]
        return {"id": model_id, "routes": routes, "price": {"input_per_mtok": 0.3, "output_per_mtok": 2.5}}

    models = [model("google/flash", "gemini-2.5-flash"), model("google/failover", "busy", "gemini-2.5-flash"),
              model("google/cut", "cut"), model("google/g3", "gemini-3-pro-preview"),
              {"id": "google/tts", "modality": "tts", "price": {"per_mchar": 10},
               "routes": [{"provider": "google", "model": "busy"},
                          {"provider": "google", "model": "gemini-tts", "priority": 1}]}]
    settings = gateway_settings(tmp_path_factory.mktemp("gemini"), providers, models, gateway={"envelope": "openai"})
    with serve(create_app(settings)) as gateway_url:
        yield gateway_url


@pytest.fixture
def sdk(gateway: str) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=gateway + "/v1", api_key=TEST_KEY, max_retries=0)


async def test_sdk_chat_json(fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    completion = await sdk.chat.completions.create(
        model="google/flash", messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hello gemini"}])
    assert completion.choices[0].message.content == "You said: hello gemini"  # the thought part is not output
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.prompt_tokens == PROMPT_TOKENS
    assert completion.usage.completion_tokens == OUTPUT_TOKENS + THOUGHT_TOKENS
    path, headers, body = fake_url[0].requests[-1]
    assert path.endswith("/models/gemini-2.5-flash:generateContent") and "authorization" not in headers
    assert body["systemInstruction"] == {"parts": [{"text": "Be brief."}]}


async def test_sdk_chat_stream(fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="google/flash", messages=[{"role": "user", "content": "stream it now"}], stream=True)
    text, usage, finish = "", None, None
    async for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
        usage = chunk.usage or usage
    assert text == "You said: stream it now" and finish == "stop"
    assert usage is not None and usage.completion_tokens == OUTPUT_TOKENS + THOUGHT_TOKENS
    assert fake_url[0].requests[-1][0].endswith(":streamGenerateContent?alt=sse")


async def test_sdk_function_call_round_trip(fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    messages: list[Any] = [{"role": "user", "content": "Weather in Paris?"}]
    first = await sdk.chat.completions.create(model="google/flash", messages=messages, tools=[WEATHER_TOOL])
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather" and json.loads(call.function.arguments) == {"city": "Paris"}
    messages += [choice.message.model_dump(exclude_none=True), {"role": "tool", "tool_call_id": call.id, "content": "Sunny"}]
    second = await sdk.chat.completions.create(model="google/flash", messages=messages, tools=[WEATHER_TOOL])
    assert second.choices[0].finish_reason == "stop"
    contents = fake_url[0].requests[-1][2]["contents"]
    assert contents[-1] == {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"content": "Sunny"}}}]}


async def test_sdk_streamed_function_call(sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="google/flash", messages=[{"role": "user", "content": "Weather?"}], tools=[WEATHER_TOOL], stream=True)
    calls, finish = [], None
    async for chunk in stream:
        for choice in chunk.choices:
            calls += choice.delta.tool_calls or []
            finish = choice.finish_reason or finish
    assert finish == "tool_calls" and len(calls) == 1
    assert calls[0].function.name == "get_weather" and json.loads(calls[0].function.arguments) == {"city": "Paris"}


async def test_unavailable_route_fails_over(fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    completion = await sdk.chat.completions.create(model="google/failover", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].message.content == "You said: hi"
    assert [p.split("/models/")[1] for p, _, _ in fake_url[0].requests[-2:]] == [
        "busy:generateContent", "gemini-2.5-flash:generateContent"]


async def test_stream_cut_without_finish_reason_ends_with_error_event(gateway: str, sdk: openai.AsyncOpenAI) -> None:
    async with httpx.AsyncClient(base_url=gateway, timeout=5) as client:
        body = {"model": "google/cut", "messages": [{"role": "user", "content": "one two three"}], "stream": True}
        events = parse_sse((await client.post("/v1/chat/completions", json=body, headers=AUTH)).text)
    assert [e["choices"][0]["delta"].get("content") for e in events[:-1]] == ["You", " said:", " one", " two"]
    assert "[DONE]" not in events and events[-1]["error"]["code"] == 502
    with pytest.raises(openai.APIError):
        stream = await sdk.chat.completions.create(model="google/cut", messages=[{"role": "user", "content": "a b"}], stream=True)
        async for _ in stream:
            pass


async def test_tts_through_the_gateway_answers_wav_after_failover(fake_url: tuple[FakeGemini, str], gateway: str) -> None:
    async with httpx.AsyncClient(base_url=gateway, timeout=5) as client:
        body = {"model": "google/tts", "input": "Hello there", "voice": "Kore"}
        response = await client.post("/v1/chat/completions", json=body, headers=AUTH)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "audio/wav"
        assert response.headers["x-balancer-model-used"] == "google/tts"
        assert response.headers["x-balancer-credits-used"] == "1"  # 11 chars at $10/Mchar, rounded up
        with wave.open(io.BytesIO(response.content)) as w:
            assert w.getframerate() == 24000 and w.readframes(w.getnframes()) == PCM
        assert [p.split("/models/")[1] for p, _, _ in fake_url[0].requests[-2:]] == [
            "busy:generateContent", "gemini-tts:generateContent"]
        pcm = await client.post("/v1/chat/completions", json={**body, "response_format": "pcm"}, headers=AUTH)
        assert pcm.headers["content-type"] == "audio/pcm" and pcm.content == PCM
        mp3 = await client.post("/v1/chat/completions", json={**body, "response_format": "mp3"}, headers=AUTH)
        assert mp3.status_code == 400 and "wav" in mp3.json()["error"]["message"]


async def test_gemini3_thought_signature_round_trips_in_the_tool_call_id(
        fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    """Gemini 3 refuses a replayed call without its signature; the id carries it back to the same part."""
    fake = fake_url[0]
    for stream in (False, True):
        messages: list[Any] = [{"role": "user", "content": "Weather and time in Paris?"}]
        if stream:
            chunks = await sdk.chat.completions.create(
                model="google/g3", messages=messages, tools=[WEATHER_TOOL, TIME_TOOL], stream=True)
            calls: list[dict[str, Any]] = []
            async for chunk in chunks:
                for choice in chunk.choices:
                    calls += [{"id": c.id, "type": "function",
                               "function": {"name": c.function.name, "arguments": c.function.arguments}}
                              for c in choice.delta.tool_calls or []]
            assistant: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": calls}
        else:
            first = await sdk.chat.completions.create(model="google/g3", messages=messages, tools=[WEATHER_TOOL, TIME_TOOL])
            assistant = first.choices[0].message.model_dump(exclude_none=True)
            calls = assistant["tool_calls"]
        issued = fake.requests[-1]
        assert len(calls) == 2 and len({c["id"] for c in calls}) == 2
        assert all(ch.isalnum() or ch in "_-" for c in calls for ch in c["id"])  # URL-safe, no '+', '/', '='
        messages += [assistant] + [{"role": "tool", "tool_call_id": c["id"], "content": "ok"} for c in calls]
        second = await sdk.chat.completions.create(model="google/g3", messages=messages, tools=[WEATHER_TOOL, TIME_TOOL])
        assert second.choices[0].finish_reason == "stop", stream
        model_turn = fake.requests[-1][2]["contents"][1]
        assert model_turn["role"] == "model" and issued is not fake.requests[-1]
        signed = [p for p in model_turn["parts"] if "thoughtSignature" in p]
        assert len(signed) == 1 and signed[0]["functionCall"]["name"] == "get_weather"
        assert signed[0]["thoughtSignature"] in fake.signatures  # byte for byte what Gemini sent
        assert fake.requests[-1][2]["contents"][2]["parts"][0]["functionResponse"]["name"] == "get_weather"


async def test_gemini3_refuses_a_call_replayed_without_its_signature(sdk: openai.AsyncOpenAI) -> None:
    """The fake is strict as the API is: an id without a signature (another client's) is a 400."""
    messages: list[Any] = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_0", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_0", "content": "ok"},
    ]
    with pytest.raises(openai.APIStatusError) as info:
        await sdk.chat.completions.create(model="google/g3", messages=messages, tools=[WEATHER_TOOL])
    assert info.value.status_code == 502 and "thought_signature" in str(info.value.message)  # upstream 400, relayed
    ok = await sdk.chat.completions.create(model="google/flash", messages=messages, tools=[WEATHER_TOOL])
    assert ok.choices[0].finish_reason == "stop"  # ids without a signature still work where none is required


async def test_blocked_prompt_ends_with_content_filter(fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    messages: list[Any] = [{"role": "user", "content": "BLOCKME please"}]
    completion = await sdk.chat.completions.create(model="google/flash", messages=messages)
    assert completion.choices[0].finish_reason == "content_filter" and completion.choices[0].message.content == ""
    sent = len(fake_url[0].requests)
    stream = await sdk.chat.completions.create(model="google/flash", messages=messages, stream=True)
    finishes, text, usage = [], "", None
    async for chunk in stream:
        for choice in chunk.choices:
            text += choice.delta.content or ""
            finishes.append(choice.finish_reason)
        usage = chunk.usage or usage
    assert text == "" and finishes[-1] == "content_filter"
    assert usage is not None and usage.prompt_tokens == PROMPT_TOKENS and usage.completion_tokens == 0
    assert len(fake_url[0].requests) == sent + 1  # answered, not retried as a cut stream


async def test_streamed_calls_in_separate_chunks_keep_their_own_index_and_id(sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="google/flash", messages=[{"role": "user", "content": "Weather and time?"}],
        tools=[WEATHER_TOOL, TIME_TOOL], stream=True)
    calls, finish = [], None
    async for chunk in stream:
        for choice in chunk.choices:
            calls += choice.delta.tool_calls or []
            finish = choice.finish_reason or finish
    assert finish == "tool_calls"
    assert [(c.index, c.function.name) for c in calls] == [(0, "get_weather"), (1, "get_time")]
    assert len({c.id for c in calls}) == 2


async def test_json_schema_tools_go_to_parameters_json_schema(fake_url: tuple[FakeGemini, str], sdk: openai.AsyncOpenAI) -> None:
    """``parameters`` takes an OpenAPI subset (the fake refuses ``additionalProperties``/``$schema`` there
    as Gemini does); the client's JSON Schema is sent whole as ``parametersJsonSchema``."""
    completion = await sdk.chat.completions.create(
        model="google/flash", messages=[{"role": "user", "content": "Weather?"}], tools=[STRICT_TOOL])
    assert completion.choices[0].finish_reason == "tool_calls"
    declaration = fake_url[0].requests[-1][2]["tools"][0]["functionDeclarations"][0]
    assert "parameters" not in declaration and "strict" not in declaration
    assert declaration["parametersJsonSchema"] == STRICT_TOOL["function"]["parameters"]


@pytest.mark.parametrize("signature", ["++//Z2VtaW5pLTM6MQ==", "q80=", "abc/", "Zm9v"])
def test_tool_call_id_carries_the_signature_url_safe(signature: str) -> None:
    call_id = tool_call_id("call_3", signature)
    assert call_id.startswith("call_3__ts__") and all(ch.isalnum() or ch in "_-" for ch in call_id)
    assert split_tool_call_id(call_id) == ("call_3", signature)
    assert tool_call_id("call_3", None) == "call_3" and split_tool_call_id("call_3") == ("call_3", None)
