"""The offline ``demo`` provider: deterministic answers for every modality, no account needed."""

from proxyify_asgi.providers.demo.adapter import DemoAdapter

__all__ = ["DemoAdapter"]
