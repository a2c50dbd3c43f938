"""Rewrite the evidence table on PostgreSQL so the plaintext names are gone from its file.

PostgreSQL keeps a dropped column's values, and the row versions an update replaced, in the
table's file until the table is rewritten; ``VACUUM FULL`` writes it anew without them (and
cannot run in a transaction, hence a migration of its own). SQLite needs nothing: rebuilding
the table in the previous migration already left no old page behind (a test reads the file).
Copies made before (backups, PostgreSQL's write-ahead segments until they are recycled) still
hold the names; see docs/privacy.md.
"""

from django.db import migrations


def rewrite(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("VACUUM FULL grievances_evidence")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("grievances", "0003_encrypt_evidence_names"),
    ]

    operations = [
        migrations.RunPython(rewrite, migrations.RunPython.noop, elidable=True),
    ]
