"""PostgreSQL is told the word index's distinct ratios (migration registry 0008): its own
sample undercounts them ~110-fold and then plans a scan of every posting for a rare word."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_postgresql_knows_how_many_distinct_words_and_facilities_the_postings_hold():
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner statistic; SQLite has none (the with-postgres pass)")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attoptions FROM pg_attribute "
            "WHERE attrelid = 'registry_facilityword'::regclass AND attoptions IS NOT NULL"
        )
        options = dict(cursor.fetchall())
    assert options == {"word_id": ["n_distinct=-0.13"], "facility_id": ["n_distinct=-0.055"]}
