"""What the media handlers share: option checks, the price of the route that served, metering."""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from decimal import Decimal
from typing import Any

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.charging import charge_meter
from proxyify_asgi.endpoint.validation import field_error
from proxyify_asgi.errors import ProviderError
from proxyify_asgi.providers.base import SpeechStream, UpstreamCall
from proxyify_asgi.settings import ModelSettings, Price


def one_of(container: dict[str, Any], name: str, choices: Collection[str], *, label: str | None = None) -> str | None:
    """``container[name]`` if absent or one of ``choices``; else a 400 naming the field."""
    value = container.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or value not in choices:
        raise field_error(label or name, "one of " + ", ".join(repr(c) for c in choices))
    return value


def reject_streaming(body: dict[str, Any], modality: str) -> None:
    """``stream: true`` is for chat; other modalities answer in one piece (TTS streams bytes anyway)."""
    if body.get("stream") not in (None, False):
        raise field_error("stream", f"false or absent: {modality} answers are not server-sent events")


def route_price(model: ModelSettings, call: UpstreamCall) -> Price:
    """The price of the route that served: its own ``price`` if set, else the model's."""
    return call.route.price or model.price


def charge(ctx: RequestContext, cost_usd: Decimal, usd_per_credit: Decimal) -> None:
    """Put ``cost_usd`` in the meter as whole credits (at most the hold) and mark the request billable."""
    charge_meter(ctx, cost_usd, usd_per_credit)
    ctx.meter.status = "ok"


async def open_media_stream(stream: SpeechStream, provider: str) -> tuple[str, bytes, AsyncIterator[bytes]]:
    """Pull the first chunk so upstream errors surface before our response starts."""
    try:
        first = await anext(stream.chunks)
    except StopAsyncIteration:
        raise ProviderError(f"Provider {provider!r} sent an empty body.") from None
    except BaseException:
        await stream.chunks.aclose()  # type: ignore[attr-defined]
        raise
    return stream.content_type, first, stream.chunks


async def prepend_chunk(first: bytes, rest: AsyncIterator[bytes],
                        ctx: RequestContext | None = None) -> AsyncIterator[bytes]:
    """``first`` then the rest of the stream; the upstream is closed however the response ends.

    With ``ctx`` (a metered answer), an upstream that fails after the first bytes marks the call
    failed (``meter.status = "error"``): metering releases the hold and charges nothing. Media has
    no partial-delivery charge (chat's ``partial`` counts delivered tokens; a TTS price is per input
    character and the audio sent so far says nothing of how many were spoken), and the client holds
    a cut, unusable body. A client that leaves is not an upstream failure (the generator is closed or
    cancelled, not raised into) and is charged as usual.
    """
    try:
        yield first
        async for chunk in rest:
            yield chunk
    except Exception:
        if ctx is not None:
            ctx.meter.status = "error"
        raise
    finally:
        await rest.aclose()  # type: ignore[attr-defined]
