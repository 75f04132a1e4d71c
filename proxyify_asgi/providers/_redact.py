"""Scrubbing upstream text before the client sees it.

Upstreams put odd things in their error messages: OpenAI's 401 quotes the key it was sent
("Incorrect API key provided: sk-..."), proxies echo the ``Authorization`` header, failing apps
print request URLs with ``?key=...``. Any upstream text the gateway relays to a client (an error
message, a failed job's reason) goes through :meth:`Redactor.scrub` first, which fails closed:

- every provider secret the gateway is configured with is replaced wherever it occurs;
- so is anything credential-shaped: ``Bearer <token>``, ``sk-``/``pk-``/``rk-`` style keys,
  ``key=``/``token=``-style query or form values (and their JSON ``"api_key": "..."`` form), and
  long random-looking tokens (24+ characters of hex, or of base64 mixing upper case, lower case
  and digits);
- and the result is cut to :data:`MAX_RELAYED_CHARS` (after scrubbing, so no cut can leave a
  fragment of a secret that no longer matches). Only the first :data:`SCAN_LIMIT` characters are
  scrubbed at all, less a tail that could hold the cut-off start of a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proxyify_asgi.errors import clip
from proxyify_asgi.settings import ProviderSettings

REDACTED = "[redacted]"
MAX_RELAYED_CHARS = 200
"""The most characters of upstream text a client is shown."""
SCAN_LIMIT = 4096
"""The most characters of upstream text scrubbed (an upstream may send megabytes of error)."""

_BEARER = re.compile(r"\b(bearer)\s+[^\s\"',;)\]}]+", re.IGNORECASE)
_BASIC = re.compile(r"\b(Basic)\s+([A-Za-z0-9+/]{8,}={0,2})")
_PREFIXED_KEY = re.compile(r"\b(?:sk|pk|rk)[-_][A-Za-z0-9_\-.*]{6,}|\bAIza[A-Za-z0-9_\-]{20,}")
_CREDENTIAL_NAMES = r"(?:api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|client[_-]?secret|password|sig|signature)"
_QUERY_VALUE = re.compile(rf"\b({_CREDENTIAL_NAMES})=[^\s&\"',;)\]}}]+", re.IGNORECASE)
_JSON_VALUE = re.compile(rf"(\"{_CREDENTIAL_NAMES}\"\s*:\s*)\"[^\"]*\"", re.IGNORECASE)
LONG_TOKEN_CHARS = 24
SHORT_SECRET_CHARS = 8
_LONG_TOKEN = re.compile(rf"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{{{LONG_TOKEN_CHARS},}}={{0,2}}")
_HEX = re.compile(r"[0-9a-fA-F]+")
_SECRET_HEADER = re.compile(r"auth|key|token|secret|signature", re.IGNORECASE)


def _secret_pattern(secret: str) -> str:
    """A configured secret, matched anywhere; a short one (a local server's placeholder key like
    ``ollama`` or ``EMPTY``) only as a whole word, so it does not shred every message."""
    if len(secret) >= SHORT_SECRET_CHARS:
        return re.escape(secret)
    return rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])"


def _looks_random(token: str) -> bool:
    """Hex, or a mix of upper case, lower case and digits: a key, not a word or a model name
    (``claude-3-5-sonnet-20241022`` and UUIDs have no upper case and are kept)."""
    bare = token.rstrip("=")
    if _HEX.fullmatch(bare):
        return True
    return any(c.isupper() for c in bare) and any(c.islower() for c in bare) and any(c.isdigit() for c in bare)


def _long_token(match: re.Match[str]) -> str:
    return REDACTED if _looks_random(match[0]) else match[0]


def _basic_credentials(match: re.Match[str]) -> str:
    """``Basic <base64>``, not "Basic information": base64 of ``user:password`` has a digit,
    ``+/=`` or a capital after its first character."""
    token = match[2]
    if any(c.isdigit() or c.isupper() or c in "+/=" for c in token[1:]):
        return f"{match[1]} {REDACTED}"
    return match[0]


class Redactor:
    """Replaces known secrets and credential-shaped tokens in text with ``[redacted]``.

    Built from the secrets of the providers the gateway is configured with (see
    :meth:`for_providers`); immutable, so one instance is shared by every adapter of a router.
    """

    __slots__ = ("_fragment_chars", "_secrets")

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        # Longest first, so a secret that contains another is replaced whole.
        unique = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._secrets = re.compile("|".join(map(_secret_pattern, unique))) if unique else None
        # A cut-off start of a known secret is shorter than it; of a long token, shorter than 24
        # characters (or the token pattern would still match it).
        self._fragment_chars = max([LONG_TOKEN_CHARS, *map(len, unique)])

    @classmethod
    def for_providers(cls, providers: Iterable[ProviderSettings]) -> Redactor:
        """A redactor for every secret the given providers hold: API keys, second secrets
        (Kling's secret key), and credential-like header values (``Authorization``, ``api-key``...)."""
        secrets: list[str | None] = []
        for provider in providers:
            secrets += [provider.secret(), provider.secret2()]
            for name, value in provider.headers.items():
                if _SECRET_HEADER.search(name) and value.strip():
                    secrets += [value, value.split()[-1]]  # "Bearer abc": the token alone too
        return cls(secrets)

    def scrub(self, text: object, limit: int = MAX_RELAYED_CHARS) -> str:
        """``text`` with every secret and credential-shaped token replaced, then cut to ``limit``
        characters ("…" marks a cut)."""
        text = str(text)
        too_long = len(text) > SCAN_LIMIT
        if too_long:
            text = text[:SCAN_LIMIT]
        if self._secrets is not None:
            text = self._secrets.sub(REDACTED, text)
        text = _BEARER.sub(lambda m: f"{m[1]} {REDACTED}", text)
        text = _BASIC.sub(_basic_credentials, text)
        text = _PREFIXED_KEY.sub(REDACTED, text)
        text = _QUERY_VALUE.sub(lambda m: f"{m[1]}={REDACTED}", text)
        text = _JSON_VALUE.sub(lambda m: f'{m[1]}"{REDACTED}"', text)
        text = _LONG_TOKEN.sub(_long_token, text)
        if too_long:
            # The cut may have left the start of a secret or token at the end, too short to be
            # recognised: drop as many characters as the longest thing that could be one.
            text = text[: -self._fragment_chars] + "…"
        return clip(text, limit)
