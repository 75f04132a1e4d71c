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
    for message in body.get("messages") or ():
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


def max_output_tokens(model: ModelSettings, body: dict[str, Any]) -> int:
    """The most output the request may produce: its own ``max_tokens`` capped by the model's cap."""
    for name in ("max_completion_tokens", "max_tokens"):
        value = body.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return min(value, model.max_output_tokens)
    return model.max_output_tokens


def max_chat_cost(model: ModelSettings, body: dict[str, Any]) -> Decimal:
    """The most a chat request can cost: prompt estimate plus its output cap for each of ``n`` choices."""
    n = body.get("n")
    choices = n if isinstance(n, int) and not isinstance(n, bool) and n > 1 else 1
    return chat_cost(model.price, estimate_prompt_tokens(body), max_output_tokens(model, body) * choices)


DEFAULT_MAX_AUDIO_SECONDS = 600
"""STT reservations assume this much audio: the length is only known after decoding, and the
base64 size bounds nothing (a low-bitrate codec packs an hour into a few hundred kB). A longer
recording is still charged in full at settlement."""
DEFAULT_VIDEO_SECONDS = 10
"""Video reservations for a body without ``duration`` (the longest clip the demo/Kling models make)."""


def _positive_number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    return number if number.is_finite() and number > 0 else None


def max_image_cost(model: ModelSettings, body: dict[str, Any]) -> Decimal:
    """The most an image request can cost: ``n`` images (default 1) at the requested size's price."""
    n = body.get("n")
    count = n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 1
    config = body.get("image_config")
    size = config.get("image_size") if isinstance(config, dict) else None
    size = size if isinstance(size, str) else None
    prices = model.price.per_image_by_size
    if size is not None and size not in prices and prices:
        size = max(prices, key=prices.__getitem__)  # unknown size: hold the dearest; the endpoint validates
    return image_cost(model.price, count, size)


def max_video_cost(model: ModelSettings, body: dict[str, Any]) -> Decimal:
    """The most a video job can cost: its ``duration`` (or the default) at the per-second price."""
    seconds = _positive_number(body.get("duration")) or Decimal(DEFAULT_VIDEO_SECONDS)
    return video_cost(model.price, seconds)


def max_stt_cost(model: ModelSettings, max_audio_seconds: int = DEFAULT_MAX_AUDIO_SECONDS) -> Decimal:
    """The most a transcription is assumed to cost: ``max_audio_seconds`` of audio."""
    return stt_cost(model.price, Decimal(max_audio_seconds))


def max_tts_cost(model: ModelSettings, body: dict[str, Any]) -> Decimal:
    """The cost of speaking ``input`` (known exactly before the call)."""
    text = body.get("input")
    return tts_cost(model.price, len(text) if isinstance(text, str) else 0)


def max_cost(model: ModelSettings, body: dict[str, Any], *, max_audio_seconds: int = DEFAULT_MAX_AUDIO_SECONDS) -> Decimal:
    """The most a request for ``model`` can cost, by the model's modality."""
    if model.modality == "chat":
        return max_chat_cost(model, body)
    if model.modality == "image":
        return max_image_cost(model, body)
    if model.modality == "video":
        return max_video_cost(model, body)
    if model.modality == "stt":
        return max_stt_cost(model, max_audio_seconds)
    return max_tts_cost(model, body)
