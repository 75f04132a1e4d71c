"""The demo adapter: every modality answered locally and deterministically."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx

from proxyify_asgi.pricing import requested_count
from proxyify_asgi.providers.base import ChatResult, ProviderAdapter, UpstreamCall
from proxyify_asgi.providers.demo.chat import count_prompt_tokens, demo_reply
from proxyify_asgi.providers.demo.media_adapter import DemoMediaMixin
from proxyify_asgi.settings import ProviderSettings


class DemoAdapter(DemoMediaMixin, ProviderAdapter):
    """Offline answers. ``options.token_delay_ms`` paces streams (default 15 ms per word);
    the media modalities come from :class:`~proxyify_asgi.providers.demo.media_adapter.DemoMediaMixin`."""

    kind: ClassVar[str] = "demo"

    def __init__(self, settings: ProviderSettings, client: httpx.AsyncClient) -> None:
        super().__init__(settings, client)
        self.token_delay = float(settings.options.get("token_delay_ms", 15)) / 1000

    def _max_words(self, call: UpstreamCall) -> int | None:
        limit = call.body.get("max_completion_tokens") or call.body.get("max_tokens")
        return limit if isinstance(limit, int) and limit > 0 else None

    def _replies(self, call: UpstreamCall) -> list[list[str]]:
        """One demo answer per requested choice (``n``), each capped at ``max_tokens`` words."""
        return [demo_reply(call.body, self._max_words(call), i) for i in range(requested_count(call.body))]

    async def chat(self, call: UpstreamCall) -> ChatResult:
        """The whole demo answer at once: ``n`` choices, usage counting the words of all of them
        (as OpenAI counts completion tokens across choices)."""
        replies = self._replies(call)
        prompt_tokens = count_prompt_tokens(call.body)
        completion_tokens = sum(len(words) for words in replies)
        body = {
            "id": "chatcmpl-demo-" + call.request_id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": call.upstream_model,
            "choices": [
                {"index": i, "message": {"role": "assistant", "content": "".join(words)}, "finish_reason": "stop"}
                for i, words in enumerate(replies)
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
        return ChatResult(body=body, input_tokens=prompt_tokens, output_tokens=completion_tokens)

    async def chat_stream(self, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
        """The demo answers word by word, then a usage chunk, like OpenAI with include_usage.

        With ``n`` choices each chunk carries one choice (its ``index``), interleaved word by word.
        """
        replies = self._replies(call)
        base = {
            "id": "chatcmpl-demo-" + call.request_id,
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": call.upstream_model,
        }

        def chunk(index: int, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
            return {**base, "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}

        for i in range(len(replies)):
            yield chunk(i, {"role": "assistant", "content": ""})
        for position in range(max(len(words) for words in replies)):
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            for i, words in enumerate(replies):
                if position < len(words):
                    yield chunk(i, {"content": words[position]})
        for i in range(len(replies)):
            yield chunk(i, {}, "stop")
        prompt_tokens = count_prompt_tokens(call.body)
        completion_tokens = sum(len(words) for words in replies)
        yield {**base, "choices": [], "usage": {
            "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }}
