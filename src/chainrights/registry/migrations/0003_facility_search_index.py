"""Substring search over facility names, addresses and IDs that stays fast at a million rows.

PostgreSQL: a trigram GIN index (pg_trgm, a trusted extension) serves ``LIKE '%words%'``.
SQLite: an FTS5 table with the trigram tokenizer, kept in step by triggers, serves the same.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE registry_facility_fts USING fts5("
    "search_text, content='registry_facility', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER registry_facility_fts_ai AFTER INSERT ON registry_facility BEGIN "
    "INSERT INTO registry_facility_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER registry_facility_fts_ad AFTER DELETE ON registry_facility BEGIN "
    "INSERT INTO registry_facility_fts(registry_facility_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER registry_facility_fts_au AFTER UPDATE OF search_text ON registry_facility "
    "BEGIN INSERT INTO registry_facility_fts(registry_facility_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO registry_facility_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO registry_facility_fts(registry_facility_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS registry_facility_fts_ai",
    "DROP TRIGGER IF EXISTS registry_facility_fts_ad",
    "DROP TRIGGER IF EXISTS registry_facility_fts_au",
    "DROP TABLE IF EXISTS registry_facility_fts",
]
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS registry_facility_search_trgm "
    "ON registry_facility USING gin (search_text gin_trgm_ops)",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS registry_facility_search_trgm"]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("registry", "0002_lists_versions_claims_summary")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
