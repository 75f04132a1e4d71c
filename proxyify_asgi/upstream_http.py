"""The small HTTP interface adapters speak on the hot path, with an aiohttp and an httpx implementation.

Why not httpx everywhere: measured here, httpx's client layer costs ~350 µs of CPU per request on top
of the same aiohttp connection pool (README, Performance), more than the rest of the gateway
together. Adapters call :class:`UpstreamHTTP` (``request`` for a buffered answer, ``stream`` for SSE);
:class:`AiohttpUpstream` is the default, :class:`HttpxUpstream` wraps any ``httpx.AsyncClient`` (so
tests inject ``httpx.MockTransport`` as before). Both raise httpx's exception classes, so error
mapping (``providers.base.transport_error``) is written once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import aiohttp
import httpx
from multidict import CIMultiDictProxy


@dataclass(slots=True)
class UpstreamResponse:
    """A complete upstream answer."""

    status_code: int
    headers: Mapping[str, str]
    """Case-insensitive."""
    content: bytes


class UpstreamStream(Protocol):
    """An upstream answer whose body is read as it arrives."""

    status_code: int
    headers: Mapping[str, str]

    def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive."""
        ...

    async def aread(self) -> bytes:
        """The rest of the body."""
        ...


class UpstreamHTTP(Protocol):
    """What an adapter needs from an HTTP client."""

    async def request(self, method: str, url: str, *, headers: Mapping[str, str],
                      content: bytes | None = None, timeout: float) -> UpstreamResponse:
        """Send and read the whole answer. ``timeout`` bounds connecting and each read."""
        ...

    def stream(self, method: str, url: str, *, headers: Mapping[str, str],
               content: bytes | None = None, timeout: float) -> Any:
        """``async with http.stream(...) as response``: an :class:`UpstreamStream`."""
        ...


def _as_httpx_error(exc: BaseException) -> httpx.HTTPError:
    """aiohttp's failures as the httpx exception a caller of either implementation expects."""
    if isinstance(exc, aiohttp.ClientConnectorError) and not isinstance(exc, asyncio.TimeoutError):
        return httpx.ConnectError(str(exc))
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(str(exc))
    if isinstance(exc, asyncio.TimeoutError):
        return httpx.ReadTimeout(str(exc) or "read timed out")
    if isinstance(exc, (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError)):
        return httpx.RemoteProtocolError(str(exc) or type(exc).__name__)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(str(exc))
    return httpx.ReadError(str(exc) or type(exc).__name__)


_AIOHTTP_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError)


class _AiohttpStream:
    __slots__ = ("_response", "status_code", "headers")

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status_code = response.status
        self.headers: CIMultiDictProxy[str] = response.headers

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except _AIOHTTP_ERRORS as exc:
            raise _as_httpx_error(exc) from exc

    async def aread(self) -> bytes:
        try:
            return await self._response.read()
        except _AIOHTTP_ERRORS as exc:
            raise _as_httpx_error(exc) from exc


class AiohttpUpstream:
    """:class:`UpstreamHTTP` on one shared ``aiohttp.ClientSession`` (the default)."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    @staticmethod
    def _timeout(seconds: float) -> aiohttp.ClientTimeout:
        # Like httpx's single-number timeout: bounds connecting and each read, not the whole answer.
        return aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)

    async def request(self, method: str, url: str, *, headers: Mapping[str, str],
                      content: bytes | None = None, timeout: float) -> UpstreamResponse:
        try:
            async with self.session.request(method, url, data=content, headers=headers,
                                            timeout=self._timeout(timeout)) as response:
                body = await response.read()
                return UpstreamResponse(response.status, response.headers, body)
        except _AIOHTTP_ERRORS as exc:
            raise _as_httpx_error(exc) from exc

    @asynccontextmanager
    async def stream(self, method: str, url: str, *, headers: Mapping[str, str],
                     content: bytes | None = None, timeout: float) -> AsyncIterator[_AiohttpStream]:
        try:
            response = await self.session.request(method, url, data=content, headers=headers,
                                                  timeout=self._timeout(timeout))
        except _AIOHTTP_ERRORS as exc:
            raise _as_httpx_error(exc) from exc
        try:
            yield _AiohttpStream(response)
        finally:
            response.close()  # hang up: an unfinished upstream stream is cancelled, not drained


class HttpxUpstream:
    """:class:`UpstreamHTTP` on an ``httpx.AsyncClient`` (any transport, e.g. ``MockTransport``)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def request(self, method: str, url: str, *, headers: Mapping[str, str],
                      content: bytes | None = None, timeout: float) -> UpstreamResponse:
        response = await self.client.request(method, url, content=content, headers=headers, timeout=timeout)
        return UpstreamResponse(response.status_code, response.headers, response.content)

    @asynccontextmanager
    async def stream(self, method: str, url: str, *, headers: Mapping[str, str],
                     content: bytes | None = None, timeout: float) -> AsyncIterator[httpx.Response]:
        async with self.client.stream(method, url, content=content, headers=headers, timeout=timeout) as response:
            yield response
