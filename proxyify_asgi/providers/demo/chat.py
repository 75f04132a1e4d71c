"""Deterministic demo chat text: the same prompt always gets the same answer."""

from __future__ import annotations

import hashlib
from typing import Any

from proxyify_asgi.providers.media_util import prompt_text

_OPENINGS = (
    "Here is a short answer from the proxyify demo provider.",
    "The demo provider is answering offline, with no upstream account.",
    "This reply comes from the built-in demo model of proxyify.",
)
_BODIES = (
    "Every request is authenticated, metered in credits and priced in US dollars.",
    "Point a provider at a real upstream in proxyify.toml to get real answers.",
    "The _balancer block shows what this call cost and which model served it.",
)


def demo_reply(body: dict[str, Any], max_words: int | None = None, choice: int = 0) -> list[str]:
    """The answer as a list of word tokens (each streamed as one chunk, counted as one token).

    ``choice`` (the index among ``n`` choices) varies the wording, so the choices differ.
    """
    prompt = prompt_text(body)
    digest = hashlib.sha256(prompt.encode()).digest()
    echo = " ".join(prompt.split()[:12])
    opening, closing = _OPENINGS[(digest[0] + choice) % 3], _BODIES[(digest[1] + choice // 3) % 3]
    text = f"{opening} You said: \u201c{echo}\u201d. {closing}"
    words = text.split(" ")
    tokens = [w if i == 0 else " " + w for i, w in enumerate(words)]
    return tokens[:max_words] if max_words else tokens


def count_prompt_tokens(body: dict[str, Any]) -> int:
    """Prompt tokens the way the demo counts them: words of every message plus framing."""
    total = 0
    for message in body.get("messages") or []:
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        if isinstance(content, str):
            total += len(content.split())
        elif isinstance(content, list):
            total += sum(len(str(p.get("text", "")).split()) for p in content if isinstance(p, dict))
        total += 4
    return total
