"""HTTP plumbing shared by the non-OpenAI dialects: POST JSON, open an SSE stream, map failures.

Every failure leaves here as a :mod:`proxyify_asgi.errors` exception (via ``transport_error`` and
``provider_error``), never as an httpx exception, and no request header (the API key) is echoed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import orjson

from proxyify_asgi.providers.base import decode_json, provider_error, transport_error


async def post_json(
    client: httpx.AsyncClient, name: str, url: str, payload: dict[str, Any], headers: dict[str, str], timeout_s: float
) -> Any:
    """POST ``payload``; the decoded JSON answer, or a 408/502/503 ProxyifyError."""
    try:
        response = await client.post(url, content=orjson.dumps(payload), headers=headers, timeout=timeout_s)
    except httpx.HTTPError as exc:
        raise transport_error(name, exc) from None
    if response.status_code >= 400:
        raise provider_error(name, response.status_code, response.headers, response.content)
    return decode_json(name, response.content)


@asynccontextmanager
async def open_stream(
    client: httpx.AsyncClient, name: str, url: str, payload: dict[str, Any], headers: dict[str, str], timeout_s: float
) -> AsyncIterator[httpx.Response]:
    """POST ``payload`` and yield the streaming response once its status is known to be good.

    httpx errors raised while the caller reads the body are mapped too; the response is closed on exit.
    """
    request = client.build_request("POST", url, content=orjson.dumps(payload), headers=headers, timeout=timeout_s)
    try:
        response = await client.send(request, stream=True)
    except httpx.HTTPError as exc:
        raise transport_error(name, exc) from None
    try:
        if response.status_code >= 400:
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise transport_error(name, exc) from None
            raise provider_error(name, response.status_code, response.headers, response.content)
        try:
            yield response
        except httpx.HTTPError as exc:
            raise transport_error(name, exc) from None
    finally:
        await response.aclose()
