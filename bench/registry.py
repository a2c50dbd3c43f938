"""Registry benchmarks, each beside a baseline measured in the same process.

    python -m bench.registry upload [--registry 100000] [--incoming 10000]
    python -m bench.registry search [--facilities 1000000] [--queries 300]
    python -m bench.registry candidates [--registry 100000] [--queries 100]
    python -m bench.registry anyscript [--facilities 1000000] [--queries 300]

``upload``: upload-to-decisions time of one list (parse, validate, match, write every source
record, decision and new facility with its event) against a seeded registry, beside the
matching engine alone on the same rows and registry in memory (no database). The worker's
one-off index build (when it starts, or after a merge) is reported apart.

``candidates``: the grievance case page's facility candidates (database search for a pool,
then the engine) for 100 workplaces described by name and town, beside the registry index
build that the page used to pay inside the web worker.

``search``: p50/p95 latency of ``GET /api/v1/facilities?q=`` through the whole Django stack
over a registry of a million facilities, beside ``GET /healthz`` in the same run.

``anyscript``: p50/p95 latency of native-script queries (Khmer, Bengali, Devanagari, Han
for facilities a brand wrote in Latin, and Latin queries for facilities written natively)
and of misspelt ones (one slip in each of two name words), through ``GET
/api/v1/facilities?q=`` and the worker's ``GET /complain?find=``, over a million
facilities, beside ``GET /healthz`` in the same run; with how often the facility meant is
the first answer.

The database is whatever ``DATABASE_URL`` names (``make bench`` runs both on SQLite and on a
throw-away PostgreSQL server). Seeded facilities are inserted in bulk without event-log
entries: they stand for a registry built earlier; everything measured goes through the
services as in production. Synthetic rows are made from the real lists' tokens
(``bench/matching/synthetic.py``) and never committed.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from typing import Any


def _setup() -> None:
    if "DATABASE_URL" not in os.environ:
        workdir = tempfile.mkdtemp(prefix="chainrights-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    else:
        _create_postgres_database(os.environ["DATABASE_URL"])
    os.environ["DJANGO_SETTINGS_MODULE"] = "chainrights.settings"
    os.environ["DEBUG"] = "false"
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    os.environ["RATE_LIMIT_PUBLIC_READ"] = "100000000/m"  # measure the search, not the limiter
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)  # rate limits and throttles live there


def _create_postgres_database(url: str) -> None:
    """A fresh database on the throw-away server (dropped first if a run left one)."""
    if not url.startswith("postgres"):
        return
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def _rows() -> list[Any]:
    from bench.matching.data import list_files, read_list

    return [r for f in list_files() for r in read_list(f)]


def seed(n: int, seed: int = 1) -> list[Any]:
    """Insert ``n`` synthetic facilities in bulk; returns their records (key = public ID)."""
    from django.db import connection, models

    from bench.matching.synthetic import registry
    from chainrights.matching import Record
    from chainrights.registry.ids import new_id
    from chainrights.registry.models import Facility
    from chainrights.registry.reads import search_form

    records = registry(_rows(), n, seed=seed)
    out = []
    batch: list[Facility] = []
    plain = models.QuerySet(model=Facility)  # bulk seeding bypasses the event log on purpose
    postgres = connection.vendor == "postgresql"
    if postgres:
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS registry_facility_search_trgm")
    for rec in records:
        public_id = new_id()
        text = " | ".join(t for t in (public_id.lower(), search_form(rec.name),
                                      search_form(rec.address)) if t)  # fmt: skip
        batch.append(Facility(
            public_id=public_id, country=rec.country, name=rec.name, address=rec.address,
            lat=rec.lat, lng=rec.lng, search_text=text,
        ))  # fmt: skip
        out.append(Record(public_id, rec.country, rec.name, rec.address, rec.lat, rec.lng))
        if len(batch) == 5000:
            plain.bulk_create(batch)
            batch = []
    plain.bulk_create(batch)
    seed_words()
    with connection.cursor() as cursor:
        if postgres:
            cursor.execute(
                "CREATE INDEX registry_facility_search_trgm ON registry_facility "
                "USING gin (search_text gin_trgm_ops)"
            )
            # The word index too: a run must not depend on when autovacuum samples it.
            cursor.execute("ANALYZE registry_facility, registry_facilityword, registry_searchword")
        else:
            cursor.execute("ANALYZE")
    return out


def seed_words() -> None:
    """The word index of every seeded facility, written in bulk (the services write it one
    facility at a time; a registry built earlier had it already). One transaction, so the
    keys are checked once the words are in."""
    from django.db import connection, transaction

    from chainrights.registry.models import Facility
    from chainrights.registry.wordindex import entries, word_row

    ids: dict[str, int] = {}
    postings: list[tuple[int, int, int]] = []
    rows = Facility.objects.order_by("pk").values_list("pk", "name", "address")
    with transaction.atomic(), connection.cursor() as cursor:
        for pk, name, address in rows.iterator(chunk_size=5000):
            for word, field in entries([name], [address]):
                postings.append((pk, ids.setdefault(word, len(ids) + 1), field))
            if len(postings) >= 200_000:
                _bulk(cursor, "registry_facilityword", "facility_id, word_id, field", postings)
                postings = []
        _bulk(cursor, "registry_facilityword", "facility_id, word_id, field", postings)
        words = [(pk, w.word, w.key, w.head, w.tail, w.length)
                 for pk, w in ((pk, word_row(word)) for word, pk in ids.items())]  # fmt: skip
        _bulk(cursor, "registry_searchword", "id, word, key, head, tail, length", words)
        if connection.vendor == "postgresql":
            cursor.execute("SELECT setval('registry_searchword_id_seq', %s)", [len(ids) + 1])


def _bulk(cursor: Any, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("%s" for _ in columns.split(","))
    for start in range(0, len(rows), 50_000):
        # The table and columns are this module's constants; the values travel as parameters.
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
        cursor.executemany(sql, rows[start : start + 50_000])


def incoming_rows(records: list[Any], n: int) -> tuple[bytes, list[str]]:
    """A supplier list of ``n`` rows: four in five are how another brand would write a
    registry facility, one in five a facility the registry lacks. Returns the CSV and,
    per row, the facility it truly is ('' for new)."""
    from bench.matching import variants as v
    from bench.matching.synthetic import registry
    from chainrights.matching.records import country_code

    rng = random.Random(7)
    fresh = registry(_rows(), n // 5 + 1, seed=99)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["country", "name", "address", "lat", "lng"])
    truth = []
    for i in range(n):
        if i % 5 == 4:
            rec = fresh[i // 5]
            writer.writerow([rec.country, rec.name, rec.address, "", ""])
            truth.append("")
            continue
        target = records[rng.randrange(len(records))]
        row = v.Row("bench", 0, target.country, target.name, target.address, target.lat,
                    target.lng)  # fmt: skip
        var = v.variant(rng, row, country_code(target.country))
        writer.writerow([var.country, var.name, var.address, var.lat or "", var.lng or ""])
        truth.append(target.key)
    return out.getvalue().encode(), truth


def _engine_alone(records: list[Any], content: bytes) -> float:
    """The baseline: the same rows read and matched in memory against the same registry's
    index (built before the clock starts, as the worker's is), writing nothing."""
    from pathlib import Path

    from chainrights.matching import Index, Matcher, normalize
    from chainrights.matching.io import load_records

    index = Index(normalize(r) for r in records)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.csv"
        path.write_bytes(content)
        start = time.perf_counter()
        rows, _ = load_records(path)
        matcher = Matcher()
        for _, record in rows:
            rec = normalize(record)
            result = matcher.match_one(index, rec)
            if result.decision == "new":  # later rows may match it, as in the registry
                index.add_record(rec)
        return time.perf_counter() - start


def upload(registry_n: int, incoming_n: int) -> dict[str, Any]:
    from django.contrib.auth import get_user_model

    from chainrights.core import events
    from chainrights.core.models import Organisation
    from chainrights.registry import services
    from chainrights.registry.models import SourceRecord

    start = time.perf_counter()
    records = seed(registry_n)
    seed_s = time.perf_counter() - start
    content, truth = incoming_rows(records, incoming_n)
    with events.acting_as(system="bench"):
        brand = Organisation.objects.create(name="Bench Brand", kind="brand")
        user = get_user_model().objects.create_user("bench")
    start = time.perf_counter()
    services.registry_index()  # what a starting worker does once
    index_s = time.perf_counter() - start
    start = time.perf_counter()
    item, _ = services.upload_list(owner=brand, user=user, name="bench", filename="bench.csv",
                                   content=content)  # fmt: skip
    item.refresh_from_db()
    if item.status != "done":  # a queue backend: process here
        item = services.process_list(item.pk)
    total_s = time.perf_counter() - start
    baseline_s = _engine_alone(records, content)
    decided = {s.row: d for s, d in services.current_decisions(item)}
    tp = fp = 0
    for row, want in enumerate(truth):
        d = decided[row]
        if d.decision == "match" and d.facility is not None:
            same = d.facility.public_id == want
            tp += same
            fp += not same
    positives = sum(1 for t in truth if t)
    return {
        "database": _vendor(), "registry": registry_n, "rows": incoming_n,
        "seed_s": round(seed_s, 1), "worker_index_build_s": round(index_s, 1),
        "upload_to_decisions_s": round(total_s, 1),
        "rows_per_s": round(incoming_n / total_s), "engine_alone_s": round(baseline_s, 1),
        "ratio": round(total_s / baseline_s, 2), "counts": item.counts,
        "precision": round(tp / max(1, tp + fp), 4), "recall": round(tp / max(1, positives), 4),
        "source_records": SourceRecord.objects.filter(supplier_list=item).count(),
    }  # fmt: skip


def _vendor() -> str:
    from django.db import connection

    return str(connection.vendor)


def _queries(records: list[Any], n: int) -> list[str]:
    """What people type: two words of a name, one rarer word, a town, or an ID."""
    rng = random.Random(3)
    out = []
    for i in range(n):
        rec = records[rng.randrange(len(records))]
        words = rec.name.split()
        kind = i % 4
        if kind == 0 and len(words) >= 2:
            k = rng.randrange(len(words) - 1)
            out.append(" ".join(words[k : k + 2]))
        elif kind == 1:
            out.append(max(words, key=len))
        elif kind == 2:
            parts = [p.strip() for p in rec.address.split(",") if p.strip()]
            out.append(parts[-1] if parts else words[0])
        else:
            out.append(rec.key)
    return out


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def search(facilities: int, queries: int) -> dict[str, Any]:
    from django.test import Client

    start = time.perf_counter()
    records = seed(facilities)
    seed_s = time.perf_counter() - start
    client = Client()
    texts = _queries(records, queries)
    timings: list[float] = []
    results: list[int] = []
    baseline: list[float] = []
    for q in texts[:10]:  # warm the caches, as a running server would be
        client.get("/api/v1/facilities", {"q": q})
    for q in texts:
        start = time.perf_counter()
        response = client.get("/api/v1/facilities", {"q": q})
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, response.content[:200]
        results.append(response.json()["count"])
        start = time.perf_counter()
        assert client.get("/healthz").status_code == 200
        baseline.append(time.perf_counter() - start)
    measured, base = _percentiles(timings), _percentiles(baseline)
    return {
        "database": _vendor(), "facilities": facilities, "queries": queries,
        "seed_and_index_s": round(seed_s, 1), "search": measured, "healthz": base,
        "p95_ratio": round(measured["p95_ms"] / base["p95_ms"], 2),
        "found_something": round(sum(1 for r in results if r) / len(results), 3),
        "median_results": statistics.median(results),
    }  # fmt: skip


def candidates(facilities: int, queries: int) -> dict[str, Any]:
    """The grievance case page's facility candidates for a workplace described in free text
    (name and town, as a worker would write it), beside building the registry index, which
    is what the page paid before (in the web worker, on its first case page and after every
    merge)."""
    from chainrights.registry import services

    records = seed(facilities)
    rng = random.Random(5)
    timings: list[float] = []
    found = 0
    for rec in rng.sample(records, queries):
        town = [p.strip() for p in rec.address.split(",") if p.strip()][-1:]
        start = time.perf_counter()
        ranked = services.facility_candidates(rec.name, ", ".join(town), rec.country)
        timings.append(time.perf_counter() - start)
        found += any(f.public_id == rec.key for f, _ in ranked)
    services.forget_registry_index()
    start = time.perf_counter()
    services.registry_index()
    index_s = time.perf_counter() - start
    services.forget_registry_index()
    return {
        "database": _vendor(), "facilities": facilities, "queries": queries,
        "candidates": _percentiles(timings), "true_facility_in_top_5": round(found / queries, 3),
        "registry_index_build_s": round(index_s, 1),
    }  # fmt: skip


# Facilities planted among the synthetic ones, each with the query a worker would type in
# another script: Latin records found by native-script queries, and native ones by Latin.
PLANTED = [
    ("KH", "Phnom Penh Sewing Star Co., Ltd", "Street 598, Chbar Ampov", "ភ្នំពេញ ស្តារ"),
    ("BD", "Square Fashions Limited", "Bhaluka, Mymensingh", "স্কয়ার ফ্যাশনস"),
    ("IN", "Shahi Exports Pvt Ltd", "Sector 28, Faridabad", "शाही एक्सपोर्ट्स"),
    ("CN", "Guangzhou Hongda Garment Co., Ltd", "Huangpu Road", "广州宏达"),
    ("KH", "រោងចក្រ ស្ទឹងមានជ័យ", "កំពង់ស្ពឺ", "Stung Meanchey"),
    ("BD", "রূপসা নিটওয়্যার", "সাভার, ঢাকা", "Rupsha Savar"),
    ("IN", "सूरज टेक्सटाइल्स", "लुधियाना, पंजाब", "Suraj Textiles Ludhiana"),
    ("CN", "东莞华美鞋业有限公司", "广东省东莞市", "Dongguan Huamei Shoes"),
    ("VN", "Công ty May Hưng Yên Phát", "Phố Nối, Hưng Yên", "Cong ty May Hung Yen Phat"),
    ("TR", "Şahinbey Örme Tekstil San. ve Tic. A.Ş.", "Gaziantep", "Sahinbey Orme"),
]


def _plant() -> dict[str, str]:
    """The planted facilities, through the services' own index writer; query → public ID."""
    from django.db import models

    from chainrights.registry import wordindex
    from chainrights.registry.models import Facility

    plain = models.QuerySet(model=Facility)
    made = plain.bulk_create([Facility(country=c, name=n, address=a, search_text=n.lower())
                              for c, n, a, _ in PLANTED])  # fmt: skip
    made = list(Facility.objects.filter(public_id__in=[f.public_id for f in made]))
    by_name = {f.name: f for f in made}
    wordindex.reindex({by_name[n].pk: wordindex.entries([n], [a]) for _, n, a, _ in PLANTED})
    return {q: by_name[n].public_id for _, n, _, q in PLANTED}


def _slip(rng: random.Random, word: str) -> str:
    """One slip in a word: two letters swapped, one dropped, or one doubled."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + word[i + 1 :] if kind == 1 else word[:i] + word[i] + word[i:]


def _misspelt(records: list[Any], n: int) -> list[tuple[str, str]]:
    """Two words of a name, one slip in each; query → the facility meant."""
    rng = random.Random(11)
    out: dict[str, str] = {}
    while len(out) < n:
        rec = records[rng.randrange(len(records))]
        words = [w for w in rec.name.split() if len(w) >= 5 and w.isalpha()]
        if len(words) >= 2:
            out[" ".join(_slip(rng, w) for w in words[:2])] = rec.key
    return list(out.items())


def _timed_get(client: Any, path: str, params: dict[str, str]) -> tuple[float, Any]:
    start = time.perf_counter()
    response = client.get(path, params)
    return time.perf_counter() - start, response


def _measure(client: Any, queries: list[tuple[str, str]]) -> dict[str, Any]:
    """Latency of the API and the worker's page for each query, /healthz beside each."""
    api, page, health = [], [], []
    first = top10 = 0
    for q, meant in queries:
        took, response = _timed_get(client, "/api/v1/facilities", {"q": q})
        api.append(took)
        ids = [item["id"] for item in response.json()["items"][:10]]
        first += ids[:1] == [meant]
        top10 += meant in ids
        took, response = _timed_get(client, "/complain", {"find": q})
        assert response.status_code == 200
        page.append(took)
        health.append(_timed_get(client, "/healthz", {})[0])
    base = _percentiles(health)
    api_p, page_p = _percentiles(api), _percentiles(page)
    return {
        "queries": len(queries), "api": api_p, "complain_find": page_p, "healthz": base,
        "api_ratio": {"p50": round(api_p["p50_ms"] / base["p50_ms"], 1),
                      "p95": round(api_p["p95_ms"] / base["p95_ms"], 1)},
        "complain_ratio": {"p50": round(page_p["p50_ms"] / base["p50_ms"], 1),
                           "p95": round(page_p["p95_ms"] / base["p95_ms"], 1)},
        "meant_first": round(first / len(queries), 3),
        "meant_in_top_10": round(top10 / len(queries), 3),
    }  # fmt: skip


def anyscript(facilities: int, queries: int) -> dict[str, Any]:
    from django.test import Client

    start = time.perf_counter()
    records = seed(facilities)
    planted = _plant()
    seed_s = time.perf_counter() - start
    client = Client()
    for q in list(planted)[:3]:  # warm the caches, as a running server would be
        client.get("/api/v1/facilities", {"q": q})
    native = list(planted.items()) * max(1, queries // (2 * len(planted)))
    return {
        "database": _vendor(), "facilities": facilities, "seed_and_index_s": round(seed_s, 1),
        "native_script": _measure(client, native),
        "misspelt": _measure(client, _misspelt(records, max(10, queries // 2))),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    from bench.matching.data import available

    parser = argparse.ArgumentParser(prog="python -m bench.registry")
    parser.add_argument("what", choices=["upload", "search", "candidates", "anyscript"])
    parser.add_argument("--registry", type=int, default=100_000)
    parser.add_argument("--incoming", type=int, default=10_000)
    parser.add_argument("--facilities", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args(argv)
    if not available():
        print("SKIPPED registry benchmarks: ../shared/data/oshub-lists is not here")
        return 0
    _setup()
    if args.what == "upload":
        result = upload(args.registry, args.incoming)
    elif args.what == "anyscript":
        result = anyscript(args.facilities, args.queries)
    elif args.what == "candidates":
        result = candidates(args.registry, min(args.queries, 100))
    else:
        result = search(args.facilities, args.queries)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
