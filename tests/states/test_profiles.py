"""Country profiles: every ISO 3166 country has one, a missing figure is a gap (never zero,
never 'low risk'), every figure carries its source, and operators alone enter facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from chainrights.core import events
from chainrights.core.models import Event
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.countries import all_countries
from chainrights.states import services
from chainrights.states.demo import DEMO_COUNTRIES, load_demo_countries
from chainrights.states.models import CountryFact
from tests.conftest import ApiClient, totp_client
from tests.factories import (
    CaseFactory,
    CodeFactory,
    CountryFactFactory,
    FacilityFactory,
    InspectionFigureFactory,
    OrganisationFactory,
    RatificationFactory,
    TrainingFactory,
)

ITUC = {"kind": "ituc_rating", "label": "2025", "value": "5", "as_of": "2025-06-01",
        "source": "ITUC Global Rights Index 2025"}  # fmt: skip


def test_a_country_without_any_data_is_all_gaps(db):
    profile = services.profile("AQ")
    assert profile["coverage"]["ratio"] is None
    assert profile["coverage"]["gap"] == "no_figure"
    assert {r["status"] for r in profile["ratifications"]} == {None}
    assert profile["fundamental"] == {"ratified": 0, "known": 0, "of": 11}
    assert profile["ituc_rating"] is None
    assert profile["inspectorate"] is None
    assert profile["listed_goods"]["edition"] is None  # no list loaded: a gap, not "none listed"


def test_coverage_is_the_density_against_the_benchmark_of_the_operators_class(db):
    InspectionFigureFactory(country="LK", year=2018, value=Decimal("0.3"))
    InspectionFigureFactory(country="LK", year=2019, value=Decimal("0.5"))
    assert services.coverage("LK")["gap"] == "no_class"  # a figure, but no class: still a gap
    assert services.coverage("LK")["ratio"] is None
    CountryFactFactory(country="LK", value="less_developed")
    cover = services.coverage("LK")
    assert (cover["ratio"], cover["benchmark_per_10k"], cover["bar_percent"]) == (2.0, 0.25, 100)
    assert cover["per_10k"]["year"] == 2019
    assert "ILOSTAT" in cover["per_10k"]["source"]
    CountryFactFactory(country="LK", value="industrial_market", as_of=date(2026, 6, 1))
    assert services.coverage("LK")["ratio"] == 0.5  # the newer class replaces the older


def test_the_list_has_every_iso_country_and_sorts_gaps_last(db):
    InspectionFigureFactory(country="LK", value=Decimal("0.5"))
    CountryFactFactory(country="LK")
    InspectionFigureFactory(country="MX", value=Decimal("0.1"))
    CountryFactFactory(country="MX")
    rows = ApiClient().get_json("/api/v1/countries?sort=coverage&limit=300")
    body = rows.json()
    assert body["count"] == len(all_countries()) >= 249
    assert [r["code"] for r in body["items"][:2]] == ["MX", "LK"]
    assert body["items"][2]["coverage"]["ratio"] is None


def test_ratifications_count_only_sourced_facts(db):
    RatificationFactory(country="VN", instrument="C98", status="in_force")
    RatificationFactory(country="VN", instrument="C87", status="not_ratified")
    profile = services.profile("VN")
    assert profile["fundamental"] == {"ratified": 1, "known": 2, "of": 11}
    row = next(r for r in profile["ratifications"] if r["instrument"] == "C98")
    assert row["source_url"]
    assert row["retrieved_on"]


def test_the_demo_profiles_are_sourced_or_gaps_and_bangladesh_has_its_inspectorate(demo):
    load_demo_countries()
    for code in DEMO_COUNTRIES:
        profile = services.profile(code)
        assert profile["economy_class"]["source"]
        for fact in [profile["ituc_rating"], profile["inspectorate"], *profile["minimum_wages"]]:
            assert fact is None or (fact["source"] and fact["as_of"])
    contact = services.public_contact("BD")
    assert contact is not None
    assert "16357" in contact["contact"]
    assert contact["name"].startswith("Department of Inspection for Factories")
    assert contact["as_of"]
    assert contact["source"]
    assert services.public_contact("KH") is None
    assert load_demo_countries()["country_facts"] == 0  # idempotent


def test_only_operators_enter_facts_and_each_change_is_logged_with_its_reason(demo):
    with pytest.raises(NotAllowed):
        services.set_fact("BD", demo["brand"], ITUC)
    with pytest.raises(Invalid) as refused:
        services.set_fact("BD", demo["operator"], {**ITUC, "value": "7"})
    assert refused.value.field == "value"
    fact = services.set_fact("BD", demo["operator"], ITUC, "from the 2025 report")
    assert fact.entered_by == demo["operator"]
    logged = Event.objects.filter(tag="country.fact_set").get()
    assert logged.reason == "from the 2025 report"
    assert logged.actor == demo["operator"]
    services.set_fact("BD", demo["handler"], {**ITUC, "value": "5+"}, "corrected")
    assert CountryFact.objects.get(kind="ituc_rating").value == "5+"


def test_the_fact_form_saves_and_redirects_for_an_operator_and_refuses_others(demo):
    client = totp_client(demo["operator"])
    form = {**ITUC, "reason": "2025 report", "source_url": "", "unit": "", "licence": ""}
    response = client.post("/countries/BD/facts", form)
    assert response.status_code == 302
    assert response["Location"] == "/countries/BD"
    assert CountryFact.objects.get(country="BD").value == "5"
    bad = client.post("/countries/BD/facts", {**form, "value": "9"})
    assert bad.status_code == 200
    assert "is not one of" in bad.content.decode()
    brand = Client()
    brand.force_login(demo["brand"])
    assert brand.post("/countries/BD/facts", form).status_code == 403
    assert Client().post("/countries/BD/facts", form).status_code == 302  # to sign in


def test_the_api_enters_a_fact_for_operators_only(demo):
    from chainrights.core.services import issue_token

    operator = ApiClient(token=issue_token(demo["operator"], second_factor=True)[1])
    response = operator.send("POST", "/api/v1/countries/bd/facts", ITUC)
    assert response.status_code == 201
    assert response.json()["country"] == "BD"
    brand = ApiClient(token=issue_token(demo["brand"])[1])
    assert brand.send("POST", "/api/v1/countries/BD/facts", ITUC).status_code == 403


def test_the_country_api_accepts_lower_case_and_answers_404_in_the_error_shape(db):
    assert ApiClient().get_json("/api/v1/countries/lk").json()["iso2"] == "LK"
    missing = ApiClient().get_json("/api/v1/countries/ZZ")
    assert missing.status_code == 404
    assert "ZZ" in missing.json()["error"]["message"]


def test_the_page_shows_gaps_as_gaps_and_figures_with_their_sources(db):
    InspectionFigureFactory(country="LK", value=Decimal("0.5"))
    page = Client().get("/countries/LK").content.decode()
    assert "gap: the operator must set the economy class" in page
    assert "ILOSTAT, International Labour Organization" in page
    empty = Client().get("/countries/AQ").content.decode()
    assert "gap: no inspection figure" in empty
    assert "0 × benchmark" not in empty
    assert "0.0" not in empty
    assert Client().get("/countries/bd").headers["Location"] == "/countries/BD"
    assert Client().get("/countries/XX").status_code == 404


def test_public_counts_leave_out_private_facilities_and_suppress_small_numbers(demo, system):
    FacilityFactory(country="BD", public=True)
    FacilityFactory(country="BD", public=False)  # only a private list names it
    CaseFactory(country="BD")
    law = OrganisationFactory(name="Ministry of Labour and Employment", kind="operator",
                              country="BD")  # fmt: skip
    CodeFactory(owner=law, name="Bangladesh Labour Act", kind="law")
    platform = ApiClient().get_json("/api/v1/countries/BD").json()["on_platform"]
    assert platform["facilities"] == 1
    assert platform["grievances"]["total"] is None  # one case: below the public floor
    assert [c["name"] for c in platform["law_codes"]] == ["Bangladesh Labour Act"]
    page = Client().get("/countries/BD").content.decode()
    assert "fewer than 5" in page
    assert "Bangladesh Labour Act" in page


def test_the_country_page_shows_public_inspector_trainings_or_says_none(db):
    empty = Client().get("/countries/BD").content.decode()
    assert "No inspector training recorded on chainrights for this country yet" in empty
    TrainingFactory(start_date=date(2026, 2, 2), women=12, men=18)
    TrainingFactory(start_date=date(2026, 3, 9), women=3, men=4, rights=["child-labour"])
    TrainingFactory(start_date=date(2026, 5, 1), women=50, public=False)  # kept to itself
    trainings = Client().get("/api/v1/countries/BD").json()["on_platform"]["trainings"]
    assert trainings["count"] == 2
    assert trainings["participants"] == {"women": 15, "men": 22, "other": 0}
    assert trainings["latest"] == "2026-03-09"
    page = Client().get("/countries/BD").content.decode()
    assert "women: 15, men: 22, other: 0" in page
    assert "2026-03-09" in page
    assert "child-labour, working-hours" in page
    assert "Source: trainings the country" in page
    spanish = Client(headers={"Accept-Language": "es"}).get("/countries/BD").content.decode()
    assert "Formaciones de inspectores" in spanish
    assert "No inspector training" in Client().get("/countries/LK").content.decode()


def test_the_list_page_filters_sorts_and_answers_htmx_with_the_table(db):
    InspectionFigureFactory(country="LK", value=Decimal("0.5"))
    CountryFactFactory(country="LK")
    page = Client().get("/countries", {"q": "sri"}, headers={"HX-Request": "true"})
    assert "Sri Lanka" in page.content.decode()
    assert "Bangladesh" not in page.content.decode()
    assert "countries-map" in Client().get("/countries").content.decode()
    fragment = Client().get("/countries", {"only": "gaps"}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.content.decode()
    assert "Sri Lanka" not in fragment.content.decode()


def test_every_write_of_the_profiles_verifies_in_the_log(db):
    from chainrights.core.events import verify_log

    services.load_shipped_data()
    with events.acting_as(system="test"):
        CountryFactFactory()
    assert verify_log().ok


def test_every_string_of_the_profiles_is_translated_into_the_nine_languages():
    from tests.i18n import untranslated

    assert untranslated("states/") == []
