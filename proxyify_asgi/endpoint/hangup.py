"""A client that hangs up while its answer is being made cancels the upstream call.

A handler writes nothing until its upstream has answered, so nothing tells it the client left: the
ASGI server only reports it as an ``http.disconnect`` message on ``receive``. :func:`answer_or_hang_up`
runs the handler in its own task next to a watcher of ``receive`` (Starlette's ``StreamingResponse``
listens the same way while it streams). On a disconnect before an upstream answered
(``ctx.meter.answered``), the handler task is cancelled; what already handles a stream's client
leaving does the rest: the router frees the route's breaker probe and the HTTP client aborts the
upstream request as the cancellation unwinds, and ``MeteringMiddleware`` releases the reservation
(``ctx.meter.status`` ``cancelled``), so the ledger gets exactly one ``release`` and no charge.
Once an upstream has answered, a hang-up changes nothing: the handler finishes and the answer is
charged as usual (it was paid for upstream).

The body has already been read into the request context when the watcher starts, so the watcher
never takes a body message a reader needs: the first message it may get is the context's replay of
the body (skipped), after which an ASGI server sends only ``http.disconnect``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.types import Receive, Scope, Send


class ClientGone(Response):
    """The answer to a client that hung up: nothing is sent (there is nobody to send it to).

    ASGI servers expect no response once they reported the disconnect, so returning without one
    logs nothing.
    """

    def __init__(self) -> None:  # no body, no headers: Response's fields are never used
        pass

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        return None


CLIENT_GONE = ClientGone()


async def answer_or_hang_up(ctx: RequestContext, receive: Receive, work: Coroutine[Any, Any, Response]) -> Response:
    """``work``'s response, or :data:`CLIENT_GONE` if the client hung up before an upstream answered
    (``work`` is then cancelled, its upstream request with it). ``receive`` is the one the endpoint
    was given, read only after the body is in ``ctx``."""
    task = asyncio.create_task(work)
    watcher = asyncio.create_task(_cancel_on_hang_up(ctx, receive, task))
    try:
        return await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        ours = watcher.done() and not watcher.cancelled() and watcher.result()
        if ours and (current is None or current.cancelling() == 0):  # not also cancelled from outside
            ctx.meter.status = "cancelled"
            return CLIENT_GONE
        raise
    finally:
        watcher.cancel()  # the response (or the next layer) owns receive from here


async def _cancel_on_hang_up(ctx: RequestContext, receive: Receive, task: asyncio.Task[Response]) -> bool:
    """Wait for ``http.disconnect``; cancel ``task`` if no upstream has answered yet. True if it did."""
    try:
        message = await receive()
        if message["type"] == "http.request":
            # The context's replay of the body it already holds; after the whole body, the ASGI
            # spec allows only http.disconnect. (A harness that keeps sending bodies is not watched.)
            message = await receive()
    except Exception:  # a host's receive wrapper that fails here: stop watching, keep the request
        return False
    if message["type"] != "http.disconnect" or ctx.meter.answered:
        return False
    return task.cancel()
