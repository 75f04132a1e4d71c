"""A stream in flight when the server is told to stop (SIGTERM) under ``proxyify-asgi serve``.

Audit 11: the stream broke 0.1 s after SIGTERM, with no error event and no ``[DONE]``, while a
plain Starlette stream under the same uvicorn ran to its end. Now a stream gets
``[gateway] shutdown_grace_s`` to finish; one still running then ends with a 503 error event that
carries what it cost.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import orjson

from tests.fakes.server import free_port

KEY = "pk-shutdown-tests-0001"
CONFIG = """
[gateway]
shutdown_grace_s = {grace}
[storage]
url = "memory://"
[providers.demo]
kind = "demo"
options = {{ token_delay_ms = {delay_ms} }}
[[models]]
id = "demo/chat"
price = {{ input_per_mtok = 1000, output_per_mtok = 2000 }}
routes = [ {{ provider = "demo", model = "chat" }} ]
[[keys]]
name = "shutdown"
key = "{key}"
credits = 1000000
"""
PROMPT = "Tell me a story about a lighthouse keeper and the sea at night please"


@contextmanager
def server(tmp_path: Path, grace: int, delay_ms: int) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    config = tmp_path / "gateway.toml"
    config.write_text(CONFIG.format(grace=grace, delay_ms=delay_ms, key=KEY))
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "proxyify_asgi", "serve", "--config", str(config), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise AssertionError("the gateway did not start")
        yield url, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def stream_through_sigterm(url: str, process: subprocess.Popen[bytes]) -> list[bytes]:
    """Start a stream, send SIGTERM after its first event, and read the stream to its end."""
    events: list[bytes] = []
    body = {"model": "demo/chat", "stream": True, "messages": [{"role": "user", "content": PROMPT}]}
    with httpx.stream("POST", url + "/v1/chat/completions", json=body, timeout=30,
                      headers={"authorization": f"Bearer {KEY}"}) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: "):
                events.append(line[6:].encode())
                if len(events) == 1:
                    process.send_signal(signal.SIGTERM)
    return events


def test_a_stream_finishes_within_the_shutdown_grace(tmp_path):
    with server(tmp_path, grace=30, delay_ms=100) as (url, process):
        events = stream_through_sigterm(url, process)
        assert process.wait(timeout=20) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal it caught
    assert events[-1] == b"[DONE]"
    assert orjson.loads(events[-2])["_balancer"]["credits_used"] > 0


def test_a_stream_past_the_grace_ends_with_an_error_event_and_its_cost(tmp_path):
    with server(tmp_path, grace=2, delay_ms=400) as (url, process):
        started = time.monotonic()
        events = stream_through_sigterm(url, process)
        assert time.monotonic() - started < 8  # the whole answer would take ~12 s
        assert process.wait(timeout=20) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal it caught
        log = process.stdout.read().decode() if process.stdout else ""
    last = orjson.loads(events[-1])
    assert last["error"]["code"] == 503 and "shutting down" in last["error"]["message"]
    words = [e for e in map(orjson.loads, events[:-1]) if e["choices"][0]["delta"].get("content")]
    assert last["_balancer"]["output_tokens"] == len(words) >= 1  # charged for what was delivered
    assert "Traceback" not in log and "returned without completing response" not in log
