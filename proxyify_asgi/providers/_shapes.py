"""Small helpers for translating OpenAI chat shapes to and from other dialects."""

from __future__ import annotations

import re
import time
from typing import Any

import orjson

from proxyify_asgi.errors import InvalidRequest

_DATA_URL = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)(?:;[\w=.-]+)*;base64,(?P<data>.*)$", re.S)


def text_of(content: Any) -> str:
    """The text of an OpenAI message ``content`` (a string, or the text parts of a list)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def parse_data_url(url: str) -> tuple[str, str] | None:
    """``(mime type, base64 data)`` of a ``data:...;base64,`` URL, else None."""
    match = _DATA_URL.match(url)
    return (match["mime"], match["data"]) if match else None


def image_url_of(part: dict[str, Any]) -> str:
    """The URL of an OpenAI ``image_url`` content part; 400 if it has none."""
    image = part.get("image_url")
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str) or not url:
        raise InvalidRequest("Invalid image_url content part: expected an object with a 'url'.")
    return url


def tool_arguments(call: dict[str, Any]) -> Any:
    """The parsed JSON ``arguments`` of an OpenAI tool call; 400 if they are not JSON."""
    function = call.get("function") or {}
    raw = function.get("arguments") or "{}"
    try:
        return orjson.loads(raw) if isinstance(raw, str) else raw
    except orjson.JSONDecodeError:
        raise InvalidRequest("Invalid tool call: 'arguments' must be a JSON string.") from None


def json_text(value: Any) -> str:
    """``value`` as compact JSON text (tool call arguments are strings in OpenAI's shape)."""
    return orjson.dumps(value).decode()


def stop_list(stop: Any) -> list[str] | None:
    """OpenAI ``stop`` (string or list) as a list."""
    if isinstance(stop, str):
        return [stop]
    if isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        return list(stop)
    return None


def max_output(body: dict[str, Any], default: int) -> int:
    """The requested output limit, or ``default``."""
    for name in ("max_completion_tokens", "max_tokens"):
        value = body.get(name)
        if isinstance(value, int) and value > 0:
            return value
    return default


def completion(
    completion_id: str, model: str, message: dict[str, Any], finish_reason: str | None,
    prompt_tokens: int, completion_tokens: int,
) -> dict[str, Any]:
    """An OpenAI ``chat.completion`` object with one choice."""
    return {
        "id": completion_id, "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": usage(prompt_tokens, completion_tokens),
    }


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    """An OpenAI ``usage`` object."""
    return {
        "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


class ChunkMaker:
    """Builds OpenAI ``chat.completion.chunk`` objects sharing one id, timestamp and model."""

    def __init__(self, completion_id: str, model: str) -> None:
        self.base = {
            "id": completion_id, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
        }

    def delta(self, delta: dict[str, Any], finish_reason: str | None = None, index: int = 0) -> dict[str, Any]:
        """A chunk carrying one choice's ``delta``."""
        return {**self.base, "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}

    def usage(self, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
        """The final usage chunk (``choices: []``), as OpenAI sends with ``include_usage``."""
        return {**self.base, "choices": [], "usage": usage(prompt_tokens, completion_tokens)}
