"""What the gateway adds, measured side by side with the upstream it fronts.

Starts ``bench/fast_upstream.py`` and the gateway (one uvicorn worker, uvloop + httptools), pinned to
different cores where ``taskset`` exists, then for each upstream transport (aiohttp, httpx):

- added latency: an open-loop client at a fixed rate, direct vs through the gateway, p50 and p99;
- throughput: ``wrk`` at concurrency 64 (non-streaming), direct vs gateway, and the gateway's CPU time
  per request (from /proc) and resident memory after the load;
- streaming: time to the first ``data:`` event, direct vs gateway.

Each figure is the median over ``--runs`` repetitions. Usage:
``python bench/overhead.py [--runs 3] [--seconds 5] [--rate 200] [--transports aiohttp,httpx] [--storages sqlite,memory,redis] [--variants full,no-limits]``
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
BENCH_KEY = "pk-bench-0123456789abcdef"
BODY = b'{"model":"bench/chat","messages":[{"role":"user","content":"Say hello"}]}'
STREAM_BODY = b'{"model":"bench/chat","stream":true,"messages":[{"role":"user","content":"Say hello"}]}'
HEADERS = {"authorization": f"Bearer {BENCH_KEY}", "content-type": "application/json"}

CONFIG = """
[gateway]
usd_per_credit = 0.000001
http_transport = "{transport}"

[storage]
url = "{storage_url}"

[rate_limits]
storage = "{limits_url}"
default = "1000000/minute"

[providers.fast]
kind = "openai"
base_url = "http://127.0.0.1:{upstream_port}/v1"
api_key = "sk-bench"

[[models]]
id = "bench/chat"
price = {{ input_per_mtok = 1, output_per_mtok = 2 }}
routes = [{{ provider = "fast", model = "bench" }}]

[[keys]]
name = "bench"
key = "{key}"
credits = 1000000000000
"""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pinned(cmd: list[str], core: int) -> list[str]:
    """``cmd`` pinned to one core where taskset exists and the machine has more than one core."""
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", str(core), *cmd]
    return cmd


def wait_port(port: int, timeout: float = 15) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {port}")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def open_loop(url: str, body: bytes, rate: float, seconds: float, first_event: bool = False) -> list[float]:
    """Latencies (ms) of requests sent at a fixed rate, whether or not earlier ones finished."""
    latencies: list[float] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one() -> None:
            start = time.perf_counter()
            async with session.post(url, data=body, headers=HEADERS) as r:
                if first_event:
                    async for line in r.content:
                        if line.startswith(b"data:"):
                            break
                    latencies.append((time.perf_counter() - start) * 1000)
                    await r.read()
                else:
                    await r.read()
                    latencies.append((time.perf_counter() - start) * 1000)
                if r.status != 200:
                    raise RuntimeError(f"{url} answered {r.status}")

        for _ in range(20):  # warm the connection pools on both sides
            await one()
        latencies.clear()
        tasks = []
        interval = 1 / rate
        start = time.perf_counter()
        for i in range(int(rate * seconds)):
            delay = start + i * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
    return latencies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def wrk(url: str, seconds: float, connections: int = 64) -> tuple[float, int]:
    """(requests/s, total requests) from wrk at fixed concurrency."""
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    headers = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in HEADERS.items())
    script.write_text(f'wrk.method = "POST"\nwrk.body = \'{BODY.decode()}\'\n{headers}')
    out = subprocess.run(
        pinned(["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "-s", str(script), url], 0),
        capture_output=True, text=True, check=True,
    ).stdout
    rps = float(next(line for line in out.splitlines() if line.startswith("Requests/sec")).split()[1])
    total = int(next(line for line in out.splitlines() if "requests in" in line).split()[0])
    errors = [line for line in out.splitlines() if "Non-2xx" in line or "Socket errors" in line]
    if errors:
        print("   wrk:", "; ".join(errors))
    return rps, total


@dataclass
class Figures:
    direct_p50: float
    direct_p99: float
    gw_p50: float
    gw_p99: float
    direct_rps: float
    gw_rps: float
    cpu_us: float
    rss: float
    direct_ttfe: float
    gw_ttfe: float


def start_gateway(config: Path, port: int, variant: str, upstream_port: int) -> subprocess.Popen:
    env = {**os.environ, "PROXYIFY_CONFIG": str(config), "BENCH_VARIANT": variant,
           "UPSTREAM": f"http://127.0.0.1:{upstream_port}/v1/chat/completions",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    target = ["bench.floor_proxy:app"] if variant == "floor" else ["bench.app_variants:factory", "--factory"]
    cmd = [sys.executable, "-m", "uvicorn", *target,
           "--host", "127.0.0.1", "--port", str(port), "--loop", "uvloop", "--http", "httptools",
           "--no-proxy-headers", "--no-access-log", "--log-level", "warning"]
    proc = subprocess.Popen(pinned(cmd, 1), env=env, cwd=ROOT)
    wait_port(port)
    return proc


def one_run(upstream_port: int, transport: str, storage: str, variant: str, args: argparse.Namespace, tmp: Path,
            redis_url: str | None = None) -> Figures:
    config = tmp / f"bench-{transport}.toml"
    db = tmp / f"bench-{transport}-{time.monotonic_ns()}.db"
    storage_url = {"sqlite": f"sqlite:///{db}", "memory": "memory://", "redis": redis_url}[storage]
    limits_url = redis_url if storage == "redis" else "memory://"  # on Redis, the counters too
    config.write_text(CONFIG.format(transport=transport, storage_url=storage_url, limits_url=limits_url,
                                    upstream_port=upstream_port, key=BENCH_KEY))
    port = free_port()
    gateway = start_gateway(config, port, variant, upstream_port)
    try:
        direct = f"http://127.0.0.1:{upstream_port}/v1/chat/completions"
        via = f"http://127.0.0.1:{port}/v1/chat/completions"
        d_lat = asyncio.run(open_loop(direct, BODY, args.rate, args.seconds))
        g_lat = asyncio.run(open_loop(via, BODY, args.rate, args.seconds))
        d_ttfe = asyncio.run(open_loop(direct, STREAM_BODY, args.rate / 2, args.seconds / 2, first_event=True))
        g_ttfe = asyncio.run(open_loop(via, STREAM_BODY, args.rate / 2, args.seconds / 2, first_event=True))
        d_rps, _ = wrk(direct, args.seconds)
        cpu0 = cpu_seconds(gateway.pid)
        g_rps, g_total = wrk(via, args.seconds)
        cpu_us = (cpu_seconds(gateway.pid) - cpu0) / max(1, g_total) * 1e6
        return Figures(
            pct(d_lat, 0.5), pct(d_lat, 0.99), pct(g_lat, 0.5), pct(g_lat, 0.99), d_rps, g_rps,
            cpu_us, rss_mb(gateway.pid), pct(d_ttfe, 0.5), pct(g_ttfe, 0.5),
        )
    finally:
        gateway.send_signal(signal.SIGINT)
        gateway.wait(timeout=15)


def median(runs: list[Figures], name: str) -> float:
    return statistics.median(getattr(r, name) for r in runs)


def report(label: str, runs: list[Figures]) -> None:
    m = {name: median(runs, name) for name in Figures.__dataclass_fields__}
    print(f"\n== {label}  (median of {len(runs)} runs)")
    print(f"  latency p50  direct {m['direct_p50']:.3f} ms   gateway {m['gw_p50']:.3f} ms   added {m['gw_p50'] - m['direct_p50']:.3f} ms")
    print(f"  latency p99  direct {m['direct_p99']:.3f} ms   gateway {m['gw_p99']:.3f} ms   added {m['gw_p99'] - m['direct_p99']:.3f} ms")
    print(f"  first SSE event p50  direct {m['direct_ttfe']:.3f} ms   gateway {m['gw_ttfe']:.3f} ms   added {m['gw_ttfe'] - m['direct_ttfe']:.3f} ms")
    print(f"  throughput c=64  direct {m['direct_rps']:.0f} req/s   gateway {m['gw_rps']:.0f} req/s   ratio {m['gw_rps'] / m['direct_rps']:.3f}")
    print(f"  gateway CPU per request {m['cpu_us']:.0f} µs   resident memory {m['rss']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rate", type=float, default=50, help="open-loop requests per second")
    parser.add_argument("--transports", default="aiohttp,httpx")
    parser.add_argument("--storages", default="sqlite,memory",
                        help="key store + ledger back ends: sqlite, memory, redis (a local redis-server is started)")
    parser.add_argument("--variants", default="full,no-limits",
                        help="full: the shipped chain; no-limits: without RateLimit and Metering; "
                             "floor: a bare aiohttp forwarder (bench/floor_proxy.py), the stack's floor")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed for the throughput figures: apt-get install wrk")
    upstream_port = free_port()
    upstream = subprocess.Popen(pinned([sys.executable, str(ROOT / "bench" / "fast_upstream.py"), str(upstream_port)], 0))
    try:
        wait_port(upstream_port)
        with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as servers:
            redis_url = None
            if "redis" in args.storages.split(","):
                sys.path.insert(0, str(ROOT))  # the tests' redis-server helper
                from tests.redis_server import flush, redis_server

                redis_url = servers.enter_context(redis_server())
            for transport in args.transports.split(","):
                for storage in args.storages.split(","):
                    for variant in args.variants.split(","):
                        runs = []
                        for _ in range(args.runs):
                            if redis_url is not None:
                                flush(redis_url)
                            runs.append(one_run(upstream_port, transport, storage, variant, args, Path(tmp), redis_url))
                        report(f"transport={transport} storage={storage} chain={variant}", runs)
    finally:
        upstream.terminate()
        upstream.wait(timeout=10)


if __name__ == "__main__":
    main()
