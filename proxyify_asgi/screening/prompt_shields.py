"""A hosted guard in the chain: Azure AI Content Safety's Prompt Shields.

``POST {endpoint}/contentsafety/text:shieldPrompt?api-version=2024-09-01`` with the key in
``Ocp-Apim-Subscription-Key`` takes ``{"userPrompt": "...", "documents": ["...", ...]}`` and
answers ``{"userPromptAnalysis": {"attackDetected": bool}, "documentsAnalysis":
[{"attackDetected": bool}, ...]}``, one analysis per document, in order. The user's own words go
in ``userPrompt`` (checked for jailbreaks), tool results and other data in ``documents`` (checked
for instructions hidden in data), as :class:`~proxyify_asgi.screening.extract.Texts` labels
them; a plain list of texts counts as the user's.

The service takes at most 10,000 characters of prompt and five documents of 10,000 characters
in all per call, so longer requests are cut into pieces that overlap by :data:`OVERLAP`
characters (an attack cut in two still lies whole in one piece) and screened in concurrent calls,
at most ``max_calls`` of them; a request that would need more is a screening failure, as is any
answer that is not a 200 with the documented body: the chain then blocks it, unless it fails
open. Neither the key nor the texts appear in errors or logs.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from proxyify_asgi.screening.extract import DOCUMENT, PROMPT
from proxyify_asgi.screening.verdict import CLEAN, Verdict

API_VERSION = "2024-09-01"
MAX_PROMPT_CHARS = 10_000
MAX_DOCUMENTS = 5
MAX_DOCUMENT_CHARS = 10_000
"""All documents of one call together."""
OVERLAP = 1_000
CATEGORY = "prompt_shields"


class PromptShieldsError(Exception):
    """The service could not give a verdict; the message names the cause, never the texts."""


@dataclass
class ShieldCall:
    """The body of one ``shieldPrompt`` call."""

    user_prompt: str = ""
    documents: list[str] = field(default_factory=list)

    def body(self) -> dict[str, object]:
        """The JSON body (fields left out when empty)."""
        out: dict[str, object] = {}
        if self.user_prompt:
            out["userPrompt"] = self.user_prompt
        if self.documents:
            out["documents"] = self.documents
        return out


def pieces(text: str, size: int, overlap: int = OVERLAP) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, each overlapping the next by ``overlap``."""
    if len(text) <= size:
        return [text] if text else []
    step = size - overlap
    return [text[i : i + size] for i in range(0, len(text) - overlap, step)]


def plan(texts: Sequence[str]) -> list[ShieldCall]:
    """The calls that screen ``texts`` within the service's limits: the user's texts joined into
    one prompt cut into pieces, the documents cut and packed five (or 10,000 characters) a call."""
    sources = list(getattr(texts, "sources", ()))
    sources += [PROMPT] * (len(texts) - len(sources))  # a plain list: the user's words
    prompt = "\n\n".join(t for t, source in zip(texts, sources) if t and source != DOCUMENT)
    documents = [t for t, source in zip(texts, sources) if source == DOCUMENT]
    groups: list[list[str]] = []
    size = 0
    for piece in (p for document in documents for p in pieces(document, MAX_DOCUMENT_CHARS)):
        if not groups or len(groups[-1]) == MAX_DOCUMENTS or size + len(piece) > MAX_DOCUMENT_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(piece)
        size += len(piece)
    prompts = pieces(prompt, MAX_PROMPT_CHARS)
    calls = [ShieldCall(user_prompt=p) for p in prompts]
    for i, group in enumerate(groups):
        if i < len(calls):
            calls[i].documents = group
        else:
            calls.append(ShieldCall(documents=group))
    return calls


class PromptShieldsScreener:
    """Screens texts with Prompt Shields; an attack found anywhere blocks (score +inf).

    ``endpoint``: the Content Safety resource, e.g. ``https://NAME.cognitiveservices.azure.com``.
    ``transport``: an httpx transport (tests); ``max_calls``: the most calls one request may take
    (longer requests fail screening rather than go partly unscreened).
    """

    def __init__(
        self,
        endpoint: str,
        api_key: str,
        *,
        api_version: str = API_VERSION,
        timeout_s: float = 5.0,
        max_calls: int = 8,
        name: str = CATEGORY,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not endpoint.startswith(("https://", "http://")):
            raise ValueError("endpoint must be an http(s) URL")
        if not api_key:
            raise ValueError("an API key is required")
        self.name = name
        self.max_calls = max_calls
        self._url = endpoint.rstrip("/") + "/contentsafety/text:shieldPrompt"
        self._params = {"api-version": api_version}
        self._client = httpx.AsyncClient(
            transport=transport, timeout=timeout_s, headers={"Ocp-Apim-Subscription-Key": api_key}
        )

    async def screen(self, texts: Sequence[str]) -> Verdict:
        """The verdict over all of ``texts`` (see the module docstring)."""
        calls = plan(texts)
        if not calls:
            return CLEAN
        if len(calls) > self.max_calls:
            raise PromptShieldsError(f"request needs {len(calls)} calls, more than max_calls={self.max_calls}")
        found = await asyncio.gather(*(self._call(call) for call in calls))
        reasons = sorted({reason for reasons in found for reason in reasons})
        return Verdict(math.inf, CATEGORY, tuple(reasons)) if reasons else CLEAN

    async def _call(self, call: ShieldCall) -> set[str]:
        """The attacks one call reports: ``prompt_shields.user_prompt``, ``.document``."""
        try:
            response = await self._client.post(self._url, params=self._params, json=call.body())
        except httpx.HTTPError as exc:
            raise PromptShieldsError(f"request failed: {type(exc).__name__}") from None
        if response.status_code != 200:
            raise PromptShieldsError(f"answered HTTP {response.status_code}")
        try:
            answer = response.json()
            out = set()
            if call.user_prompt and _attack(answer["userPromptAnalysis"]):
                out.add(f"{CATEGORY}.user_prompt")
            analyses = (answer.get("documentsAnalysis") or []) if call.documents else []
            if len(analyses) != len(call.documents):
                raise ValueError("one analysis per document expected")
            if any(_attack(a) for a in analyses):
                out.add(f"{CATEGORY}.document")
        except (ValueError, KeyError, TypeError) as exc:
            raise PromptShieldsError(f"unexpected answer: {type(exc).__name__}") from None
        return out

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._client.aclose()


def _attack(analysis: object) -> bool:
    """``analysis["attackDetected"]``, which must be a boolean."""
    if not isinstance(analysis, dict) or not isinstance(analysis.get("attackDetected"), bool):
        raise ValueError("attackDetected missing")
    return analysis["attackDetected"]
