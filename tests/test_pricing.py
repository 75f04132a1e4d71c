"""Money: Decimal prices → cost → whole credits, never floats."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from proxyify_asgi.pricing import (
    chat_cost,
    credits_to_usd,
    image_cost,
    max_chat_cost,
    prompt_token_bound,
    stt_cost,
    to_credits,
    tts_cost,
)
from proxyify_asgi.settings import ModelSettings, Price

PER_CREDIT = Decimal("0.001")


def test_eight_cents_is_eighty_credits_not_eighty_one():
    # 0.08 / 0.001 in binary floating point is 80.00000000000001, whose ceiling would be 81.
    assert to_credits(Decimal("0.08"), PER_CREDIT) == 80
    assert credits_to_usd(80, PER_CREDIT) == Decimal("0.08")


def test_any_fraction_of_a_credit_rounds_up_and_zero_stays_zero():
    assert to_credits(Decimal("0.0000001"), PER_CREDIT) == 1
    assert to_credits(Decimal("0.0010001"), PER_CREDIT) == 2
    assert to_credits(Decimal(0), PER_CREDIT) == 0


def test_chat_cost_is_exact():
    price = Price(input_per_mtok=Decimal("2.5"), output_per_mtok=Decimal("10"))
    assert chat_cost(price, 120, 80) == Decimal("0.0011")  # 0.0003 + 0.0008


def test_modality_costs():
    price = Price(per_image=Decimal("0.04"), per_image_by_size={"2K": Decimal("0.08")},
                  per_minute=Decimal("0.006"), per_mchar=Decimal("15"))
    assert image_cost(price, 2) == Decimal("0.08")
    assert image_cost(price, 1, "2K") == Decimal("0.08")
    assert image_cost(price, 1, "4K") == Decimal("0.04")  # unpriced size falls back to per_image
    assert stt_cost(price, Decimal("9.2")) == Decimal("0.00092")
    assert tts_cost(price, 26) == Decimal("0.00039")


def test_reservation_covers_prompt_and_output_cap():
    model = ModelSettings(id="m", price=Price(input_per_mtok=Decimal(1), output_per_mtok=Decimal(1)), max_output_tokens=100)
    body = {"messages": [{"role": "user", "content": "x" * 300}], "max_tokens": 50}
    # the prompt is held at its bytes (no tokenizer makes more tokens than bytes) plus framing
    assert Decimal(300 + 50) / 1_000_000 <= max_chat_cost(model, body) <= Decimal(300 + 64 + 50) / 1_000_000
    body["max_tokens"] = 10_000  # capped by the model
    assert max_chat_cost(model, body) <= Decimal(300 + 64 + 100) / 1_000_000


def test_the_prompt_bound_counts_everything_the_model_reads():
    """Images, tool definitions, tool calls and names cost input tokens: the hold counts them all
    (the audit's 2,000-token image URL was held at 34 credits and settled at 2,024)."""
    text_only = {"messages": [{"role": "user", "content": [{"type": "text", "text": "describe"}]}]}
    with_image = {"messages": [{"role": "user", "content": [
        {"type": "text", "text": "describe"},
        {"type": "image_url", "image_url": {"url": "https://example.com/x.png?" + "a " * 2000}},
    ]}]}
    fields = len('type') + len('image_url')  # the part's own field, beside the media it names
    assert prompt_token_bound(with_image, 2500) - prompt_token_bound(text_only, 2500) == 2500 + fields
    assert prompt_token_bound(with_image, 40_000) - prompt_token_bound(text_only, 40_000) == 40_000 + fields
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object",
              "properties": {"q": {"type": "string", "description": "d" * 5000}}}}}]
    assert prompt_token_bound({**text_only, "tools": tools}, 0) > prompt_token_bound(text_only, 0) + 5000
    call = {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\": \"" + "z" * 3000 + "\"}"}}]}
    assert prompt_token_bound({"messages": [call]}, 0) > 3000


def test_every_field_of_a_content_part_counts_not_only_text():
    """Audit 12: an image part with ``"text": ""`` was held as text (0 tokens) whatever its URL
    held, and a text part's extra fields were ignored; a lenient upstream bills them."""
    words = " ".join(["w"] * 400)
    image_with_empty_text = {"type": "image_url", "image_url": {"url": "http://x/" + words}, "text": ""}
    image_with_text = {"type": "image_url", "image_url": {"url": "http://x/"}, "text": words}
    text_with_junk = {"type": "text", "text": "hi", "junk": words}

    def bound(part: dict) -> int:
        return prompt_token_bound({"messages": [{"role": "user", "content": [part]}]}, 2500)

    assert bound(image_with_empty_text) >= 2500
    assert bound(image_with_text) >= 2500 + len(words)
    assert bound(text_with_junk) >= len(words)
    # the media payload itself (a base64 data URL) is billed by size, not counted by bytes
    data_url = {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 100_000}}
    assert bound(data_url) < 2600


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=30))
def test_the_prompt_bound_is_at_least_the_bytes_of_every_string(messages):
    """Whatever the shape, every string in the messages counts in full (strings inside
    non-text parts are replaced by the part's media figure, which is checked above)."""
    body = {"messages": [{"role": "user", "content": "", "extra": messages}]}
    strings = []
    stack = [messages]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings.append(item)
        elif isinstance(item, dict):
            strings += list(item)
            stack += list(item.values())
        elif isinstance(item, list):
            stack += item
    assert prompt_token_bound(body, 0) >= sum(len(s.encode()) for s in strings)


def test_a_deeply_nested_body_is_counted_without_recursion():
    deep: object = "x"
    for _ in range(5000):
        deep = [deep]
    assert prompt_token_bound({"messages": [{"role": "user", "content": "", "extra": deep}]}, 0) >= 1
