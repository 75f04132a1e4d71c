"""A real Redis server for the tests: one ``redis-server`` process on 127.0.0.1 per test session.

The Redis back ends (ledger, key store, job store, rate-limit counters) are tested against the
real server, the one users run, not a fake. ``.ci/run`` installs it (Debian's ``redis-server``).
Where it is missing the Redis tests are skipped with a reason saying how to install it, except
under CI (``CI`` set), where a missing server fails the run instead of hiding its tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.fakes.server import free_port

INSTALL_HINT = "redis-server is not installed (apt-get install redis-server)"


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server() -> Iterator[str]:
    """Start ``redis-server`` on a free loopback port, with no persistence; yields its URL
    (database 0); stops it on exit."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail(INSTALL_HINT + ": CI must run the Redis tests")
        pytest.skip(INSTALL_HINT)
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", workdir, "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while not _ping(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"redis-server did not start on port {port}")
                time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)


def flush(url: str) -> None:
    """Empty every database of the server at ``url`` (each test starts from nothing)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.flushall()
    finally:
        client.close()
