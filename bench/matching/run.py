"""The matching benchmark: our engine on held-out lists, subset by subset, with throughput.

.venv/bin/python -m bench.matching.run
"""

from __future__ import annotations

import importlib.util
import sys
import time

from bench.matching.data import available, labelled_pairs
from bench.matching.evaluate import Scores, score
from bench.matching.sets import BenchSet, build, split_lists
from chainrights.matching import Index, Matcher, Record, normalize
from chainrights.matching.decide import decide


def run_ours(bench: BenchSet) -> tuple[dict[str, Scores], float, float, list]:
    index = Index(normalize(r) for r in bench.registry)
    matcher = Matcher()
    outcomes, recall_hits, recall_total, mistakes = [], 0, 0, []
    start = time.perf_counter()
    for item in bench.incoming:
        rec = normalize(item.record)
        if item.truth:
            recall_total += 1
            positions = index.candidates(rec, matcher.candidates)
            recall_hits += any(index.record(p).key in item.truth for p in positions)
        result = matcher.match_one(index, rec)
        outcomes.append((item.subset, item.truth, result.facility_id, result.decision))
        wrong = (result.decision == "match" and result.facility_id not in item.truth) or (
            item.truth and result.decision != "match"
        )
        if wrong:
            mistakes.append((item, result))
    elapsed = time.perf_counter() - start
    rate = len(bench.incoming) / elapsed
    return score(outcomes), recall_hits / max(1, recall_total), rate, mistakes


def run_splink(bench: BenchSet) -> tuple[dict[str, Scores], float]:
    from bench.matching.splink_baseline import link

    start = time.perf_counter()
    predictions = link(bench.registry, [item.record for item in bench.incoming])
    rate = len(bench.incoming) / (time.perf_counter() - start)
    outcomes = [
        (
            item.subset,
            item.truth,
            predictions[item.record.key].facility_id,
            predictions[item.record.key].decision,
        )
        for item in bench.incoming
    ]
    return score(outcomes), rate


def run_labelled_pairs() -> Scores:
    """OSH's 112 hand-labelled pairs: is each pair an automatic match?"""
    outcomes = []
    pairs = labelled_pairs()
    records = [normalize(Record(p["id"], p["country"], p["name"], p["address"]))
               for a, b, _ in pairs for p in (a, b)]  # fmt: skip
    index = Index(records)
    matcher = Matcher()
    for a, b, is_match in pairs:
        ra = normalize(Record(a["id"], a["country"], a["name"], a["address"]))
        rb = normalize(Record(b["id"], b["country"], b["name"], b["address"]))
        probability, levels, _, _ = matcher.score(index, ra, rb, present=2)
        # Blocking keys hold the country, so the engine never compares rows of two countries
        # (one pair says Serbia on one side and Russia on the other).
        decision = decide(probability, levels, matcher.cuts) if ra.country == rb.country else "new"
        outcomes.append(
            ("pairs", frozenset({rb.key}) if is_match else frozenset(), rb.key, decision)
        )
    return score(outcomes)["pairs"]


def run_cross_list_pairs(
    filename: str = "cross_list_pairs.csv", *, written_differently: bool = False
) -> tuple[Scores, Scores]:
    """Hand-labelled pairs of real rows from different lists (bench/matching/labels); with
    ``written_differently``, only pairs whose name or address differ."""
    import csv
    from pathlib import Path

    from bench.matching.data import list_files, read_list
    from bench.matching.splink_baseline import score_pairs

    rows = {(f.stem, r.index): r for f in list_files() for r in read_list(f)}
    records = {k: Record(f"{k[0]}:{k[1]}", r.country, r.name, r.address, r.lat, r.lng)
               for k, r in rows.items()}  # fmt: skip
    labels = Path(__file__).parent / "labels" / filename
    with labels.open(encoding="utf-8", newline="") as handle:
        labelled = [
            (
                records[(x["source_a"], int(x["index_a"]))],
                records[(x["source_b"], int(x["index_b"]))],
                x["same_facility"] == "1",
            )
            for x in csv.DictReader(handle)
            if not (written_differently and x["note"] == "identical name and address")
        ]
    index = Index(normalize(r) for r in records.values())
    matcher = Matcher()
    ours, theirs = [], []
    for (a, b, same), p in zip(
        labelled, score_pairs(list(records.values()), [(a, b) for a, b, _ in labelled]), strict=True
    ):
        probability, levels, _, _ = matcher.score(index, normalize(a), normalize(b), present=2)
        truth = frozenset({b.key}) if same else frozenset()
        ours.append(("real", truth, b.key, decide(probability, levels, matcher.cuts)))
        theirs.append(
            ("real", truth, b.key, "match" if p >= 0.99 else "review" if p >= 0.5 else "new")
        )
    return score(ours)["real"], score(theirs)["real"]


def table(title: str, scores: dict[str, Scores]) -> None:
    print(f"\n{title}")
    print(
        f"{'subset':10} {'rows':>6} {'prec':>7} {'recall':>7} {'F1':>7} {'false':>6} {'review':>7}"
    )
    for name, s in sorted(scores.items()):
        print(f"{name:10} {s.rows:6} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} {s.fp:6} "
              f"{s.review_rate:7.3f}")  # fmt: skip


def main(show_mistakes: int = 15) -> int:
    if not available():
        print("the benchmark lists (../shared/data/oshub-lists) are not here", file=sys.stderr)
        return 1
    if importlib.util.find_spec("splink") is None:
        # Every figure here is a ratio against the Splink baseline, which is not a runtime
        # dependency: it comes with the `bench` extra, which `make bench` installs.
        print(
            "matching skipped: splink is not installed (pip install -e '.[bench]')", file=sys.stderr
        )
        return 0
    _, test_rows = split_lists()
    bench = build(test_rows, seed=2026)
    scores, blocking_recall, rate, mistakes = run_ours(bench)
    print(
        f"registry {len(bench.registry)} rows, incoming {len(bench.incoming)} rows (held-out lists)"
    )
    table("chainrights", scores)
    print(f"blocking recall {blocking_recall:.4f}; {rate:.0f} incoming rows/s")
    baseline, baseline_rate = run_splink(bench)
    table("Splink baseline (JW name, Levenshtein address, exact country; EM-trained)", baseline)
    print(f"{baseline_rate:.0f} incoming rows/s (training included)")
    print("\nF1 ratio chainrights / Splink baseline, per subset:")
    for name in sorted(scores):
        ours, theirs = scores[name].f1, baseline[name].f1
        ratio = f"{ours / theirs:.2f}" if theirs else "n/a (baseline F1 = 0)"
        print(f"  {name:10} {ours:.4f} / {theirs:.4f} = {ratio}")
    pairs = run_labelled_pairs()
    table("OSH labelled pairs (112)", {"pairs": pairs})
    real, real_baseline = run_cross_list_pairs()
    table("Real cross-list pairs, hand-labelled (117): chainrights", {"real": real})
    table("Real cross-list pairs, hand-labelled (117): Splink baseline", {"real": real_baseline})
    second, second_baseline = run_cross_list_pairs("cross_list_pairs_2.csv")
    table("Second labelled set (labelled after the tuning above): chainrights", {"real": second})
    table("Second labelled set: Splink baseline", {"real": second_baseline})
    differ, differ_baseline = run_cross_list_pairs("cross_list_pairs_2.csv",
                                                   written_differently=True)  # fmt: skip
    table("Second set, pairs written differently: chainrights", {"real": differ})
    table("Second set, pairs written differently: Splink baseline", {"real": differ_baseline})
    third, third_baseline = run_cross_list_pairs("cross_list_pairs_3.csv")
    table("Third labelled set (blind: real hard negatives, one name's leading word): chainrights",
          {"real": third})  # fmt: skip
    table("Third labelled set: Splink baseline", {"real": third_baseline})
    for item, result in mistakes[:show_mistakes]:
        print(f"- {item.subset}: {item.record.name!r} / {item.record.address[:60]!r}")
        print(f"    → {result.decision} {result.facility_id} {result.score:.3f} {result.levels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
