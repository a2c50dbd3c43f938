"""Facility.public: whether anyone may know a facility exists (issue 13, item 3).

A facility that only private lists name was shown to everyone; from here on it is hidden from
all but those lists' readers and operators. Existing rows are decided from the decisions in
force: public when a public list names the facility now, when its supplier's claim was
verified, or when no list founded it.

On SQLite adding a column rebuilds ``registry_facility``, which drops the search triggers of
migration 0003, so they are made again and the search table rebuilt.
"""

import importlib

from django.db import migrations, models


def _search_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    search_index = importlib.import_module(
        "chainrights.registry.migrations.0003_facility_search_index"
    )
    for sql in search_index.SQLITE_FORWARD:
        if sql.startswith("CREATE VIRTUAL TABLE"):
            continue  # the search table itself survives the rebuild
        schema_editor.execute(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS"))


def _decide_existing(apps, schema_editor):
    Facility = apps.get_model("registry", "Facility")
    MatchDecision = apps.get_model("registry", "MatchDecision")
    SourceRecord = apps.get_model("registry", "SourceRecord")

    latest: dict[int, int | None] = {}
    decisions = MatchDecision.objects.order_by("source_id", "created_at", "pk")
    for source_id, facility_id in decisions.values_list("source_id", "facility_id").iterator():
        latest[source_id] = facility_id
    public_sources = set(
        SourceRecord.objects.filter(supplier_list__visibility="public").values_list("pk", flat=True)
    )
    merged_into = dict(Facility.objects.values_list("pk", "merged_into_id"))

    def survivor(pk: int) -> int:
        seen = {pk}
        while merged_into.get(pk) is not None and merged_into[pk] not in seen:
            pk = merged_into[pk]
            seen.add(pk)
        return pk

    named_publicly = {f for s, f in latest.items() if f is not None and s in public_sources}
    named_publicly_here = {survivor(f) for f in named_publicly}
    founded = set(
        MatchDecision.objects.filter(decision="new").values_list("facility_id", flat=True)
    )
    claimed = set(Facility.objects.exclude(claimed_by=None).values_list("pk", flat=True))
    hidden = [
        pk
        for pk, into in merged_into.items()
        if pk in founded
        and pk not in claimed
        and pk not in (named_publicly if into else named_publicly_here)
    ]
    for start in range(0, len(hidden), 500):
        Facility.objects.filter(pk__in=hidden[start : start + 500]).update(public=False)


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0005_list_runner"),
    ]

    operations = [
        migrations.AddField(
            model_name="facility",
            name="public",
            field=models.BooleanField(db_index=True, default=True),
        ),
        migrations.RunPython(_search_triggers, migrations.RunPython.noop),
        migrations.RunPython(_decide_existing, migrations.RunPython.noop),
    ]
