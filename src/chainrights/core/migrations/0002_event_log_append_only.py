"""Database triggers that refuse UPDATE (and, on PostgreSQL, DELETE) of log entries.

SQLite gets the UPDATE trigger only: Django's test flush empties tables with
DELETE there. Deletions are still detected on both databases by the hash chain's
sequence check in ``verify_log``.
"""

from django.db import migrations

SQLITE = [
    """CREATE TRIGGER core_event_append_only BEFORE UPDATE ON core_event
       BEGIN SELECT RAISE(ABORT, 'core_event is append-only'); END;""",
]
SQLITE_REVERSE = ["DROP TRIGGER IF EXISTS core_event_append_only;"]

POSTGRES = [
    """CREATE OR REPLACE FUNCTION core_event_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'core_event is append-only'; END; $$ LANGUAGE plpgsql;""",
    """CREATE TRIGGER core_event_append_only BEFORE UPDATE OR DELETE ON core_event
       FOR EACH ROW EXECUTE FUNCTION core_event_append_only();""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS core_event_append_only ON core_event;",
    "DROP FUNCTION IF EXISTS core_event_append_only();",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        )
    ]
