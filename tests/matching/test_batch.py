"""Batch re-clustering: DuckDB and Spark give the in-process engine's clusters."""

from __future__ import annotations

import importlib.util
import logging
import shutil

import pytest

from chainrights.matching import HumanDecisions, Matcher, Record, normalize
from chainrights.matching.batch import dedupe_normalized

# py4j logs "closing down" from a destructor at interpreter exit, after logging has shut down.
logging.getLogger("py4j").setLevel(logging.ERROR)


@pytest.fixture(scope="module")
def records(registry_records):
    copies = [
        Record(
            f"{r.key}-b", r.country.upper(), r.name.upper() + " CO., LTD", r.address, r.lat, r.lng
        )
        for r in registry_records[:15]
    ]
    return [normalize(r) for r in registry_records + copies]


def test_duckdb_clusters_like_the_in_process_engine(records):
    batch = dedupe_normalized(records, "duckdb")
    assert batch == Matcher().dedupe(records)
    for rec in records[-15:]:
        assert batch[rec.key] == batch[rec.key.removesuffix("-b")]


def test_duckdb_honours_cannot_link(records):
    humans = HumanDecisions()
    humans.rejected.add(("CR000", "CR000-b"))
    batch = dedupe_normalized(records, "duckdb", Matcher(humans=humans))
    assert batch["CR000"] != batch["CR000-b"]


def test_unknown_engines_are_refused(records):
    with pytest.raises(ValueError, match="unknown engine 'hadoop'"):
        dedupe_normalized(records, "hadoop")


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None,
    reason="the `spark` extra (pyspark) is not installed",
)
@pytest.mark.skipif(
    shutil.which("java") is None, reason="Apache Spark needs Java, which is not installed"
)
@pytest.mark.filterwarnings("ignore::ResourceWarning")  # py4j closes its sockets late
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_spark_local_clusters_like_duckdb(records):
    assert dedupe_normalized(records, "spark") == dedupe_normalized(records, "duckdb")
