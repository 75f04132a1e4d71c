"""Key restriction rules, one pure function each: facts about the request in, None or a reason out.

Each rule returns ``None`` when the request may pass, or a short reason naming what blocked it
(never the key's allow list, which is the key owner's business). ``RestrictionMiddleware`` gathers
the facts (client address, origin, country, model, time) and turns a reason into a 403.
"""

from proxyify_asgi.restrictions.country import country_denial
from proxyify_asgi.restrictions.ip import ip_denial
from proxyify_asgi.restrictions.model import model_denial
from proxyify_asgi.restrictions.origin import origin_denial
from proxyify_asgi.restrictions.time import time_denial

__all__ = ["country_denial", "ip_denial", "model_denial", "origin_denial", "time_denial"]
