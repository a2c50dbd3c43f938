"""End to end through the public contract, at scale, beside plain Splink in the same run.

A synthetic registry of N facilities (1,000,000 by default) and 10,000 incoming rows (four in
five variants of registry rows, one in five new; every tenth of the variants a numbered
sister plant of its facility written inside the name, which must not merge) are written as
CSV; then, each in a fresh process:

1. `chainrights match REGISTRY.csv INCOMING.csv --out RESULT.csv` with an empty index cache
   (cold: read, normalise, index, save the index, match);
2. the same command again (the index cached beside the registry);
3. plain Splink (`splink_baseline.link`) on the same two files' rows.

    .venv/bin/python -m bench.matching.cli_scale [--n 1000000] [--incoming 10000]

The baseline each figure is set against is Splink's time in the same run. Peak memory is the
largest resident set of any one process (the command's pool workers are separate processes:
their sum is reported too).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.matching import variants as v
from bench.matching.data import available, list_files, read_list
from bench.matching.synthetic import registry
from chainrights.matching import Record
from chainrights.matching.records import country_code

SISTER_MARKERS = ["Plant {n}", "(Fty {n})", "Factory No. {n}", "Branch {n}", "Unit {n}"]


def _sister(rng: random.Random, rec: Record) -> Record:
    """A numbered sister plant of ``rec`` written inside its name, at another lot."""
    marker = rng.choice(SISTER_MARKERS).format(n=rng.randint(2, 5))
    words = rec.name.split()
    cut = max(1, len(words) - 2) if len(words) > 2 else len(words)
    name = " ".join([*words[:cut], marker, *words[cut:]])
    return Record(rec.key, rec.country, name, f"Lot H{rng.randint(10, 99)}, {rec.address}")


def write_inputs(n: int, incoming_n: int, workdir: Path) -> dict[str, str]:
    rows = [r for f in list_files() for r in read_list(f)]
    records = registry(rows, n)
    with (workdir / "registry.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "country", "name", "address", "lat", "lng"])
        for r in records:
            out.writerow([r.key, r.country, r.name, r.address, r.lat, r.lng])
    rng = random.Random(5)
    truth: dict[str, str] = {}
    with (workdir / "incoming.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["country", "name", "address", "lat", "lng", "kind"])
        for i in range(incoming_n):
            if i % 5 == 4:
                rec, target, kind = registry(rows, 1, seed=10_000_000 + i)[0], "", "new"
            else:
                target_rec = records[rng.randrange(n)]
                row = v.Row("synthetic", 0, target_rec.country, target_rec.name,
                            target_rec.address, target_rec.lat, target_rec.lng)  # fmt: skip
                var = v.variant(rng, row, country_code(target_rec.country))
                rec = Record("x", var.country, var.name, var.address, var.lat, var.lng)
                target, kind = target_rec.key, "variant"
                if i % 10 == 3:
                    rec, target, kind = _sister(rng, target_rec), "", "sister"
            out.writerow([rec.country, rec.name, rec.address, rec.lat or "", rec.lng or "", kind])
            truth[str(i)] = f"{kind}:{target}"
    return truth


def _run(argv: list[str]) -> tuple[float, float]:
    """Wall time and the largest child's peak RSS (MB) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def _ours(workdir: Path, out: str) -> tuple[float, float]:
    return _run([sys.executable, "-m", "chainrights.cli", "match", str(workdir / "registry.csv"),
                 str(workdir / "incoming.csv"), "--out", str(workdir / out)])  # fmt: skip


def splink_phase() -> None:
    """In a fresh process: link the two CSVs with plain Splink, print JSON predictions."""
    from bench.matching.splink_baseline import link
    from chainrights.matching.io import load_records

    workdir = Path(sys.argv[1])
    registry_rows, _ = load_records(workdir / "registry.csv", id_column=True)
    incoming_rows, _ = load_records(workdir / "incoming.csv")
    predictions = link([r for _, r in registry_rows], [r for _, r in incoming_rows])
    result = {k: [p.facility_id, p.decision] for k, p in predictions.items()}
    (workdir / "splink.json").write_text(json.dumps(result))


def _scores(predicted: dict[str, tuple[str, str]], truth: dict[str, str]) -> dict[str, float]:
    tp = fp = fn = review = review_right = sisters = sister_merged = 0
    for row, label in truth.items():
        kind, target = label.split(":", 1)
        facility, decision = predicted.get(row, ("", "new"))
        review += decision == "review"
        review_right += decision == "review" and bool(target) and facility == target
        sisters += kind == "sister"
        if decision == "match":
            sister_merged += kind == "sister"
            if facility == target and target:
                tp += 1
            else:
                fp += 1
                fn += bool(target)
        elif target:
            fn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "review": review / len(truth), "sisters": sisters,
            "review_right": review_right / review if review else 0.0,
            "sister_merged": sister_merged}  # fmt: skip


def _read_result(path: Path) -> dict[str, tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["row"]: (r["facility_id"], r["decision"]) for r in csv.DictReader(handle)}


def _line(label: str, seconds: float, peak: float, s: dict[str, float], rows: int) -> str:
    sisters = f"sister plants merged {s['sister_merged']} of {s['sisters']}"
    return (f"  {label}: {seconds:.0f} s ({rows / seconds:.0f} rows/s), peak {peak:.0f} MB; "
            f"P {s['precision']:.3f}, R {s['recall']:.3f}, F1 {s['f1']:.3f}, review "
            f"{s['review']:.3f} (right facility {s['review_right']:.2f}), {sisters}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--incoming", type=int, default=10_000)
    parser.add_argument("--no-splink", action="store_true")
    args = parser.parse_args(argv)
    if not available():
        print("the benchmark lists (../shared/data/oshub-lists) are not here", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="chainrights-cli-scale-") as tmp:
        workdir = Path(tmp)
        truth = write_inputs(args.n, args.incoming, workdir)
        size = (workdir / "registry.csv").stat().st_size / 1e6
        print(f"registry {args.n:,} rows ({size:.0f} MB CSV), incoming {args.incoming:,} rows")
        cold = _ours(workdir, "cold.csv")
        cached = _ours(workdir, "cached.csv")
        ours = _scores(_read_result(workdir / "cold.csv"), truth)
        assert _read_result(workdir / "cold.csv") == _read_result(workdir / "cached.csv")
        print(_line("chainrights match, cold", *cold, ours, args.incoming))
        print(_line("chainrights match, index cached", *cached, ours, args.incoming))
        if not args.no_splink:
            code = "from bench.matching.cli_scale import splink_phase; splink_phase()"
            splink = _run([sys.executable, "-c", code, str(workdir)])
            raw = json.loads((workdir / "splink.json").read_text())
            theirs = _scores({k: (f or "", d) for k, (f, d) in raw.items()}, truth)
            print(_line("plain Splink (baseline)", *splink, theirs, args.incoming))
            print(f"  ratios to Splink: cold {cold[0] / splink[0]:.2f}, "
                  f"cached {cached[0] / splink[0]:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
