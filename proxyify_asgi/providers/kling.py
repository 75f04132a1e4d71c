"""Kling AI text-to-video: JWT (HS256) from an access key and a secret key, task submit and query.

Wire format: ``POST {base_url}/videos/text2video`` with ``{"model_name", "prompt", "duration",
"aspect_ratio", "mode"}`` → ``{"code": 0, "data": {"task_id", "task_status"}}``;
``GET {base_url}/videos/text2video/{task_id}`` → ``data.task_status`` ``submitted`` | ``processing``
| ``succeed`` | ``failed`` and, when done, ``data.task_result.videos[0].url`` / ``.duration``. A
non-zero ``code`` is an error even under HTTP 200. Configure ``api_key`` (access key) and
``api_secret`` (secret key), or their ``*_env`` variants.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

import httpx
import orjson

from proxyify_asgi.errors import ProviderError
from proxyify_asgi.providers.base import (
    ProviderAdapter,
    UpstreamCall,
    VideoStatus,
    VideoSubmission,
    decode_json,
    provider_error,
    transport_error,
)
from proxyify_asgi.settings import ProviderSettings

TASK_STATUSES = {"submitted": "pending", "processing": "processing", "succeed": "completed", "failed": "failed"}
TOKEN_TTL_S = 1800


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def kling_token(access_key: str, secret_key: str, now: float | None = None) -> str:
    """A Kling API token: JWT HS256, ``iss`` the access key, valid 30 min from 5 s ago."""
    issued = int(time.time() if now is None else now)
    header = _b64url(orjson.dumps({"alg": "HS256", "typ": "JWT"}))
    payload = _b64url(orjson.dumps({"iss": access_key, "exp": issued + TOKEN_TTL_S, "nbf": issued - 5}))
    signing_input = f"{header}.{payload}".encode()
    signature = hmac.new(secret_key.encode(), signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url(signature)}"


class KlingAdapter(ProviderAdapter):
    """Video jobs on Kling's official API."""

    kind: ClassVar[str] = "kling"
    # Every request is signed with a token made from both keys (see kling_token).
    required_settings: ClassVar[tuple[tuple[str, ...], ...]] = (("api_key", "api_key_env"), ("api_secret", "api_secret_env"))
    default_base_url: ClassVar[str] = "https://api-singapore.klingai.com/v1"

    def __init__(self, settings: ProviderSettings, client: httpx.AsyncClient) -> None:
        super().__init__(settings, client)
        self.base_url = (settings.base_url or self.default_base_url).rstrip("/")

    def _headers(self) -> dict[str, str]:
        access, secret = self.settings.secret(), self.settings.secret2()
        if not access or not secret:
            raise ProviderError(f"Provider {self.settings.name!r} has no access key and secret key configured.")
        return {"content-type": "application/json", **self.settings.headers,
                "authorization": f"Bearer {kling_token(access, secret)}"}

    async def _request(self, method: str, path: str, call: UpstreamCall, payload: Any = None) -> dict[str, Any]:
        name = self.settings.name
        content = orjson.dumps(payload) if payload is not None else None
        try:
            response = await self.client.request(method, self.base_url + path, content=content,
                                                 headers=self._headers(), timeout=call.timeout_s)
        except httpx.HTTPError as exc:
            raise transport_error(name, exc) from None
        if response.status_code >= 400:
            raise provider_error(name, response.status_code, response.headers, response.content, self.redactor)
        data = decode_json(name, response.content, response.status_code)
        if not isinstance(data, dict) or data.get("code") != 0 or not isinstance(data.get("data"), dict):
            raise provider_error(name, 502, response.headers, response.content, self.redactor)
        return data["data"]

    async def submit_video(self, call: UpstreamCall) -> VideoSubmission:
        """Create a text2video task."""
        body = call.body
        payload: dict[str, Any] = {
            "model_name": call.upstream_model,
            "prompt": body["prompt"],
            "duration": str(body.get("duration") or self.video_default_seconds),
            "aspect_ratio": body.get("aspect_ratio") or "16:9",
            "mode": "pro" if body.get("resolution") in ("1080p",) else "std",
        }
        data = await self._request("POST", "/videos/text2video", call, payload)
        task_id = data.get("task_id")
        if not isinstance(task_id, str) or not task_id:
            raise ProviderError(f"Provider {self.settings.name!r} returned no task id.")
        return VideoSubmission(upstream_job_id=task_id)

    async def poll_video(self, call: UpstreamCall, upstream_job_id: str) -> VideoStatus:
        """Query the task; a finished task carries the video URL and its real duration."""
        data = await self._request("GET", f"/videos/text2video/{upstream_job_id}", call)
        status = TASK_STATUSES.get(data.get("task_status"))
        if status is None:
            raise ProviderError(f"Provider {self.settings.name!r} returned an unknown task status.")
        if status == "failed":
            return VideoStatus(status="failed", error=self.redactor.scrub(data.get("task_status_msg") or "failed"))
        if status != "completed":
            return VideoStatus(status=status)  # type: ignore[arg-type]
        videos = (data.get("task_result") or {}).get("videos") or []
        video = videos[0] if videos and isinstance(videos[0], dict) else {}
        url = video.get("url")
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise ProviderError(f"Provider {self.settings.name!r} reported success without a video URL.")
        try:
            duration = Decimal(str(video["duration"])) if video.get("duration") is not None else None
        except InvalidOperation:
            duration = None
        return VideoStatus(status="completed", video_url=url, duration_seconds=duration)
