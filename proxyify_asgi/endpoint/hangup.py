"""A client that hangs up while its answer is being made cancels the upstream call.

A handler writes nothing until its upstream has answered, so nothing tells it the client left: the
ASGI server only reports it as an ``http.disconnect`` message on ``receive``. :func:`answer_or_hang_up`
awaits the handler while a watcher task listens on ``receive`` (as Starlette's ``StreamingResponse``
listens while it streams). On a disconnect before an upstream answered (``ctx.meter.answered``), the
watcher cancels the request task; what already handles a stream's client leaving does the rest: the
router frees the route's breaker probe and the HTTP client aborts the upstream request as the
cancellation unwinds, and ``MeteringMiddleware`` releases the reservation (``ctx.meter.status``
``cancelled``), so the ledger gets exactly one ``release`` and no charge. Once an upstream has
answered, a hang-up changes nothing: the handler finishes and the answer is charged as usual (it
was paid for upstream).

The watcher starts only after :data:`WATCH_AFTER_S`: starting and stopping a task costs ~13 µs of
CPU, which an answer within milliseconds (a cache hit, a fast upstream) should not pay, while a
request that would hold an upstream for seconds is cut at most that much later.

The body is already in the request context when the watcher starts, so the watcher never takes a
body message a reader needs: the first message it may get is the context's replay of the body
(skipped), after which an ASGI server sends only ``http.disconnect``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.types import Receive, Scope, Send

WATCH_AFTER_S = 0.05
"""How long a handler runs before its client's hang-ups are watched for."""


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


async def answer_or_hang_up(ctx: RequestContext, receive: Receive, work: Awaitable[Response]) -> Response:
    """``work``'s response, or :data:`CLIENT_GONE` if the client hung up before an upstream answered
    (``work`` is then cancelled, its upstream request with it). ``receive`` is the one the endpoint
    was given, read only after the body is in ``ctx``."""
    task = asyncio.current_task()
    if task is None:  # not inside an asyncio task: nothing to cancel, just answer
        return await work
    watch = _HangUpWatch(ctx, receive, task)
    try:
        response = await work
    except asyncio.CancelledError:
        # Ours only if the watcher cancelled and nobody else did (a server shutting down).
        if not watch.stop() or task.uncancel():
            raise
        ctx.meter.status = "cancelled"
        return CLIENT_GONE
    except BaseException:
        if watch.stop():
            task.uncancel()  # the handler turned our cancellation into another error
        raise
    if watch.stop():
        task.uncancel()  # finished despite the cancellation: answer as usual
    return response


class _HangUpWatch:
    """Cancels ``task`` if its client hangs up before an upstream answered (see module doc)."""

    __slots__ = ("ctx", "receive", "task", "timer", "watcher", "fired")

    def __init__(self, ctx: RequestContext, receive: Receive, task: asyncio.Task[object]) -> None:
        self.ctx = ctx
        self.receive = receive
        self.task = task
        self.watcher: asyncio.Task[None] | None = None
        self.fired = False
        """True once the watcher cancelled ``task``."""
        self.timer: asyncio.TimerHandle | None = asyncio.get_running_loop().call_later(WATCH_AFTER_S, self._start)

    def _start(self) -> None:
        self.timer = None
        self.watcher = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        try:
            message = await self.receive()
            if message["type"] == "http.request":
                # The context's replay of the body it already holds; after the whole body, the ASGI
                # spec allows only http.disconnect. (A harness that keeps sending bodies is not watched.)
                message = await self.receive()
        except Exception:  # a host's receive wrapper that fails here: stop watching, keep the request
            return
        if message["type"] == "http.disconnect" and not self.ctx.meter.answered:
            self.fired = True
            self.task.cancel()

    def stop(self) -> bool:
        """Stop watching (the response, or the next layer, owns ``receive`` now); True if the
        watcher had cancelled the task."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.watcher is not None:
            self.watcher.cancel()
            self.watcher = None
        return self.fired
