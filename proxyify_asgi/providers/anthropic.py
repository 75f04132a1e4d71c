"""The Anthropic Messages API dialect (``POST {base_url}/messages``).

Requests: system/developer messages become the top-level ``system`` prompt; content parts become
content blocks (text, base64 or URL images); assistant ``tool_calls`` become ``tool_use`` blocks and
``tool`` messages ``tool_result`` blocks in a user turn; consecutive turns of one role are merged, as
the API wants alternating roles. ``max_tokens`` is required there, so the model's cap fills it in.

Answers: text blocks → ``message.content``, ``tool_use`` → ``tool_calls``, ``stop_reason`` →
``finish_reason``, ``usage.input_tokens``/``output_tokens`` → prompt/completion tokens. Streams:
``message_start`` (input tokens) / ``content_block_start`` / ``content_block_delta`` (text or
partial tool JSON) / ``message_delta`` (stop reason, output tokens) / ``message_stop`` become
OpenAI chunks plus a final usage chunk; an ``error`` event, or a stream that stops before
``message_stop``, raises :class:`ProviderError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx

from proxyify_asgi.errors import ProviderError
from proxyify_asgi.providers._http import open_stream, post_json
from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.providers._shapes import (
    ChunkMaker,
    completion,
    image_url_of,
    json_text,
    max_output,
    parse_data_url,
    stop_list,
    text_of,
    tool_arguments,
)
from proxyify_asgi.providers.base import ChatResult, ProviderAdapter, UpstreamCall, decode_json, iter_sse_data
from proxyify_asgi.settings import ProviderSettings
from proxyify_asgi.usage import token_sum

DEFAULT_VERSION = "2023-06-01"

STOP_REASONS = {
    "end_turn": "stop", "stop_sequence": "stop", "pause_turn": "stop",
    "max_tokens": "length", "model_context_window_exceeded": "length",
    "tool_use": "tool_calls", "refusal": "content_filter",
}

ERROR_STATUSES = {
    "invalid_request_error": 400, "authentication_error": 401, "permission_error": 403,
    "not_found_error": 404, "request_too_large": 413, "rate_limit_error": 429,
    "api_error": 500, "overloaded_error": 529, "timeout_error": 504,
}
"""Anthropic error types → HTTP statuses, for errors that arrive inside a stream."""


def _content_blocks(content: Any) -> list[dict[str, Any]]:
    """OpenAI content (string or parts) as Anthropic content blocks."""
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for part in content or ():
        kind = part.get("type")
        if kind == "text":
            blocks.append({"type": "text", "text": str(part.get("text", ""))})
        elif kind == "image_url":
            url = image_url_of(part)
            data = parse_data_url(url)
            source = (
                {"type": "base64", "media_type": data[0], "data": data[1]} if data else {"type": "url", "url": url}
            )
            blocks.append({"type": "image", "source": source})
    return blocks


def _turn(message: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """One OpenAI message as ``(anthropic role, content blocks)``."""
    role = message.get("role")
    if role in ("tool", "function"):
        result = {
            "type": "tool_result",
            "tool_use_id": str(message.get("tool_call_id") or message.get("name") or ""),
            "content": text_of(message.get("content")),
        }
        return "user", [result]
    blocks = _content_blocks(message.get("content"))
    if role == "assistant":
        for call in message.get("tool_calls") or ():
            blocks.append({
                "type": "tool_use", "id": str(call.get("id", "")),
                "name": str((call.get("function") or {}).get("name", "")), "input": tool_arguments(call),
            })
        return "assistant", blocks
    return "user", blocks


def _messages(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """The ``system`` prompt and the alternating ``messages`` list."""
    system: list[str] = []
    turns: list[dict[str, Any]] = []
    for message in body.get("messages") or ():
        if message.get("role") in ("system", "developer"):
            system.append(text_of(message.get("content")))
            continue
        role, blocks = _turn(message)
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": role, "content": blocks})
    return "\n\n".join(s for s in system if s), turns


def _tool_choice(body: dict[str, Any]) -> dict[str, Any] | None:
    choice = body.get("tool_choice")
    result: dict[str, Any] | None = None
    if choice == "auto":
        result = {"type": "auto"}
    elif choice == "required":
        result = {"type": "any"}
    elif choice == "none":
        result = {"type": "none"}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        result = {"type": "tool", "name": choice["function"].get("name", "")}
    if body.get("parallel_tool_calls") is False:
        result = result or {"type": "auto"}
        if result["type"] != "none":
            result["disable_parallel_tool_use"] = True
    return result


def messages_payload(call: UpstreamCall, *, stream: bool) -> dict[str, Any]:
    """The Messages API request body for an OpenAI chat body."""
    body = call.body
    system, messages = _messages(body)
    payload: dict[str, Any] = {
        "model": call.upstream_model,
        "messages": messages,
        "max_tokens": max_output(body, call.model.max_output_tokens),
    }
    if system:
        payload["system"] = system
    if isinstance(body.get("temperature"), (int, float)):
        payload["temperature"] = min(1.0, float(body["temperature"]))  # Anthropic's range is 0..1
    if isinstance(body.get("top_p"), (int, float)) and "temperature" not in payload:
        # Claude 4.5 and later refuse both at once ("temperature and top_p cannot both be
        # specified"); the temperature, the more common knob, is the one kept.
        payload["top_p"] = body["top_p"]
    stops = stop_list(body.get("stop"))
    if stops:
        payload["stop_sequences"] = stops
    tools = [t.get("function") for t in body.get("tools") or () if isinstance(t, dict) and t.get("type") == "function"]
    if tools:
        payload["tools"] = [
            {"name": f.get("name", ""), "description": f.get("description", ""),
             "input_schema": f.get("parameters") or {"type": "object", "properties": {}}}
            for f in tools if isinstance(f, dict)
        ]
    choice = _tool_choice(body)
    if choice and tools:
        payload["tool_choice"] = choice
    if isinstance(body.get("user"), str):
        payload["metadata"] = {"user_id": body["user"]}
    if stream:
        payload["stream"] = True
    return payload


_CACHE_INPUT = ("cache_creation_input_tokens", "cache_read_input_tokens")


def _input_tokens(usage: Any) -> int | None:
    """Input tokens of an Anthropic ``usage``, None if unknown. Cache writes and reads are input
    too; Anthropic reports them apart from ``input_tokens``."""
    return token_sum(usage, ("input_tokens",), _CACHE_INPUT)


def _output_tokens(usage: Any) -> int | None:
    """Output tokens of an Anthropic ``usage``, None if unknown."""
    return token_sum(usage, ("output_tokens",))


def chat_result(name: str, data: Any) -> ChatResult:
    """An Anthropic ``message`` as an OpenAI ``chat.completion``."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise ProviderError(f"Provider {name!r} returned an unexpected body.")
    text: list[str] = []
    tool_calls: list[dict[str, Any]] = []
    for block in data["content"]:
        if block.get("type") == "text":
            text.append(str(block.get("text", "")))
        elif block.get("type") == "tool_use":
            tool_calls.append({
                "id": block.get("id", ""), "type": "function",
                "function": {"name": block.get("name", ""), "arguments": json_text(block.get("input") or {})},
            })
    message: dict[str, Any] = {"role": "assistant", "content": "".join(text) if text or not tool_calls else None}
    if tool_calls:
        message["tool_calls"] = tool_calls
    usage = data.get("usage")
    prompt, output = _input_tokens(usage), _output_tokens(usage)
    if prompt is None or output is None:
        prompt = output = None  # unknown: the endpoint estimates both and rewrites body["usage"]
    body = completion(str(data.get("id", "")), str(data.get("model", "")), message,
                      STOP_REASONS.get(data.get("stop_reason") or "", "stop"), prompt or 0, output or 0)
    return ChatResult(body=body, input_tokens=prompt, output_tokens=output)


class _StreamTranslator:
    """Anthropic stream events → OpenAI chunks (a small state machine over one message)."""

    def __init__(self, name: str, model: str, redactor: Redactor) -> None:
        self.name = name
        self.redactor = redactor
        self.chunks = ChunkMaker("", model)
        self.input_tokens: int | None = 0
        self.output_tokens: int | None = 0
        """None once the upstream reported a count that is not one (see proxyify_asgi.usage)."""
        self.tool_index: dict[int, int] = {}
        self.finished = False

    def feed(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        """The chunks one event produces (often none)."""
        kind = event.get("type")
        if kind == "message_start":
            message = event.get("message") or {}
            self.chunks.base["id"] = str(message.get("id", ""))
            self.chunks.base["model"] = str(message.get("model") or self.chunks.base["model"])
            usage = message.get("usage")
            self.input_tokens = _input_tokens(usage)
            self.output_tokens = _output_tokens(usage) if isinstance(usage, dict) and "output_tokens" in usage else 0
            return [self.chunks.delta({"role": "assistant", "content": ""})]
        if kind == "content_block_start":
            block = event.get("content_block") or {}
            if block.get("type") == "tool_use":
                position = self.tool_index.setdefault(int(event.get("index", 0)), len(self.tool_index))
                return [self.chunks.delta({"tool_calls": [{
                    "index": position, "id": block.get("id", ""), "type": "function",
                    "function": {"name": block.get("name", ""), "arguments": ""},
                }]})]
            if block.get("type") == "text" and block.get("text"):
                return [self.chunks.delta({"content": block["text"]})]
            return []
        if kind == "content_block_delta":
            return self._delta(event)
        if kind == "message_delta":
            usage = event.get("usage")
            usage = usage if isinstance(usage, dict) else {"output_tokens": usage}  # not an object: unknown
            if usage.get("output_tokens") is not None:
                self.output_tokens = _output_tokens(usage)  # cumulative per the API
            if usage.get("input_tokens") is not None:
                self.input_tokens = _input_tokens(usage)
            reason = (event.get("delta") or {}).get("stop_reason")
            return [self.chunks.delta({}, STOP_REASONS.get(reason or "", "stop"))] if reason else []
        if kind == "message_stop":
            self.finished = True
            if self.input_tokens is None or self.output_tokens is None:
                return []  # unknown usage: the endpoint estimates it, as for a stream without usage
            return [self.chunks.usage(self.input_tokens, self.output_tokens)]
        if kind == "error":
            error = event.get("error") or {}
            status = ERROR_STATUSES.get(str(error.get("type")), 502)
            message = self.redactor.scrub(error.get("message") or error.get("type") or "stream error")
            raise ProviderError(f"Provider {self.name!r} reported an error: {message}", upstream_status=status,
                                metadata={"provider": self.name})
        return []  # ping and unknown events

    def _delta(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        delta = event.get("delta") or {}
        if delta.get("type") == "text_delta":
            return [self.chunks.delta({"content": str(delta.get("text", ""))})]
        if delta.get("type") == "input_json_delta":
            position = self.tool_index.get(int(event.get("index", 0)))
            if position is not None:
                return [self.chunks.delta({"tool_calls": [{
                    "index": position, "function": {"arguments": str(delta.get("partial_json", ""))},
                }]})]
        return []


class AnthropicAdapter(ProviderAdapter):
    """Chat (JSON and SSE) against the Anthropic Messages API with ``x-api-key``.

    ``options.anthropic_version`` overrides the ``anthropic-version`` header (default 2023-06-01).
    The Messages API has no ``n``: one answer per call, so the router skips Anthropic routes for a
    request with ``n`` > 1 (see ``routing.capabilities``).
    """

    kind: ClassVar[str] = "anthropic"
    serves_chat_n: ClassVar[bool] = False
    default_base_url: ClassVar[str] = "https://api.anthropic.com/v1"

    def __init__(self, settings: ProviderSettings, client: httpx.AsyncClient) -> None:
        super().__init__(settings, client)
        self.url = (settings.base_url or self.default_base_url).rstrip("/") + "/messages"
        headers = {
            "content-type": "application/json",
            "anthropic-version": str(settings.options.get("anthropic_version", DEFAULT_VERSION)),
            **settings.headers,
        }
        secret = settings.secret()
        if secret:
            headers["x-api-key"] = secret
        self.headers = headers

    async def chat(self, call: UpstreamCall) -> ChatResult:
        """POST ``/messages``."""
        name = self.settings.name
        data = await post_json(self.http, name, self.url, messages_payload(call, stream=False), self.headers, call.timeout_s,
                               redactor=self.redactor)
        return chat_result(name, data)

    async def chat_stream(self, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
        """POST ``/messages`` with ``stream: true``; translate each event."""
        name = self.settings.name
        translator = _StreamTranslator(name, call.upstream_model, self.redactor)
        payload = messages_payload(call, stream=True)
        async with open_stream(self.http, name, self.url, payload, self.headers, call.timeout_s,
                               redactor=self.redactor) as response:
            async for data in iter_sse_data(response):
                event = decode_json(name, data, response.status_code)
                if not isinstance(event, dict):
                    continue
                for chunk in translator.feed(event):
                    yield chunk
                if translator.finished:
                    return
        raise ProviderError(f"Provider {name!r} ended the stream before it was complete.")
