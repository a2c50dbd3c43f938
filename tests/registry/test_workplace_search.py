"""A worker finds their workplace in their own script, in a brand's Latin spelling, and with
a slip or two; a factory with a similar name ranks below, an unrelated one never shows, and a
facility only a private list names stays hidden. The same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from chainrights.registry.models import Facility, FacilityWord
from chainrights.registry.search import Filters, ordered, search
from chainrights.registry.services import workplace_candidates
from tests.factories import csv_of

HEADER = "country,name,address"
ROWS = [
    ["BD", "Square Fashions Limited", "Bhaluka, Mymensigh"],  # the list's own slip
    ["BD", "Squire Knit Composite Ltd", "Tongi, Gazipur"],  # a similar name, elsewhere
    ["BD", "রূপসা নিটওয়্যার", "সাভার, ঢাকা"],  # bn, written natively
    ["KH", "Phnom Penh Sewing Star Co., Ltd", "Street 598, Chbar Ampov"],
    ["KH", "រោងចក្រ ស្ទឹងមានជ័យ", "កំពង់ស្ពឺ"],  # km, written natively
    ["IN", "Shahi Exports Pvt Ltd", "Sector 28, Faridabad"],
    ["IN", "सूरज टेक्सटाइल्स", "लुधियाना, पंजाब"],  # hi, written natively
    ["CN", "东莞华美鞋业有限公司", "广东省东莞市"],  # zh_Hans, written natively
    ["CN", "Guangzhou Hongda Garment Co., Ltd", "Huangpu Road, Guangzhou"],
    ["VN", "Công ty May Hưng Yên", "Phố Nối, Hưng Yên"],
    ["TR", "Şahinbey Örme Tekstil San. ve Tic. A.Ş.", "Gaziantep"],
    ["MX", "Confecciones Añil S.A. de C.V.", "Tehuacán, Puebla"],
    ["ID", "PT Sinar Jaya Abadi", "Semarang, Jawa Tengah"],
]


@pytest.fixture
def registry(brand, demo, django_capture_on_commit_callbacks):
    from chainrights.core.models import Organisation
    from chainrights.registry import services

    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=brand, user=demo["brand"], name="public", filename="p.csv",
                             content=csv_of(ROWS, HEADER), public=True)  # fmt: skip
    other = Organisation.objects.get(name="Southbay Outfitters")
    secret = [["BD", "Square Secret Sewing", "Kanchpur, Narayanganj"]]
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_list(owner=other, user=demo["operator"], name="private",
                             filename="s.csv", content=csv_of(secret, HEADER))  # fmt: skip
    facilities = {f.name: f for f in Facility.objects.all()}
    assert len(facilities) == len(ROWS) + 1  # every row its own facility
    return facilities


def found(text: str) -> list[str]:
    return [f.name for f in workplace_candidates(text)]


CASES = [
    # native script → Latin record
    ("ភ្នំពេញ", "Phnom Penh Sewing Star Co., Ltd"),  # km
    ("ភ្នំពេញ ស្តារ", "Phnom Penh Sewing Star Co., Ltd"),  # km, with 'Star'
    ("স্কয়ার ফ্যাশনস", "Square Fashions Limited"),  # bn
    ("স্কয়ার", "Square Fashions Limited"),  # bn
    ("ময়মনসিংহ", "Square Fashions Limited"),  # bn town, the list misspelt it
    ("शाही एक्सपोर्ट्स", "Shahi Exports Pvt Ltd"),  # hi
    ("广州宏达", "Guangzhou Hongda Garment Co., Ltd"),  # zh_Hans
    ("Şahinbey Örme", "Şahinbey Örme Tekstil San. ve Tic. A.Ş."),  # tr, as written
    # Latin query → native-script record
    ("Rupsha, Savar", "রূপসা নিটওয়্যার"),  # bn
    ("Stung Meanchey", "រោងចក្រ ស្ទឹងមានជ័យ"),  # km name
    ("Kampong Speu", "រោងចក្រ ស្ទឹងមានជ័យ"),  # km town
    ("Suraj Textiles Ludhiana", "सूरज टेक्सटाइल्स"),  # hi
    ("Dongguan Huamei Shoes", "东莞华美鞋业有限公司"),  # zh_Hans
    # without diacritics, and with slips
    ("Cong ty May Hung Yen", "Công ty May Hưng Yên"),  # vi
    ("Sahinbay Orme Gaziantep", "Şahinbey Örme Tekstil San. ve Tic. A.Ş."),  # tr, one slip
    ("Confeciones Anil Tehuacan", "Confecciones Añil S.A. de C.V."),  # es, one slip
    ("Sinar Jaya Semarng", "PT Sinar Jaya Abadi"),  # id, one slip
    ("Sqare Fashions", "Square Fashions Limited"),  # one slip
    ("Squaer Fashons", "Square Fashions Limited"),  # a slip in each word
    ("Sqaer Fashions", "Square Fashions Limited"),  # two slips in one word
    ("Square Fashion Ltd", "Square Fashions Limited"),  # Ltd ≈ Limited, a plural lost
    ("Mymensingh", "Square Fashions Limited"),  # the list wrote 'Mymensigh'
]


@pytest.mark.parametrize(("query", "workplace"), CASES)
def test_worker_finds_the_workplace_first(registry, query, workplace):
    assert found(query)[:1] == [workplace], found(query)


@pytest.mark.parametrize(("query", "workplace"), CASES)
def test_the_facility_search_finds_it_too(registry, query, workplace):
    results = [f.name for f in ordered(search(Filters(q=query)))]
    assert results[:1] == [workplace], results


def test_a_similar_name_ranks_below_and_an_unrelated_one_never_shows(registry):
    names = found("Square")
    assert names[0] == "Square Fashions Limited"
    assert names.index("Squire Knit Composite Ltd") > 0  # one slip away: shown, below
    names = found("স্কয়ার ফ্যাশনস")
    assert names[0] == "Square Fashions Limited"
    assert names.index("Squire Knit Composite Ltd") > 0
    assert "Phnom Penh Sewing Star Co., Ltd" not in names  # 'star' is two slips from 'skyar'
    names = found("Square Fashions Mymensingh")  # answers one word of three: too far
    assert names == ["Square Fashions Limited"]
    assert "Shahi Exports Pvt Ltd" not in names
    assert "Phnom Penh Sewing Star Co., Ltd" not in names
    assert "Squire Knit Composite Ltd" not in [f.name for f in search(Filters(q="Square Fashions"))]


def test_a_worker_may_add_words_the_registry_lacks(registry):
    # 'Knitwear' is not in the Bengali name; the facility search wants every word, the
    # worker's choices do not
    assert found("Rupsha Knitwear Savar")[:1] == ["রূপসা নিটওয়্যার"]
    assert found("Square Fashions near the bus stand")[:1] == ["Square Fashions Limited"]


def test_unrelated_words_find_nothing(registry):
    assert found("Tokyo Electronics") == []
    assert found("zzzz qqqq") == []
    assert list(search(Filters(q="Poipet Shoes"))) == []


def test_a_facility_only_a_private_list_names_is_never_revealed(registry, demo):
    assert "Square Secret Sewing" not in found("Square Sewing Mymensingh")
    assert "Square Secret Sewing" not in found("Square Secret")
    # the list's owner's readers (here, the operator) may know it
    mine = [f.name for f in workplace_candidates("Square Secret", demo["operator"])]
    assert mine[:1] == ["Square Secret Sewing"]


def test_a_merged_facility_leaves_the_index_and_its_words_find_the_survivor(registry, demo):
    from chainrights.registry import services

    survivor = registry["Shahi Exports Pvt Ltd"]
    merged = registry["सूरज टेक्सटाइल्स"]
    services.merge_facilities(survivor, merged, demo["operator"], "one site")
    assert not FacilityWord.objects.filter(facility=merged).exists()
    assert found("Suraj Textiles Ludhiana")[:1] == ["Shahi Exports Pvt Ltd"]
    services.unmerge_facility(merged, demo["operator"], "two sites after all")
    assert found("Suraj Textiles Ludhiana")[:1] == ["सूरज टेक्सटाइल्स"]


def test_an_id_finds_its_facility(registry):
    facility = registry["Square Fashions Limited"]
    assert found(facility.public_id.lower()) == ["Square Fashions Limited"]


def test_the_api_and_the_page_find_native_and_misspelt_names(registry, anon_api, client):
    body = anon_api.get("/api/v1/facilities", {"q": "ភ្នំពេញ"}).json()
    assert body["items"][0]["name"] == "Phnom Penh Sewing Star Co., Ltd"
    body = anon_api.get("/api/v1/facilities", {"q": "Sqare Fashions", "country": "BD"}).json()
    assert [i["name"] for i in body["items"]] == ["Square Fashions Limited"]
    html = client.get("/facilities", {"q": "স্কয়ার"}).content.decode()
    assert "Square Fashions Limited" in html
    assert "Square Secret Sewing" not in html
