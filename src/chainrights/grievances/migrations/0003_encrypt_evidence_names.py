"""Evidence file names are encrypted like the files (a payslip is often named after the worker).

The plaintext column is renamed, an encrypted one added and filled from it under the newest
``CHAINRIGHTS_DATA_KEY``, and the plaintext column dropped. The event log is not written: it
has always recorded these names as ``<redacted>``, and no name changes. Reversible.
"""

from django.db import migrations, models

import chainrights.core.crypto


def encrypt_names(apps, schema_editor):
    Evidence = apps.get_model("grievances", "Evidence")
    rows = Evidence.objects.using(schema_editor.connection.alias).values_list("pk", "plain_name")
    for pk, name in rows.iterator(chunk_size=500):
        # update() prepares the value through the field, i.e. encrypts it.
        Evidence.objects.using(schema_editor.connection.alias).filter(pk=pk).update(filename=name)


def decrypt_names(apps, schema_editor):
    Evidence = apps.get_model("grievances", "Evidence")
    rows = Evidence.objects.using(schema_editor.connection.alias).values_list("pk", "filename")
    for pk, name in rows.iterator(chunk_size=500):
        Evidence.objects.using(schema_editor.connection.alias).filter(pk=pk).update(
            plain_name=name[:200]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("grievances", "0002_public_reports"),
    ]

    operations = [
        migrations.RenameField(model_name="evidence", old_name="filename", new_name="plain_name"),
        # A default, so that going back can re-add the column to a table that has rows.
        migrations.AlterField(
            model_name="evidence",
            name="plain_name",
            field=models.CharField(max_length=200, blank=True, default=""),
        ),
        migrations.AddField(
            model_name="evidence",
            name="filename",
            field=chainrights.core.crypto.EncryptedTextField(default=b""),
        ),
        migrations.RunPython(encrypt_names, decrypt_names, elidable=False),
        migrations.RemoveField(model_name="evidence", name="plain_name"),
    ]
