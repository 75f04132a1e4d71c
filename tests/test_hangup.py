"""The hang-up watcher's rules, in process: which disconnects cancel the handler and which do not.
(Over a real socket, with the ledger: tests/test_hangup_http.py.)"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.responses import Response

from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.hangup import CLIENT_GONE, WATCH_AFTER_S, answer_or_hang_up

BODY = {"type": "http.request", "body": b"{}", "more_body": False}


def client(*, hangs_up_after: float | None, replay_body: bool = True) -> Any:
    """A ``receive`` like the endpoint's: the body's replay, then ``http.disconnect`` when the
    client hangs up (never, if ``hangs_up_after`` is None)."""
    messages = [BODY] if replay_body else []

    async def receive() -> dict[str, Any]:
        if messages:
            return messages.pop(0)
        if hangs_up_after is None:
            await asyncio.Event().wait()
        await asyncio.sleep(hangs_up_after)
        return {"type": "http.disconnect"}

    return receive


class Handler:
    """A handler whose upstream answers after ``upstream_s``; it then works ``after_s`` more."""

    def __init__(self, ctx: RequestContext, upstream_s: float, after_s: float = 0.0) -> None:
        self.ctx, self.upstream_s, self.after_s = ctx, upstream_s, after_s
        self.cancelled = False

    async def __call__(self) -> Response:
        try:
            await asyncio.sleep(self.upstream_s)
            self.ctx.meter.answered = True
            await asyncio.sleep(self.after_s)
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        self.ctx.meter.status = "ok"
        return Response(b"answer")


@pytest.mark.parametrize("replay_body", [True, False])
async def test_a_hang_up_before_the_upstream_answered_cancels_the_handler(replay_body: bool) -> None:
    ctx = RequestContext(request_id="r1")
    handler = Handler(ctx, upstream_s=5)
    started = asyncio.get_running_loop().time()
    response = await answer_or_hang_up(ctx, client(hangs_up_after=0.1, replay_body=replay_body), handler())
    assert response is CLIENT_GONE and handler.cancelled and ctx.meter.status == "cancelled"
    assert asyncio.get_running_loop().time() - started < 1
    assert asyncio.current_task().cancelling() == 0  # the request task is left uncancelled


async def test_a_hang_up_after_the_upstream_answered_lets_the_answer_finish() -> None:
    ctx = RequestContext(request_id="r2")
    handler = Handler(ctx, upstream_s=0.01, after_s=0.3)  # e.g. storing the answer in the cache
    response = await answer_or_hang_up(ctx, client(hangs_up_after=0.1), handler())
    assert response is not CLIENT_GONE and not handler.cancelled and ctx.meter.status == "ok"


async def test_a_client_that_stays_is_answered_and_fast_answers_start_no_watcher() -> None:
    ctx = RequestContext(request_id="r3")
    tasks = len(asyncio.all_tasks())
    assert (await answer_or_hang_up(ctx, client(hangs_up_after=None), Handler(ctx, upstream_s=0)())).body == b"answer"
    assert len(asyncio.all_tasks()) == tasks
    slow = Handler(ctx, upstream_s=WATCH_AFTER_S * 3)
    assert (await answer_or_hang_up(ctx, client(hangs_up_after=None), slow())).body == b"answer"


async def test_a_receive_that_keeps_sending_bodies_is_not_watched() -> None:
    ctx = RequestContext(request_id="r4")

    async def bodies() -> dict[str, Any]:
        return BODY

    response = await answer_or_hang_up(ctx, bodies, Handler(ctx, upstream_s=WATCH_AFTER_S * 3)())
    assert response.body == b"answer"


async def test_a_cancellation_from_outside_still_cancels_the_request() -> None:
    ctx = RequestContext(request_id="r5")
    handler = Handler(ctx, upstream_s=5)
    request = asyncio.create_task(answer_or_hang_up(ctx, client(hangs_up_after=None), handler()))
    await asyncio.sleep(WATCH_AFTER_S * 2)
    request.cancel()
    with pytest.raises(asyncio.CancelledError):
        await request
    assert handler.cancelled and ctx.meter.status == "pending"
