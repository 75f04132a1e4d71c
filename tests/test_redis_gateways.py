"""Two gateway processes (two hosts, as far as they can tell) sharing one Redis never overspend.

Each runs ``proxyify-asgi serve`` with ``[storage] url`` on a real redis-server: keys, ledger, jobs,
response cache and rate-limit counters all live there. A burst of concurrent requests split across
both must be charged exactly once each and stop exactly where the shared balance runs out.
"""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import httpx

from tests.fakes.server import free_port
from tests.test_metering_crash import start_server, wait_ready

SECRET = "pk-redis-shared-0123456789"
CONFIG = """
[gateway]
usd_per_credit = 0.001

[storage]
url = "{redis}"

[rate_limits]
storage = "{redis}"
default = "1000/minute"

[providers.demo]
kind = "demo"

[[models]]
id = "shared/model"
modality = "chat"
price = {{ per_request = 0.01 }}
routes = [ {{ provider = "demo", model = "openai/gpt-4o" }} ]

[[keys]]
name = "shared"
key = "{secret}"
credits = {credits}
"""
CREDITS = 205
PER_REQUEST = 10  # credits: 0.01 USD at 0.001 USD per credit, held and charged alike


async def test_a_burst_across_two_processes_stops_exactly_at_the_shared_balance(tmp_path: Path, redis_url: str) -> None:
    config = tmp_path / "proxyify.toml"
    config.write_text(CONFIG.format(redis=redis_url, secret=SECRET, credits=CREDITS))
    ports = [free_port(), free_port()]
    procs = [start_server(config, port) for port in ports]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        await asyncio.gather(*(wait_ready(url, proc) for url, proc in zip(urls, procs, strict=True)))
        headers = {"Authorization": f"Bearer {SECRET}"}
        body = {"model": "shared/model", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 8}
        async with httpx.AsyncClient(headers=headers, timeout=30) as client:
            answers = await asyncio.gather(*(
                client.post(f"{urls[i % 2]}/v1/chat/completions", json=body) for i in range(40)
            ))
            codes = sorted(r.status_code for r in answers)
            assert codes == [200] * 20 + [402] * 20, codes
            charged = [r.json()["_balancer"]["credits_used"] for r in answers if r.status_code == 200]
            assert charged == [PER_REQUEST] * 20
            for url in urls:  # both processes read the same balance
                balance = (await client.get(f"{url}/v1/balance")).json()["data"]
                assert (balance["credits"], balance["reserved"]) == (CREDITS - 20 * PER_REQUEST, 0)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
