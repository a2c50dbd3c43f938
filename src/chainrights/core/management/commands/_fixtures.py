"""Which models Django's fixture commands may touch: only framework tables with no domain data.

``dumpdata`` writes every encrypted value as the literal ``"<encrypted>"`` and the event log's
datetimes to the millisecond, and ``loaddata`` saves rows raw, past the event log; a round trip
destroys narratives, contacts, messages and evidence and breaks every event's hash. Content
types, permissions and groups are allowed: ``migrate`` derives them from the code, they hold
no one's data, no secret and no encrypted field, and dumping them helps when reading ``Share``
rows (which name a content type by id) or moving a group definition between test setups.
"""

from __future__ import annotations

from django.apps import apps
from django.core.management import CommandError
from django.db.models import Model

ALLOWED = frozenset({"contenttypes.contenttype", "auth.permission", "auth.group"})


def selected_models(labels: tuple[str, ...], excludes: list[str]) -> list[type[Model]]:
    """The models ``dumpdata labels --exclude excludes`` would write (unknown labels are left
    for Django's own error)."""
    skip_apps, skip_models = set(), set()
    for label in excludes:
        try:
            if "." in label:
                skip_models.add(apps.get_model(label))
            else:
                skip_apps.add(label)
        except LookupError:
            continue
    chosen: list[type[Model]] = []
    for label in labels or [config.label for config in apps.get_app_configs()]:
        try:
            if "." in label:
                app_label, model_name = label.split(".", 1)
                chosen.append(apps.get_app_config(app_label).get_model(model_name))
            else:
                chosen.extend(apps.get_app_config(label).get_models())
        except LookupError:
            continue
    return [m for m in chosen if m not in skip_models and m._meta.app_label not in skip_apps]


def refuse(models: list[type[Model]], verb: str, instead: str) -> None:
    refused = sorted({m._meta.label_lower for m in models} - ALLOWED)
    if refused:
        shown = ", ".join(refused[:6]) + (" …" if len(refused) > 6 else "")
        raise CommandError(
            f"{verb} is refused for domain tables ({shown}): it writes encrypted values as "
            f"'<encrypted>', cannot carry evidence and breaks the event log. Use `{instead}` "
            "(docs/operations.md). Allowed here: " + ", ".join(sorted(ALLOWED)) + "."
        )
