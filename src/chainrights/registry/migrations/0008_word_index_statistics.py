"""PostgreSQL's sample of the word index undercounts its distinct values ~110-fold.

At 1,000,000 facilities ANALYZE believed ``registry_facilityword.word_id`` had 21,107 distinct
values (there are 2,356,740) and ``facility_id`` 217,000 (there are 1,000,000), so it expected
684 facilities for a word that most often names one to ten, and a lookup could tip into a scan
of all 18 million postings (~1.8 s). Stating the ratios (distinct values as a fraction of the
rows: words ÷ postings, facilities ÷ postings, as measured there) keeps its estimates near the
truth (6 expected for 1 found, 1,854 for 926) at any size. SQLite has no such statistic.
"""

from django.db import migrations

FORWARD = """
ALTER TABLE registry_facilityword ALTER COLUMN word_id SET (n_distinct = -0.13);
ALTER TABLE registry_facilityword ALTER COLUMN facility_id SET (n_distinct = -0.055);
ANALYZE registry_facilityword;
"""
BACKWARD = """
ALTER TABLE registry_facilityword ALTER COLUMN word_id RESET (n_distinct);
ALTER TABLE registry_facilityword ALTER COLUMN facility_id RESET (n_distinct);
"""


def _postgres_only(sql: str):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("registry", "0007_facility_word_index")]

    operations = [
        migrations.RunPython(_postgres_only(FORWARD), _postgres_only(BACKWARD)),
    ]
