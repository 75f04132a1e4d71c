"""``[storage] url`` → which embedded back end, shared by the key store, ledger and job store."""

from __future__ import annotations

from typing import Literal

from proxyify_asgi._config_loader import ConfigurationError

Backend = tuple[Literal["memory", "sqlite"], str]


def storage_problem(url: str) -> str | None:
    """What is wrong with ``url`` as a storage URL, or None."""
    if url.startswith("memory://"):
        return None
    if url.startswith("sqlite:///"):
        return None if url[len("sqlite:///"):] else f"expected sqlite:///PATH, got {url!r}"
    scheme = url.split(":", 1)[0]
    return f"no storage back end for scheme {scheme!r} yet (expected sqlite:///PATH or memory://)"


def parse_storage_url(url: str) -> Backend:
    """``("memory", "")`` or ``("sqlite", path)``; a :class:`ConfigurationError` otherwise."""
    problem = storage_problem(url)
    if problem is not None:
        raise ConfigurationError("<storage>", [("storage.url", problem)])
    if url.startswith("memory://"):
        return "memory", ""
    return "sqlite", url[len("sqlite:///"):]
