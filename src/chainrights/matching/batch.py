"""Batch re-clustering of a whole registry: DuckDB (default) or Apache Spark.

The engines differ only in where the blocking join runs: every record's blocking keys go into
a table, the engine joins it with itself (dropping keys shared by too many records) and keeps
each record's best-ranked candidates. The pairs are then scored with the same comparison spec
and model as the in-process engine (``Matcher.is_auto_match``) and clustered with the same
union–find, so a registry clusters identically on either engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from chainrights.matching.blocking import TokenStats, keys_of
from chainrights.matching.cluster import union_find
from chainrights.matching.engine import Matcher
from chainrights.matching.records import Normalized, Record, normalize

# Portable SQL (DuckDB and Spark SQL): pairs sharing a usable key, ranked by shared rarity.
CANDIDATES_SQL = """
WITH sizes AS (
    SELECT key, COUNT(*) AS n FROM keys GROUP BY key HAVING COUNT(*) BETWEEN 2 AND {max_block}
),
shared AS (
    SELECT a.pos AS i, b.pos AS j, SUM(LN({total} / s.n)) AS rarity
    FROM keys a
    JOIN sizes s ON a.key = s.key
    JOIN keys b ON a.key = b.key AND a.pos < b.pos
    GROUP BY a.pos, b.pos
),
ranked AS (
    SELECT i, j, rarity, ROW_NUMBER() OVER (PARTITION BY i ORDER BY rarity DESC, j) AS rank
    FROM shared
)
SELECT i, j FROM ranked WHERE rank <= {limit}
"""


def key_rows(records: list[Normalized]) -> Iterator[tuple[int, str]]:
    for position, rec in enumerate(records):
        for key in keys_of(rec):
            yield position, "\x1f".join(key)


def candidate_sql(total: int, max_block: int, limit: int) -> str:
    return CANDIDATES_SQL.format(total=float(total + 1), max_block=max_block, limit=limit)


def _duckdb_pairs(
    records: list[Normalized], max_block: int, limit: int
) -> Iterator[tuple[int, int]]:
    import duckdb
    import pyarrow as pa

    positions, keys = [], []
    for position, key in key_rows(records):
        positions.append(position)
        keys.append(key)
    table = pa.table({"pos": pa.array(positions, pa.int32()), "key": pa.array(keys, pa.string())})
    with duckdb.connect() as con:
        con.register("keys", table)
        cursor = con.execute(candidate_sql(len(records), max_block, limit))
        while batch := cursor.fetchmany(100_000):
            yield from batch


def _spark_pairs(
    records: list[Normalized], max_block: int, limit: int
) -> Iterator[tuple[int, int]]:
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").appName("chainrights-dedupe").getOrCreate()
    frame = spark.createDataFrame(list(key_rows(records)), schema="pos INT, key STRING")
    frame.createOrReplaceTempView("keys")
    for row in spark.sql(candidate_sql(len(records), max_block, limit)).toLocalIterator():
        yield row["i"], row["j"]


ENGINES = {"duckdb": _duckdb_pairs, "spark": _spark_pairs}


def dedupe_normalized(
    records: list[Normalized], engine: str = "duckdb", matcher: Matcher | None = None,
    max_block: int = 5000,
) -> dict[str, str]:  # fmt: skip
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    matcher = matcher or Matcher()
    stats = TokenStats()
    for rec in records:
        stats.add(rec)
    pairs = []
    for i, j in ENGINES[engine](records, max_block, matcher.candidates):
        probability = matcher.is_auto_match(stats, records[i], records[j])
        if probability is not None:
            pairs.append((probability, i, j))
    return union_find([r.key for r in records], pairs, matcher.humans)


def dedupe_batch(
    records: Iterable[Record], engine: str = "duckdb", matcher: Matcher | None = None
) -> dict[str, str]:
    return dedupe_normalized([normalize(r) for r in records], engine, matcher)
