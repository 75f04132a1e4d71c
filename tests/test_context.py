"""The request context: body read once, size-limited, replayed to the next app."""

from __future__ import annotations

import pytest

from proxyify_asgi.context import RequestContext, RequestIds
from proxyify_asgi.errors import PayloadTooLarge


def receiver(*chunks: bytes):
    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    messages.append({"type": "http.disconnect"})

    async def receive():
        return messages.pop(0)

    return receive


async def test_body_read_once_and_replayed_downstream():
    scope = {"type": "http", "headers": []}
    ctx = RequestContext.of(scope)
    receive = receiver(b'{"a":', b" 1}")
    assert await ctx.json(receive) == {"a": 1}
    assert RequestContext.of(scope) is ctx
    downstream = ctx.downstream_receive(receive)
    assert await downstream() == {"type": "http.request", "body": b'{"a": 1}', "more_body": False}
    assert (await downstream())["type"] == "http.disconnect"
    # A second middleware handed the replay must not replay twice.
    assert ctx.downstream_receive(downstream) is downstream


async def test_body_over_limit_is_413():
    ctx = RequestContext.of({"type": "http", "headers": []}, max_body_bytes=10)
    with pytest.raises(PayloadTooLarge):
        await ctx.body(receiver(b"x" * 6, b"y" * 6))


def test_request_id_from_sane_header_else_generated():
    assert RequestContext.of({"headers": [(b"x-request-id", b"abc-123")]}).request_id == "abc-123"
    generated = RequestContext.of({"headers": [(b"x-request-id", b"<script>")]}).request_id
    assert generated.startswith("req_") and len(generated) == 28


def test_request_ids_are_unique_and_differ_between_instances():
    first, second = RequestIds(), RequestIds()
    ids = {first() for _ in range(1000)} | {second() for _ in range(1000)}
    assert len(ids) == 2000
