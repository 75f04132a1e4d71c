"""Token usage an upstream reports: validated once here, else estimated the one way streams always were.

Every adapter reads its upstream's usage through :func:`token_count` / :func:`token_sum` (Anthropic,
Gemini) or :func:`openai_usage` (the OpenAI dialect, and the endpoint for OpenAI-shaped chunks). A
count is *known* only if it is a plain ``int`` (not a ``bool``) from 0 to :data:`MAX_REPORTED_TOKENS`;
anything else (missing, negative, a string, a float such as ``1e300``, a list, an absurd figure) makes
the usage *unknown*, and unknown usage is priced by :func:`estimated_tokens`: the prompt at ~4 bytes a
token, the answer as the tokens delivered (a stream: one per content chunk; a JSON answer: its text
at ~4 bytes a token). So a lying upstream gets neither a free answer, nor a negative charge, nor a 500;
what it can overstate is bounded by the request's hold (see ``endpoint.charging``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MAX_REPORTED_TOKENS = 10**9
"""The largest token count believed from an upstream (a thousand times the largest context windows
offered today). Above it the figure is a bug or a lie, not usage; it also keeps every count far
inside the 64-bit integers JSON encoders and SQLite take."""

_BYTES_PER_TOKEN = 4


def token_count(value: Any) -> int | None:
    """``value`` as a token count, or None when it is not one an upstream could honestly report."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_REPORTED_TOKENS else None


def token_sum(usage: Any, required: Iterable[str], optional: Iterable[str] = ()) -> int | None:
    """The sum of ``usage``'s ``required`` counts and those of its ``optional`` ones that are present
    (absent or null: 0); None if ``usage`` is not an object or any of them is not a token count."""
    if not isinstance(usage, Mapping):
        return None
    total = 0
    for name in required:
        count = token_count(usage.get(name))
        if count is None:
            return None
        total += count
    for name in optional:
        value = usage.get(name)
        count = 0 if value is None else token_count(value)
        if count is None:
            return None
        total += count
    return total if total <= MAX_REPORTED_TOKENS else None


def openai_usage(usage: Any) -> tuple[int, int] | None:
    """``(prompt_tokens, completion_tokens)`` of an OpenAI ``usage`` object, or None if unknown."""
    prompt = token_sum(usage, ("prompt_tokens",))
    completion = token_sum(usage, ("completion_tokens",))
    return None if prompt is None or completion is None else (prompt, completion)


def _approx_tokens(size_bytes: int) -> int:
    return max(1, size_bytes // _BYTES_PER_TOKEN)


def _text_bytes(content: Any) -> int:
    """UTF-8 bytes of a message ``content``: a string, or the ``text`` of a list's parts."""
    if isinstance(content, str):
        return len(content.encode())
    if isinstance(content, list):
        return sum(len(str(p.get("text", "")).encode()) for p in content if isinstance(p, dict))
    return 0


def approx_prompt_tokens(body: dict[str, Any]) -> int:
    """Prompt tokens of a request whose usage is unknown: ~4 bytes of message text a token."""
    messages = body.get("messages")
    return _approx_tokens(sum(
        _text_bytes(m.get("content")) for m in (messages if isinstance(messages, list) else ()) if isinstance(m, dict)
    ))


def approx_answer_tokens(answer: Any) -> int:
    """Output tokens of a ``chat.completion`` whose usage is unknown: ~4 bytes a token of every
    choice's text and tool call arguments (at least 1: an answer was delivered)."""
    size = 0
    choices = answer.get("choices") if isinstance(answer, dict) else None
    for choice in choices if isinstance(choices, list) else ():
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            continue
        size += _text_bytes(message.get("content"))
        for call in message.get("tool_calls") or ():
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict):
                size += len(str(function.get("name", "")).encode()) + len(str(function.get("arguments", "")).encode())
    return _approx_tokens(size)


def estimated_tokens(body: dict[str, Any], delivered_tokens: int) -> tuple[int, int]:
    """``(input, output)`` tokens charged when the upstream's usage is unknown: the prompt estimate
    and what was delivered (a stream's content chunks, or :func:`approx_answer_tokens`)."""
    return approx_prompt_tokens(body), delivered_tokens
