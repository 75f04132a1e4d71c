"""Money: Decimal prices → cost → whole credits, never floats."""

from __future__ import annotations

from decimal import Decimal

from proxyify_asgi.pricing import chat_cost, credits_to_usd, image_cost, max_chat_cost, stt_cost, to_credits, tts_cost
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
    assert max_chat_cost(model, body) >= Decimal(100 + 50) / 1_000_000  # ≥ ~100 prompt tokens + 50
    body["max_tokens"] = 10_000  # capped by the model
    assert max_chat_cost(model, body) <= Decimal(300 + 100) / 1_000_000
