"""Batch re-clustering of a whole registry: DuckDB (default) or Apache Spark.

The engines differ only in where the blocking join runs: every record's blocking keys go into
a table, the engine joins it with itself (dropping keys shared by too many records) and keeps
each record's best-ranked candidates. The pairs are then scored with the same comparison spec
and model as the in-process engine (``Matcher.is_auto_match``) and clustered with the same
union–find, so a registry clusters identically on either engine.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator

from chainrights.matching.blocking import TokenStats, keys_of
from chainrights.matching.cluster import union_find
from chainrights.matching.engine import Matcher
from chainrights.matching.records import Normalized, Record, normalize

# Portable SQL (DuckDB and Spark SQL). Each record joins only through its few rarest usable
# keys, so a common key never explodes into millions of pairs; partners are ranked by the
# summed rarity of the keys they share and each record keeps its best ``limit``.
CANDIDATES_SQL = """
WITH sizes AS (
    SELECT key, COUNT(*) AS n FROM keys GROUP BY key
),
usable AS (
    SELECT k.pos, k.key, s.n FROM keys k JOIN sizes s ON k.key = s.key
    WHERE s.n BETWEEN 2 AND {max_block}
),
chosen AS (
    SELECT pos, key, n FROM (
        SELECT pos, key, n, ROW_NUMBER() OVER (PARTITION BY pos ORDER BY n, key) AS r
        FROM usable
    ) WHERE r <= {keys_per_record}
),
shared AS (
    SELECT LEAST(a.pos, b.pos) AS i, GREATEST(a.pos, b.pos) AS j, MAX(LN({total} / a.n)) AS rarity
    FROM chosen a JOIN usable b ON a.key = b.key AND a.pos <> b.pos
    GROUP BY LEAST(a.pos, b.pos), GREATEST(a.pos, b.pos), a.key
),
scored AS (
    SELECT i, j, SUM(rarity) AS rarity FROM shared GROUP BY i, j
),
ranked AS (
    SELECT i, j, ROW_NUMBER() OVER (PARTITION BY i ORDER BY rarity DESC, j) AS rank_i,
           ROW_NUMBER() OVER (PARTITION BY j ORDER BY rarity DESC, i) AS rank_j
    FROM scored
)
SELECT i, j FROM ranked WHERE rank_i <= {limit} OR rank_j <= {limit}
"""


def key_rows(records: list[Normalized]) -> Iterator[tuple[int, str]]:
    for position, rec in enumerate(records):
        for key in keys_of(rec):
            yield position, "\x1f".join(key)


def candidate_sql(total: int, max_block: int, limit: int, keys_per_record: int = 5) -> str:
    return CANDIDATES_SQL.format(
        total=float(total + 1), max_block=max_block, limit=limit, keys_per_record=keys_per_record
    )


def _duckdb_pairs(
    records: list[Normalized], max_block: int, limit: int, keys_per_record: int
) -> Iterator[tuple[int, int]]:
    import duckdb
    import pyarrow as pa

    positions, keys = [], []
    for position, key in key_rows(records):
        positions.append(position)
        keys.append(key)
    table = pa.table({"pos": pa.array(positions, pa.int32()), "key": pa.array(keys, pa.string())})
    with (
        tempfile.TemporaryDirectory(prefix="chainrights-duckdb-") as spill,
        duckdb.connect(
            config={
                "threads": 2,
                "memory_limit": "3GB",
                "temp_directory": spill,
                "preserve_insertion_order": False,
            }
        ) as con,
    ):
        con.register("keys", table)
        cursor = con.execute(candidate_sql(len(records), max_block, limit, keys_per_record))
        while batch := cursor.fetchmany(100_000):
            yield from batch


def _spark_pairs(
    records: list[Normalized], max_block: int, limit: int, keys_per_record: int
) -> Iterator[tuple[int, int]]:
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").appName("chainrights-dedupe").getOrCreate()
    try:
        frame = spark.createDataFrame(list(key_rows(records)), schema="pos INT, key STRING")
        frame.createOrReplaceTempView("keys")
        rows = spark.sql(candidate_sql(len(records), max_block, limit, keys_per_record)).collect()
    finally:
        spark.stop()
    for row in rows:
        yield row["i"], row["j"]


ENGINES = {"duckdb": _duckdb_pairs, "spark": _spark_pairs}


def dedupe_normalized(
    records: list[Normalized], engine: str = "duckdb", matcher: Matcher | None = None,
    max_block: int = 200, partners: int = 20, keys_per_record: int = 5,
) -> dict[str, str]:  # fmt: skip
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    matcher = matcher or Matcher()
    stats = TokenStats()
    for rec in records:
        stats.add(rec)
    pairs = []
    for i, j in ENGINES[engine](records, max_block, partners, keys_per_record):
        probability = matcher.is_auto_match(stats, records[i], records[j])
        if probability is not None:
            pairs.append((probability, i, j))
    return union_find([r.key for r in records], pairs, matcher.humans)


def dedupe_batch(
    records: Iterable[Record], engine: str = "duckdb", matcher: Matcher | None = None
) -> dict[str, str]:
    return dedupe_normalized([normalize(r) for r in records], engine, matcher)
