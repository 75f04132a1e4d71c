"""The floor of this stack: a bare ASGI app that forwards a POST to the upstream with aiohttp.

No gateway logic at all (no auth, validation, routing, metering). Comparing its added latency with
the gateway's (bench/overhead.py) separates the server + client cost (uvicorn, httptools, aiohttp)
from what proxyify's own layers add. Run under uvicorn with ``UPSTREAM`` set, e.g.:

    UPSTREAM=http://127.0.0.1:9100/v1/chat/completions uvicorn bench.floor_proxy:app --loop uvloop --http httptools
"""

from __future__ import annotations

import os

import aiohttp


class FloorProxy:
    """Forward every HTTP request's body to ``UPSTREAM`` and relay the answer."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.session: aiohttp.ClientSession | None = None

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001 - plain ASGI
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    if self.session is not None:
                        await self.session.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if self.session is None:
            self.session = aiohttp.ClientSession()
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        async with self.session.post(self.upstream, data=body, headers={"content-type": "application/json"}) as r:
            data = await r.read()
        await send({"type": "http.response.start", "status": r.status, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": data})


app = FloorProxy(os.environ.get("UPSTREAM", "http://127.0.0.1:9100/v1/chat/completions"))
