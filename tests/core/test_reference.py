"""Countries (with the alias table) and the rights taxonomy."""

from __future__ import annotations

import pytest

from chainrights.core.models import Right
from chainrights.core.reference import resolve_country, rights_document, sync_rights


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Viet Nam", "VN"),
        ("VIETNAM", "VN"),
        ("Việt Nam", "VN"),
        ("PRC", "CN"),
        ("China", "CN"),
        ("CHINA", "CN"),
        ("中国", "CN"),
        ("Hong Kong SAR", "HK"),
        ("hong kong", "HK"),
        ("BANGLADESH", "BD"),
        ("বাংলাদেশ", "BD"),
        ("US", "US"),
        ("United States", "US"),
        ("USA", "US"),
        ("DEU", "DE"),
        ("Germany", "DE"),
        ("  cambodia ", "KH"),
        ("Sri Lanka", "LK"),
        ("South Korea", "KR"),
        ("Côte d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("Taiwan", "TW"),
    ],
)
def test_country_spellings_resolve(written, code):
    country = resolve_country(written)
    assert country is not None
    assert country.code == code


@pytest.mark.parametrize("written", ["", "   ", "Atlantis", "not a country at all", "ZZ"])
def test_unknown_countries_resolve_to_none(written):
    assert resolve_country(written) is None


FUNDAMENTAL = {
    "C029",
    "P029",
    "C087",
    "C098",
    "C100",
    "C105",
    "C111",
    "C138",
    "C182",
    "C155",
    "C187",
}


def test_taxonomy_cites_every_fundamental_convention(db):
    cited = {i["code"] for r in Right.objects.all() for i in r.instruments}
    assert cited >= FUNDAMENTAL


def test_five_fundamental_principles_each_grounded_in_their_conventions(db):
    principles = {
        r.code: {i["code"] for i in r.instruments} for r in Right.objects.filter(kind="principle")
    }
    assert principles == {
        "freedom-of-association": {"ILO-DECL-1998", "C087", "C098", "C135"},
        "forced-labour": {"ILO-DECL-1998", "C029", "P029", "C105"},
        "child-labour": {"ILO-DECL-1998", "C138", "C182"},
        "non-discrimination": {"ILO-DECL-1998", "C100", "C111"},
        "occupational-safety-and-health": {"ILO-DECL-1998", "C155", "C187"},
    }


def test_eleven_forced_labour_indicators_sit_under_forced_labour(db):
    indicators = Right.objects.filter(kind="indicator")
    assert indicators.count() == 11
    assert {r.parent.code for r in indicators} == {"forced-labour"}


@pytest.mark.parametrize(
    ("code", "instrument"),
    [
        ("minimum-wage", "C131"),
        ("living-wage", "ICESCR-7"),
        ("working-hours", "C001"),
        ("violence-and-harassment", "C190"),
        ("social-security", "C102"),
        ("building-and-fire-safety", "INTL-ACCORD-2023"),
    ],
)
def test_wider_labour_rights_are_present_with_their_instruments(db, code, instrument):
    right = Right.objects.get(code=code)
    assert instrument in {i["code"] for i in right.instruments}


def test_every_instrument_is_cited_with_title_body_and_link(db):
    for right in Right.objects.all():
        assert right.instruments, right.code
        for instrument in right.instruments:
            assert instrument["title"]
            assert instrument["body"]
            assert instrument["url"].startswith("https://")


def test_sector_specific_rights_name_their_sector(db):
    assert set(Right.objects.filter(kind="sector").values_list("sector", flat=True)) == {"garments"}


def test_sync_is_idempotent_and_restores_edits(db):
    assert Right.objects.count() == len(rights_document()["rights"])
    assert sync_rights() == 0
    from chainrights.core import events

    with events.acting_as(system="test"):
        right = Right.objects.get(code="living-wage")
        right.name = "changed"
        right.save()
    assert sync_rights() == 1
    assert Right.objects.get(code="living-wage").name == "Living wage"


def test_rights_api_lists_the_taxonomy_with_provenance(client, db):
    body = client.get("/api/v1/rights?limit=500").json()
    assert body["count"] == Right.objects.count()
    assert body["items"][0]["code"] == "freedom-of-association"
    provenance = client.get("/api/v1/reference/provenance").json()
    assert provenance["rights"]["retrieved"]
    assert "pycountry" in provenance["countries"]["source"]


def test_country_resolution_over_the_api(client, db):
    assert client.get("/api/v1/countries/resolve", {"name": "Turkey"}).json() == {
        "code": "TR",
        "name": "Türkiye",
    }
    assert client.get("/api/v1/countries/resolve", {"name": "Atlantis"}).status_code == 404
