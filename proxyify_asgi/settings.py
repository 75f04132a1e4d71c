"""Configuration: frozen dataclasses loaded from TOML (``tomllib``) and validated up front.

The schema is DESIGN.md §3. Every mistake (unknown key, wrong type, bad value, dangling reference)
becomes one line of :class:`ConfigurationError` naming the file, the key path and what was expected,
so ``proxyify-asgi check-config`` can print them all at once. Secrets (``api_key``, key secrets) are
kept out of ``repr``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from proxyify_asgi._config_loader import ConfigurationError, build_dataclass, problems_outside
from proxyify_asgi.settings_keys import AccountSettings, ActiveHours, KeyPolicy, KeySettings, SpendLimits

__all__ = [
    "ActiveHours",
    "AccountSettings",
    "ConfigurationError",
    "GatewaySettings",
    "KeyPolicy",
    "KeySettings",
    "ModelSettings",
    "Price",
    "BreakerSettings",
    "ProviderSettings",
    "RateLimitSettings",
    "RouteSettings",
    "RoutingSettings",
    "ScreeningSettings",
    "Settings",
    "SpendLimits",
    "StorageSettings",
]

Modality = Literal["chat", "image", "video", "stt", "tts"]
MODALITIES: tuple[str, ...] = ("chat", "image", "video", "stt", "tts")


@dataclass(frozen=True, slots=True)
class GatewaySettings:
    """The ``[gateway]`` table."""

    usd_per_credit: Decimal = Decimal("0.001")
    envelope: Literal["proxyify", "openai"] = "proxyify"
    max_body_mb: Decimal = Decimal(25)
    trusted_proxies: tuple[str, ...] = ()
    country_header: str = "CF-IPCountry"
    geoip_db: str | None = None
    http_transport: Literal["aiohttp", "httpx"] = "aiohttp"
    public_paths: tuple[str, ...] = ("/healthz", "/metrics")
    reservation_ttl_s: int = 900
    shutdown_grace_s: int = 30
    body_timeout_s: int = 30
    """How long a request body may go without sending a byte before it is answered 408 (a client
    that declares more than it sends, or stalls, would otherwise hold the request for ever)."""
    """After a shutdown signal, how long a stream in flight may run on; one still running then
    ends with an error event (503) carrying what it cost. 0: streams end at once."""
    job_ttl_s: int = 86400
    """How long a video job may run: its credit hold lives this long (instead of
    ``reservation_ttl_s``), and a job not completed by then is failed as expired, never charged."""
    cors_origins: tuple[str, ...] = ()
    """Browser origins allowed to call the API cross-origin (``https://app.example``,
    ``https://*.example.com`` or ``"*"``); empty (default): no CORS headers at all, and a preflight
    is a keyless request like any other (401). See :mod:`proxyify_asgi.middleware.cors`."""

    @property
    def max_body_bytes(self) -> int:
        """The body limit in bytes."""
        return int(self.max_body_mb * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class StorageSettings:
    """The ``[storage]`` table: key store, ledger, jobs and cache back end, chosen by URI."""

    url: str = "sqlite:///./proxyify.db"


@dataclass(frozen=True, slots=True)
class RateLimitSettings:
    """The ``[rate_limits]`` table (``limits`` storage URI and strategy)."""

    storage: str = "memory://"
    default: str = "600/minute"
    strategy: Literal["moving-window", "fixed-window", "sliding-window-counter"] = "moving-window"
    by_ip_without_key: str = "60/minute"


@dataclass(frozen=True, slots=True)
class PromptShieldsSettings:
    """``[screening.prompt_shields]``: Azure AI Content Safety's Prompt Shields as a screener."""

    endpoint: str = ""
    """The Content Safety resource, e.g. ``https://NAME.cognitiveservices.azure.com``."""
    api_key: str | None = field(default=None, repr=False)
    api_key_env: str | None = "AZURE_CONTENT_SAFETY_KEY"
    api_version: str = "2024-09-01"
    timeout_s: Decimal = Decimal(5)
    max_calls: int = 8
    """Calls one request may take (10,000 characters of prompt and of documents each); a longer
    request fails screening (blocked unless ``fail_open``)."""

    def secret(self) -> str | None:
        """The key, from ``api_key`` or the environment variable ``api_key_env``."""
        if self.api_key:
            return self.api_key
        return os.environ.get(self.api_key_env) if self.api_key_env else None


@dataclass(frozen=True, slots=True)
class ScreeningSettings:
    """The ``[screening]`` table."""

    action: Literal["block", "flag", "off"] = "block"
    threshold: Decimal = Decimal("1.0")
    flag_from: Decimal | None = None
    """A second, lower score: requests from it up to ``threshold`` go through flagged (header and
    log), so a strict blocking threshold still shows what it lets pass. Unset: no such band."""
    fail_open: bool = False
    roles: tuple[str, ...] = ("user", "tool", "function")
    fields: tuple[str, ...] = ("messages", "prompt", "input")
    screeners: tuple[Literal["heuristic", "combined", "embeddings", "prompt_shields"], ...] = ("heuristic",)
    """Run in order; ``combined`` is the heuristic screener with a fine-tuned encoder's veto and
    rescue (instead of ``heuristic``; needs the weights package, loaded offline on first use),
    ``embeddings`` needs the ``embeddings`` extra (loaded offline, on first use),
    ``prompt_shields`` the ``[screening.prompt_shields]`` table."""
    embeddings_cut: Decimal | None = None
    """P(injection) at which the ``embeddings`` screener's classifier head blocks; unset: the
    shipped head's own cut (chosen by cross-validation for ≤ 1 % false positives)."""
    embeddings_similarity: Decimal = Decimal("0.55")
    """Only for the nearest-exemplar mode (``EmbeddingScreener(embed, head=None)`` from Python);
    the configured ``embeddings`` screener uses the classifier head and ignores it."""
    second_opinion: bool = True
    """The heuristic screener asks its lexical model about near misses (see screening/lexical.py)."""
    sure_opinion: bool = True
    """...and lets it block alone where it is sure (needs ``second_opinion``; costs about 100 µs
    per KB of text holding one of the model's heavy words)."""
    prompt_shields: PromptShieldsSettings = field(default_factory=PromptShieldsSettings)


@dataclass(frozen=True, slots=True)
class BreakerSettings:
    """``[routing.breaker]``: when a route's circuit opens, and for how long."""

    consecutive_failures: int = 5
    """Open after this many failures in a row."""
    failure_rate: Decimal = Decimal("0.5")
    """Or when this share of the last ``window`` outcomes failed (once ``min_requests`` were seen)."""
    window: int = 20
    min_requests: int = 10
    cooldown_s: Decimal = Decimal(10)
    """Seconds an open circuit waits before letting one probe request through."""
    max_hold_s: Decimal = Decimal(60)
    """Longest an upstream's ``Retry-After`` may keep a route out of rotation."""


@dataclass(frozen=True, slots=True)
class RoutingSettings:
    """The ``[routing]`` table: failover limits, circuit breaker, latency tracking, response cache."""

    deadline_s: Decimal = Decimal(120)
    """Total time one request may spend trying routes (for a stream: until its first chunk)."""
    max_attempts: int = 4
    """Retry budget: upstream attempts one request may make, across all routes."""
    max_retry_after_s: Decimal = Decimal(2)
    """An upstream ``Retry-After`` up to this long is waited out before retrying the same route."""
    latency_decay_s: Decimal = Decimal(10)
    """Time constant of the peak-EWMA latency estimate used by the ``latency`` strategy."""
    breaker: BreakerSettings = field(default_factory=BreakerSettings)
    cache_max_mb: Decimal = Decimal(64)
    """Byte cap of the in-memory response cache (least recently used entries go first)."""
    cache_hit_charge: Decimal = Decimal(0)
    """Share of the normal price a cached answer costs: 0 = free (default), 1 = full price."""


@dataclass(frozen=True, slots=True)
class ProviderSettings:
    """One ``[providers.NAME]`` table: an upstream account speaking one adapter's dialect."""

    name: str
    kind: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    api_key_env: str | None = None
    api_secret: str | None = field(default=None, repr=False)
    api_secret_env: str | None = None
    timeout_s: Decimal = Decimal(30)
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    options: dict[str, Any] = field(default_factory=dict)

    def secret(self) -> str | None:
        """The API key, from ``api_key`` or the environment variable ``api_key_env``."""
        if self.api_key:
            return self.api_key
        return os.environ.get(self.api_key_env) if self.api_key_env else None

    def secret2(self) -> str | None:
        """A second secret some dialects need (Kling's secret key)."""
        if self.api_secret:
            return self.api_secret
        return os.environ.get(self.api_secret_env) if self.api_secret_env else None


@dataclass(frozen=True, slots=True)
class Price:
    """USD prices of a model (or of one route); only those of its modality matter."""

    input_per_mtok: Decimal = Decimal(0)
    output_per_mtok: Decimal = Decimal(0)
    per_image: Decimal = Decimal(0)
    per_image_by_size: dict[str, Decimal] = field(default_factory=dict)
    per_second: Decimal = Decimal(0)
    per_minute: Decimal = Decimal(0)
    per_mchar: Decimal = Decimal(0)
    per_request: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class RouteSettings:
    """One way to serve a model: a provider and the model name the provider knows it by."""

    provider: str
    model: str
    weight: Decimal = Decimal(1)
    priority: int = 0
    timeout_s: Decimal | None = None
    max_retries: int = 0
    model_used: str | None = None
    price: Price | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """One ``[[models]]`` entry: the id clients ask for, its modality, price and routes."""

    id: str
    modality: Modality = "chat"
    price: Price = field(default_factory=Price)
    routes: tuple[RouteSettings, ...] = ()
    strategy: Literal["priority", "weighted", "latency", "cost", "least-busy"] = "priority"
    max_output_tokens: int = 4096
    max_image_tokens: int = 2500
    """Input tokens one image (or other non-text part) may be billed; the credit hold counts this
    many per part (README "Reservations"). Raise it for models that bill images as more tokens."""
    cache: bool = False
    cache_ttl_s: int = 300
    description: str = ""


@dataclass(frozen=True, slots=True)
class Settings:
    """The whole configuration. Build with :meth:`from_toml`, :meth:`from_dict` or :meth:`demo`."""

    gateway: GatewaySettings = field(default_factory=GatewaySettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    rate_limits: RateLimitSettings = field(default_factory=RateLimitSettings)
    screening: ScreeningSettings = field(default_factory=ScreeningSettings)
    routing: RoutingSettings = field(default_factory=RoutingSettings)
    providers: dict[str, ProviderSettings] = field(default_factory=dict)
    models: tuple[ModelSettings, ...] = ()
    accounts: tuple[AccountSettings, ...] = ()
    keys: tuple[KeySettings, ...] = ()
    source: str = field(default="<dict>", compare=False)
    _models_by_id: dict[str, ModelSettings] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_models_by_id", {m.id: m for m in self.models})

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "<dict>") -> Settings:
        """Validate a parsed TOML document; raise :class:`ConfigurationError` listing every problem."""
        data = dict(data)
        providers = data.get("providers")
        if isinstance(providers, dict):
            # The table name is the provider's name; carry it into the record.
            data["providers"] = {
                n: ({"name": n, **p} if isinstance(p, dict) else p) for n, p in providers.items()
            }
        settings, problems = build_dataclass(cls, data, skip=("source", "_models_by_id"))
        if settings is None:  # cannot happen (every Settings field has a default); fail closed anyway
            raise ConfigurationError(source, problems or [("", "invalid configuration")])
        # The value and reference checks run even when types were wrong (on defaults and
        # placeholders in their place), so one run reports every problem, not the first batch.
        problems += problems_outside(settings.reference_problems(), problems)
        if problems:
            raise ConfigurationError(source, problems)
        return _replace_source(settings, source)

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> Settings:
        """Load and validate a TOML file."""
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigurationError(str(p), [("", "file not found")]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(str(p), [("", f"not valid TOML: {exc}")]) from None
        return cls.from_dict(data, source=str(p))

    @classmethod
    def demo(cls, **overrides: Any) -> Settings:
        """The built-in demo configuration: every spec model on the offline ``demo`` provider."""
        from proxyify_asgi.demo_config import demo_settings_dict

        return cls.from_dict(demo_settings_dict(**overrides), source="<demo>")

    def model(self, model_id: str) -> ModelSettings | None:
        """The model configured under ``model_id``, if any."""
        return self._models_by_id.get(model_id)

    def reference_problems(self) -> list[tuple[str, str]]:
        """Cross-references the type checks cannot see: dangling names, duplicates, bad values."""
        problems: list[tuple[str, str]] = []
        seen: set[str] = set()
        for i, m in enumerate(self.models):
            if m.id in seen:
                problems.append((f"models[{i}].id", f"duplicate model id {m.id!r}"))
            seen.add(m.id)
            for j, r in enumerate(m.routes):
                if r.provider not in self.providers:
                    problems.append((
                        f"models[{i}].routes[{j}].provider",
                        f"names provider {r.provider!r}, which is not configured under [providers]",
                    ))
        accounts = {a.name for a in self.accounts}
        names: set[str] = set()
        for i, k in enumerate(self.keys):
            if k.name in names:
                problems.append((f"keys[{i}].name", f"duplicate key name {k.name!r}"))
            names.add(k.name)
            if k.account is not None and k.account not in accounts:
                problems.append((f"keys[{i}].account", f"names account {k.account!r}, which is not configured under [[accounts]]"))
            if k.account is not None and k.credits is not None:
                problems.append((f"keys[{i}].credits", "set either credits (the key's own account) or account (a shared one), not both"))
        if self.gateway.usd_per_credit <= 0:
            problems.append(("gateway.usd_per_credit", "expected a positive number"))
        if self.gateway.max_body_mb <= 0:
            problems.append(("gateway.max_body_mb", "expected a positive number"))
        from proxyify_asgi._config_checks import value_problems

        problems.extend(value_problems(self))
        return problems


def _replace_source(settings: Settings, source: str) -> Settings:
    object.__setattr__(settings, "source", source)
    return settings
