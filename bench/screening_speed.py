"""Screening speed of this tree against a git ref, side by side in one process.

The machine is shared and its speed drifts from minute to minute, so the two screeners are timed
alternately, sample by sample, on the cases of ``screening_eval.py`` (1 KB ordinary,
hard-negative and attack prompts: medians; 1 MB prompts: best of 3). The ref's package is
exported with ``git archive`` and imported under another name.

    python bench/screening_speed.py --base main [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.screening_eval import load, timing_cases  # noqa: E402
from proxyify_asgi.screening.heuristic import HeuristicScreener  # noqa: E402

_BASE_PACKAGE = "proxyify_base"


def _base_screener_class(ref: str, into: Path) -> type:
    """``HeuristicScreener`` of ``ref``, its package exported into ``into`` and renamed."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "proxyify_asgi"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    package = into / _BASE_PACKAGE
    (into / "proxyify_asgi").rename(package)
    for source in package.rglob("*.py"):
        source.write_text(source.read_text(encoding="utf-8").replace("proxyify_asgi", _BASE_PACKAGE), encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module(f"{_BASE_PACKAGE}.screening.heuristic").HeuristicScreener


def _paired(base, ours, texts: list[str], samples: int) -> tuple[list[float], list[float], tuple[float, float]]:  # noqa: ANN001
    """Alternate timings of ``base`` and ``ours`` on ``texts``, and their scores of the last text."""
    a: list[float] = []
    b: list[float] = []
    scores = (0.0, 0.0)
    for _ in range(max(1, samples // len(texts))):
        for text in texts:
            start = time.perf_counter()
            base_score = base.check([text]).score
            a.append(time.perf_counter() - start)
            start = time.perf_counter()
            our_score = ours.check([text]).score
            b.append(time.perf_counter() - start)
            scores = (base_score, our_score)
    return a, b, scores


def main() -> None:
    """Print one line per case: the ref's figure, this tree's, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git ref to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="runs of every case (medians of their medians)")
    args = parser.parse_args()
    rows = load()
    small, large = timing_cases(rows)
    with tempfile.TemporaryDirectory() as tmp:
        base, ours = _base_screener_class(args.base, Path(tmp))(), HeuristicScreener()
        print(f"| case | {args.base} | this tree | ratio | score ({args.base} / this tree) |\n|---|---:|---:|---:|---:|")
        for name, texts in small.items():
            runs = [_paired(base, ours, texts, 2000) for _ in range(args.rounds)]
            a = statistics.median(statistics.median(r[0]) for r in runs) * 1e6
            b = statistics.median(statistics.median(r[1]) for r in runs) * 1e6
            print(f"| {name} | {a:.0f} | {b:.0f} | {b / a:.2f} | |")
        for name, text in large.items():
            a_s, b_s, (a_score, b_score) = _paired(base, ours, [text], args.rounds)
            print(f"| {name} | {min(a_s) * 1000:.0f} | {min(b_s) * 1000:.0f} | {min(b_s) / min(a_s):.2f} "
                  f"| {a_score} / {b_score} |")


if __name__ == "__main__":
    main()
