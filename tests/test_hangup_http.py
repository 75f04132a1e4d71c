"""A client that hangs up before its answer (non-streaming, or a stream before its first chunk): the
upstream call is cancelled and the key is not charged. Real sockets on both sides: the gateway and
the fake upstream under uvicorn."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from proxyify_asgi import create_app
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from proxyify_asgi.stores.protocols import LedgerEntry
from tests.fakes.gateway_settings import AUTH, TEST_PRICE, gateway_settings
from tests.fakes.openai_upstream import FakeOpenAI
from tests.fakes.server import serve

PROMPT = [{"role": "user", "content": "Hi"}]


def settings(tmp_path: Path, upstream_url: str, transport: str) -> Any:
    providers = {"fake": {"kind": "openai", "base_url": upstream_url, "api_key": "sk-upstream-secret"}}
    models = [
        {"id": "test/slow", "price": TEST_PRICE, "routes": [{"provider": "fake", "model": "slow-2", "timeout_s": 5}]},
        {"id": "test/slowish", "price": TEST_PRICE, "routes": [{"provider": "fake", "model": "slow-0.5"}]},
        {"id": "test/fast", "price": TEST_PRICE, "routes": [{"provider": "fake", "model": "gpt-test"}]},
        {"id": "test/slow-image", "modality": "image", "price": {"per_image": 0.04},
         "routes": [{"provider": "fake", "model": "slow-2", "timeout_s": 5}]},
    ]
    return gateway_settings(tmp_path, providers, models, gateway={"http_transport": transport})


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def errors_logged() -> Iterator[list[logging.LogRecord]]:
    """ERROR records from the gateway and from uvicorn (whose loggers do not reach the root's)."""
    handler = _Errors()
    loggers = [logging.getLogger(), logging.getLogger("uvicorn")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def balance(url: str) -> dict[str, Any]:
    r = httpx.get(url + "/v1/balance", headers=AUTH, timeout=5)
    assert r.status_code == 200, r.text
    return r.json()["data"]


def settled_balance(url: str) -> dict[str, Any]:
    """The balance once no reservation is open (the hold closes after the hang-up, not before)."""
    deadline = time.monotonic() + 5
    while (data := balance(url))["reserved"] and time.monotonic() < deadline:
        time.sleep(0.05)
    return data


def ledger_entries(tmp_path: Path) -> list[LedgerEntry]:
    async def read() -> list[LedgerEntry]:
        ledger = SqliteLedger(tmp_path / "proxyify.db")
        try:
            return await ledger.entries(key="routing-tests")
        finally:
            await ledger.aclose()

    return asyncio.run(read())


def wait_for_upstream(fake: FakeOpenAI, hung_up: int, answered: int) -> None:
    """Until the slow request ended at the fake upstream, one way or the other (it answers at 2 s)."""
    deadline = time.monotonic() + 5
    while (fake.hung_up, fake.slow_answered) == (hung_up, answered) and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.fixture(scope="module")
def fake_upstream() -> Iterator[tuple[FakeOpenAI, str]]:
    fake = FakeOpenAI()
    with serve(fake.app()) as url:
        yield fake, url + "/v1"


HUNG_UP_BODIES = {
    "chat": {"model": "test/slow", "messages": PROMPT, "max_tokens": 5},
    "chat-stream-before-first-chunk": {"model": "test/slow", "messages": PROMPT, "max_tokens": 5, "stream": True},
    "image": {"model": "test/slow-image", "messages": PROMPT, "modalities": ["image", "text"]},
}


@pytest.mark.timeout(10)
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("request_kind", list(HUNG_UP_BODIES))
def test_client_hanging_up_cancels_the_upstream_call_and_is_not_charged(
    tmp_path: Path, fake_upstream: tuple[FakeOpenAI, str], transport: str, request_kind: str,
) -> None:
    fake, upstream_url = fake_upstream
    with serve(create_app(settings(tmp_path, upstream_url, transport))) as url, errors_logged() as errors:
        before = balance(url)
        hung_up, answered = fake.hung_up, fake.slow_answered
        body = HUNG_UP_BODIES[request_kind]
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(url + "/v1/chat/completions", json=body, headers=AUTH, timeout=0.3)
        wait_for_upstream(fake, hung_up, answered)
        assert (fake.hung_up, fake.slow_answered) == (hung_up + 1, answered)  # aborted, not waited out
        after = settled_balance(url)
        assert (after["credits"], after["reserved"]) == (before["credits"], 0)
        r = httpx.post(url + "/v1/chat/completions", json={"model": "test/fast", "messages": PROMPT},
                       headers=AUTH, timeout=5)
        assert r.status_code == 200, r.text
        assert r.json()["_balancer"]["credits_used"] > 0
    assert not errors, [record.getMessage() for record in errors]
    entries = ledger_entries(tmp_path)
    hold = entries[0].reservation_id
    closing = [(e.kind, e.note) for e in entries if e.reservation_id == hold and e.kind != "reserve"]
    assert closing == [("release", "cancelled")]  # one entry closes the hold, and charges nothing
    assert [e.kind for e in entries] == ["reserve", "release", "reserve", "settle"]


@pytest.mark.timeout(10)
def test_client_that_waits_for_a_slow_answer_is_charged_as_usual(
    tmp_path: Path, fake_upstream: tuple[FakeOpenAI, str],
) -> None:
    fake, upstream_url = fake_upstream
    with serve(create_app(settings(tmp_path, upstream_url, "aiohttp"))) as url, errors_logged() as errors:
        before = balance(url)
        answered = fake.slow_answered
        r = httpx.post(url + "/v1/chat/completions", headers=AUTH, timeout=5,
                       json={"model": "test/slowish", "messages": PROMPT, "max_tokens": 5})
        assert r.status_code == 200, r.text
        credits = r.json()["_balancer"]["credits_used"]
        assert credits > 0 and fake.slow_answered == answered + 1
        after = settled_balance(url)
    assert (after["credits"], after["reserved"]) == (before["credits"] - credits, 0)
    assert not errors, [record.getMessage() for record in errors]
    entries = ledger_entries(tmp_path)
    assert [e.kind for e in entries] == ["reserve", "settle"]
    assert entries[1].usage is not None and entries[1].usage.status == "ok" and entries[1].credits == credits
