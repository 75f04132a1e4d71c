"""Model rule: glob allow and deny lists (``openai/*``) against the requested model id."""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase

from proxyify_asgi.errors import clip


def model_denial(model: str, allowed: Sequence[str], denied: Sequence[str]) -> str | None:
    """None if ``model`` may be used, else a reason. Deny wins; matching is case-sensitive,
    as model ids are."""
    if any(fnmatchcase(model, pattern) for pattern in denied):
        return f"Model {clip(model)!r} is not allowed for this key."
    if allowed and not any(fnmatchcase(model, pattern) for pattern in allowed):
        return f"Model {clip(model)!r} is not allowed for this key."
    return None
