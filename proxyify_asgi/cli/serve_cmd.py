"""``proxyify-asgi serve``: run the gateway under uvicorn (demo mode with no configuration)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from proxyify_asgi.cli.common import config_path, load_settings
from proxyify_asgi.demo_config import DEMO_KEY

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
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"{settings.source}: cannot start: {message}", file=sys.stderr, flush=True)
        raise SystemExit(1) from None


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

    if load_settings(args.config) is None:
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
    )
    return 0
