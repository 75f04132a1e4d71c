"""Black Forest Labs (FLUX): submit, poll the returned ``polling_url`` until ``Ready``, fetch the sample.

Wire format: ``POST {base_url}/{model}`` (e.g. ``/v1/flux-pro-1.1``) with the ``x-key`` header and
``{"prompt", "width", "height"}`` → ``{"id", "polling_url"}``; ``GET polling_url`` →
``{"status": "Pending" | "Ready" | "Error" | ..., "result": {"sample": <signed URL>}}``. The sample
is downloaded (without the key: it is a signed delivery URL) and returned as a data URL, so the
client never depends on BFL's short-lived links.

The image size follows the request's ``aspect_ratio`` and ``image_size``, capped at
``options.max_side`` (default 1440, FLUX 1.1 [pro]'s limit) and rounded to multiples of 32; the
result reports the size class of those pixels (``media_util.size_class_of``: 1440 px is 1K), which
is what the client is charged for.

A BFL task makes one image, so ``n`` images are ``n`` tasks submitted and polled concurrently. If
any of them fails, the others are cancelled and the request fails as a whole (nothing is charged,
and the router may try the next route): a client gets the ``n`` images it asked for or an error.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx
import orjson

from proxyify_asgi.errors import ProviderError, ProviderTimeout
from proxyify_asgi.providers.base import (
    ImageResult,
    ProviderAdapter,
    UpstreamCall,
    decode_json,
    provider_error,
    transport_error,
)
from proxyify_asgi.pricing import requested_count
from proxyify_asgi.providers.media_util import (
    data_url,
    download,
    gather_all,
    image_config,
    image_dimensions,
    prompt_text,
    size_class_of,
)
from proxyify_asgi.settings import ProviderSettings

FAILED_STATUSES = frozenset({"Error", "Failed", "Request Moderated", "Content Moderated", "Task not found"})


class BFLAdapter(ProviderAdapter):
    """Image generation on api.bfl.ai (or a regional host); ``options.poll_interval_s`` paces polls."""

    kind: ClassVar[str] = "bfl"
    default_base_url: ClassVar[str] = "https://api.bfl.ai/v1"

    def __init__(self, settings: ProviderSettings, client: httpx.AsyncClient) -> None:
        super().__init__(settings, client)
        self.base_url = (settings.base_url or self.default_base_url).rstrip("/")
        self.base_host = urlsplit(self.base_url).hostname or ""
        self.poll_interval = float(settings.options.get("poll_interval_s", 0.5))
        self.max_side = int(settings.options.get("max_side", 1440))
        headers = {"content-type": "application/json", "accept": "application/json", **settings.headers}
        secret = settings.secret()
        if secret:
            headers["x-key"] = secret
        self.headers = headers

    async def _json(self, method: str, url: str, call: UpstreamCall, payload: Any = None) -> Any:
        name = self.settings.name
        content = orjson.dumps(payload) if payload is not None else None
        try:
            response = await self.client.request(method, url, content=content, headers=self.headers, timeout=call.timeout_s)
        except httpx.HTTPError as exc:
            raise transport_error(name, exc) from None
        if response.status_code >= 400:
            raise provider_error(name, response.status_code, response.headers, response.content, self.redactor)
        return decode_json(name, response.content, response.status_code)

    def _trusted_polling_url(self, url: Any) -> str:
        """The polling URL, if it points at our BFL host family: the key is sent to it."""
        name = self.settings.name
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("https", "http") or not parts.hostname:
            raise ProviderError(f"Provider {name!r} returned no usable polling_url.")
        host = parts.hostname
        if host == self.base_host:
            return url
        try:
            ipaddress.ip_address(self.base_host)
        except ValueError:
            # BFL answers from regional hosts (api.us1.bfl.ai, api.eu1.bfl.ai...) whatever host was
            # asked, even a regional one (api.eu.bfl.ai): any host of the base's domain is BFL's.
            domain = ".".join(self.base_host.split(".")[-2:])
            if "." in domain and host.endswith("." + domain):
                return url
        raise ProviderError(f"Provider {name!r} returned a polling_url on an unexpected host.")

    async def generate_image(self, call: UpstreamCall) -> ImageResult:
        """``n`` tasks at once (see module doc), each submitted, polled and downloaded."""
        aspect_ratio, image_size = image_config(call.body)
        width, height = image_dimensions(aspect_ratio, image_size, max_side=self.max_side, multiple=32)
        payload = {"prompt": prompt_text(call.body), "width": width, "height": height, "output_format": "png"}
        results = await gather_all([lambda: self._one_image(call, payload)] * requested_count(call.body))
        return ImageResult(images=[url for r in results for url in r.images], size_class=size_class_of(width, height))

    async def _one_image(self, call: UpstreamCall, payload: dict[str, Any]) -> ImageResult:
        """One task: submit, poll until ready (within the route's timeout), download the sample."""
        submitted = await self._json("POST", f"{self.base_url}/{call.upstream_model}", call, payload)
        polling_url = self._trusted_polling_url(submitted.get("polling_url") if isinstance(submitted, dict) else None)
        sample = await self._wait_for_sample(polling_url, call)
        image = await download(self.client, self.settings.name, sample, call, redactor=self.redactor)
        return ImageResult(images=[data_url(image)])

    async def _wait_for_sample(self, polling_url: str, call: UpstreamCall) -> str:
        name = self.settings.name
        deadline = time.monotonic() + call.timeout_s
        while True:
            result = await self._json("GET", polling_url, call)
            status = result.get("status") if isinstance(result, dict) else None
            if status == "Ready":
                sample = (result.get("result") or {}).get("sample")
                if not isinstance(sample, str) or not sample.startswith(("https://", "http://")):
                    raise ProviderError(f"Provider {name!r} reported Ready without a sample URL.")
                return sample
            if status in FAILED_STATUSES:
                raise ProviderError(f"Provider {name!r} did not generate the image: {self.redactor.scrub(status)}.",
                                    metadata={"provider": name})
            if time.monotonic() + self.poll_interval > deadline:
                raise ProviderTimeout(f"Provider {name!r} did not finish the image in time.",
                                      metadata={"provider": name})
            await asyncio.sleep(self.poll_interval)
