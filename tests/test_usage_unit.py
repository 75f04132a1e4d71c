"""The usage validator and every adapter that reads usage through it, with plain values (audit 15)."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from proxyify_asgi.providers.anthropic import AnthropicAdapter, _StreamTranslator
from proxyify_asgi.providers.anthropic import chat_result as anthropic_result
from proxyify_asgi.providers.base import UpstreamCall
from proxyify_asgi.providers.gemini import GeminiAdapter
from proxyify_asgi.providers.gemini import chat_result as gemini_result
from proxyify_asgi.providers.openai import MistralAdapter, OpenAIAdapter
from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.settings import ModelSettings, ProviderSettings, RouteSettings
from proxyify_asgi.usage import (
    MAX_REPORTED_TOKENS,
    approx_answer_tokens,
    estimated_tokens,
    openai_usage,
    token_count,
    token_sum,
)

NOT_COUNTS = [None, -1, True, False, "5", 5.0, 1e300, [5], {"n": 5}, MAX_REPORTED_TOKENS + 1, 10**15]


@pytest.mark.parametrize("value", NOT_COUNTS)
def test_what_is_not_a_token_count(value: Any) -> None:
    assert token_count(value) is None


def test_token_counts_and_sums() -> None:
    assert [token_count(v) for v in (0, 7, MAX_REPORTED_TOKENS)] == [0, 7, MAX_REPORTED_TOKENS]
    assert token_sum({"a": 2, "b": 3}, ("a",), ("b", "c")) == 5
    assert token_sum({"a": 2, "c": None}, ("a",), ("b", "c")) == 2  # absent or null optional: 0
    assert token_sum({"a": 2, "b": "3"}, ("a",), ("b",)) is None  # present but not a count: unknown
    assert token_sum({"b": 3}, ("a",), ("b",)) is None  # a required count missing
    assert token_sum({"a": MAX_REPORTED_TOKENS, "b": 1}, ("a", "b")) is None  # absurd in sum
    assert token_sum([1, 2], ("a",)) is None and token_sum("lots", ()) is None


@pytest.mark.parametrize("usage", [None, {}, "lots", [5, 6], {"prompt_tokens": 5}, {"completion_tokens": 5},
                                   {"prompt_tokens": -5, "completion_tokens": 6},
                                   {"prompt_tokens": 5, "completion_tokens": 1e300}])
def test_openai_usage_unknown(usage: Any) -> None:
    assert openai_usage(usage) is None


def test_estimates() -> None:
    assert openai_usage({"prompt_tokens": 5, "completion_tokens": 0, "total_tokens": "x"}) == (5, 0)
    answer = {"choices": [{"message": {"content": "a" * 40, "tool_calls": [
        {"function": {"name": "f" * 4, "arguments": "{" + "x" * 34 + "}"}}]}},
        {"message": {"content": [{"type": "text", "text": "b" * 40}]}}, "junk"]}
    assert approx_answer_tokens(answer) == 30
    assert approx_answer_tokens({"choices": [{"message": {"content": None}}]}) == 1
    assert approx_answer_tokens("not an answer") == 1
    assert estimated_tokens({"messages": [{"role": "user", "content": "x" * 80}]}, 3) == (20, 3)


def _call(kind: str) -> UpstreamCall:
    return UpstreamCall(model=ModelSettings(id="m", max_output_tokens=100), route=RouteSettings(provider="p", model="u"),
                        provider=ProviderSettings(name="p", kind=kind, base_url="http://upstream", api_key="sk-x"),
                        body={"messages": [{"role": "user", "content": "hi"}]}, request_id="r", timeout_s=5)


@pytest.mark.parametrize("adapter", [OpenAIAdapter, MistralAdapter])
@pytest.mark.parametrize("usage", [None, "lots", [1], {"prompt_tokens": "x", "completion_tokens": 1},
                                   {"prompt_tokens": 1e300, "completion_tokens": 1}])
def test_openai_dialect_json_answers_with_unknown_usage(adapter: type[OpenAIAdapter], usage: Any) -> None:
    result = adapter(_call("openai").provider, httpx.AsyncClient()).chat_result({"choices": [], "usage": usage})
    assert (result.input_tokens, result.output_tokens) == (None, None)


def test_openai_dialect_json_answer_with_usage() -> None:
    result = OpenAIAdapter(_call("openai").provider, httpx.AsyncClient()).chat_result(
        {"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 4}})
    assert (result.input_tokens, result.output_tokens) == (3, 4)


ANTHROPIC_BAD = [None, "lots", {"input_tokens": 3}, {"input_tokens": -3, "output_tokens": 4},
                 {"input_tokens": 3, "output_tokens": "4"}, {"input_tokens": 3, "output_tokens": 4, "cache_read_input_tokens": 1e300},
                 {"input_tokens": [3], "output_tokens": 4}]


@pytest.mark.parametrize("usage", ANTHROPIC_BAD)
def test_anthropic_json_answers_with_unknown_usage(usage: Any) -> None:
    result = anthropic_result("p", {"id": "m1", "content": [{"type": "text", "text": "hi"}], "usage": usage})
    assert (result.input_tokens, result.output_tokens) == (None, None)
    assert orjson.dumps(result.body)  # renders; the endpoint replaces its usage with the estimate


def test_anthropic_json_answer_counts_cache_tokens_as_input() -> None:
    usage = {"input_tokens": 3, "output_tokens": 4, "cache_read_input_tokens": 10, "cache_creation_input_tokens": None}
    result = anthropic_result("p", {"content": [], "usage": usage})
    assert (result.input_tokens, result.output_tokens) == (13, 4)


def _anthropic_events(start_usage: Any, delta_usage: Any) -> list[dict[str, Any]]:
    return [{"type": "message_start", "message": {"id": "m", "model": "u", "usage": start_usage}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi"}},
            {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": delta_usage},
            {"type": "message_stop"}]


@pytest.mark.parametrize(("start", "delta"), [
    ({"input_tokens": 3, "output_tokens": 1}, {"output_tokens": "x"}),
    ({"input_tokens": 3, "output_tokens": 1}, {"output_tokens": -4}),
    ({"input_tokens": 3, "output_tokens": 1}, "lots"),
    ({"input_tokens": 1e300, "output_tokens": 1}, {"output_tokens": 4}),
    (None, {"output_tokens": 4}),
])
def test_anthropic_streams_with_unknown_usage_end_without_a_usage_chunk(start: Any, delta: Any) -> None:
    translator = _StreamTranslator("p", "u", Redactor.for_providers([]))
    chunks = [c for e in _anthropic_events(start, delta) for c in translator.feed(e)]
    assert translator.finished and all("usage" not in c for c in chunks)


def test_anthropic_stream_with_usage() -> None:
    translator = _StreamTranslator("p", "u", Redactor.for_providers([]))
    events = _anthropic_events({"input_tokens": 3, "output_tokens": 1}, {"output_tokens": 4})
    chunks = [c for e in events for c in translator.feed(e)]
    assert chunks[-1]["usage"] == {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}


GEMINI_BAD = [None, "lots", {"candidatesTokenCount": 4}, {"promptTokenCount": "3"},
              {"promptTokenCount": 3, "candidatesTokenCount": -4}, {"promptTokenCount": 3, "thoughtsTokenCount": 1e300}]


@pytest.mark.parametrize("meta", GEMINI_BAD)
def test_gemini_json_answers_with_unknown_usage(meta: Any) -> None:
    data = {"candidates": [{"content": {"parts": [{"text": "hi"}]}, "finishReason": "STOP"}], "usageMetadata": meta}
    result = gemini_result("p", "u", data)
    assert (result.input_tokens, result.output_tokens) == (None, None)


def test_gemini_json_answer_counts_thoughts_as_output() -> None:
    meta = {"promptTokenCount": 3, "candidatesTokenCount": 4, "thoughtsTokenCount": 5}
    result = gemini_result("p", "u", {"candidates": [], "usageMetadata": meta})
    assert (result.input_tokens, result.output_tokens) == (3, 9)


async def _stream(adapter_type: type, kind: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    body = b"".join(b"data: " + orjson.dumps(e) + b"\n\n" for e in events)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body,
                                                                   headers={"content-type": "text/event-stream"}))
    async with httpx.AsyncClient(transport=transport) as client:
        adapter = adapter_type(_call(kind).provider, client)
        return [chunk async for chunk in adapter.chat_stream(_call(kind))]


@pytest.mark.parametrize("meta", [*GEMINI_BAD[1:], "absent"])
async def test_gemini_streams_with_unknown_usage_end_without_a_usage_chunk(meta: Any) -> None:
    event: dict[str, Any] = {"candidates": [{"content": {"parts": [{"text": "hi"}]}, "finishReason": "STOP"}]}
    if meta != "absent":
        event["usageMetadata"] = meta
    chunks = await _stream(GeminiAdapter, "gemini", [event])
    assert chunks and all("usage" not in c for c in chunks)  # was usage 0/0 without usageMetadata: free


async def test_gemini_and_anthropic_streams_with_usage() -> None:
    event = {"candidates": [{"content": {"parts": [{"text": "hi"}]}, "finishReason": "STOP"}],
             "usageMetadata": {"promptTokenCount": 3, "candidatesTokenCount": 4}}
    assert (await _stream(GeminiAdapter, "gemini", [event]))[-1]["usage"]["completion_tokens"] == 4
    events = _anthropic_events({"input_tokens": 3, "output_tokens": 1}, {"output_tokens": 4})
    assert (await _stream(AnthropicAdapter, "anthropic", events))[-1]["usage"]["prompt_tokens"] == 3
