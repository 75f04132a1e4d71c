"""The demo adapter: every modality answered locally and deterministically."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx

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

    async def chat(self, call: UpstreamCall) -> ChatResult:
        """The whole demo answer at once."""
        words = demo_reply(call.body, self._max_words(call))
        prompt_tokens = count_prompt_tokens(call.body)
        body = {
            "id": "chatcmpl-demo-" + call.request_id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": call.upstream_model,
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": "".join(words)},
                "finish_reason": "stop",
            }],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": len(words),
                "total_tokens": prompt_tokens + len(words),
            },
        }
        return ChatResult(body=body, input_tokens=prompt_tokens, output_tokens=len(words))

    async def chat_stream(self, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
        """The demo answer word by word, then a usage chunk, like OpenAI with include_usage."""
        words = demo_reply(call.body, self._max_words(call))
        base = {
            "id": "chatcmpl-demo-" + call.request_id,
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": call.upstream_model,
        }
        yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
        for word in words:
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            yield {**base, "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
        yield {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        prompt_tokens = count_prompt_tokens(call.body)
        yield {**base, "choices": [], "usage": {
            "prompt_tokens": prompt_tokens, "completion_tokens": len(words),
            "total_tokens": prompt_tokens + len(words),
        }}
