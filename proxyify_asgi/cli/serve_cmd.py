"""``proxyify-asgi serve``: run the gateway under uvicorn (demo mode with no configuration)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

from proxyify_asgi.cli.common import config_path, load_settings
from proxyify_asgi.demo_config import DEMO_KEY
from proxyify_asgi.settings import Settings

_CONFIG_ENV = "PROXYIFY_CONFIG"


def register(sub: Any) -> None:
    """Add ``serve``."""
    p = sub.add_parser("serve", help="run the gateway")
    p.add_argument("--config", help="TOML file (default: $PROXYIFY_CONFIG, ./proxyify.toml, else demo)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--log-level", default="info")
    p.set_defaults(func=run)


def factory() -> Any:
    """The app uvicorn builds in each worker (reads the same configuration the CLI validated)."""
    from proxyify_asgi.app import create_app

    settings = load_settings(os.environ.get(_CONFIG_ENV))
    if settings is None:
        raise SystemExit(1)
    try:
        return create_app(settings)
    except Exception as exc:  # a back end that cannot be opened (e.g. its client library is missing)
        # One line, no traceback: uvicorn would print the whole stack and the cause would be lost in it.
        print(_cannot_start(settings, exc), file=sys.stderr, flush=True)
        raise SystemExit(1) from None


def _cannot_start(settings: Settings, exc: BaseException) -> str:
    """The one line ``serve`` prints when the gateway cannot start."""
    detail = " ".join(str(exc).split())
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return f"{settings.source}: cannot start: {what}"


def start_problem(settings: Settings) -> str | None:
    """Build the gateway and start it once (stores opened and seeded, clients made), then close it:
    the line to print if that fails, else None.

    Run before uvicorn because a failure in the lifespan start is reported by uvicorn as the bare
    exception name and exit status 3; here it is one line naming the cause, and exit 1. Starting
    twice is harmless: seeding never resets a balance and sweeping only releases expired holds.
    """
    from proxyify_asgi.app import create_app

    async def start_and_close() -> None:
        app = create_app(settings)
        try:
            await app.gateway.start()
        finally:
            await app.gateway.aclose()

    try:
        asyncio.run(start_and_close())
    except Exception as exc:
        return _cannot_start(settings, exc)
    return None


def demo_banner(host: str, port: int) -> str:
    """What demo mode prints: the demo key and a ready-to-paste request."""
    url = f"http://{host}:{port}/v1/chat/completions"
    return (
        "proxyify-asgi demo mode: no configuration found, every spec model is served offline by 'demo'.\n"
        f"Demo API key: {DEMO_KEY}\n"
        "Try:\n"
        f"  curl -s {url} -H 'Authorization: Bearer {DEMO_KEY}' -H 'Content-Type: application/json' \\\n"
        "    -d '{\"model\": \"openai/gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'\n"
    )


def run(args: argparse.Namespace) -> int:
    """Validate the configuration, then hand over to uvicorn."""
    import uvicorn

    settings = load_settings(args.config)
    if settings is None:
        return 1
    problem = start_problem(settings)
    if problem is not None:
        print(problem, file=sys.stderr, flush=True)
        return 1
    path = config_path(args.config)
    if path is not None:
        os.environ[_CONFIG_ENV] = str(path.resolve())
    else:
        print(demo_banner(args.host, args.port), file=sys.stderr, flush=True)
    # proxy_headers off: uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1 and rewrite
    # the client address before our middlewares run; the gateway applies trusted_proxies itself.
    uvicorn.run(
        "proxyify_asgi.cli.serve_cmd:factory", factory=True, host=args.host, port=args.port,
        workers=args.workers, proxy_headers=False, log_level=args.log_level, server_header=False,
        # streams get shutdown_grace_s to finish (sse-starlette ends them then); past a little more,
        # uvicorn stops waiting for connections that hang
        timeout_graceful_shutdown=settings.gateway.shutdown_grace_s + 5,
    )
    return 0
