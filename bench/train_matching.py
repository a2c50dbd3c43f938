"""Train the matching model on the *training* lists only and write it into the package.

    .venv/bin/python -m bench.train_matching

Whole lists are split between training and testing (bench.matching.sets.split_lists), so the
benchmark in ``make bench`` never scores rows the model was trained on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.matching.data import available
from bench.matching.sets import BenchSet, build, split_lists
from chainrights.matching import Index, Matcher, Model, Thresholds, normalize, train
from chainrights.matching.compare import compare
from chainrights.matching.decide import Decision, decide

OUT = (
    Path(__file__).resolve().parents[1] / "src" / "chainrights" / "matching" / "data" / "model.json"
)


def training_set(seed: int = 11) -> tuple[BenchSet, Index]:
    train_rows, _ = split_lists()
    bench = build(train_rows, seed=seed, n_variants=1500, n_hard=200)
    return bench, Index(normalize(r) for r in bench.registry)


def training_pairs(bench: BenchSet, index: Index) -> list[tuple[dict[str, str], bool]]:
    pairs = []
    for item in bench.incoming:
        rec = normalize(item.record)
        for position in index.candidates(rec, 40):
            other = index.record(position)
            levels, _ = compare(rec, other, index)
            pairs.append((levels, other.key in item.truth))
    return pairs


# The training labels carry some noise (twins spelled too differently to be recognised as
# twins), which caps measurable precision near 0.996 whatever the cut.
TARGET_PRECISION = 0.995
CUTS = [0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 0.999]


def calibrate(model: Model, bench: BenchSet, index: Index) -> float:
    """The lowest probability cut whose automatic matches keep the target precision on the
    training lists (only): a false merge costs more than a review."""
    best: list[tuple[float, str | None, frozenset[str]]] = []
    matcher = Matcher(model=model, thresholds=Thresholds(match=0.0, review=0.0))
    for item in bench.incoming:
        result = matcher.match_one(index, normalize(item.record))
        if decide(result.score, result.levels, Thresholds(match=0.0)) == Decision.MATCH:
            best.append((result.score, result.facility_id, item.truth))
    for cut in CUTS:
        chosen = [(fid, truth) for p, fid, truth in best if p >= cut]
        right = sum(fid in truth for fid, truth in chosen)
        if chosen and right / len(chosen) >= TARGET_PRECISION:
            print(
                f"  cut {cut}: {len(chosen)} automatic matches, precision {right / len(chosen):.4f}"
            )
            return cut
    return CUTS[-1]


def main() -> int:
    if not available():
        print("the benchmark lists (../shared/data/oshub-lists) are not here", file=sys.stderr)
        return 1
    bench, index = training_set()
    model = train(training_pairs(bench, index), version="2026.11-train-lists")
    model.notes["training"] = "variants and hard negatives of the even-positioned lists"
    model.match_threshold = calibrate(model, bench, index)
    print(f"match threshold {model.match_threshold} (precision ≥ {TARGET_PRECISION} on training)")
    OUT.write_text(model.to_json() + "\n")
    print(f"trained on {model.notes['pairs']} candidate pairs → {OUT}")
    for name in model.m:
        row = ", ".join(
            f"{lv}: {model.m[name][lv]:.3f}/{model.u[name][lv]:.3f}" for lv in model.m[name]
        )
        print(f"  {name:9} {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
