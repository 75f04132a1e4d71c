"""HTTP plumbing shared by the non-OpenAI dialects: POST JSON, open an SSE stream, map failures.

Both go through the adapter's :class:`~proxyify_asgi.upstream_http.UpstreamHTTP` (the app's shared
aiohttp pool by default). Every failure leaves here as a :mod:`proxyify_asgi.errors` exception (via
``transport_error`` and ``provider_error``), never as an httpx one, and no request header (the API
key) is echoed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import orjson

from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.providers.base import decode_json, provider_error, transport_error
from proxyify_asgi.upstream_http import UpstreamHTTP, UpstreamStream


async def post_json(
    http: UpstreamHTTP, name: str, url: str, payload: dict[str, Any], headers: dict[str, str], timeout_s: float,
    *, redactor: Redactor,
) -> Any:
    """POST ``payload``; the decoded JSON answer, or a 408/502/503 ProxyifyError (any upstream
    text in it scrubbed by ``redactor``)."""
    try:
        response = await http.request("POST", url, content=orjson.dumps(payload), headers=headers, timeout=timeout_s)
    except httpx.HTTPError as exc:
        raise transport_error(name, exc) from None
    if response.status_code >= 400:
        raise provider_error(name, response.status_code, response.headers, response.content, redactor)
    return decode_json(name, response.content, response.status_code)


@asynccontextmanager
async def open_stream(
    http: UpstreamHTTP, name: str, url: str, payload: dict[str, Any], headers: dict[str, str], timeout_s: float,
    *, redactor: Redactor,
) -> AsyncIterator[UpstreamStream]:
    """POST ``payload`` and yield the streaming response once its status is known to be good.

    httpx errors raised while the caller reads the body are mapped too; the response is closed on exit.
    """
    try:
        async with http.stream("POST", url, content=orjson.dumps(payload), headers=headers, timeout=timeout_s) as response:
            if response.status_code >= 400:
                raise provider_error(name, response.status_code, response.headers, await response.aread(), redactor)
            yield response
    except httpx.HTTPError as exc:
        raise transport_error(name, exc) from None
