"""An audit shared with every brand that sources from the facility names, to each reader, only
the brands that reader may know source there: a private list's link stays its owner's."""

from __future__ import annotations

from chainrights.audits import services
from tests.factories import audit_raw
from tests.private_sourcing import api_client, page_client, second_brand


def test_an_audit_page_names_only_the_sourcing_brands_the_reader_may_know(
    demo, record, claimed_facility
):
    southbay = second_brand()
    raw = audit_raw(claimed_facility, visibility="shared", share_with=["Northwind Apparel"])
    audit = record(raw | {"commissioned_by": ""})  # who commissioned it is the owner's to say
    added = services.share_audit(audit, demo["supplier"], sourcing_brands=True)
    assert [o.name for o in added] == ["Southbay Outfitters"]
    seen = page_client(southbay).get(f"/audits/{audit.pk}").content.decode()
    assert "Southbay Outfitters" in seen
    assert "Northwind" not in seen
    own = page_client(demo["brand"]).get(f"/audits/{audit.pk}").content.decode()
    assert "Northwind Apparel" in own
    assert "Southbay" not in own
    staff = page_client(demo["operator"]).get(f"/audits/{audit.pk}").content.decode()
    assert "Northwind Apparel" in staff
    assert "Southbay Outfitters" in staff


def test_sharing_with_sourcing_brands_does_not_name_private_ones_back(
    demo, record, claimed_facility
):
    audit = record(audit_raw(claimed_facility))  # private, owned by the auditor; facility claimed
    answer = api_client(demo["supplier"]).send(
        "POST", f"/api/v1/audits/{audit.pk}/shares", {"sourcing_brands": True}
    )
    assert answer.status_code == 200
    assert answer.json()["shared_with"] == []
    audit.refresh_from_db()
    assert audit.visibility == "shared"  # both brands have it; neither is named to the supplier
