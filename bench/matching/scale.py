"""Scale: a synthetic registry of N facilities (1,000,000 by default), built once into a saved
index; then, in a fresh process, load the index and match 10,000 incoming rows (variants of
registry rows and new rows), measuring wall time and peak memory; then re-cluster the whole
registry on DuckDB.

    .venv/bin/python -m bench.matching.scale [--n 1000000] [--incoming 10000] [--no-batch]

The baseline in the same run is the time to only read and normalise the incoming rows, so
"match ÷ normalise" says what matching itself costs on this machine.
"""

from __future__ import annotations

import argparse
import json
import pickle
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
from chainrights.matching import Index, Matcher, Record, normalize
from chainrights.matching.records import country_code


def _peak_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss would include a fork parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(n: int, workdir: Path, incoming_n: int) -> dict:
    rows = [r for f in list_files() for r in read_list(f)]
    start = time.perf_counter()
    records = registry(rows, n)
    normalized = [normalize(r) for r in records]
    normalise_s = time.perf_counter() - start
    index = Index(normalized)
    index.save(workdir / "registry.npz")
    build_s = time.perf_counter() - start
    rng = random.Random(5)
    incoming: list[tuple[Record, str]] = []
    for i in range(incoming_n):
        if i % 5 == 4:  # one in five is a facility the registry does not have
            rec = registry(rows, 1, seed=10_000_000 + i)[0]
            incoming.append((Record(f"in{i}", rec.country, rec.name, rec.address), ""))
            continue
        target = records[rng.randrange(n)]
        row = v.Row(
            "synthetic", 0, target.country, target.name, target.address, target.lat, target.lng
        )
        var = v.variant(rng, row, country_code(target.country))
        incoming.append(
            (Record(f"in{i}", var.country, var.name, var.address, var.lat, var.lng), target.key)
        )
    (workdir / "incoming.pickle").write_bytes(pickle.dumps(incoming))
    size_mb = (workdir / "registry.npz").stat().st_size / 1e6
    return {"normalise_s": normalise_s, "build_s": build_s, "index_mb": size_mb,
            "build_peak_mb": _peak_mb()}  # fmt: skip


def match_in_fresh_process(workdir: Path) -> dict:
    code = "from bench.matching.scale import match_phase; match_phase()"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, str(workdir)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def match_phase() -> None:
    workdir = Path(sys.argv[1])
    incoming = pickle.loads((workdir / "incoming.pickle").read_bytes())  # noqa: S301 (our own file)
    start = time.perf_counter()
    normalized = [normalize(r) for r, _ in incoming]
    normalise_s = time.perf_counter() - start
    start = time.perf_counter()
    index = Index.load(workdir / "registry.npz")
    load_s = time.perf_counter() - start
    matcher = Matcher()
    start = time.perf_counter()
    tp = fp = fn = review = 0
    for (_, truth), rec in zip(incoming, normalized, strict=True):
        result = matcher.match_one(index, rec)
        review += result.decision == "review"
        if result.decision == "match":
            tp += result.facility_id == truth
            fp += result.facility_id != truth
            fn += bool(truth) and result.facility_id != truth
        elif truth:
            fn += 1
    match_s = time.perf_counter() - start
    print(json.dumps({
        "normalise_s": normalise_s, "load_s": load_s, "match_s": match_s, "peak_mb": _peak_mb(),
        "tp": tp, "fp": fp, "fn": fn, "review": review, "rows": len(incoming),
    }))  # fmt: skip


def batch_phase(n: int, duplicates: int = 20_000) -> dict:
    """Re-cluster n synthetic facilities plus ``duplicates`` variants of some of them."""
    from chainrights.matching.batch import dedupe_normalized

    rows = [r for f in list_files() for r in read_list(f)]
    records = registry(rows, n)
    rng = random.Random(9)
    truth: dict[str, str] = {}
    for d in range(duplicates):
        target = records[rng.randrange(n)]
        row = v.Row(
            "synthetic", 0, target.country, target.name, target.address, target.lat, target.lng
        )
        var = v.variant(rng, row, country_code(target.country))
        key = f"D{d}"
        truth[key] = target.key
        records.append(Record(key, var.country, var.name, var.address, var.lat, var.lng))
    start = time.perf_counter()
    normalized = [normalize(r) for r in records]
    normalise_s = time.perf_counter() - start
    clusters = dedupe_normalized(normalized, "duckdb")
    batch_s = time.perf_counter() - start
    found = sum(clusters[k] == clusters[t] for k, t in truth.items())
    originals: dict[str, int] = {}
    for rec in records[:n]:
        originals[clusters[rec.key]] = originals.get(clusters[rec.key], 0) + 1
    merged_originals = sum(c - 1 for c in originals.values() if c > 1)
    return {"batch_s": batch_s, "normalise_s": normalise_s, "records": len(records),
            "recall": found / duplicates, "merged_originals": merged_originals,
            "batch_peak_mb": _peak_mb()}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--incoming", type=int, default=10_000)
    parser.add_argument("--no-batch", action="store_true")
    args = parser.parse_args(argv)
    if not available():
        print("the benchmark lists (../shared/data/oshub-lists) are not here", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="chainrights-scale-") as tmp:
        workdir = Path(tmp)
        built = build(args.n, workdir, args.incoming)
        matched = match_in_fresh_process(workdir)
    print(f"registry {args.n:,} synthetic facilities; incoming {matched['rows']:,} rows")
    print(
        f"  one-off build: normalise {built['normalise_s']:.0f} s, "
        f"index total {built['build_s']:.0f} s, {built['index_mb']:.0f} MB on disk, "
        f"build peak {built['build_peak_mb']:.0f} MB"
    )
    total = matched["load_s"] + matched["normalise_s"] + matched["match_s"]
    print(
        f"  incremental: load {matched['load_s']:.1f} s + normalise {matched['normalise_s']:.1f} s"
        f" + match {matched['match_s']:.1f} s = {total:.1f} s; peak {matched['peak_mb']:.0f} MB"
    )
    ratio = matched["match_s"] / matched["normalise_s"]
    print(f"  ratio match ÷ normalise-only baseline: {ratio:.2f}")
    tp, fp, fn = matched["tp"], matched["fp"], matched["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"  accuracy at scale: precision {precision:.4f}, recall {recall:.4f}, F1 {f1:.4f}, "
          f"false merges {fp}, review rate {matched['review'] / matched['rows']:.3f}")  # fmt: skip
    if not args.no_batch:
        batch = batch_phase(args.n)
        print(
            f"  batch re-cluster on DuckDB of {batch['records']:,} records: "
            f"{batch['batch_s']:.0f} s"
            f" (normalising {batch['normalise_s']:.0f} s), peak {batch['batch_peak_mb']:.0f} MB;"
            f" duplicates found {batch['recall']:.4f}, distinct synthetic facilities merged"
            f" {batch['merged_originals']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
