"""``[storage] url`` → which back end, shared by the key store, ledger and job store."""

from __future__ import annotations

import importlib.util
from typing import Literal

from proxyify_asgi._config_loader import ConfigurationError

Backend = tuple[Literal["memory", "sqlite", "redis"], str]
"""The back end's kind and its address: the SQLite path, the Redis URL, or "" for memory."""

REDIS_SCHEMES = ("redis://", "rediss://")


def storage_problem(url: str) -> str | None:
    """What is wrong with ``url`` as a storage URL, or None (nothing is opened)."""
    if url.startswith("memory://"):
        return None
    if url.startswith("sqlite:///"):
        return None if url[len("sqlite:///"):] else f"expected sqlite:///PATH, got {url!r}"
    if url.startswith(REDIS_SCHEMES):
        if not url.split("://", 1)[1]:
            return f"expected redis://HOST:PORT/DB, got {url!r}"
        if importlib.util.find_spec("redis") is None:
            return "a Redis storage needs the redis extra: pip install 'proxyify-asgi[redis]'"
        return None
    scheme = url.split(":", 1)[0]
    return (f"no storage back end for scheme {scheme!r} "
            "(expected sqlite:///PATH, redis://HOST:PORT/DB, rediss://... or memory://)")


def parse_storage_url(url: str) -> Backend:
    """``("memory", "")``, ``("sqlite", path)`` or ``("redis", url)``; a :class:`ConfigurationError` otherwise."""
    problem = storage_problem(url)
    if problem is not None:
        raise ConfigurationError("<storage>", [("storage.url", problem)])
    if url.startswith("memory://"):
        return "memory", ""
    if url.startswith(REDIS_SCHEMES):
        return "redis", url
    return "sqlite", url[len("sqlite:///"):]
