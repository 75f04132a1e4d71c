"""Provider adapters by ``kind``: one class per upstream dialect."""

from __future__ import annotations

from proxyify_asgi.providers.anthropic import AnthropicAdapter
from proxyify_asgi.providers.base import ProviderAdapter
from proxyify_asgi.providers.bfl import BFLAdapter
from proxyify_asgi.providers.demo import DemoAdapter
from proxyify_asgi.providers.gemini import GeminiAdapter
from proxyify_asgi.providers.kling import KlingAdapter
from proxyify_asgi.providers.openai import COMPATIBLE

ADAPTERS: dict[str, type[ProviderAdapter]] = {
    **{cls.kind: cls for cls in COMPATIBLE},
    DemoAdapter.kind: DemoAdapter,
    BFLAdapter.kind: BFLAdapter,
    KlingAdapter.kind: KlingAdapter,
    AnthropicAdapter.kind: AnthropicAdapter,
    GeminiAdapter.kind: GeminiAdapter,
}
"""Adapter classes by the ``kind`` a ``[providers.NAME]`` table names. Read-only."""

__all__ = ["ADAPTERS", "ProviderAdapter"]
