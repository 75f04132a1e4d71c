"""CORS for browser clients: Starlette's own ``CORSMiddleware``, set up for the gateway's API.

Off unless ``[gateway] cors_origins`` lists origins: without it no ``Access-Control-*`` header is
ever sent and a preflight (``OPTIONS`` carrying no key) is refused like any keyless request, a 401,
exactly as before the setting existed. A gateway mounted in a host app that runs its own CORS
middleware should leave it unset.

With origins configured, this layer sits outermost in ``create_app``, so:

- a preflight (``OPTIONS`` with ``Origin`` and ``Access-Control-Request-Method``) is answered here,
  before authentication (browsers never send credentials on a preflight): 200 with
  ``Access-Control-Allow-Origin``, ``-Allow-Methods`` (GET, POST, OPTIONS), ``-Allow-Headers`` and
  ``-Max-Age`` when the origin and method are allowed; otherwise the spec's JSON error: 403 for an
  origin not listed (no ``Access-Control-Allow-Origin``), 400 for another method or a Private
  Network Access request (a public page reaching a private address; refused). Every header
  the preflight names is allowed (echoed back), those the gateway reads (Authorization, X-API-Key,
  Content-Type, X-Request-ID, X-Proxyify-Cache) and any other: browser SDKs add their own (the
  OpenAI SDK's ``X-Stainless-*``), the gateway ignores what it does not read, and no cookie or
  other ambient credential is ever honoured, so listing them protects nothing;
- every other answer to an allowed origin, errors included, carries ``Access-Control-Allow-Origin``
  and ``Access-Control-Expose-Headers`` (``X-Balancer-*``, ``X-Request-ID``, ``X-RateLimit-*``,
  ``Retry-After``, ``X-Proxyify-Screening``), so a browser can read them.

Origins match as a key's ``allowed_origins`` do: exact (case-insensitive), ``https://*.example.com``
for subdomains, or ``*`` for any (answered as ``Access-Control-Allow-Origin: *``). No credentials
mode: the API authenticates with headers, never cookies. CORS only tells browsers what they may
read; a key's own ``allowed_origins`` is still enforced on the real request by the restriction layer.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response

from proxyify_asgi.errors import Forbidden, InvalidRequest, ProxyifyError, error_body
from proxyify_asgi.restrictions.origin import origin_matches
from proxyify_asgi.types import ASGIApp

CORS_METHODS = ("GET", "POST", "OPTIONS")
CORS_EXPOSED_HEADERS = (
    "X-Request-ID", "X-Balancer-Credits-Used", "X-Balancer-Cost-USD", "X-Balancer-Model-Used",
    "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", "X-Proxyify-Screening",
)
_BODY_HEADERS = frozenset({"content-type", "content-length"})


class GatewayCORSMiddleware(CORSMiddleware):
    """Starlette's CORS middleware with the gateway's methods and headers, and its origin patterns.

    Usable alone: ``GatewayCORSMiddleware(app, origins=["https://app.example"])``.
    """

    def __init__(self, app: ASGIApp, *, origins: Sequence[str], max_age: int = 600) -> None:
        super().__init__(
            app, allow_origins=tuple(origins), allow_methods=CORS_METHODS, allow_headers=("*",),
            expose_headers=CORS_EXPOSED_HEADERS, max_age=max_age,
        )
        self.origin_patterns = tuple(origins)

    def is_allowed_origin(self, origin: str) -> bool:
        """The same matching as a key's ``allowed_origins`` (wildcard subdomains, any case)."""
        if self.allow_all_origins:
            return True
        return origin.lower() != "null" and any(origin_matches(origin, p) for p in self.origin_patterns)

    def preflight_response(self, request_headers: Headers) -> Response:
        """Starlette's answer; a refusal becomes the spec's JSON error instead of plain text."""
        response = super().preflight_response(request_headers)
        if response.status_code == 200:
            return response
        failures = bytes(response.body).decode().removeprefix("Disallowed CORS ")
        exc: ProxyifyError
        if "origin" in failures:
            exc = Forbidden("This origin is not allowed by the gateway's CORS settings.", metadata={"cors": "origin"})
        else:
            exc = InvalidRequest(
                f"CORS preflight asks for what the gateway does not allow: {failures}.", metadata={"cors": failures},
            )
        headers = {k: v for k, v in response.headers.items() if k.lower() not in _BODY_HEADERS}
        return Response(error_body(exc), status_code=exc.status, headers=headers, media_type="application/json")
