"""``GET /v1/balance``: the calling key's credits, holds, spend and limits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from proxyify_asgi.context import RequestContext
from proxyify_asgi.envelope import json_number
from proxyify_asgi.errors import Unauthorized
from proxyify_asgi.gateway import Gateway


def _usd(value: Decimal | None) -> float | int | None:
    return None if value is None else json_number(value)


class BalanceEndpoint:
    """Reads the key from the request context (set by ``AuthMiddleware``) and the gateway's ledger."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def get(self, request: Request) -> Response:
        """``{"data": {"credits", "reserved", "spend_usd": {"daily", "monthly"}, "limits": {...}}}``.

        ``credits`` is what the key's account can spend now (open holds subtracted); ``reserved`` is
        what open requests on that account hold. Spend is the key's own, in UTC calendar windows.
        """
        ctx = RequestContext.of(request.scope)
        key = ctx.key
        if key is None:
            raise Unauthorized()
        await self.gateway.start()
        ledger = self.gateway.ledger
        account = await ledger.account(key.account)
        spend = await ledger.spend(key.name)
        policy = key.policy
        caps = policy.spend_limit_usd
        rates = self.gateway.settings.rate_limits
        data: dict[str, Any] = {
            "account": key.account,
            "credits": account.balance if account else 0,
            "reserved": account.reserved if account else 0,
            "usd_per_credit": json_number(self.gateway.settings.gateway.usd_per_credit),
            "spend_usd": {"daily": _usd(spend.daily), "monthly": _usd(spend.monthly), "total": _usd(spend.total)},
            "limits": {
                "spend_usd": {
                    "daily": _usd(caps.daily if caps else None),
                    "monthly": _usd(caps.monthly if caps else None),
                    "total": _usd(caps.total if caps else None),
                },
                "rate_limit": policy.rate_limit or rates.default,
                "model_rate_limits": dict(policy.model_rate_limits),
                "tokens_per_minute": policy.tokens_per_minute,
                "max_concurrent": policy.max_concurrent,
            },
        }
        return Response(orjson.dumps({"data": data}), media_type="application/json",
                        headers={"x-request-id": ctx.request_id, "cache-control": "no-store"})


def balance_routes(gateway: Gateway) -> list[BaseRoute]:
    """The routes to add to the endpoint app."""
    return [Route("/v1/balance", BalanceEndpoint(gateway).get, methods=["GET"])]
