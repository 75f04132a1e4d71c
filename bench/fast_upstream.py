"""A minimal, fast OpenAI-compatible upstream for benchmarks: raw asyncio (uvloop), keep-alive HTTP/1.1.

``POST /v1/chat/completions`` answers a fixed ``chat.completion`` JSON, or, when the body asks for
``"stream": true``, a short SSE stream with a usage chunk and ``[DONE]``. It does as little work as
possible so that what a benchmark measures through the gateway is the gateway.

Run: ``python bench/fast_upstream.py PORT``
"""

from __future__ import annotations

import asyncio
import sys

import orjson

COMPLETION = orjson.dumps({
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": "bench",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello from the bench upstream."}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 10, "completion_tokens": 6, "total_tokens": 16},
})


def _chunk(delta: dict, finish: str | None = None) -> bytes:
    return b"data: " + orjson.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 0, "model": "bench",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }) + b"\n\n"


STREAM = b"".join([
    _chunk({"role": "assistant", "content": "Hello"}),
    *(_chunk({"content": w}) for w in (" from", " the", " bench", " upstream.")),
    _chunk({}, "stop"),
    b"data: " + orjson.dumps({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 0,
                              "model": "bench", "choices": [],
                              "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}) + b"\n\n",
    b"data: [DONE]\n\n",
])


def _response(body: bytes, content_type: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\ncontent-type: " + content_type + b"\r\ncontent-length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)


JSON_RESPONSE = _response(COMPLETION, b"application/json")
SSE_RESPONSE = _response(STREAM, b"text/event-stream")


class Upstream(asyncio.Protocol):
    """Parses just enough HTTP/1.1 (headers, Content-Length) to answer pipelined keep-alive requests."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            at = head.find(b"content-length:")
            if at >= 0:
                length = int(head[at + 15:head.find(b"\r\n", at) if head.find(b"\r\n", at) > 0 else None].strip())
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4:end + 4 + length]
            self.buffer = self.buffer[end + 4 + length:]
            stream = b'"stream":true' in body or b'"stream": true' in body
            self.transport.write(SSE_RESPONSE if stream else JSON_RESPONSE)  # type: ignore[attr-defined]


async def main(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(Upstream, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(main(int(sys.argv[1])))
