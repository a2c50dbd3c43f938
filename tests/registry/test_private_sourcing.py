"""A facility that only private lists name is known to those lists' readers and operator
staff, and to nobody else: no page, no API answer, no search hit, no count, no download, no
claim. A facility with a public mention is public, but private contributors stay unnamed."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from chainrights.registry.models import Facility
from tests.private_sourcing import (
    HIDDEN_NAME,
    KNOW_HIDDEN,
    MIXED_NAME,
    ROLES,
    api_client,
    hidden_facility,
    mixed_facility,
    page_client,
    users_by_role,
)

OTHERS = sorted(set(ROLES) - KNOW_HIDDEN)


@pytest.fixture
def scene(demo: dict[str, Any]) -> dict[str, Any]:
    return {"users": users_by_role(demo), "hidden": hidden_facility(), "mixed": mixed_facility()}


def _download(client: Any, fmt: str) -> str:
    response = client.get(f"/api/v1/facilities/download?format={fmt}")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode()


@pytest.mark.parametrize("role", OTHERS)
def test_a_privately_listed_facility_does_not_exist_for_others(scene, role):
    user, hidden = scene["users"][role], scene["hidden"]
    pages, api = page_client(user), api_client(user)
    assert pages.get(f"/facilities/{hidden.public_id}").status_code == 404
    assert api.get_json(f"/api/v1/facilities/{hidden.public_id}").status_code == 404
    for query in (HIDDEN_NAME, "chbar ampov", hidden.public_id):
        assert api.get_json("/api/v1/facilities", data={"q": query}).json()["count"] == 0
        results = pages.get("/facilities", {"q": query}, headers={"HX-Request": "true"})
        html = results.content.decode()
        assert HIDDEN_NAME not in html
        assert hidden.public_id not in html
    assert api.get_json("/api/v1/facilities", data={"country": "KH"}).json()["count"] == 0
    assert api.get_json("/api/v1/facilities").json()["count"] == 1  # the mixed one only
    assert "1 facility in the registry" in pages.get("/facilities").content.decode()
    for path in ("audits", "audit-signals"):
        url = f"/api/v1/facilities/{hidden.public_id}/{path}"
        assert api.get_json(url).status_code == 404
    assert api.get_json(f"/api/v1/audits?facility_id={hidden.public_id}").status_code == 404


@pytest.mark.parametrize("role", sorted(KNOW_HIDDEN))
def test_the_lists_readers_and_operators_see_it(scene, role):
    user, hidden = scene["users"][role], scene["hidden"]
    pages, api = page_client(user), api_client(user)
    html = pages.get(f"/facilities/{hidden.public_id}").content.decode()
    assert HIDDEN_NAME in html
    assert "Street 9 Chbar Ampov" in html
    body = api.get_json(f"/api/v1/facilities/{hidden.public_id}").json()
    assert body["name"] == HIDDEN_NAME
    assert body["disclosed_by"] == ["Northwind Apparel"]
    found = api.get_json("/api/v1/facilities", data={"q": "quiet sewing"}).json()
    assert [f["id"] for f in found["items"]] == [hidden.public_id]
    assert "2 facilities in the registry" in pages.get("/facilities").content.decode()


def test_an_unknown_id_and_a_hidden_one_get_the_same_answer(scene):
    from chainrights.registry import ids

    body = ids.new_id()
    anonymous = api_client(None)
    hidden = anonymous.get_json(f"/api/v1/facilities/{scene['hidden'].public_id}")
    unknown = anonymous.get_json(f"/api/v1/facilities/{body}")
    assert (hidden.status_code, hidden.json()) == (unknown.status_code, unknown.json())
    page_hidden = page_client(None).get(f"/facilities/{scene['hidden'].public_id}")
    page_unknown = page_client(None).get(f"/facilities/{body}")
    assert page_hidden.status_code == page_unknown.status_code == 404

    def plain(content: bytes, public_id: str) -> bytes:  # the same page but for ID and token
        # form values (the CSRF token, the language switcher's return path) differ per request
        return re.sub(rb'value="[^"]*"', b"", content.replace(public_id.encode(), b"ID"))

    assert plain(page_hidden.content, scene["hidden"].public_id) == plain(
        page_unknown.content, body
    )


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "osh"])
def test_open_data_leaves_the_privately_listed_facility_out(scene, fmt):
    text = _download(api_client(None), fmt)
    assert MIXED_NAME in text
    assert HIDDEN_NAME not in text
    assert scene["hidden"].public_id not in text
    if fmt in ("json", "geojson"):
        json.loads(text)
    # a brand's own token does not turn open data into its private list
    assert HIDDEN_NAME not in _download(api_client(scene["users"]["brand"]), fmt)


def test_a_public_mention_makes_it_public_but_keeps_the_private_lister_unnamed(scene):
    mixed = scene["mixed"]
    for role in OTHERS:
        user = scene["users"][role]
        html = page_client(user).get(f"/facilities/{mixed.public_id}").content.decode()
        assert MIXED_NAME in html
        assert "Southbay Outfitters" in html
        assert "Northwind" not in html
        assert "northwind quiet" not in html
        assert "private list" not in html  # not even a count of the private mentions
        body = api_client(user).get_json(f"/api/v1/facilities/{mixed.public_id}").json()
        assert body["disclosed_by"] == ["Southbay Outfitters"]
        assert body["sources"] == 1
        found = api_client(user).get_json("/api/v1/facilities", data={"brand": "northwind"})
        assert found.json()["count"] == 0
    own = api_client(scene["users"]["brand"]).get_json(f"/api/v1/facilities/{mixed.public_id}")
    assert own.json()["disclosed_by"] == ["Northwind Apparel", "Southbay Outfitters"]


def test_the_history_does_not_say_who_founded_a_facility(scene, demo):
    """The founding event's actor is a list's matching run or a brand's reviewer."""
    mixed = scene["mixed"]
    html = page_client(None).get(f"/facilities/{mixed.public_id}").content.decode()
    assert "facility.created" in html
    assert "system:matching" not in html
    assert "list processed" not in html
    staff = page_client(demo["operator"]).get(f"/facilities/{mixed.public_id}").content
    assert b"system:matching" in staff


def test_a_merged_private_id_is_not_listed_on_the_survivors_page(scene, demo):
    from chainrights.registry.services import merge_facilities

    hidden, mixed = scene["hidden"], scene["mixed"]
    merge_facilities(mixed, hidden, demo["operator"], "same site")
    anonymous = page_client(None).get(f"/facilities/{mixed.public_id}").content.decode()
    assert hidden.public_id not in anonymous
    assert HIDDEN_NAME not in anonymous
    own = page_client(demo["brand"]).get(f"/facilities/{mixed.public_id}").content.decode()
    assert hidden.public_id in own
    # the private ID does not lead a stranger to the public facility it was folded into
    assert api_client(None).get_json(f"/api/v1/facilities/{hidden.public_id}").status_code == 404
    assert page_client(None).get(f"/facilities/{hidden.public_id}").status_code == 404
    assert (
        api_client(None)
        .get_json("/api/v1/facilities", data={"q": hidden.public_id})
        .json()["count"]
        == 0
    )
    followed = api_client(demo["brand"]).get_json(f"/api/v1/facilities/{hidden.public_id}")
    assert followed.json()["id"] == mixed.public_id
    assert followed.json()["merged"] is True


def test_merging_a_hidden_facility_into_another_hidden_one_keeps_both_hidden(scene, demo):
    from chainrights.registry.services import merge_facilities
    from tests.private_sourcing import _list, named

    row = b"country,name,address\nKH,Tonle Silent Garments,Road 3 Takhmao\n"
    other = named(_list("Northwind Apparel", "silent", row))
    assert other.pk != scene["hidden"].pk
    merge_facilities(scene["hidden"], other, demo["operator"], "same site")
    anonymous = api_client(None)
    for facility in (scene["hidden"], other):
        assert anonymous.get_json(f"/api/v1/facilities/{facility.public_id}").status_code == 404
        assert page_client(None).get(f"/facilities/{facility.public_id}").status_code == 404
    brand = api_client(demo["brand"]).get_json(f"/api/v1/facilities/{other.public_id}")
    assert brand.json()["id"] == scene["hidden"].public_id
    assert brand.json()["merged"] is True


def test_a_supplier_cannot_claim_a_facility_only_others_list_privately(scene, demo):
    hidden = scene["hidden"]
    supplier = api_client(demo["supplier"])
    claim = supplier.send("POST", f"/api/v1/facilities/{hidden.public_id}/claims",
                          {"evidence": "licence 9"})  # fmt: skip
    assert claim.status_code == 404
    page = page_client(demo["supplier"]).post(f"/facilities/{hidden.public_id}/claim",
                                              {"evidence": "licence 9"})  # fmt: skip
    assert page.status_code == 404
    correct = supplier.send("PATCH", f"/api/v1/facilities/{hidden.public_id}",
                            {"name": "X", "reason": "typo"})  # fmt: skip
    assert correct.status_code == 404  # not 403: that would say the ID exists


def test_a_supplier_claims_its_facility_through_its_own_list_and_a_verified_claim_is_public(
    scene, demo
):
    from chainrights.registry import claims
    from tests.private_sourcing import HIDDEN_ROW, _list, named

    own = named(_list("Dhaka Knit Composite Ltd", "our site", HIDDEN_ROW))
    assert own.pk == scene["hidden"].pk  # the engine found the existing facility
    claim = claims.claim(own, demo["supplier"], "trade licence")
    assert api_client(None).get_json(f"/api/v1/facilities/{own.public_id}").status_code == 404
    claims.decide(claim, demo["operator"], verify=True, reason="licence seen")
    body = api_client(None).get_json(f"/api/v1/facilities/{own.public_id}").json()
    assert body["claimed"] is True
    assert body["disclosed_by"] == []


def test_facilities_founded_by_a_review_answer_or_a_split_of_private_rows_stay_hidden(demo):
    from chainrights.registry.services import facility_sources, split_facility
    from tests.private_sourcing import HIDDEN_ROW, _list

    two = HIDDEN_ROW + b"KH,Mekong Quiet Sewing,Street 9 Chbar Ampov,11.52,104.95\n"
    item = _list("Northwind Apparel", "two rows", two)
    facility = item.rows.get(row=0).current_decision().facility
    rows = facility_sources(facility)
    assert len(rows) == 2
    new = split_facility(facility, rows[1:], demo["operator"], "two sites")
    assert api_client(None).get_json(f"/api/v1/facilities/{new.public_id}").status_code == 404
    own = api_client(demo["brand"]).get_json(f"/api/v1/facilities/{new.public_id}")
    assert own.status_code == 200


def test_existing_facilities_are_decided_by_the_migration(scene):
    """Migration 0004 decides rows that existed before it with the rule summary.refresh uses."""
    import importlib

    from django.apps import apps as live_apps

    migration = importlib.import_module("chainrights.registry.migrations.0006_facility_public")
    Facility.objects.filter(pk=scene["hidden"].pk).update(public=True)  # as before the field
    migration._decide_existing(live_apps, None)
    assert Facility.objects.get(pk=scene["hidden"].pk).public is False
    assert Facility.objects.get(pk=scene["mixed"].pk).public is True


def test_a_review_proposing_a_hidden_facility_is_left_to_operators(scene, demo):
    from tests.private_sourcing import HIDDEN_ROW, _list

    other, hidden = scene["users"]["otherbrand"], scene["hidden"]
    item = _list("Southbay Outfitters", "southbay quiet", HIDDEN_ROW.replace(b"9", b"7"))
    decision = item.rows.get().current_decision()
    assert decision.decision == "review"
    assert decision.candidate.pk == hidden.pk
    page = page_client(other).get(f"/lists/{item.pk}").content.decode()
    assert "An operator will review this row." in page
    # its own row says the same name; the proposed facility's address and ID stay untold
    assert "Street 9 Chbar Ampov" not in page
    assert hidden.public_id not in page
    rows = api_client(other).get_json(f"/api/v1/lists/{item.pk}/rows").json()["items"]
    assert rows[0]["candidate_id"] is None
    assert rows[0]["evidence"] == {}
    answer = api_client(other).send("POST", f"/api/v1/lists/{item.pk}/rows/0/review",
                                    {"same": True})  # fmt: skip
    assert answer.status_code == 403
    assert page_client(other).post(f"/lists/{item.pk}/rows/0/review").status_code == 403
    staff = page_client(demo["handler"]).get(f"/lists/{item.pk}").content.decode()
    assert "Street 9 Chbar Ampov" in staff
    assert hidden.public_id in staff
    answered = api_client(demo["handler"]).send(
        "POST", f"/api/v1/lists/{item.pk}/rows/0/review", {"same": True}
    )
    assert answered.status_code == 200
    assert answered.json()["facility_id"] == hidden.public_id
