"""Trainings of labour inspectors (issue 16): recorded as capacity building with no facility,
owned by the inspectorate; counts by gender, never names; public unless the inspectorate
keeps one private; refused whole on bad input."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from chainrights.audits import services
from chainrights.audits.models import CapacityActivity
from chainrights.core.models import Event
from chainrights.core.refusals import Invalid, NotAllowed
from tests.factories import TrainingFactory
from tests.factories.states import InspectorateFactory, inspector

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _draft(**fields: Any) -> services.TrainingDraft:
    base = {"title": "Reading payroll", "start_date": date(2026, 3, 1), "women": 3, "men": 4}
    return services.TrainingDraft(**(base | fields))


def test_a_training_is_owned_by_the_inspectorate_and_has_no_facility():
    person = inspector()
    made = TrainingFactory(user=person, other=1, topic="Working time",
                           rights=["working-hours", "excessive-overtime"])  # fmt: skip
    made.refresh_from_db()
    assert made.facility is None
    assert made.owner_org == person.memberships.get().organisation
    assert made.visibility == "public"
    assert made.participants == [{"role": "inspectors", "women": 12, "men": 18, "other": 1}]
    assert made.rights == ["excessive-overtime", "working-hours"]
    assert Event.objects.filter(reason="inspector training recorded").count() == 1
    out = services.training_out(made)
    assert out["participants"] == {"women": 12, "men": 18, "other": 1}
    assert out["total"] == 31


def test_the_country_summary_counts_public_trainings_only():
    person = inspector()
    TrainingFactory(user=person, start_date=date(2026, 1, 5))
    TrainingFactory(user=person, start_date=date(2026, 4, 1), women=1, men=0, other=2,
                    rights=["maternity-protection"])  # fmt: skip
    TrainingFactory(user=person, public=False, women=50)
    TrainingFactory(user=inspector(InspectorateFactory(country="KH")))
    summary = services.country_trainings("bd")
    assert summary == {
        "country": "BD", "count": 2, "participants": {"women": 13, "men": 18, "other": 2},
        "latest": date(2026, 4, 1), "rights": ["maternity-protection", "working-hours"],
    }  # fmt: skip
    assert services.country_trainings("FR")["count"] == 0
    assert services.country_trainings("FR")["latest"] is None


def test_a_private_training_is_seen_by_its_inspectorate_and_the_operator(demo):
    person = inspector()
    hidden = TrainingFactory(user=person, public=False)
    assert hidden in services.trainings_for(person)
    assert hidden in services.trainings_for(demo["operator"])
    assert hidden not in services.trainings_for(None)
    assert hidden not in services.trainings_for(demo["inspector"])  # another inspectorate
    assert hidden not in services.trainings_for(demo["brand"])


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"women": -1}, "women", "between 0 and"),
        ({"men": 100_001}, "men", "between 0 and"),
        ({"women": 0, "men": 0, "other": 0}, "women", "at least one participant"),
        ({"end_date": date(2026, 2, 1)}, "end_date", "before the start"),
        ({"rights": ["working-hours", "made-up-right"]}, "rights", "made-up-right"),
        ({"title": "x" * 201}, "title", "longer than 200"),
        ({"description": "x" * 10_001}, "description", "longer than 10000"),
        ({"title": "   "}, "title", "required"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(fields, field, words):
    person = inspector()
    with pytest.raises(Invalid, match=words) as refused:
        services.record_training(person, _draft(**fields))
    assert refused.value.field == field
    assert not CapacityActivity.objects.exists()


def test_who_may_record(demo):
    viewer = inspector(role="viewer")
    with pytest.raises(NotAllowed):
        services.record_training(viewer, _draft())
    with pytest.raises(NotAllowed):
        services.record_training(demo["supplier"], _draft())
    with pytest.raises(Invalid, match="Name the inspectorate") as unnamed:
        services.record_training(demo["operator"], _draft())
    assert unnamed.value.field == "inspectorate_id"
    brand_org = demo["brand"].memberships.get().organisation
    with pytest.raises(Invalid, match="No labour inspectorate"):
        services.record_training(demo["operator"], _draft(), inspectorate=brand_org.pk)
    dife = demo["inspector"].memberships.get().organisation
    made = services.record_training(demo["operator"], _draft(), inspectorate=dife.pk)
    assert made.owner_org == dife
    other = InspectorateFactory()
    with pytest.raises(NotAllowed):  # an inspectorate records for itself only
        services.record_training(demo["inspector"], _draft(), inspectorate=other.pk)
    assert CapacityActivity.objects.count() == 1


def test_the_page_lists_and_records_with_a_redirect(demo):
    page = Client().get("/inspections/trainings").content.decode()
    assert "No training recorded yet." in page
    assert "Record the training" not in page
    client = _client(demo["inspector"])
    assert "Record the training" in client.get("/inspections/trainings").content.decode()
    response = client.post("/inspections/trainings", {
        "title": "Hazardous chemicals", "topic": "OSH", "rights": ["occupational-safety-and-health"],
        "start_date": "2026-05-04", "end_date": "2026-05-05", "women": "7", "men": "9",
        "other": "0", "public": "on"})  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == "/inspections/trainings"
    page = Client().get("/inspections/trainings").content.decode()
    assert "Hazardous chemicals" in page
    assert "7 women, 9 men, 0 other" in page
    assert CapacityActivity.objects.get().owner_org.name.startswith("Department of Inspection")


def test_the_page_keeps_what_was_typed_on_bad_input(demo):
    client = _client(demo["inspector"])
    response = client.post("/inspections/trainings", {
        "title": "Backwards", "start_date": "2026-05-04", "end_date": "2026-05-01",
        "women": "1", "men": "0", "other": "0"})  # fmt: skip
    assert response.status_code == 200
    page = response.content.decode()
    assert "The end is before the start." in page
    assert 'value="Backwards"' in page
    negative = client.post(
        "/inspections/trainings",
        {"title": "Negative", "start_date": "2026-05-04", "women": "-3", "men": "0", "other": "0"},
    )
    assert negative.status_code == 200
    assert not CapacityActivity.objects.exists()


def test_a_stranger_may_not_post_the_form(demo):
    body = {"title": "x", "start_date": "2026-05-04", "women": "1", "men": "0", "other": "0"}
    assert Client().post("/inspections/trainings", body).status_code == 403
    assert _client(demo["brand"]).post("/inspections/trainings", body).status_code == 403
    assert not CapacityActivity.objects.exists()


def test_the_operator_chooses_the_inspectorate_on_the_page(demo):
    dife = demo["inspector"].memberships.get().organisation
    client = _client(demo["operator"])
    assert "Inspectorate" in client.get("/inspections/trainings").content.decode()
    response = client.post("/inspections/trainings", {
        "inspectorate_id": str(dife.pk), "title": "Child labour", "start_date": "2026-05-04",
        "women": "2", "men": "2", "other": "0"})  # fmt: skip
    assert response.status_code == 302
    assert CapacityActivity.objects.get().owner_org == dife


def test_the_api_records_and_lists(demo, api_for):
    from tests.conftest import ApiClient

    body = {"title": "Dust and heat", "start_date": "2026-01-10", "women": 5, "men": 6,
            "rights": ["occupational-safety-and-health"]}  # fmt: skip
    api = api_for("inspector")
    made = api.send("POST", "/api/v1/inspector-trainings", body)
    assert made.status_code == 201, made.content
    assert made.json()["participants"] == {"women": 5, "men": 6, "other": 0}
    listed = ApiClient().get_json("/api/v1/inspector-trainings?country=BD").json()
    assert [t["title"] for t in listed["items"]] == ["Dust and heat"]
    assert "created_by" not in listed["items"][0]
    bad = api.send("POST", "/api/v1/inspector-trainings", body | {"men": -2})
    assert bad.status_code in (400, 422)
    unknown = api.send("POST", "/api/v1/inspector-trainings", body | {"rights": ["nope"]})
    assert unknown.status_code == 400
    assert "nope" in unknown.content.decode()
    assert CapacityActivity.objects.count() == 1
    # the capacity list (the facility activities' API) still answers, with no facility here
    everything = ApiClient().get_json("/api/v1/capacity").json()["items"]
    assert everything[0]["facility_id"] is None


def test_existing_capacity_pages_still_work_with_a_facility_less_training(demo):
    TrainingFactory(user=demo["inspector"])
    page = Client().get("/audits/capacity")
    assert page.status_code == 200
    assert "Department of Inspection" in page.content.decode()


def test_the_demo_inspectorate_has_two_trainings(demo):
    from chainrights.audits.demo import _inspector_trainings

    assert _inspector_trainings(demo["inspector"]) == 2
    assert _inspector_trainings(demo["inspector"]) == 0  # loading twice adds nothing
    assert services.country_trainings("BD")["count"] == 2


def test_the_page_and_its_messages_are_in_every_language():
    import polib

    from tests.i18n import _PYTHON, _TEMPLATE, LANGUAGES, SOURCE

    texts = [(SOURCE / n).read_text() for n in ("audits/trainings.py", "audits/views_trainings.py")]
    forms = (SOURCE / "audits/forms.py").read_text()
    texts.append(forms[forms.index("def _count(") :])  # the training form's labels
    wanted = {m["s"] for text in texts for m in _PYTHON.finditer(text)}
    page = (SOURCE / "audits/templates/audits/trainings.html").read_text()
    wanted |= {m["s"] for m in _TEMPLATE.finditer(page)}
    wanted |= {"%(n)s in all", "%(w)s women, %(m)s men, %(o)s other"}  # its blocktranslates
    assert {"Topic", "Rights covered", "Count at least one participant."} <= wanted
    for language in LANGUAGES:
        po = polib.pofile(str(SOURCE / "locale" / language / "LC_MESSAGES" / "django.po"))
        done = {e.msgid for e in po if e.translated() and "fuzzy" not in e.flags}
        assert sorted(wanted - done) == [], language
