"""Fixtures the media test modules share (import the ones a module uses)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.demo_config import DEMO_KEY
from proxyify_asgi.settings import Settings
from tests.fakes.openai_media import FakeOpenAIMedia
from tests.fakes.server import serve


@pytest.fixture(scope="module")
def openai_fake() -> Iterator[tuple[FakeOpenAIMedia, str]]:
    """A fake OpenAI media upstream on a real socket: (its recorder, its base URL ending in /v1)."""
    fake = FakeOpenAIMedia(chunk_delay=0.2)
    with serve(fake.app()) as url:
        yield fake, url + "/v1"


@pytest.fixture()
async def demo_client() -> AsyncIterator[httpx.AsyncClient]:
    """A client of the demo gateway with the demo key (in-memory stores, 40 MB bodies for size-limit tests)."""
    app = create_app(Settings.demo(storage={"url": "memory://"}, gateway={"usd_per_credit": 0.001, "max_body_mb": 40}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw",
                                 headers={"Authorization": f"Bearer {DEMO_KEY}"}) as client:
        yield client
    await app.gateway.aclose()
