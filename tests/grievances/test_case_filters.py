"""The handler's case list: filters and search on the page and in the API, each wrong value
named, what a role may see unchanged by any filter."""

from __future__ import annotations

import re

from chainrights.core.services import issue_token
from chainrights.grievances import services
from tests.conftest import ApiClient, totp_client

BENGALI = "তিন মাস ধরে আমাদের বেতন দেওয়া হয়নি এবং সুপারভাইজার হুমকি দিচ্ছে।"


def _file(facility_text: str, rights: tuple[str, ...], channel: str = "web") -> str:
    case, _secret = services.file_grievance(services.Intake(
        narrative=BENGALI, facility_text=facility_text, language="bn", rights=rights,
        channel=channel))  # fmt: skip
    return case.reference


def _three(demo) -> dict[str, str]:
    return {
        "passports": _file("Dhaka Knit, Ashulia", ("retention-of-identity-documents",)),
        "wages": _file("Padma Sweaters, Gazipur", ("wages",), channel="sms"),
        "children": _file("Meghna Spinning, Narayanganj", ("child-labour", "wages")),
    }


def _listed(client, query: str) -> set[str]:
    page = client.get(f"/cases?{query}").content.decode()
    return set(re.findall(r'href="/cases/(GR-[0-9A-Z-]+)"', page))


def test_each_filter_narrows_the_list(demo):
    refs = _three(demo)
    handler = totp_client(demo["handler"])
    assert _listed(handler, "") >= set(refs.values())
    # a right includes its indicators: confiscated passports are forced labour
    assert _listed(handler, "right=forced-labour") == {refs["passports"]}
    assert _listed(handler, "right=wages") == {refs["wages"], refs["children"]}
    assert _listed(handler, "q=padma") == {refs["wages"]}
    assert _listed(handler, f"q={refs['children'][:8]}") >= {refs["children"]}
    assert _listed(handler, f"q={refs['children']}") == {refs["children"]}
    assert _listed(handler, "channel=sms") == {refs["wages"]}
    assert _listed(handler, "channel=sms&right=child-labour") == set()
    assert _listed(handler, "state=closed") == set()
    assert _listed(handler, "received_from=2099-01-01") == set()
    assert _listed(handler, "reprisal=on") == set()


def test_the_count_and_the_empty_message_follow_the_filters(demo):
    _three(demo)
    handler = totp_client(demo["handler"])
    page = handler.get("/cases?q=padma").content.decode()
    assert re.search(r"<p>\s*1 case\s*·", page)
    empty = handler.get("/cases?q=nowhere-at-all").content.decode()
    assert "No case matches these filters." in empty
    assert 'href="/cases">' in empty  # clear the filters


def test_a_wrong_filter_is_named_and_nothing_is_hidden_silently(demo):
    refs = _three(demo)
    handler = totp_client(demo["handler"])
    for query, field in (
        ("received_from=yesterday", "Received from"),
        ("state=lost", "State"),
        ("right=happiness", "Right"),
        ("received_from=2026-05-01&received_to=2026-01-01", "Received until"),
    ):
        response = handler.get(f"/cases?{query}")
        page = response.content.decode()
        assert response.status_code == 200, query
        assert 'role="alert"' in page, query
        assert f"<li>{field}:" in page, query
        assert set(refs.values()) <= _listed(handler, query), query  # the unfiltered list


def test_a_filter_never_widens_what_a_brand_sees(demo):
    _three(demo)
    brand = totp_client(demo["brand"])
    assert _listed(brand, "q=Dhaka") == set()  # nothing shared with Northwind yet
    api = ApiClient(token=issue_token(demo["brand"], second_factor=True)[1])
    assert api.get_json("/api/v1/cases?q=Dhaka").json()["items"] == []


def test_the_api_takes_the_same_filters_and_refuses_wrong_ones(demo):
    refs = _three(demo)
    api = ApiClient(token=issue_token(demo["handler"], second_factor=True)[1])
    found = api.get_json("/api/v1/cases?right=forced-labour").json()["items"]
    assert [c["reference"] for c in found] == [refs["passports"]]
    found = api.get_json("/api/v1/cases?channel=sms&q=padma").json()["items"]
    assert [c["reference"] for c in found] == [refs["wages"]]
    for query in (
        "right=happiness",
        "state=lost",
        "channel=pigeon",
        "received_from=soon",
        "received_from=2026-05-01&received_to=2026-01-01",
        f"q={'x' * 201}",
    ):
        response = api.get_json(f"/api/v1/cases?{query}")
        assert response.status_code == 422, (query, response.status_code)


def test_a_garbled_page_number_shows_the_first_page(demo):
    refs = _three(demo)
    handler = totp_client(demo["handler"])
    assert set(refs.values()) <= _listed(handler, "page=abc")
    assert set(refs.values()) <= _listed(handler, "page=999999999999999999999")


def test_mine_is_the_cases_the_handler_moved_first(demo):
    from chainrights.grievances.models import Case

    refs = _three(demo)
    services.transition_case(Case.objects.get(reference=refs["wages"]), demo["handler"],
                             "acknowledged")  # fmt: skip
    handler = totp_client(demo["handler"])
    assert _listed(handler, "mine=on") == {refs["wages"]}
    assert _listed(handler, "mine=on&state=acknowledged") == {refs["wages"]}
    assert _listed(handler, "mine=on&state=received") == set()
