"""``python -m uvicorn tests.metering_app:factory --factory``: the gateway with test keys in the context.

The configuration file is named by ``$PROXYIFY_TEST_CONFIG``. Used by the kill -9 test until the real
AuthMiddleware is merged.
"""

from __future__ import annotations

import os
from typing import Any

from proxyify_asgi.app import create_app
from proxyify_asgi.settings import Settings
from tests.keyctx import TestKeyMiddleware


def factory() -> Any:
    """The app for the configuration in ``$PROXYIFY_TEST_CONFIG``."""
    settings = Settings.from_toml(os.environ["PROXYIFY_TEST_CONFIG"])
    return TestKeyMiddleware(create_app(settings), settings=settings)
