"""The scrubber every relayed upstream text goes through: known secrets, credential-shaped tokens,
the length cap; plus the cap on client strings echoed in errors."""

from __future__ import annotations

import pytest

from proxyify_asgi.errors import ProviderError, clip
from proxyify_asgi.providers._redact import MAX_RELAYED_CHARS, REDACTED, SCAN_LIMIT, Redactor
from proxyify_asgi.providers.anthropic import _StreamTranslator
from proxyify_asgi.providers.base import decode_json, provider_error
from proxyify_asgi.providers.gemini import _stream_error
from proxyify_asgi.restrictions.model import model_denial
from proxyify_asgi.restrictions.origin import origin_denial
from proxyify_asgi.settings import ProviderSettings

KEY = "gw-provider-key-7f3Qz"  # no well-known prefix: only the exact match can catch it


def test_configured_secrets_are_replaced_wherever_they_occur() -> None:
    text = Redactor([KEY]).scrub(f"key {KEY} rejected; retry with{KEY}x")
    assert KEY not in text
    assert text == f"key {REDACTED} rejected; retry with{REDACTED}x"


def test_a_short_placeholder_key_is_only_replaced_as_a_whole_word() -> None:
    redactor = Redactor(["ollama", "x"])
    assert redactor.scrub("ollama rejected key x; see ollama.com, max 2 tokens for ollamas") == (
        f"{REDACTED} rejected key {REDACTED}; see {REDACTED}.com, max 2 tokens for ollamas")


def test_a_secret_containing_another_is_replaced_whole() -> None:
    assert Redactor(["abcd1234", "abcd1234-extra"]).scrub("abcd1234-extra") == REDACTED


@pytest.mark.parametrize(("text", "secret_part"), [
    ("Incorrect API key provided: sk-proj-Abc123xyz789. See docs.", "Abc123xyz789"),
    ("Incorrect API key provided: sk-proj-****************WxYz.", "WxYz"),
    ("bad key sk_live_51HqLyjWDarjtT1zdp7dc", "51HqLyjWDarjtT1zdp7dc"),
    ("client key pk-bob-audit9-secret was used", "bob-audit9-secret"),
    ("header was Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhIn0.c2lnbmF0dXJl", "eyJhbGci"),
    ("header was bearer abc.def", "abc.def"),
    ("proxy wanted Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA"),
    ("GET /v1/models?key=AIzaSyD-1234567890abcdefghijklmnop&alt=sse failed", "1234567890"),
    ("url https://x.example/cb?api_key=hunter2&token=t0k3n failed", "hunter2"),
    ("url https://x.example/cb?api_key=hunter2&token=t0k3n failed", "t0k3n"),
    ('body {"api_key": "hunter2", "model": "gpt"}', "hunter2"),
    ("request signed with 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", "9f86d081884c7d659a2feaa0c55ad015"),
    ("session dGhpcyBpcyBhIHNlY3JldCB0b2tlbjEy rejected", "dGhpcyBpcyBhIHNlY3JldCB0b2tlbjEy"),
])
def test_credential_shaped_tokens_are_replaced(text: str, secret_part: str) -> None:
    scrubbed = Redactor().scrub(text)
    assert secret_part not in scrubbed
    assert REDACTED in scrubbed


@pytest.mark.parametrize("text", [
    "The model `claude-3-5-sonnet-20241022` does not exist or you do not have access to it.",
    "Invalid 'messages[0].content': expected a string. Job 123e4567-e89b-12d3-a456-426614174000 failed.",
    "Rate limit reached for gpt-4o-mini in organization on tokens per min (TPM): Limit 200000.",
    "task-status: risk-free workload, please retry",
    "Token limit exceeded for the basic tier; see Basic information.",
])
def test_ordinary_error_text_is_kept(text: str) -> None:
    assert Redactor([KEY]).scrub(text) == text


def test_relayed_text_is_cut_after_scrubbing() -> None:
    # The secret straddles the cut: scrubbing first means no fragment of it survives the cut.
    text = "x" * (MAX_RELAYED_CHARS - 5) + KEY + "y" * 500
    scrubbed = Redactor([KEY]).scrub(text)
    assert len(scrubbed) == MAX_RELAYED_CHARS + 1 and scrubbed.endswith("…")
    assert KEY[:5] not in scrubbed
    assert scrubbed.startswith("x" * (MAX_RELAYED_CHARS - 5) + REDACTED[:5])


def test_only_a_bounded_head_is_scrubbed_and_no_secret_straddles_its_cut() -> None:
    # 14 copies of a 300-character key overrun SCAN_LIMIT inside the 14th copy; scrubbed, the first
    # 13 shrink to 143 characters, so a fragment of the 14th left at the cut would be shown.
    long_key = "plainsecret-" * 25
    text = (long_key + " ") * 14
    assert len(text) > SCAN_LIMIT > text.rfind(long_key)
    scrubbed = Redactor([long_key]).scrub(text)
    assert "plainsecret" not in scrubbed
    fragment = long_key[: SCAN_LIMIT - 13 * (len(long_key) + 1)]
    assert scrubbed == ((REDACTED + " ") * 13 + fragment)[: -len(long_key)] + "…"


def test_for_providers_knows_keys_second_secrets_env_keys_and_auth_headers(monkeypatch) -> None:
    monkeypatch.setenv("FIX9A_TEST_KEY", "env-held-key-0042")
    providers = [
        ProviderSettings(name="a", kind="openai", api_key="key-of-a-0001"),
        ProviderSettings(name="k", kind="kling", api_key="kling-access-0001", api_secret="kling-secret-0002"),
        ProviderSettings(name="e", kind="openai", api_key_env="FIX9A_TEST_KEY"),
        ProviderSettings(name="h", kind="openai", headers={
            "api-key": "azure-style-0003", "X-Custom-Auth": "Token custom-token-0004", "HTTP-Referer": "https://me.example",
        }),
    ]
    text = ("key-of-a-0001 kling-access-0001 kling-secret-0002 env-held-key-0042 azure-style-0003 "
            "custom-token-0004 https://me.example")
    assert Redactor.for_providers(providers).scrub(text) == " ".join([REDACTED] * 6) + " https://me.example"


def test_provider_error_scrubs_the_upstream_message_and_names_provider_and_status() -> None:
    body = b'{"error": {"message": "Incorrect API key provided: ' + KEY.encode() + b'", "type": "invalid_request_error"}}'
    exc = provider_error("fake", 401, {}, body, Redactor([KEY]))
    assert KEY not in exc.message
    assert exc.message == f"Provider 'fake' returned HTTP 401: Incorrect API key provided: {REDACTED}"
    assert exc.metadata == {"provider": "fake", "provider_status": 401}


def test_a_body_that_is_not_json_names_provider_and_status() -> None:
    with pytest.raises(ProviderError) as caught:
        decode_json("fake", b"<html>oops</html>", 200)
    assert caught.value.metadata == {"provider": "fake", "provider_status": 200}
    assert caught.value.upstream_status is None  # a broken 200 stays retryable


def test_anthropic_and_gemini_stream_errors_are_scrubbed() -> None:
    redactor = Redactor([KEY])
    with pytest.raises(ProviderError) as caught:
        _StreamTranslator("claude", "m", redactor).feed(
            {"type": "error", "error": {"type": "overloaded_error", "message": f"key {KEY} overloaded"}})
    assert KEY not in caught.value.message and REDACTED in caught.value.message
    exc = _stream_error("gem", {"error": {"code": 400, "message": f"API key not valid: {KEY}"}}, redactor)
    assert KEY not in exc.message and REDACTED in exc.message


def test_echoed_client_strings_are_capped_at_100_characters() -> None:
    assert clip("a" * 100) == "a" * 100
    assert clip("a" * 100_000) == "a" * 100 + "…"
    assert len(model_denial("m" * 100_000, ["openai/*"], [])) < 150
    assert len(origin_denial("https://" + "o" * 100_000, ["https://a.example"], False)) < 150
