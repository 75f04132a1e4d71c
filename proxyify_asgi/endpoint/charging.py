"""What a request is charged: its priced cost as whole credits, never more than its hold.

Every modality puts its charge in the meter through :func:`charge_meter` (chat, streams and cache
hits through :func:`meter_chat`; image, STT and TTS through ``media_common.charge``). The cap to the
hold is applied here, before the answer is rendered, because the answer's ``_balancer`` block and
``X-Balancer-*`` headers are built from the meter and must show exactly what the ledger charges.
The rule itself is ``stores.ledger_rules.capped_charge``, which every ledger's ``settle`` applies
again: the ledger is what guarantees no key spends past its balance or limits, whoever settles.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from proxyify_asgi.context import RequestContext
from proxyify_asgi.pricing import chat_cost, to_credits
from proxyify_asgi.settings import ModelSettings
from proxyify_asgi.stores.ledger_rules import capped_charge

logger = logging.getLogger("proxyify_asgi")


def charge_meter(ctx: RequestContext, cost_usd: Decimal, usd_per_credit: Decimal) -> None:
    """Put ``cost_usd`` in the meter as whole credits, capped to the request's hold if it has one.

    A cap means the upstream reported more than the request may produce; it is logged as a warning
    with the request id and the figures (never the key or the prompt).
    """
    meter = ctx.meter
    credits = to_credits(cost_usd, usd_per_credit)
    cost = credits * usd_per_credit
    hold = ctx.reservation
    if hold is not None:
        capped, cost = capped_charge(credits, cost, hold.credits, hold.cost_usd)
        if capped != credits:
            logger.warning("request %s: upstream usage priced at %s credits is capped to its hold of %s credits",
                           ctx.request_id, credits, capped)
        credits = capped
    meter.credits = credits
    meter.cost_usd = cost


def meter_chat(ctx: RequestContext, model: ModelSettings, input_tokens: int, output_tokens: int,
               usd_per_credit: Decimal, charge: Decimal = Decimal(1)) -> None:
    """Price the tokens into the meter (``charge`` < 1 for cache hits)."""
    meter = ctx.meter
    meter.input_tokens = input_tokens
    meter.output_tokens = output_tokens
    charge_meter(ctx, chat_cost(model.price, input_tokens, output_tokens) * charge, usd_per_credit)
