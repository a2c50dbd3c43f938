"""What a restored database holds, read through the models as the app reads it.

The backup tests compute this on the source database in the test process and again on the
restored database in a separate process (``python -m tests.core.backup_probe``, with
``DATABASE_URL`` pointing at the target), then compare the two. ``… backup_probe write`` keeps
writing to a database, as the running app would, while a backup is taken.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from typing import Any


def stored_values() -> dict[str, dict[str, dict[str, str]]]:
    """Every encrypted value and every stored file (each ``BinaryField``), decrypted, by
    model, primary key and field. Bytes are given as base64, so files compare byte for byte."""
    from django.apps import apps
    from django.db import models

    out: dict[str, dict[str, dict[str, str]]] = {}
    for model in apps.get_models():
        names = [
            f.attname for f in model._meta.concrete_fields if isinstance(f, models.BinaryField)
        ]
        if not names:
            continue
        rows: dict[str, dict[str, str]] = {}
        for pk, *values in model._base_manager.order_by("pk").values_list("pk", *names):
            rows[str(pk)] = {name: _text(value) for name, value in zip(names, values, strict=True)}
        out[model._meta.label_lower] = rows
    return out


def _text(value: Any) -> str:
    if value is None:
        return "<null>"
    if isinstance(value, bytes | memoryview):
        return "b64:" + base64.b64encode(bytes(value)).decode()
    return str(value)


def table_counts() -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (names from the schema)
            counts[table] = cursor.fetchone()[0]
    return counts


def keep_writing() -> None:
    """The app at work: one logged write after another, each committed, until killed."""
    from chainrights.core import events
    from chainrights.core.models import Organisation

    n = 0
    while True:
        with events.acting_as(system="test-writer", reason="busy"):
            Organisation.objects.create(name=f"Writer {os.getpid()} {n}", kind="brand")
        n += 1
        if n == 1:
            print("writing", flush=True)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from chainrights.core.events import verify_log

    if sys.argv[1:] == ["write"]:
        keep_writing()

    result = verify_log()
    print(json.dumps({
        "values": stored_values(),
        "counts": table_counts(),
        "log": {"ok": result.ok, "checked": result.checked, "problems": result.problems},
    }))  # fmt: skip


if __name__ == "__main__":
    main()
