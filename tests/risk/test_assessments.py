"""Impact assessments: drafts, the freeze on publishing, corrections as new versions, who sees
what, field errors, the PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from typing import Any

import pytest
from django.test import Client

from chainrights.core import events, refusals
from chainrights.core.models import Event, Organisation
from chainrights.risk import assessments
from chainrights.risk.models import AssessmentStatus, ImpactAssessment, Publication, RiskItem
from tests.factories import UserFactory
from tests.factories.states import admissible_case
from tests.risk.conftest import facility_key, register


@pytest.fixture
def draft(demo: dict[str, Any], northwind: Any, site: Any) -> ImpactAssessment:
    """A draft for the site, with one case behind a forced-labour item, consulted and found."""
    admissible_case(demo["handler"], site, rights=["debt-bondage"])
    register(northwind)
    brand = demo["brand"]
    a = assessments.create(brand, title="Rupsha HRIA 2026", scope="facility",
                           facility=site.public_id, period_start=date(2026, 1, 1),
                           period_end=date(2026, 6, 30), review_on=date(2027, 6, 30))  # fmt: skip
    assessments.add_consultation(a, brand, group="workers_women", people=24,
                                 method="focus groups off site", held_on=date(2026, 3, 4))  # fmt: skip
    assessments.add_finding(a, brand, right="forced-labour", text="Recruitment fees repaid "
                            "from wages.", items=[facility_key("forced-labour", site)])  # fmt: skip
    assessments.add_action(a, brand, text="Repay the fees", owner="Sourcing lead",
                           due_on=date(2026, 9, 30))  # fmt: skip
    return a


def _claim(site: Any) -> None:
    with events.acting_as(system="test"):
        site.claimed_by = Organisation.objects.get(name="Dhaka Knit Composite Ltd")
        site.save()


def test_a_draft_links_the_register_items_its_facility_has(draft, site):
    assert facility_key("forced-labour", site) in draft.item_keys
    assert draft.status == AssessmentStatus.DRAFT
    assert draft.version == 1


def test_publishing_freezes_the_content_and_logs_its_hash(demo, draft, site, northwind):
    done = assessments.publish(draft, demo["brand"])
    frozen = assessments.digest(done.frozen)
    assert done.content_hash == frozen
    assert len(frozen) == 64
    logged = Event.objects.filter(tag="assessment.published", object_id=str(done.pk)).get()
    assert logged.after["sha256"] == done.content_hash
    with events.acting_as(system="test"):
        site.name = "Renamed Knitwear Ltd"
        site.save()
    RiskItem.objects.filter(buyer=northwind).delete()  # the register is derived: rebuilt at will
    from chainrights.risk.reads import assessment_view

    view = assessment_view(ImpactAssessment.objects.get(pk=done.pk), demo["brand"])
    assert view["facility"]["name"] == "Rupsha Knitwear Ltd"
    assert [i["key"] for i in view["items"]] == [facility_key("forced-labour", site)]
    assert view["items"][0]["evidence"], "the evidence as it stood when published"
    assert view["sha256"] == done.content_hash


def test_a_published_version_is_never_edited_a_correction_is_a_new_version(demo, draft):
    brand = demo["brand"]
    assessments.publish(draft, brand)
    with pytest.raises(refusals.Conflict):
        assessments.update_draft(draft, brand, title="Changed")
    with pytest.raises(refusals.Conflict):
        assessments.add_action(draft, brand, text="x", owner="y", due_on=date(2026, 1, 1))
    new = assessments.correct(draft, brand)
    assert (new.version, new.supersedes_id, new.status) == (2, draft.pk, "draft")
    assert new.findings.count() == 1
    assert new.consultations.count() == 1
    assessments.update_draft(new, brand, title="Rupsha HRIA 2026 (corrected)")
    assessments.publish(new, brand)
    draft.refresh_from_db()
    assert draft.status == AssessmentStatus.CORRECTED
    assert draft.frozen["title"] == "Rupsha HRIA 2026"
    assert Event.objects.filter(tag="assessment.corrected", object_id=str(draft.pk)).exists()


def test_only_the_brands_editors_write(demo, draft):
    with pytest.raises(refusals.NotAllowed):
        assessments.publish(draft, demo["brandviewer"])
    with pytest.raises(refusals.NotAllowed):
        assessments.create(demo["supplier"], title="x", scope="country_product", country="BD",
                           product="garments", period_start=date(2026, 1, 1),
                           period_end=date(2026, 2, 1))  # fmt: skip


def test_bad_input_names_the_field_and_writes_nothing(demo, northwind):
    brand, before = demo["brand"], ImpactAssessment.objects.count()
    base = {"title": "BD garments", "scope": "country_product", "country": "BD",
            "product": "garments", "period_start": date(2026, 1, 1),
            "period_end": date(2026, 6, 1)}  # fmt: skip
    cases = [
        ({"country": "XX"}, "country"),
        ({"period_end": date(2025, 1, 1)}, "period_end"),
        ({"scope": "facility", "facility": "NOPE"}, "facility"),
        ({"title": " "}, "title"),
    ]
    for change, field in cases:
        with pytest.raises(refusals.Invalid) as caught:
            assessments.create(brand, **(base | change))
        assert caught.value.field == field
    with pytest.raises(refusals.Invalid) as caught:
        assessments.create_full(
            brand,
            **base,
            consultations=[],
            actions=[],
            findings=[{"right": "forced-labour", "text": "no evidence"}],
        )
    assert caught.value.field == "findings[0].source"
    assert ImpactAssessment.objects.count() == before


def _get(user: Any, path: str) -> int:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(path).status_code


def test_who_sees_a_draft_and_a_published_assessment(demo, draft, site, northwind):
    _claim(site)
    other = UserFactory(organisation=Organisation.objects.get(name="Southbay Outfitters"))
    path = f"/risk/assessments/{draft.pk}"
    seen = {name: _get(demo[name], path) for name in ("brand", "brandviewer", "operator",
                                                       "supplier", "union")}  # fmt: skip
    assert seen == {"brand": 200, "brandviewer": 200, "operator": 200, "supplier": 404,
                    "union": 404}  # fmt: skip
    assessments.publish(draft, demo["brand"])
    assert _get(demo["supplier"], path) == 200, "published, at its own claimed facility"
    assert (_get(None, path), _get(other, path)) == (404, 404), "salient issues not published"
    with events.acting_as(system="test"):
        Publication.objects.create(buyer=northwind, published=True)
    assert (_get(None, path), _get(other, path)) == (200, 200)


def test_the_public_reads_only_public_evidence(demo, draft, northwind):
    from chainrights.risk.reads import assessment_view

    assessments.publish(draft, demo["brand"])
    full = assessment_view(draft, demo["brand"])["items"][0]["evidence"]
    public = assessment_view(draft, None)["items"][0]["evidence"]
    assert any(p["kind"] == "case_admissible" for p in full)
    assert not any(p["kind"].startswith("case") for p in public)


def test_the_pages_forms_add_parts_and_redirect(demo, draft):
    client = Client()
    client.force_login(demo["brand"])
    url = f"/risk/assessments/{draft.pk}"
    page = client.get(url)
    assert b"Rupsha HRIA 2026" in page.content
    assert b"Add a finding" in page.content
    done = client.post(f"{url}/actions", {"text": "Train supervisors", "owner": "HR",
                                          "due_on": "2026-10-01"})  # fmt: skip
    assert done.status_code == 302
    assert draft.actions.count() == 2
    bad = client.post(
        f"{url}/consultations",
        {"group": "union", "people": "0", "method": "meeting", "held_on": "2026-03-01"},
    )
    assert bad.status_code == 400
    assert draft.consultations.count() == 1
    assert b"greater than or equal to 1" in bad.content
    new = client.post(
        "/risk/assessments/new",
        {
            "title": "BD garments",
            "scope": "country_product",
            "country": "bd",
            "product": "Garments",
            "period_start": "2026-01-01",
            "period_end": "2026-06-30",
        },
    )
    assert new.status_code == 302
    created = ImpactAssessment.objects.get(title="BD garments")
    assert (created.country, created.product) == ("BD", "garments")
    refused = client.post(
        "/risk/assessments/new",
        {
            "title": "x",
            "scope": "country_product",
            "country": "ZZ",
            "product": "garments",
            "period_start": "2026-01-01",
            "period_end": "2026-06-30",
        },
    )
    assert refused.status_code == 400
    assert b"two-letter code" in refused.content


def test_the_register_item_page_links_the_assessment(demo, draft, site, northwind):
    item = RiskItem.objects.get(buyer=northwind, key=facility_key("forced-labour", site))
    client = Client()
    client.force_login(demo["brand"])
    assert f"/risk/assessments/{draft.pk}".encode() in client.get(f"/risk/{item.pk}").content


def test_the_api_creates_reads_and_publishes(demo, site, northwind):
    from chainrights.core.services import issue_token
    from tests.conftest import ApiClient

    register(northwind)
    _token, secret = issue_token(demo["brand"], name="hria")
    api = ApiClient(secret)
    body = {
        "title": "API HRIA",
        "scope": "facility",
        "facility": site.public_id,
        "period_start": "2026-01-01",
        "period_end": "2026-03-31",
        "consultations": [
            {"group": "union", "people": 3, "method": "meeting", "held_on": "2026-02-01"}
        ],
        "findings": [{"right": "wages", "text": "Overtime unpaid.", "source": "payslips"}],
        "actions": [{"text": "Back pay", "owner": "Supplier HR", "due_on": "2026-06-30"}],
    }
    made = api.send("POST", "/api/v1/risk/assessments", body)
    assert made.status_code == 200, made.content
    aid = made.json()["id"]
    published = api.send("POST", f"/api/v1/risk/assessments/{aid}/publish", {})
    assert published.json()["status"] == "published"
    assert len(published.json()["sha256"]) == 64
    assert (
        api.get_json(f"/api/v1/risk/assessments/{aid}").json()["findings"][0]["source"]
        == "payslips"
    )
    listed = api.get_json("/api/v1/risk/assessments").json()["assessments"]
    assert [a["id"] for a in listed] == [aid]


def test_the_pdf_renders_with_its_title(demo, draft):
    client = Client()
    client.force_login(demo["brand"])
    pdf = client.get(f"/risk/assessments/{draft.pk}.pdf")
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")
    tool = shutil.which("pdftotext")
    if tool:
        text = subprocess.run([tool, "-", "-"], input=pdf.content, capture_output=True,  # noqa: S603
                              check=True).stdout.decode()  # fmt: skip
        assert "Rupsha HRIA 2026" in text
        assert "Repay the fees" in text


def test_a_country_is_named_as_the_rest_of_the_platform_takes_it(demo):
    """The scope's country goes through ``chainrights.countries``: a code in any case or the
    name in another language gives the same ISO code; what no table knows is refused."""
    made = [
        assessments.create(
            demo["brand"],
            title="x",
            scope="country_product",
            country=text,
            product="Garments",
            period_start=date(2026, 1, 1),
            period_end=date(2026, 2, 1),
        )
        for text in ("bd", "Bangladesh", "বাংলাদেশ")
    ]
    assert {a.country for a in made} == {"BD"}
    assert {a.product for a in made} == {"garments"}
    with pytest.raises(refusals.Invalid) as refused:
        assessments.create(demo["brand"], title="x", scope="country_product", country="ZZ",
                           product="garments", period_start=date(2026, 1, 1),
                           period_end=date(2026, 2, 1))  # fmt: skip
    assert refused.value.field == "country"
