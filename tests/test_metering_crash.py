"""``kill -9`` of a gateway process mid-load, then a restart: no settled charge lost, stale holds released."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from proxyify_asgi.stores.ledger_rules import derived_balance
from proxyify_asgi.stores.ledger_sqlite import SqliteLedger
from tests.fakes.server import free_port

ROOT = Path(__file__).resolve().parent.parent
SECRET = "pk-crash-test-secret"
CREDITS = 10_000_000

CONFIG = """
[gateway]
usd_per_credit = 0.00001
reservation_ttl_s = 1
http_transport = "httpx"

[storage]
url = "sqlite:///{db}"

[providers.demo]
kind = "demo"
options = {{ token_delay_ms = 100 }}

[[models]]
id = "openai/gpt-4o"
modality = "chat"
price = {{ input_per_mtok = 2.5, output_per_mtok = 10.0 }}
routes = [ {{ provider = "demo", model = "openai/gpt-4o" }} ]

[[keys]]
name = "crash"
key = "{secret}"
credits = {credits}
"""


def start_server(config: Path, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "proxyify_asgi", "serve", "--config", str(config), "--port", str(port),
         "--log-level", "warning"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


async def wait_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    """Until the server at ``url`` answers /healthz; fails if it exits or takes over 30 s (two
    gateways starting at once on a loaded 2-core machine once took over 10)."""
    deadline = time.monotonic() + 30
    async with httpx.AsyncClient(base_url=url) as client:
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the gateway process exited"
            try:
                if (await client.get("/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    raise AssertionError("the gateway did not start")


def body(text: str, stream: bool = False) -> dict[str, object]:
    return {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": text}], "max_tokens": 40, "stream": stream}


async def test_kill_9_mid_load_loses_no_settled_charge_and_frees_stale_holds(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    config = tmp_path / "crash.toml"
    config.write_text(CONFIG.format(db=db, secret=SECRET, credits=CREDITS))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    headers = {"authorization": f"Bearer {SECRET}"}
    proc = start_server(config, port)
    seen: dict[str, int] = {}  # request id → credits_used the client was told
    try:
        await wait_ready(url, proc)
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=10) as client:
            streams = [client.stream("POST", "/v1/chat/completions", json=body(f"story {i}", True)) for i in range(3)]
            opened = [await s.__aenter__() for s in streams]
            # Each stream is past its reservation and delivering. The line iterators are kept: an
            # abandoned one would close its connection and end the stream early.
            lines = [r.aiter_lines() for r in opened]
            for line_iter in lines:
                await anext(line_iter)

            async def worker(w: int) -> None:
                for i in range(10_000):
                    try:
                        r = await client.post("/v1/chat/completions", json=body(f"q {w} {i}"))
                    except httpx.TransportError:
                        return
                    assert r.status_code == 200, r.text
                    seen[r.headers["x-request-id"]] = r.json()["_balancer"]["credits_used"]

            load = [asyncio.create_task(worker(w)) for w in range(6)]
            while len(seen) < 40:
                await asyncio.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=5)
            await asyncio.gather(*load)
            for s in streams:
                try:
                    await s.__aexit__(None, None, None)
                except httpx.TransportError:
                    pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    await asyncio.sleep(1.1)  # past the 1 s reservation TTL
    proc = start_server(config, port)
    try:
        await wait_ready(url, proc)
        async with httpx.AsyncClient(base_url=url, headers=headers) as client:
            data = (await client.get("/v1/balance")).json()["data"]
    finally:
        proc.kill()
        proc.wait()

    ledger = SqliteLedger(db)
    entries = await ledger.entries(account="key:crash")
    await ledger.aclose()
    settled = {e.usage.request_id: e.credits for e in entries if e.kind == "settle" and e.usage}
    assert all(settled.get(rid) == credits for rid, credits in seen.items())  # every charge a client saw
    assert len(settled) - len(seen) <= 6  # at most one in flight per worker was settled but not answered
    expired = [e for e in entries if e.kind == "release" and e.note == "expired"]
    assert len(expired) >= 3  # the three open streams, at least
    assert data["reserved"] == 0
    assert data["credits"] == CREDITS - sum(settled.values())
    assert derived_balance(entries) == (data["credits"], 0)
