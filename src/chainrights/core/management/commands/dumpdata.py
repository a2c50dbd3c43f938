"""``dumpdata``, refused on domain tables: use ``chainrights backup`` (see ``_fixtures``)."""

from typing import Any

from django.core.management.commands import dumpdata

from chainrights.core.management.commands._fixtures import refuse, selected_models


class Command(dumpdata.Command):
    def handle(self, *app_labels: str, **options: Any) -> None:
        models = selected_models(app_labels, options.get("exclude") or [])
        refuse(models, "dumpdata", "chainrights backup ARCHIVE")
        super().handle(*app_labels, **options)
