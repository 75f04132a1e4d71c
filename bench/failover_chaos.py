"""Failover under chaos: success rate and latency of N requests, healthy pool vs. chaotic pool.

Run from the repository root: ``python bench/failover_chaos.py [N] [CONCURRENCY]``. Everything runs
on 127.0.0.1 (fake upstreams and the gateway under uvicorn in threads); prints figures, asserts nothing.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from proxyify_asgi import create_app  # noqa: E402
from tests.fakes.chaos_upstream import ChaosUpstream  # noqa: E402
from tests.fakes.server import serve  # noqa: E402
from tests.test_failover_chaos import FAULTY, chaos_settings, one_request  # noqa: E402


async def run(faults: dict[str, dict[str, float]], n: int, concurrency: int) -> None:
    upstreams = {name: ChaosUpstream(name, f, seed=i, hang_s=1.5) for i, (name, f) in enumerate(faults.items())}
    upstreams["healthy"] = ChaosUpstream("healthy")
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        urls = {name: stack.enter_context(serve(app, timeout_graceful_shutdown=1)) for name, app in upstreams.items()}
        gateway_url = stack.enter_context(serve(create_app(chaos_settings(Path(tmp), urls))))
        # uvicorn set its loggers up at start; the fakes' dropped connections are on purpose.
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
        limits = httpx.Limits(max_connections=concurrency)
        async with httpx.AsyncClient(base_url=gateway_url, timeout=10, limits=limits) as client:
            gate = asyncio.Semaphore(concurrency)

            async def bounded(i: int) -> tuple[str, dict | None, float]:
                async with gate:
                    return await one_request(client, i, stream=i % 4 == 0)

            started = time.perf_counter()
            results = await asyncio.gather(*(bounded(i) for i in range(n)))
            wall = time.perf_counter() - started
    outcomes = Counter(o for o, _, _ in results)
    latencies = sorted(s * 1000 for _, _, s in results)
    attempts = Counter(b["attempts"] for _, b, _ in results if b)
    q = statistics.quantiles(latencies, n=100)
    label = "chaos" if faults else "healthy only"
    print(f"{label:>12}: {n} requests in {wall:.1f} s ({n / wall:.0f} req/s), ok {outcomes['ok'] / n:.2%}, "
          f"outcomes {dict(outcomes)}")
    print(f"{'':>12}  latency ms p50 {q[49]:.1f}  p95 {q[94]:.1f}  p99 {q[98]:.1f}  max {latencies[-1]:.1f}; "
          f"attempts {dict(sorted(attempts.items()))}")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    asyncio.run(run({}, n, concurrency))
    asyncio.run(run(FAULTY, n, concurrency))


if __name__ == "__main__":
    main()
