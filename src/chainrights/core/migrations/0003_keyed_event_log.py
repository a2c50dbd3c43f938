"""The event log becomes a keyed chain (HMAC-SHA256 under CHAINRIGHTS_LOG_KEY).

Entries written before stay as they are (hash_version NULL, plain SHA-256): rewriting a log is
what tampering looks like. If there are any, one keyed ``log.keyed`` entry is appended after
them; its HMAC covers the last unkeyed hash, so none of them can change unnoticed afterwards.
A nullable column is added in place on both databases (no table rebuild, so the append-only
trigger stays).
"""

from django.db import migrations, models


def seal(apps, schema_editor):
    if not apps.get_model("core", "Event").objects.using(schema_editor.connection.alias).exists():
        return  # a new database: every entry will be keyed
    from chainrights.core import events

    events.seal_legacy_log(using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_event_log_append_only"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="hash_version",
            field=models.PositiveSmallIntegerField(null=True),
        ),
        migrations.RunPython(seal, migrations.RunPython.noop),
    ]
