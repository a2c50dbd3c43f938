"""Every country spelling CLDR or pycountry knows resolves; what none knows stays unknown.

The nine worker languages (en, es, bn, zh-Hans, vi, tr, km, hi, id) are read from pycountry's
own gettext catalogues, independently of the shipped names file, for all 249 countries.
"""

from __future__ import annotations

import gettext
import gzip
from pathlib import Path

import pycountry
import pytest

from chainrights.countries import NAMES_FILE, _loose, country_provenance, resolve_country

LANGUAGES = ["es", "bn", "zh_CN", "vi", "tr", "km", "hi", "id"]


def _names(country) -> list[str]:
    return [n for n in (country.name, getattr(country, "official_name", None),
                        getattr(country, "common_name", None)) if n]  # fmt: skip


def _shared(language: str) -> dict[str, set[str]]:
    """Names that two countries share in one language (none resolves them)."""
    catalogue = _catalogue(language)
    codes: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in _names(country):
            codes.setdefault(_loose(catalogue.gettext(name)), set()).add(country.alpha_2)
    return {k: v for k, v in codes.items() if len(v) > 1}


# Names that are also another country's ISO code, written without accents: Vietnamese 'Ao'
# (Austria) is Angola's AO and 'Nga' (Russia) Nigeria's NGA. Codes win: lists write codes far
# more often than unaccented Vietnamese.
CODES = {c.alpha_2.lower() for c in pycountry.countries} | {
    c.alpha_3.lower() for c in pycountry.countries
}


def _catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])


def test_there_are_249_countries():
    assert len(pycountry.countries) == 249


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_country_resolves_in_every_worker_language(language):
    catalogue = _catalogue(language)
    shared = _shared(language)
    wrong = []
    for country in pycountry.countries:
        for name in _names(country):
            written = catalogue.gettext(name)
            if _loose(written) in shared or written.lower() in CODES:
                continue
            found = resolve_country(written)
            if found is None or found.code != country.alpha_2:
                wrong.append((country.alpha_2, written, found and found.code))
    assert wrong == []
    assert len(shared) <= 2, shared  # a name two countries share is rare, and left unresolved


def test_every_name_in_the_shipped_file_resolves_to_its_country():
    """Over 57,000 names from every CLDR locale and pycountry catalogue: each resolves to its
    own country unless another country has the same name in some language (then the English
    name decides, or nothing)."""
    by_name: dict[str, set[str]] = {}
    rows = []
    with gzip.open(NAMES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                code, source, name = line.rstrip("\n").split("\t")
                rows.append((code, source, name))
                by_name.setdefault(_loose(name), set()).add(code)
    wrong = [
        (code, name, found and found.code)
        for code, _source, name in rows
        if len(by_name[_loose(name)]) == 1
        and name.lower() not in CODES
        and ((found := resolve_country(name)) is None or found.code != code)
    ]
    assert len(rows) > 50_000
    assert wrong == []


@pytest.mark.parametrize(
    ("written", "code"),
    [
        # the rows that were dropped as unknown
        ("Kampuchea", "KH"), ("Bharat", "IN"), ("Chinese Taipei", "TW"), ("臺灣", "TW"),
        ("台灣", "TW"), ("Korea (South)", "KR"), ("Korea, Republic of (South Korea)", "KR"),
        ("Bosnia", "BA"),
        # ILOSTAT's names, which the states app reads
        ("Korea, Republic of", "KR"), ("Hong Kong, China", "HK"), ("Macao, China", "MO"),
        ("Taiwan, China", "TW"), ("Turkey", "TR"), ("Türkiye", "TR"),
        ("Iran (Islamic Republic of)", "IR"), ("Bolivia (Plurinational State of)", "BO"),
        ("Venezuela (Bolivarian Republic of)", "VE"), ("Congo, Democratic Republic of the", "CD"),
        ("Tanzania, United Republic of", "TZ"), ("Lao People's Democratic Republic", "LA"),
        ("Moldova, Republic of", "MD"), ("Occupied Palestinian Territory", "PS"),
        # qualifiers and punctuation as lists write them
        ("Congo (Kinshasa)", "CD"), ("Congo (Brazzaville)", "CG"), ("Virgin Islands, British", "VG"),
        ("VIET-NAM.", "VN"), ("  viet nam ", "VN"), ("Trinidad", "TT"), ("KOREA, SOUTH", "KR"),
        # native scripts and other languages
        ("বাংলাদেশ", "BD"), ("ভারত", "IN"), ("भारत", "IN"), ("中国", "CN"), ("越南", "VN"),
        ("កម្ពុជា", "KH"), ("Campuchia", "KH"), ("Kamboçya", "KH"), ("Kamboja", "KH"),
        ("Camboya", "KH"), ("Cambodge", "KH"), ("Việt Nam", "VN"), ("Trung Quốc", "CN"),
        ("Hindistan", "IN"), ("Bangladés", "BD"), ("Ấn Độ", "IN"), ("인도", "IN"),
        ("Индия", "IN"), ("الهند", "IN"), ("ประเทศไทย", "TH"), ("Sri Lanka", "LK"),
        ("ශ්‍රී ලංකාව", "LK"), ("پاکستان", "PK"), ("Türkei", "TR"), ("Myanmar (Burma)", "MM"),
    ],
)  # fmt: skip
def test_spellings_lists_use_resolve(written, code):
    found = resolve_country(written)
    assert found is not None, written
    assert found.code == code


@pytest.mark.parametrize(
    "written",
    ["", "  ", "Atlantis", "ZZ", "not a country at all", "United", "South", "Saint",
     "Islands", "Dhaka", "Tamil Nadu", "Gazipur", "Plot 12, Sector 4", "a" * 500],
)  # fmt: skip
def test_what_no_source_knows_stays_unknown(written):
    assert resolve_country(written) is None


def test_the_names_file_says_its_editions():
    provenance = country_provenance()
    assert "CLDR" in provenance["names"]
    assert "pycountry" in provenance["names"]
    assert Path(NAMES_FILE).exists()
