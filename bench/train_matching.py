"""Train the matching model on the *training* lists only and write it into the package.

    .venv/bin/python -m bench.train_matching

Whole lists are split between training and testing (bench.matching.sets.split_lists), so the
benchmark in ``make bench`` never scores rows the model was trained on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.matching.data import available
from bench.matching.sets import build, split_lists
from chainrights.matching import Index, normalize, train
from chainrights.matching.compare import compare

OUT = (
    Path(__file__).resolve().parents[1] / "src" / "chainrights" / "matching" / "data" / "model.json"
)


def training_pairs(seed: int = 11) -> list[tuple[dict[str, str], bool]]:
    train_rows, _ = split_lists()
    bench = build(train_rows, seed=seed, n_variants=1500, n_hard=200)
    index = Index(normalize(r) for r in bench.registry)
    pairs = []
    for item in bench.incoming:
        rec = normalize(item.record)
        for position in index.candidates(rec, 40):
            other = index.record(position)
            levels, _ = compare(rec, other, index.name_weight, index.address_weight)
            pairs.append((levels, other.key in item.truth))
    return pairs


def main() -> int:
    if not available():
        print("the benchmark lists (../shared/data/oshub-lists) are not here", file=sys.stderr)
        return 1
    pairs = training_pairs()
    model = train(pairs, version="2026.11-train-lists")
    model.notes["training"] = "variants and hard negatives of the even-positioned lists"
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
