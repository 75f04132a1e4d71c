"""Decimal prices → USD cost → whole credits. No floats anywhere money is computed.

``credits = ceil(cost / usd_per_credit)`` and ``cost_usd = credits × usd_per_credit``: the client is
charged whole credits and the USD figure it sees is exactly what those credits are worth.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Any

from proxyify_asgi.settings import ModelSettings, Price

MILLION = Decimal(1_000_000)
SIXTY = Decimal(60)

PRICE_FIELDS: dict[str, tuple[str, ...]] = {
    "chat": ("input_per_mtok", "output_per_mtok"),
    "image": ("per_image", "per_image_by_size"),
    "video": ("per_second",),
    "stt": ("per_minute",),
    "tts": ("per_mchar",),
}
"""The :class:`Price` fields each modality's cost function below reads (``per_request`` applies to
every modality). A price in any other field is never charged: the configuration check refuses it,
or a model meant to be paid for would be served free."""
ANY_MODALITY_PRICE = "per_request"


def to_credits(cost_usd: Decimal, usd_per_credit: Decimal) -> int:
    """Whole credits covering ``cost_usd`` (0.08 USD at 0.001 per credit is 80, not 81)."""
    if cost_usd <= 0:
        return 0
    return int((cost_usd / usd_per_credit).to_integral_value(rounding=ROUND_CEILING))


def credits_to_usd(credits: int, usd_per_credit: Decimal) -> Decimal:
    """The USD value of ``credits``, exact."""
    return (Decimal(credits) * usd_per_credit).normalize() if credits else Decimal(0)


def chat_cost(price: Price, input_tokens: int, output_tokens: int) -> Decimal:
    """USD for a chat call."""
    return (
        price.input_per_mtok * input_tokens / MILLION
        + price.output_per_mtok * output_tokens / MILLION
        + price.per_request
    )


def image_cost(price: Price, count: int, size: str | None = None) -> Decimal:
    """USD for ``count`` images, by size class when the model prices sizes separately."""
    unit = price.per_image_by_size.get(size or "", price.per_image) if size else price.per_image
    return unit * count + price.per_request


def video_cost(price: Price, seconds: Decimal) -> Decimal:
    """USD for ``seconds`` of generated video."""
    return price.per_second * seconds + price.per_request


def stt_cost(price: Price, audio_seconds: Decimal) -> Decimal:
    """USD for transcribing ``audio_seconds`` of audio."""
    return price.per_minute * audio_seconds / SIXTY + price.per_request


def tts_cost(price: Price, characters: int) -> Decimal:
    """USD for synthesising ``characters`` characters."""
    return price.per_mchar * characters / MILLION + price.per_request


def estimate_prompt_tokens(body: dict[str, Any]) -> int:
    """An upper-leaning prompt token estimate without a tokenizer: ~1 token per 3 bytes of text.

    Real tokenizers average ~4 characters per token for English; dividing by 3 (of UTF-8 bytes)
    over-estimates, which is the safe side for a reservation that is settled at the real figure.
    """
    size = 0
    messages = body.get("messages")
    # Metering prices the request before the endpoint validates it: tolerate any shape here.
    for message in messages if isinstance(messages, list) else ():
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        if isinstance(content, str):
            size += len(content.encode())
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    size += len(part["text"].encode())
        size += 12  # role and framing tokens
    return size // 3 + 8


def requested_max_tokens(body: dict[str, Any]) -> int | None:
    """The request's own output cap per choice (``max_completion_tokens``, else ``max_tokens``), if any.

    None when neither is a positive integer: the endpoint refuses other shapes, but metering and the
    rate limiter read the body before it does.
    """
    for name in ("max_completion_tokens", "max_tokens"):
        value = body.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return None


def max_output_tokens(model: ModelSettings, body: dict[str, Any]) -> int:
    """The most output the request may produce: its own ``max_tokens`` capped by the model's cap."""
    value = requested_max_tokens(body)
    return model.max_output_tokens if value is None else min(value, model.max_output_tokens)


def requested_count(body: dict[str, Any]) -> int:
    """The request's ``n`` (chat choices, images): 1 when absent or not a positive integer."""
    n = body.get("n")
    return n if isinstance(n, int) and not isinstance(n, bool) and n > 1 else 1


def max_chat_output_tokens(model: ModelSettings, body: dict[str, Any]) -> int:
    """The most output tokens a chat request can be billed for: its output cap for each of ``n`` choices."""
    return max_output_tokens(model, body) * requested_count(body)


def max_chat_cost(model: ModelSettings, body: dict[str, Any]) -> Decimal:
    """The most a chat request can cost: its prompt's token bound plus its output cap for each of
    ``n`` choices."""
    prompt = prompt_token_bound(body, model.max_image_tokens)
    return chat_cost(model.price, prompt, max_chat_output_tokens(model, body))


_FRAMING_TOKENS = 16
"""Per message, and once per request: role markers and the template around them (a few tokens
in every chat format)."""
_TOOL_FIELDS = ("tools", "functions", "tool_choice", "response_format")
"""Request fields the provider turns into prompt tokens besides the messages."""


def prompt_token_bound(body: dict[str, Any], media_part_tokens: int) -> int:
    """The most input tokens the request's prompt can be billed: an upper bound, not an estimate.

    Tokenizers of chat models work on UTF-8 bytes (byte-level BPE, or SentencePiece with byte
    fallback), and a token covers at least one byte, so a text never makes more tokens than it has
    bytes. Every string the model reads counts: message contents and text parts, names, tool
    calls, tool results, and the request's tool definitions and response format (counted as
    their JSON text, which only adds). A part that is not text (an image, audio, a file) is billed
    by its size in pixels or seconds, not by its bytes: each counts ``media_part_tokens``.
    """
    size = _FRAMING_TOKENS
    messages = body.get("messages")
    # Metering prices the request before the endpoint validates it: tolerate any shape here.
    for message in messages if isinstance(messages, list) else ():
        size += _FRAMING_TOKENS
        if not isinstance(message, dict):
            size += _json_bytes(message)
            continue
        for name, value in message.items():
            if name == "content" and isinstance(value, list):
                size += sum(_part_bound(part, media_part_tokens) for part in value)
            else:
                size += _json_bytes(value)
    return size + sum(_json_bytes(body[name]) for name in _TOOL_FIELDS if name in body)


_MEDIA_FIELDS = frozenset({"image_url", "input_audio", "file", "audio", "video_url"})
"""The fields of a content part that carry media, billed by size (pixels, seconds), not bytes."""


def _part_bound(part: Any, media_part_tokens: int) -> int:
    """One content part's bound: a media part (a media field, or a ``type`` other than ``text``)
    counts ``media_part_tokens`` plus the bytes of its other fields; any other part, the bytes
    of all its fields (an extra field is text a lenient upstream may bill too)."""
    if not isinstance(part, dict):
        return _json_bytes(part)
    if part.get("type", "text") != "text" or not _MEDIA_FIELDS.isdisjoint(part):
        return media_part_tokens + _json_bytes({k: v for k, v in part.items() if k not in _MEDIA_FIELDS})
    return _json_bytes(part)


def _json_bytes(value: Any) -> int:
    """UTF-8 bytes of every string, key and number in a parsed JSON value (iteratively: bodies
    may nest deeper than Python's recursion limit)."""
    size, stack = 0, [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            size += len(item.encode())
        elif isinstance(item, dict):
            size += sum(len(str(k).encode()) for k in item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif item is not None:
            size += len(str(item))
    return size
