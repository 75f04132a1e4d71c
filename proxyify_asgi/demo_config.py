"""The built-in demo configuration: every model id the spec names, served offline by ``demo``.

Prices are the public list prices of the real models (USD), so demo answers show realistic costs.
"""

from __future__ import annotations

from typing import Any

DEMO_KEY = "pk-demo-proxyify-local-only"
"""The demo key's secret. It is public by design: demo mode listens on 127.0.0.1 and spends play credits."""

CHAT_MODELS: dict[str, dict[str, float]] = {
    "openai/gpt-4o": {"input_per_mtok": 2.5, "output_per_mtok": 10.0},
    "openai/gpt-4o-mini": {"input_per_mtok": 0.15, "output_per_mtok": 0.6},
    "anthropic/claude-sonnet-4.5": {"input_per_mtok": 3.0, "output_per_mtok": 15.0},
    "google/gemini-2.5-flash": {"input_per_mtok": 0.3, "output_per_mtok": 2.5},
}
IMAGE_MODELS: dict[str, dict[str, Any]] = {
    "black-forest-labs/flux-1.1-pro": {
        "per_image": 0.04, "per_image_by_size": {"1K": 0.04, "2K": 0.08, "4K": 0.16},
    },
}
VIDEO_MODELS: dict[str, dict[str, float]] = {
    "kling/kling-video-v3-pro": {"per_second": 0.1344},
}
STT_MODELS: dict[str, dict[str, float]] = {
    "openai/whisper-1": {"per_minute": 0.006},
    "openai/whisper-large-v3": {"per_minute": 0.006},
    "openai/whisper-large-v3-turbo": {"per_minute": 0.004},
    "openai/gpt-4o-transcribe": {"per_minute": 0.006},
    "openai/gpt-4o-mini-transcribe": {"per_minute": 0.003},
    "google/chirp-3": {"per_minute": 0.016},
}
TTS_MODELS: dict[str, dict[str, float]] = {
    "openai/gpt-4o-mini-tts": {"per_mchar": 15.0},
    "google/gemini-3.1-flash-tts-preview": {"per_mchar": 10.0},
    "mistralai/voxtral-mini-tts": {"per_mchar": 12.0},
    "hexgrad/kokoro-82m": {"per_mchar": 0.8},
    "sesame/csm-1b": {"per_mchar": 5.0},
}


def demo_models() -> list[dict[str, Any]]:
    """``[[models]]`` entries for every demo model id, each routed to the ``demo`` provider."""
    groups = (
        ("chat", CHAT_MODELS), ("image", IMAGE_MODELS), ("video", VIDEO_MODELS),
        ("stt", STT_MODELS), ("tts", TTS_MODELS),
    )
    return [
        {
            "id": model_id,
            "modality": modality,
            "price": price,
            "routes": [{"provider": "demo", "model": model_id}],
        }
        for modality, models in groups
        for model_id, price in models.items()
    ]


def demo_settings_dict(**overrides: Any) -> dict[str, Any]:
    """The demo configuration as a TOML-shaped dict; ``overrides`` replace top-level tables."""
    data: dict[str, Any] = {
        "gateway": {"usd_per_credit": 0.001},
        "storage": {"url": "sqlite:///./proxyify.db"},
        "providers": {"demo": {"kind": "demo"}},
        "models": demo_models(),
        "keys": [{"name": "demo", "key": DEMO_KEY, "credits": 1_000_000}],
    }
    data.update(overrides)
    return data
