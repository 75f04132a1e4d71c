"""A linear classifier head over sentence embeddings: P(injection) for each embedded chunk.

The shipped head (:data:`HEAD_FILE`) is a logistic regression over the normalised
all-MiniLM-L6-v2 embeddings of the screening corpus's ``dev`` and ``train`` rows, made by
``python -m tests.data.train_embeddings_head`` (deterministic given the embeddings; embedding
the corpus takes minutes on a CPU, so the suite checks the file's provenance, not a refit). Its
``cut`` is the probability at which the screener blocks, chosen by five-fold cross-validation on
those rows for a false-positive rate of at most 1 % on their benign rows; the held-out splits
played no part in fitting it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

HEAD_FILE = Path(__file__).with_name("data") / "minilm_head.json"


@dataclass(frozen=True)
class LinearHead:
    """``sigmoid(vectors @ weights + bias)``, with the probability ``cut`` at which to block."""

    weights: np.ndarray
    bias: float
    cut: float
    provenance: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.weights.ndim != 1 or not self.weights.size:
            raise ValueError("weights must be a non-empty vector")
        if not 0 < self.cut < 1:
            raise ValueError("cut must be a probability in (0, 1)")

    @property
    def dim(self) -> int:
        """The embedding size the head reads."""
        return int(self.weights.shape[0])

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """P(injection) for each row of ``vectors`` (normalised embeddings)."""
        logits = np.clip(vectors @ self.weights + self.bias, -30.0, 30.0)
        return 1.0 / (1.0 + np.exp(-logits))

    def to_json(self) -> str:
        """The file format: weights rounded to 6 decimals, provenance first for readers."""
        payload = {
            "provenance": self.provenance,
            "cut": round(self.cut, 6),
            "bias": round(self.bias, 6),
            "weights": [round(float(w), 6) for w in self.weights],
        }
        return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LinearHead:
        """Parse :meth:`to_json`'s format."""
        data = json.loads(text)
        return cls(
            weights=np.asarray(data["weights"], dtype=np.float32),
            bias=float(data["bias"]),
            cut=float(data["cut"]),
            provenance=dict(data.get("provenance", {})),
        )

    @classmethod
    def load(cls, path: Path = HEAD_FILE) -> LinearHead:
        """The head in ``path`` (by default the shipped all-MiniLM-L6-v2 head)."""
        return cls.from_json(path.read_text(encoding="utf-8"))
