"""The rating organisation is never stored in the clear: not in any table (its own name row
and its members apart), not in the event log, not as the actor of any logged write."""

from __future__ import annotations

import json

from django.apps import apps
from django.db import connection

from chainrights.core.events import verify_log
from chainrights.core.models import Event, Membership, Organisation
from chainrights.purchasing.models import SupplierRating
from chainrights.purchasing.services import close_cycle, decide_comment
from tests.factories.purchasing import rate

NAME = "Rater 0 Garments"
# where the organisation legitimately is: itself, its members, its site's claim and the order
# the test set up (none of them says it rated anyone)
OWN_ROWS = {"core.organisation", "core.membership", "auth.user", "registry.facility",
            "registry.facilityclaim", "purchasing.purchaseorder"}  # fmt: skip


def _rate_and_close(demo, northwind, suppliers, cycle) -> tuple[Organisation, int]:
    start = Event.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    for user in suppliers[:5]:
        rate(user, northwind, cycle, 3, comment=f"comment from {user.username}")
    comment = SupplierRating.objects.first().comment
    decide_comment(demo["operator"], comment, True, "redacted")
    close_cycle(demo["operator"], cycle)
    return Organisation.objects.get(name=NAME), start


def test_no_table_holds_the_rater_in_plaintext(demo, northwind, suppliers, cycle):
    rater, _ = _rate_and_close(demo, northwind, suppliers, cycle)
    with connection.cursor() as cursor:  # the stored bytes, as a dump of the database holds
        for model in apps.get_models():
            label = model._meta.label_lower
            if label in OWN_ROWS or label == "core.event":
                continue
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608  (a model's own table name)
            for row in cursor.fetchall():
                text = repr(row)
                assert NAME not in text, label
                assert "rater-0-garments" not in text, label
        cursor.execute("SELECT rater, rater_key FROM purchasing_supplierrating")
        stored = cursor.fetchall()
    assert len(stored) == 5
    for rater_token, key in stored:
        raw = bytes(rater_token)
        assert b"organisation" not in raw
        assert b"country" not in raw
        assert raw.startswith(b"gAAAA")  # a Fernet token
        assert len(key) == 64
        assert str(rater.pk) != key


def test_the_event_log_names_no_rater(demo, northwind, suppliers, cycle):
    _rater, start = _rate_and_close(demo, northwind, suppliers, cycle)
    raters = {u.pk for u in suppliers[:5]}
    rater_orgs = set(Membership.objects.filter(user_id__in=raters)
                     .values_list("organisation_id", flat=True))  # fmt: skip
    for event in Event.objects.filter(seq__gt=start):
        text = json.dumps([event.before, event.after, event.reason, event.actor_label])
        assert event.actor_id not in raters, event.tag
        assert event.organisation_id not in rater_orgs, event.tag
        assert NAME not in text, event.tag
        assert "rater-0-garments" not in text, event.tag
        if event.object_type == "purchasing.supplierrating":
            assert event.actor_label == "system:purchasing-rating"
            assert event.after["rater"] == "<redacted>"
            assert event.after["rater_key"] == "<redacted>"
        if event.object_type == "purchasing.ratingcomment":
            assert "comment from" not in text
    assert verify_log().ok
