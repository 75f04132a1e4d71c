"""App factories for ``bench/overhead.py``: the shipped chain, and the chain without RateLimit and
Metering, so the difference shows what those two layers cost. The second also shows the middlewares
composed by hand, as a user reusing some of them would.

``PROXYIFY_CONFIG`` names the configuration, ``BENCH_VARIANT`` is ``full`` or ``no-limits``.
"""

from __future__ import annotations

import os

from proxyify_asgi import Settings, create_app
from proxyify_asgi.app import ProxyifyApp
from proxyify_asgi.endpoint.routes import build_endpoint_app
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.middleware import (
    AuthMiddleware,
    ErrorGuardMiddleware,
    RestrictionMiddleware,
    ScreeningMiddleware,
)


def factory() -> ProxyifyApp:
    """The app for this benchmark variant."""
    settings = Settings.from_toml(os.environ["PROXYIFY_CONFIG"])
    if os.environ.get("BENCH_VARIANT", "full") == "full":
        return create_app(settings)
    gw = settings.gateway
    gateway = Gateway(settings)
    app = build_endpoint_app(gateway)
    app = ScreeningMiddleware.from_settings(app, settings.screening, max_body_bytes=gw.max_body_bytes)
    app = RestrictionMiddleware(app, trusted_proxies=gw.trusted_proxies, country_header=gw.country_header)
    app = AuthMiddleware(app, key_store=gateway.keys, public_paths=gw.public_paths)
    app = ErrorGuardMiddleware(app, max_body_bytes=gw.max_body_bytes)
    return ProxyifyApp(app, gateway)
