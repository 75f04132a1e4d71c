"""The OpenAI-compatible dialect: OpenAI itself and every host that copies its API.

OpenRouter, Groq, Together, vLLM, Ollama, Mistral and friends differ only in ``base_url`` (and
sometimes a header), so they are this class with a different default URL; see ``COMPATIBLE``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx

from proxyify_asgi.errors import ProviderError
from proxyify_asgi.providers.base import (
    ChatResult,
    ProviderAdapter,
    UpstreamCall,
    decode_json,
    iter_sse_data,
    provider_error,
)
from proxyify_asgi.providers._http import open_stream, post_json
from proxyify_asgi.providers.openai_media import OpenAIMediaMixin
from proxyify_asgi.usage import openai_usage

# Request fields passed through to an OpenAI-compatible upstream; gateway-only fields are dropped.
CHAT_FIELDS = frozenset({
    "messages", "temperature", "top_p", "n", "stop", "max_tokens", "max_completion_tokens",
    "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "user",
    "seed", "tools", "tool_choice", "parallel_tool_calls", "response_format", "modalities",
    "reasoning_effort", "metadata", "store", "service_tier", "prediction", "audio",
})


class OpenAIAdapter(OpenAIMediaMixin, ProviderAdapter):
    """Chat (JSON and SSE) against ``{base_url}/chat/completions`` with a bearer key; the media
    operations come from :class:`~proxyify_asgi.providers.openai_media.OpenAIMediaMixin`."""

    kind: ClassVar[str] = "openai"
    default_base_url: ClassVar[str] = "https://api.openai.com/v1"

    def __init__(self, settings: Any, client: httpx.AsyncClient) -> None:
        super().__init__(settings, client)
        self.base_url = (settings.base_url or self.default_base_url).rstrip("/")
        headers = {"content-type": "application/json", **settings.headers}
        secret = settings.secret()
        if secret:
            headers["authorization"] = f"Bearer {secret}"
        self.headers = headers

    # -- transforms (overridable one by one) --------------------------------------------------------

    def chat_payload(self, call: UpstreamCall, *, stream: bool) -> dict[str, Any]:
        """The upstream request body: the client's fields minus the gateway's, upstream model name."""
        payload = {k: v for k, v in call.body.items() if k in CHAT_FIELDS}
        payload["model"] = call.upstream_model
        if stream:
            payload["stream"] = True
            # Ask for the final usage chunk so streamed answers are metered exactly.
            payload["stream_options"] = {"include_usage": True}
        return payload

    def chat_result(self, data: Any) -> ChatResult:
        """The OpenAI body is already the right shape; take the usage out (None if unknown)."""
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise ProviderError(f"Provider {self.settings.name!r} returned an unexpected body.")
        prompt, output = openai_usage(data.get("usage")) or (None, None)
        return ChatResult(body=data, input_tokens=prompt, output_tokens=output)

    # -- calls -------------------------------------------------------------------------------------

    async def _post(self, path: str, payload: dict[str, Any], call: UpstreamCall) -> Any:
        """POST JSON to ``base_url + path``; the decoded answer, or a ProxyifyError."""
        return await post_json(self.http, self.settings.name, self.base_url + path, payload, self.headers, call.timeout_s,
                               redactor=self.redactor)

    async def chat(self, call: UpstreamCall) -> ChatResult:
        """POST ``/chat/completions``."""
        return self.chat_result(await self._post("/chat/completions", self.chat_payload(call, stream=False), call))

    async def chat_stream(self, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
        """POST ``/chat/completions`` with ``stream: true``; yield each chunk until ``[DONE]``.

        A stream that closes cleanly without ``[DONE]`` is complete if every choice it opened got
        its ``finish_reason`` (some OpenAI-compatible servers never send ``[DONE]``; the answer,
        and the usage chunk after it, are all there); without them it was cut."""
        name = self.settings.name
        payload = self.chat_payload(call, stream=True)
        opened: set[Any] = set()
        finished: set[Any] = set()
        async with open_stream(self.http, name, self.base_url + "/chat/completions", payload, self.headers, call.timeout_s,
                               redactor=self.redactor) as response:
            async for data in iter_sse_data(response):
                if data == b"[DONE]":
                    return
                chunk = decode_json(name, data, response.status_code)
                if isinstance(chunk, dict) and "error" in chunk:
                    raise provider_error(name, 502, response.headers, data, self.redactor)
                for choice in chunk.get("choices") or () if isinstance(chunk, dict) else ():
                    if isinstance(choice, dict):
                        opened.add(choice.get("index"))
                        if choice.get("finish_reason"):
                            finished.add(choice.get("index"))
                yield chunk
        if not opened or opened != finished:
            raise ProviderError(f"Provider {name!r} ended the stream before it was complete.")


class OpenRouterAdapter(OpenAIAdapter):
    """OpenRouter: the OpenAI dialect at its own URL (its image answers are ``message.images``)."""

    kind: ClassVar[str] = "openrouter"
    default_base_url: ClassVar[str] = "https://openrouter.ai/api/v1"


class GroqAdapter(OpenAIAdapter):
    """Groq's OpenAI-compatible API."""

    kind: ClassVar[str] = "groq"
    default_base_url: ClassVar[str] = "https://api.groq.com/openai/v1"


class TogetherAdapter(OpenAIAdapter):
    """Together AI's OpenAI-compatible API."""

    kind: ClassVar[str] = "together"
    default_base_url: ClassVar[str] = "https://api.together.xyz/v1"


MISTRAL_FIELDS = frozenset({
    "messages", "temperature", "top_p", "n", "stop", "max_tokens", "presence_penalty", "frequency_penalty",
    "tools", "tool_choice", "parallel_tool_calls", "response_format", "prediction", "safe_prompt", "prompt_mode",
})


class MistralAdapter(OpenAIAdapter):
    """Mistral's chat API: the OpenAI dialect, but an unknown field is a 422 ``extra_forbidden``.

    So only the fields Mistral documents are sent: ``seed`` becomes ``random_seed``,
    ``max_completion_tokens`` becomes ``max_tokens`` (unless both are set), and OpenAI-only fields
    (``user``, ``logit_bias``, ``logprobs``, ``metadata``, ``store``...) are dropped. Streams are
    not sent ``stream_options``: Mistral puts ``usage`` on the last chunk without being asked.
    """

    kind: ClassVar[str] = "mistral"
    default_base_url: ClassVar[str] = "https://api.mistral.ai/v1"

    def chat_payload(self, call: UpstreamCall, *, stream: bool) -> dict[str, Any]:
        """The client's fields Mistral knows, under Mistral's names."""
        body = call.body
        payload = {k: v for k, v in body.items() if k in MISTRAL_FIELDS}
        payload["model"] = call.upstream_model
        if "seed" in body:
            payload["random_seed"] = body["seed"]
        if "max_completion_tokens" in body and "max_tokens" not in body:
            payload["max_tokens"] = body["max_completion_tokens"]
        if stream:
            payload["stream"] = True
        return payload


class OllamaAdapter(OpenAIAdapter):
    """A local Ollama server's OpenAI-compatible endpoint."""

    kind: ClassVar[str] = "ollama"
    default_base_url: ClassVar[str] = "http://127.0.0.1:11434/v1"


class VLLMAdapter(OpenAIAdapter):
    """A vLLM server's OpenAI-compatible endpoint."""

    kind: ClassVar[str] = "vllm"
    default_base_url: ClassVar[str] = "http://127.0.0.1:8000/v1"


COMPATIBLE: tuple[type[OpenAIAdapter], ...] = (
    OpenAIAdapter, OpenRouterAdapter, GroqAdapter, TogetherAdapter, MistralAdapter,
    OllamaAdapter, VLLMAdapter,
)
