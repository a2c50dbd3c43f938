"""Facility search in any script, by other registries' IDs and with filters; summaries from
public lists only. Runs on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm) alike."""

from __future__ import annotations

import pytest

from chainrights.registry.models import Facility
from chainrights.registry.reads import search_form, worker_band
from chainrights.registry.search import Filters, search
from tests.factories import csv_of

HEADER = "country,name,address,sector,parent_company,number_of_workers,os_id,native_language_name"
ROWS = [
    ["CN", "Guangzhou Hongda Garment Co., Ltd", "88 Huangpu Road, Guangzhou", "Apparel",
     "Hongda Group", "1200", "CN2021999HD7ZQ1", "广州宏达服装有限公司"],
    ["VN", "Công ty TNHH May Sài Gòn", "KCN Tân Tạo, Bình Tân", "Apparel; Footwear",
     "Saigon Holdings", "Less than 1000", "", ""],
    ["BD", "Dhaka Knit Composite Ltd", "Plot 5, Ashulia, Dhaka", "Knitwear",
     "", "12000", "", "ঢাকা নিট কম্পোজিট"],
]  # fmt: skip


@pytest.fixture
def registry(brand, demo, django_capture_on_commit_callbacks):
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=demo["brand"], name="public", filename="p.csv",
                             content=csv_of(ROWS, HEADER), public=True)  # fmt: skip
    other = Organisation.objects.get(name="Southbay Outfitters")
    secret = [["KH", "Phnom Penh Secret Sewing", "Street 1", "Secret Sector", "Hidden Parent",
               "", "", ""]]  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=other, user=demo["operator"], name="private",
                             filename="s.csv", content=csv_of(secret, HEADER))  # fmt: skip
    return {f.country: f for f in Facility.objects.all()}


def names(**params: str) -> list[str]:
    return sorted(f.name for f in search(Filters.from_params(params)))


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("广州宏达", "CN"),  # native script
        ("guangzhou hongda", "CN"),  # its transliteration
        ("hongda garment co., ltd", "CN"),  # punctuation folded
        ("Cong ty TNHH May", "VN"),  # without diacritics
        ("Sài Gòn", "VN"),  # with them
        ("ঢাকা", "BD"),  # Bengali
        ("CN2021999HD7ZQ1", "CN"),  # an Open Supply Hub ID
        ("ashulia", "BD"),  # a word of the address
        ("Hongda Group", "CN"),  # the parent company
    ],
)
def test_any_script_or_identifier_finds_the_facility(registry, query, country):
    assert names(q=query) == [registry[country].name]


def test_our_id_finds_the_facility_and_a_merged_id_its_survivor(registry, demo):
    from chainrights.registry import services

    cn, vn = registry["CN"], registry["VN"]
    assert names(q=cn.public_id.lower()) == [cn.name]
    services.merge_facilities(cn, vn, demo["operator"], "test")
    assert names(q=vn.public_id) == [cn.name]


def test_filters_combine(registry):
    assert names(sector="apparel") == sorted([registry["CN"].name, registry["VN"].name])
    assert names(sector="apparel", country="VN") == [registry["VN"].name]
    assert names(parent="saigon") == [registry["VN"].name]
    assert names(brand="northwind") == sorted(
        f.name for f in registry.values() if f.country != "KH"
    )
    assert names(q="zzzz nothing") == []
    assert names(q="!!!") == []


def test_private_lists_feed_neither_summaries_nor_filters(registry):
    secret = registry["KH"]
    assert secret.sectors == ""
    assert secret.parent_company == ""
    assert "secret sector" not in (secret.search_text)
    assert names(sector="secret") == []
    assert names(parent="hidden") == []
    assert names(brand="southbay") == []  # a private list tells nobody who sources where


def test_summaries_hold_the_transparency_pledge_fields(registry):
    cn, bd = registry["CN"], registry["BD"]
    assert cn.sectors == "Apparel"
    assert cn.parent_company == "Hongda Group"
    assert cn.workers == "1001-5000"
    assert bd.workers == "More than 10000"
    assert registry["VN"].workers == "Less than 1000"
    assert cn.identifiers == {"os_id": ["CN2021999HD7ZQ1"]}
    assert registry["VN"].sectors == "Apparel; Footwear"


@pytest.mark.parametrize(
    ("value", "band"),
    [("850", "Less than 1000"), ("1000", "Less than 1000"), ("1001", "1001-5000"),
     ("5,000", "1001-5000"), ("7000", "5001-10000"), ("10001", "More than 10000"),
     ("more than 10000", "More than 10000"), ("1001-5000", "1001-5000"), ("", ""),
     ("many", "")],
)  # fmt: skip
def test_worker_counts_fall_into_the_pledge_bands(value, band):
    assert worker_band(value) == band


def test_queries_and_texts_fold_alike():
    assert search_form("Công ty TNHH") == search_form("cong ty tnhh") == "cong ty tnhh"
    assert search_form("广州") in search_form("广州宏达服装有限公司")


def test_search_api_filters_and_pages(registry, anon_api):
    body = anon_api.get("/api/v1/facilities", {"sector": "apparel", "country": "CN"}).json()
    assert body["count"] == 1
    assert body["items"][0]["parent_company"] == "Hongda Group"
    assert body["items"][0]["workers"] == "1001-5000"
    detail = anon_api.get(f"/api/v1/facilities/{registry['CN'].public_id}").json()
    assert detail["disclosed_by"] == ["Northwind Apparel"]
    assert detail["claimed"] is False
    private = anon_api.get(f"/api/v1/facilities/{registry['KH'].public_id}")
    assert private.status_code == 404  # only a private list names it


def test_search_page_shows_results_with_a_map(registry, client):
    html = client.get("/facilities", {"q": "广州"}).content.decode()
    assert registry["CN"].name in html
    assert registry["VN"].name not in html
    assert "vendor/leaflet/leaflet.js" in html
    assert "countries-110m.json" not in html  # no map without a located result
