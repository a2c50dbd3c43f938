"""Search results a page at a time: a listing pages by keyset without end, a query pages
through its ranked cut, the country filter takes names in any language, and the keyset
cannot be used to probe a facility the viewer may not know."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from chainrights.registry import reads
from chainrights.registry.models import Facility
from chainrights.registry.search import PAGE, Filters, page
from tests.factories import FacilityFactory

WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris",
         "jade", "kelp", "lotus"]  # fmt: skip


@pytest.fixture
def listing(db):
    """120 public facilities in Bangladesh with distinct names, 5 in Viet Nam, and one a
    private list alone names."""
    made = [FacilityFactory(country="BD", name=f"{a.title()} {b.title()} Knit Ltd")
            for a in WORDS for b in WORDS[:10]]  # fmt: skip
    FacilityFactory.create_batch(5, country="VN")
    reads.refresh(f.pk for f in made)  # their words into the search indexes
    hidden = FacilityFactory(country="BD", name="Aaa Hidden Knit Ltd", public=False)
    return made, hidden


def _walk(client: Client, url: str) -> list[str]:
    """Follow the page's 'Next page' links to the end; the IDs shown, in order."""
    shown: list[str] = []
    for _ in range(20):
        html = client.get(url).content.decode()
        shown += re.findall(r"<code>(CR[^<]+)</code>", html)
        found = re.search(r'<a href="([^"]+)" rel="next">', html)
        if not found:
            return shown
        url = found.group(1).replace("&amp;", "&")
    raise AssertionError("the pages never end")


def test_a_listing_pages_by_keyset_through_every_facility_once_in_name_order(listing):
    made, hidden = listing
    shown = _walk(Client(), "/facilities?country=BD")
    expected = sorted(made, key=lambda f: (f.name, f.pk))
    assert shown == [f.public_id for f in expected]  # 120, in order, none twice
    assert hidden.public_id not in shown


def test_the_country_filter_takes_a_name_in_any_language(listing):
    codes = {f.public_id for f in page(Filters.from_params({"country": "BD"})).results}
    for name in ("Bangladesh", "bangladesh", "বাংলাদেশ", "Bangladés", "孟加拉国"):
        found = page(Filters.from_params({"country": name})).results
        assert {f.public_id for f in found} == codes, name
    assert page(Filters.from_params({"country": "Atlantis"})).results == []


def test_a_hidden_facility_cannot_be_probed_through_the_keyset(listing):
    _made, hidden = listing
    first = page(Filters.from_params({"country": "BD"}))
    probed = page(Filters.from_params({"country": "BD"}), after=hidden.public_id, number=2)
    assert probed == first  # unknown to the viewer: the listing starts again
    assert probed.number == 1


def test_a_query_pages_through_its_ranked_results(listing):
    filters = Filters.from_params({"q": "fjord"})  # 21 names hold it
    one = page(filters, size=8)
    two = page(filters, number=2, size=8)
    three = page(filters, number=3, size=8)
    assert len(one.results) == 8
    assert one.next_page == 2
    assert len(two.results) == 8
    assert two.next_page == 3
    assert len(three.results) == 5
    assert three.next_page is None
    ids = [f.pk for p in (one, two, three) for f in p.results]
    assert len(set(ids)) == 21
    assert three.first == 17


def test_the_api_goes_past_500_with_after(db, anon_api):
    FacilityFactory.create_batch(520, country="KH")
    first = anon_api.get_json("/api/v1/facilities?country=KH&limit=500").json()
    assert first["count"] == 500
    assert len(first["items"]) == 500
    last = first["items"][-1]["id"]
    rest = anon_api.get_json(f"/api/v1/facilities?country=KH&after={last}&limit=500").json()
    assert rest["count"] == 20
    everyone = {i["id"] for i in first["items"]} | {i["id"] for i in rest["items"]}
    assert everyone == set(
        Facility.objects.filter(country="KH").values_list("public_id", flat=True)
    )


def test_pages_are_numbered_and_the_first_page_link_returns(listing):
    client = Client()
    html = client.get("/facilities?country=BD").content.decode()
    assert f"{PAGE} results shown" in html
    nxt = re.search(r'<a href="([^"]+)" rel="next">', html).group(1).replace("&amp;", "&")
    second = client.get(nxt).content.decode()
    assert "Page 2, from result 51" in second
    assert ">First page</a>" in second
