"""Who sees an audit, and how much: private, shared with named buyers, public summary, fully
public; the audited facility always; every sourcing brand once the facility allows it."""

from __future__ import annotations

import pytest

from chainrights.audits import access, services
from tests.conftest import ROLES
from tests.factories import audit_raw

INSIDERS = {"operator", "handler", "auditor", "supplier"}  # platform staff, owner, facility


def _expected(visibility: str, publication: str = "summary") -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for role in [*ROLES, "anonymous"]:
        if role in INSIDERS or (visibility == "shared" and role in ("brand", "brandviewer")):
            out[role] = "full"
        elif visibility == "public":
            out[role] = publication if publication == "full" else "summary"
        else:
            out[role] = None
    return out


@pytest.mark.parametrize(
    ("changes", "expected"),
    [({"visibility": "private"}, _expected("private")),
     ({"visibility": "shared", "share_with": ["Northwind Apparel"]}, _expected("shared")),
     ({"visibility": "public", "publication": "summary"}, _expected("public")),
     ({"visibility": "public", "publication": "full"}, _expected("public", "full"))],
)  # fmt: skip
def test_each_role_sees_what_the_visibility_allows(demo, record, claimed_facility, api_for, changes,
                                                   expected):  # fmt: skip
    from django.test import Client

    from tests.conftest import ApiClient

    audit = record(audit_raw(claimed_facility, **changes))
    for role, level in expected.items():
        user = demo.get(role)
        assert access.level(audit, user) == level, role
        client = api_for(role) if user else ApiClient()
        response = client.get_json(f"/api/v1/audits/{audit.pk}")
        listed = client.get_json(f"/api/v1/facilities/{claimed_facility.public_id}/audits").json()
        page = Client()
        if user:
            page.force_login(user)
        if level is None:
            assert response.status_code == 404, role
            assert listed == [], role
            assert page.get(f"/audits/{audit.pk}").status_code == 404, role
            continue
        body = response.json()
        assert body["access"] == level, role
        assert [a["id"] for a in listed] == [audit.pk], role
        finding = body["findings"][0]
        assert ("description" in finding) is (level == "full"), role
        assert finding["actions"][0]["status"] == "overdue"  # due 2026-06-30, still open
        assert ("commissioned_by" in body) is (level == "full"), role
        html = page.get(f"/audits/{audit.pk}").content.decode()
        assert ("Up to 78 hours" in html) is (level == "full"), role


def test_the_facility_lets_every_sourcing_brand_see_its_audit(demo, orgs, record, claimed_facility):
    from chainrights.core.services import create_account

    southbay = create_account(username="southbay", password="southbay-demo-2026",
                              org_name="Southbay Outfitters", org_kind="brand", role="editor",
                              validate=False).user  # fmt: skip
    audit = record(
        audit_raw(claimed_facility, visibility="shared", share_with=["Northwind Apparel"])
    )
    assert access.level(audit, southbay) is None
    with pytest.raises(services.AuditError, match="The facility decides"):
        services.share_audit(audit, demo["auditor"], sourcing_brands=True)
    added = services.share_audit(audit, demo["supplier"], sourcing_brands=True)
    assert [o.name for o in added] == ["Southbay Outfitters"]  # Northwind had it already
    assert access.level(audit, southbay) == "full"
    assert access.may_comment(audit, southbay) is not None


def test_only_the_owner_shares_with_named_buyers(demo, orgs, record, claimed_facility):
    audit = record(audit_raw(claimed_facility))
    with pytest.raises(services.AuditError, match="owner"):
        services.share_audit(audit, demo["supplier"], organisations=[orgs["Southbay Outfitters"]])
    services.share_audit(audit, demo["auditor"], organisations=[orgs["Northwind Apparel"]])
    audit.refresh_from_db()
    assert audit.visibility == "shared"
    assert access.level(audit, demo["brandviewer"]) == "full"


def test_a_bad_token_is_refused_not_read_as_anonymous(demo, record, claimed_facility):
    from tests.conftest import ApiClient

    audit = record(audit_raw(claimed_facility, visibility="public", publication="full"))
    assert ApiClient(token="cr_wrong").get_json(f"/api/v1/audits/{audit.pk}").status_code == 401


def test_audits_of_a_merged_facility_show_at_the_survivor(demo, record, claimed_facility):
    from chainrights.registry.services import merge_facilities
    from tests.factories import FacilityFactory

    other = FacilityFactory(name="Rupsha Knitwear Unit")
    audit = record(audit_raw(other, visibility="public", publication="full"))
    merge_facilities(claimed_facility, other, demo["operator"], "same site")
    from tests.conftest import ApiClient

    listed = ApiClient().get_json(f"/api/v1/facilities/{claimed_facility.public_id}/audits").json()
    assert [a["id"] for a in listed] == [audit.pk]
    assert listed[0]["facility_id"] == claimed_facility.public_id
