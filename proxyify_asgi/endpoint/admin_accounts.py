"""Admin API for credit accounts, behind ``admin_auth.require_admin`` (off unless PROXYIFY_ADMIN_KEY is set).

- ``GET /v1/admin/accounts``: every account with granted, settled, reserved, refunded and balance.
- ``POST /v1/admin/accounts`` ``{"name": "acme", "credits": 500}``: create (an existing account is
  left untouched and answered with ``"created": false``). Names starting with ``key:`` are keys'
  own accounts and are refused (400), but for the missing account of an existing key.
- ``POST /v1/admin/accounts/{name}/credits`` ``{"credits": 1000}``: grant more credits.

Keys are attached to an account by their ``account`` field (``[[keys]]`` or the key admin API).
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from proxyify_asgi.admin_auth import admin_key, require_admin
from proxyify_asgi.context import RequestContext
from proxyify_asgi.endpoint.validation import field_error, require_object, required_string
from proxyify_asgi.errors import InvalidRequest, NotFound
from proxyify_asgi.gateway import Gateway
from proxyify_asgi.stores.key_service import reserved_account_problem
from proxyify_asgi.stores.ledger_rules import MAX_CREDITS
from proxyify_asgi.stores.protocols import AccountBalance

MAX_ACCOUNT_NAME = 128


def account_json(account: AccountBalance) -> dict[str, Any]:
    """One account as the admin API shows it."""
    return {"name": account.name, "balance": account.balance, "granted": account.granted,
            "settled": account.settled, "reserved": account.reserved, "refunded": account.refunded}


def _credits(body: dict[str, Any], *, allow_zero: bool) -> int:
    value = body.get("credits", 0 if allow_zero else None)
    if isinstance(value, bool) or not isinstance(value, int) or not (0 if allow_zero else 1) <= value <= MAX_CREDITS:
        wanted = "a non-negative integer" if allow_zero else "a positive integer"
        raise field_error("credits", f"{wanted} of at most {MAX_CREDITS}")
    return value


class AccountsAdmin:
    """Handlers bound to one gateway's ledger."""

    def __init__(self, gateway: Gateway, secret: str | None) -> None:
        self.gateway = gateway
        self.admin_secret = secret  # fixed when the routes are built (as the keys admin API)

    async def _body(self, request: Request) -> dict[str, Any]:
        require_admin(request.scope, self.admin_secret)
        await self.gateway.start()
        if request.method == "GET":
            return {}
        return require_object(await RequestContext.of(request.scope).json(request.receive))

    def _json(self, request: Request, payload: Any, status: int = 200) -> Response:
        ctx = RequestContext.of(request.scope)
        return Response(orjson.dumps(payload), status_code=status, media_type="application/json",
                        headers={"x-request-id": ctx.request_id, "cache-control": "no-store"})

    async def list(self, request: Request) -> Response:
        """Every account."""
        await self._body(request)
        accounts = await self.gateway.ledger.accounts()
        return self._json(request, {"data": [account_json(a) for a in accounts]})

    async def create(self, request: Request) -> Response:
        """Create an account (idempotent: never resets an existing balance)."""
        body = await self._body(request)
        name = required_string(body, "name")
        if len(name) > MAX_ACCOUNT_NAME:
            raise field_error("name", f"at most {MAX_ACCOUNT_NAME} characters")
        reserved = await reserved_account_problem(name, self.gateway.keys)
        if reserved is not None:
            raise InvalidRequest(f"Invalid 'name': {reserved}.", metadata={"field": "name"})
        created = await self.gateway.ledger.create_account(name, _credits(body, allow_zero=True), note="admin API")
        account = await self.gateway.ledger.account(name)
        assert account is not None
        return self._json(request, {"data": {**account_json(account), "created": created}}, 201 if created else 200)

    async def grant(self, request: Request) -> Response:
        """Add credits to an existing account."""
        body = await self._body(request)
        name = request.path_params["name"]
        ledger = self.gateway.ledger
        if await ledger.account(name) is None:
            raise NotFound("No such account.")
        await ledger.grant(name, _credits(body, allow_zero=False), note="admin API")
        account = await ledger.account(name)
        assert account is not None
        return self._json(request, {"data": account_json(account)})


def account_admin_routes(gateway: Gateway, secret: str | None = None) -> list[BaseRoute]:
    """The admin routes to add to the endpoint app (``secret`` as for :func:`.admin.admin_routes`)."""
    admin = AccountsAdmin(gateway, secret if secret is not None else admin_key())
    return [
        Route("/v1/admin/accounts", admin.list, methods=["GET"]),
        Route("/v1/admin/accounts", admin.create, methods=["POST"]),
        Route("/v1/admin/accounts/{name}/credits", admin.grant, methods=["POST"]),
    ]
