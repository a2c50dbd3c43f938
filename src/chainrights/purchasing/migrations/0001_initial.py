"""The app's first migration: empty, so that its parts can each add their own after it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies: list[tuple[str, str]] = []
    operations: list[migrations.operations.base.Operation] = []
