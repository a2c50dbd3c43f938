"""The fourth labelled set: real pairs from Open Supply Hub's newer training file, labelled
here row by row before any engine change of issue 15, and never used for tuning.

    .venv/bin/python -m bench.matching.fourth

See ``labels/README.md`` ('A fourth set') for how the pairs were chosen and labelled.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.matching.evaluate import Scores, score
from chainrights.matching import Index, Matcher, Record, normalize
from chainrights.matching.decide import decide

LABELS = Path(__file__).parent / "labels" / "fourth_set.json"


def labelled() -> list[tuple[Record, Record, bool]]:
    """The labelled pairs (left-out ones skipped) as records."""
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    out = []
    for n, (country, name_a, address_a, name_b, address_b, _osh, label, _note) in enumerate(
        data["pairs"]
    ):
        if label is None:
            continue
        a = Record(f"F{n}a", country, name_a, address_a)
        b = Record(f"F{n}b", country, name_b, address_b)
        out.append((a, b, label == 1))
    return out


def run_ours(pairs: list[tuple[Record, Record, bool]]) -> Scores:
    matcher = Matcher()
    index = Index(normalize(r) for a, b, _ in pairs for r in (a, b))
    outcomes = []
    for a, b, same in pairs:
        probability, levels, _, _ = matcher.score(index, normalize(a), normalize(b), present=2)
        truth = frozenset({b.key}) if same else frozenset()
        outcomes.append(("fourth", truth, b.key, decide(probability, levels, matcher.cuts)))
    return score(outcomes)["fourth"]


def run_splink(pairs: list[tuple[Record, Record, bool]]) -> Scores:
    from bench.matching.splink_baseline import score_pairs

    records = [r for a, b, _ in pairs for r in (a, b)]
    outcomes = []
    for (_a, b, same), p in zip(pairs, score_pairs(records, [(a, b) for a, b, _ in pairs]),
                                strict=True):  # fmt: skip
        truth = frozenset({b.key}) if same else frozenset()
        decision = "match" if p >= 0.99 else "review" if p >= 0.5 else "new"
        outcomes.append(("fourth", truth, b.key, decision))
    return score(outcomes)["fourth"]


def line(label: str, s: Scores) -> str:
    return (f"{label}: pairs {s.rows}, P {s.precision:.3f}, R {s.recall:.3f}, F1 {s.f1:.3f}, "
            f"review {s.review_rate:.3f} ({s.review}, of which the same facility "
            f"{s.review_right}), false merges {s.fp}")  # fmt: skip


def main() -> int:
    pairs = labelled()
    print(line("fourth set, chainrights", run_ours(pairs)))
    print(line("fourth set, plain Splink", run_splink(pairs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
