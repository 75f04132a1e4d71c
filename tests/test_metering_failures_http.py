"""When the ledger or the upstream fails, nothing is served free and the client gets the spec's errors.

The whole gateway runs on a real socket against the fake upstreams. Its ledger is wrapped in
:class:`FlakyLedger`, whose chosen methods raise ``sqlite3.OperationalError`` as a locked or
read-only SQLite file does; the figures are then read from the real ledger underneath.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.app import ProxyifyApp
from proxyify_asgi.middleware.metering import MeteringMiddleware
from proxyify_asgi.settings import Settings
from proxyify_asgi.stores.ledger import open_ledger
from proxyify_asgi.stores.protocols import CreditLedger
from tests.conftest import AUTH, TEST_KEY, settings_for
from tests.fakes.openai_media import SPEECH_CHUNKS
from tests.fakes.server import serve
from tests.media_fixtures import openai_fake  # noqa: F401  (fixture)
from tests.media_support import ALICE, media_settings

ACCOUNT = "key:tester"
ADMIN_KEY = "adm-failures-test-secret"
CHAT = {"model": "test/gpt-test", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 20}


class FlakyLedger:
    """A ledger whose methods named in :meth:`fail` raise ``sqlite3.OperationalError``; the rest
    (and those, once their failures are used up) go to the real ledger. ``calls`` counts every call."""

    def __init__(self, inner: CreditLedger) -> None:
        self.inner = inner
        self.failures: dict[str, float] = {}
        self.calls: Counter[str] = Counter()

    def fail(self, *methods: str, times: float = float("inf")) -> None:
        for method in methods:
            self.failures[method] = times

    def __getattr__(self, name: str) -> Any:
        real = getattr(self.inner, name)
        if not callable(real) or name.startswith("_"):
            return real

        async def call(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            if self.failures.get(name, 0) > 0:
                self.failures[name] -= 1
                raise sqlite3.OperationalError("attempt to write a readonly database")
            return await real(*args, **kwargs)

        return call


def metering_of(app: Any) -> MeteringMiddleware:
    while not isinstance(app, MeteringMiddleware):
        app = app.app
    return app


def with_flaky_ledger(app: ProxyifyApp) -> FlakyLedger:
    """Put a :class:`FlakyLedger` around ``app``'s ledger, where metering and the gateway use it."""
    flaky = FlakyLedger(app.gateway.ledger)
    app.gateway.ledger = flaky  # type: ignore[assignment]
    metering = metering_of(app)
    metering.ledger = flaky  # type: ignore[assignment]
    metering.settle_retry_delays_s = (0.01, 0.01, 0.01)
    metering.late_settle_delays_s = (0.01, 0.01)
    return flaky


@contextmanager
def running(settings: Settings) -> Iterator[tuple[str, FlakyLedger]]:
    app = create_app(settings, admin_key=ADMIN_KEY)
    flaky = with_flaky_ledger(app)
    with serve(app) as url:
        yield url, flaky


def assert_ledger_error(r: httpx.Response) -> None:
    assert r.status_code == 503, r.text
    assert r.headers["content-type"] == "application/json" and r.headers["x-request-id"]
    assert r.json() == {"error": {"code": 503, "message": "Ledger unavailable, retry later.", "metadata": {}}}


def gateway_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [rec for rec in caplog.records if rec.name == "proxyify_asgi"]


async def stream_chat(url: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        r = await client.post("/v1/chat/completions", headers=AUTH, json={**CHAT, "stream": True})
    assert r.status_code == 200 and r.text.rstrip().endswith("data: [DONE]"), r.text
    return r


def credits_used(stream: httpx.Response) -> int:
    events = [line[len("data: "):] for line in stream.text.splitlines() if line.startswith("data: {")]
    return orjson.loads(events[-1])["_balancer"]["credits_used"]


# --- settling fails -------------------------------------------------------------------------------


async def test_a_non_stream_answer_the_ledger_cannot_settle_is_a_503_not_a_free_answer(fake_openai, caplog):
    with running(settings_for(fake_openai[1])) as (url, ledger), caplog.at_level(logging.WARNING, "proxyify_asgi"):
        ledger.fail("settle")
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            r = await client.post("/v1/chat/completions", headers=AUTH, json=CHAT)
        account = await ledger.inner.account(ACCOUNT)
    assert_ledger_error(r)
    assert "fake upstream" not in r.text  # the answer is not delivered
    # Not charged, and the hold given back: the client got nothing.
    assert account is not None and (account.settled, account.reserved) == (0, 0)
    assert (ledger.calls["settle"], ledger.calls["release"]) == (1, 1)
    [record] = gateway_records(caplog)
    assert record.levelno == logging.ERROR and r.headers["x-request-id"] in record.getMessage()


async def test_a_stream_whose_settle_fails_is_retried_and_charged_once(fake_openai):
    with running(settings_for(fake_openai[1])) as (url, ledger):
        ledger.fail("settle", times=2)
        r = await stream_chat(url)
        account = await ledger.inner.account(ACCOUNT)
    assert ledger.calls["settle"] == 3
    assert account is not None and account.settled == credits_used(r) > 0 and account.reserved == 0


async def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Poll ``condition`` until it holds (the gateway's background work runs in its own thread)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def test_a_stream_whose_settle_fails_beyond_its_retries_is_settled_late_in_the_background(fake_openai, caplog):
    with running(settings_for(fake_openai[1])) as (url, ledger), caplog.at_level(logging.WARNING, "proxyify_asgi"):
        ledger.fail("settle", times=5)  # the four attempts before the last part, and the first late one
        r = await stream_chat(url)
        await wait_for(lambda: ledger.calls["settle"] == 6)
        account = await ledger.inner.account(ACCOUNT)
    assert account is not None and account.settled == credits_used(r) > 0 and account.reserved == 0
    messages = [rec.getMessage() for rec in gateway_records(caplog)]
    assert not [rec for rec in gateway_records(caplog) if rec.levelno >= logging.ERROR], messages
    assert any(f"settled request {r.headers['x-request-id']} late, at attempt 6" in m for m in messages), messages


async def test_a_background_settle_still_waiting_at_shutdown_gets_a_last_attempt(fake_openai, caplog):
    """A deploy that restarts the gateway while a late settle sleeps does not lose the charge
    when the ledger is back: shutdown settles it before the stores close."""
    app = create_app(settings_for(fake_openai[1]), admin_key=ADMIN_KEY)
    ledger = with_flaky_ledger(app)
    metering_of(app).late_settle_delays_s = (30.0,)
    with caplog.at_level(logging.WARNING, "proxyify_asgi"):
        with serve(app) as url:
            ledger.fail("settle", times=4)  # every attempt before the last part; the ledger is back after
            r = await stream_chat(url)
            await wait_for(lambda: any("retrying in the background" in m for m in caplog.messages))
            assert ledger.calls["settle"] == 4
        account = await ledger.inner.account(ACCOUNT)  # the server has shut down
    assert ledger.calls["settle"] == 5
    assert account is not None and account.settled == credits_used(r) > 0 and account.reserved == 0
    assert f"settled request {r.headers['x-request-id']} late, at shutdown" in caplog.messages
    assert not [rec for rec in gateway_records(caplog) if rec.levelno >= logging.ERROR]


async def test_a_stream_whose_settle_never_succeeds_is_logged_at_error_with_its_request_id(fake_openai, caplog):
    with running(settings_for(fake_openai[1])) as (url, ledger), caplog.at_level(logging.WARNING, "proxyify_asgi"):
        ledger.fail("settle")
        r = await stream_chat(url)  # the answer was on its way: it is delivered
        await wait_for(lambda: any(rec.levelno >= logging.ERROR for rec in gateway_records(caplog)))
        account = await ledger.inner.account(ACCOUNT)
    assert ledger.calls["settle"] == 6  # four before the last part, two in the background
    request_id = r.headers["x-request-id"]
    errors = [rec for rec in gateway_records(caplog) if rec.levelno >= logging.ERROR]
    assert len(errors) == 1
    message = errors[0].getMessage()
    assert request_id in message and f"{credits_used(r)} credits not charged" in message
    assert TEST_KEY not in caplog.text
    # The hold stays open until it expires; the sweep then frees it.
    assert account is not None and account.settled == 0 and account.reserved > 0


# --- reserving fails ------------------------------------------------------------------------------


async def test_a_ledger_that_cannot_reserve_is_a_503_logged_once_and_the_upstream_is_not_called(fake_openai, caplog):
    fake, upstream = fake_openai
    with running(settings_for(upstream)) as (url, ledger), caplog.at_level(logging.WARNING, "proxyify_asgi"):
        ledger.fail("reserve")
        sent_before = len(fake.requests)
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            r = await client.post("/v1/chat/completions", headers=AUTH, json=CHAT)
    assert_ledger_error(r)
    assert len(fake.requests) == sent_before
    [record] = gateway_records(caplog)
    assert record.levelno == logging.ERROR and r.headers["x-request-id"] in record.getMessage()
    assert "OperationalError" in record.getMessage() and record.exc_info is None  # an outage, not a bug


async def test_creating_a_key_while_the_ledger_is_unavailable_is_a_503(fake_openai):
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    with running(settings_for(fake_openai[1])) as (url, ledger):
        async with httpx.AsyncClient(base_url=url, timeout=10, headers=admin) as client:
            assert (await client.get("/v1/admin/keys")).status_code == 200
            ledger.fail("account", "accounts", "create_account", "grant")
            r = await client.post("/v1/admin/keys", json={"name": "newcomer", "credits": 10})
            listed = await client.get("/v1/admin/keys")
    assert_ledger_error(r)
    assert_ledger_error(listed)


# --- the upstream cuts a TTS stream ---------------------------------------------------------------


def tts_settings(tmp_path: Path, upstream: str) -> Settings:
    models = [
        {"id": f"test/{name}", "modality": "tts", "price": {"per_mchar": 15},
         "routes": [{"provider": "oa", "model": name}]}
        for name in ("gpt-4o-mini-tts", "cut-1")
    ]
    return media_settings(f"sqlite:///{tmp_path}/gateway.db", {"oa": {"kind": "openai", "base_url": upstream,
                                                                       "api_key": "sk-up"}},
                          models, usd_per_credit=0.0001)


async def speak(url: str, model: str) -> tuple[int, bytes, Exception | None]:
    """Status, the bytes received, and the error that ended the body early (if one did)."""
    received = b""
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        async with client.stream("POST", "/v1/chat/completions", headers=ALICE,
                                 json={"model": model, "input": "Hello there", "voice": "alloy"}) as r:
            try:
                async for chunk in r.aiter_raw():
                    received += chunk
            except httpx.HTTPError as exc:
                return r.status_code, received, exc
    return r.status_code, received, None


async def test_a_tts_stream_the_upstream_cuts_is_released_not_charged(tmp_path, openai_fake):
    settings = tts_settings(tmp_path, openai_fake[1])
    with serve(create_app(settings)) as url:
        status, received, error = await speak(url, "test/cut-1")
        assert status == 200 and received == SPEECH_CHUNKS[0] and isinstance(error, httpx.RemoteProtocolError)
        ledger = open_ledger(settings.storage.url)
        cut = await ledger.account("key:alice")
        status, received, error = await speak(url, "test/gpt-4o-mini-tts")
        whole = await ledger.account("key:alice")
        kinds = [e.kind for e in await ledger.entries(account="key:alice")]
        await ledger.aclose()
    assert cut is not None and (cut.settled, cut.reserved) == (0, 0)
    # The same request served whole is charged (11 characters at $15/M = $0.000165: 2 credits of $0.0001).
    assert status == 200 and received == b"".join(SPEECH_CHUNKS) and error is None
    assert whole is not None and (whole.settled, whole.reserved) == (2, 0)
    assert kinds[-4:] == ["reserve", "release", "reserve", "settle"]
