"""Which routes can serve a chat request's ``n`` > 1.

OpenAI-compatible hosts take ``n``; Gemini has ``candidateCount`` (the adapter maps ``n`` to it);
the demo honours it. The Anthropic Messages API has no equivalent, so an Anthropic route cannot
answer ``n`` choices. The rule, simple on purpose: a route that cannot serve the request's ``n`` is
skipped as if it were unavailable (the router tries the model's other routes); when no route of
the model can serve it, the request is a 400 "n > 1 is not supported by anthropic routes", found
from the configuration before anything is held or sent upstream.
"""

from __future__ import annotations

from typing import Any

from proxyify_asgi.errors import InvalidRequest
from proxyify_asgi.pricing import requested_count
from proxyify_asgi.providers import ADAPTERS
from proxyify_asgi.settings import ModelSettings, Settings


def needs_chat_n(model: ModelSettings, body: Any) -> bool:
    """Does this request ask a chat model for more than one choice?"""
    return model.modality == "chat" and isinstance(body, dict) and requested_count(body) > 1


def n_unsupported(kinds: list[str]) -> InvalidRequest:
    """The 400 for a request whose ``n`` no route can serve (``kinds``: the provider kinds skipped)."""
    names = ", ".join(dict.fromkeys(kinds))
    return InvalidRequest(f"n > 1 is not supported by {names} routes.", metadata={"field": "n"})


def refuse_unservable_n(model: ModelSettings, settings: Settings, body: Any) -> None:
    """Raise the 400 when the body asks for ``n`` > 1 and none of the model's routes can serve it."""
    if not needs_chat_n(model, body) or not model.routes:
        return
    providers = [settings.providers.get(route.provider) for route in model.routes]
    kinds = [p.kind for p in providers if p is not None]
    if len(kinds) == len(providers) and not any(ADAPTERS[kind].serves_chat_n for kind in kinds):
        raise n_unsupported(kinds)
