"""Numbered sister plants written inside the name (issue 15, class 2): read in any position
and in the usual languages; a marker on one side only, with another or an extra lot number,
never merges automatically."""

from __future__ import annotations

import pytest

from chainrights.matching import Decision, Index, Matcher, Record, normalize
from chainrights.matching.compare import markers

REGISTRY = [
    Record("R1", "VN", "Hung Phat Garment Co., Ltd",
           "Lot D2, Long Hau Industrial Park, Can Giuoc, Long An"),
    Record("R2", "CN", "Ningbo Jinghe Knitting Co., Ltd", "Lot 6, Binhai Industrial Zone, Xiangshan"),
    Record("R3", "TR", "Akar Tekstil San. ve Tic. A.S.",
           "Organize Sanayi Bolgesi 5. Cad. No 12, Corlu, Tekirdag"),
    Record("R4", "MX", "Confecciones del Norte S.A. de C.V.",
           "Carretera Torreon km 8, Lote 14, Gomez Palacio, Durango"),
    Record("R5", "BD", "Rahman Knit Composite Ltd", "Plot 22, Sector 3, Adamjee EPZ, Narayanganj"),
    Record("R6", "IN", "Sri Balaji Textiles Pvt Ltd", "SF No 112, Avinashi Road, Tiruppur 641603"),
]  # fmt: skip


@pytest.fixture(scope="module")
def index() -> Index:
    return Index(normalize(r) for r in REGISTRY)


@pytest.mark.parametrize(
    ("name", "country", "number"),
    [
        ("Hung Phat Garment Plant 2 Co., Ltd", "VN", "2"),
        ("Hung Phat Garment (Fty 2) Co., Ltd", "VN", "2"),
        ("Hung Phat Garment Factory No. 2 Co., Ltd", "VN", "2"),
        ("Hung Phat Garment Co Ltd Branch 2", "VN", "2"),
        ("Rahman Knit Composite Unit 3", "BD", "3"),
        ("Nhà máy 2 Công ty TNHH Hung Phat Garment", "VN", "2"),
        ("Chi nhánh 3 Công ty TNHH Hung Phat", "VN", "3"),
        ("宁波晶和针织有限公司二厂", "CN", "2"),
        ("宁波晶和针织第三工厂", "CN", "3"),
        ("Akar Tekstil Fabrika 2", "TR", "2"),
        ("Confecciones del Norte Planta 2", "MX", "2"),
        ("Confecciones del Norte Unidad 2", "MX", "2"),
        ("Sri Balaji Textiles Unit-II", "IN", "2"),
        ("2nd Factory of Sri Balaji Textiles", "IN", "2"),
        ("PT Sinar Abadi Pabrik 2", "ID", "2"),
        ("Sinar Abadi Cabang 4", "ID", "4"),
        ("Artistic Milliners Pvt Ltdunit14", "PK", "14"),
    ],
)
def test_a_plant_number_is_read_from_the_name_in_any_position_and_language(name, country, number):
    assert number in markers(normalize(Record("q", country, name, "")))


@pytest.mark.parametrize(
    "name",
    ["Hung Phat Garment Co., Ltd", "Branch of Hung Phat Garment", "Planta de Confecciones",
     "Three Brothers Knitting", "Textile Mills Limited"],
)  # fmt: skip
def test_words_that_only_look_like_markers_name_no_plant(name):
    assert markers(normalize(Record("q", "VN", name, ""))) == frozenset()


# (incoming name, address, country, registry id it must NOT merge into)
SISTERS = [
    ("Hung Phat Garment Plant 2 Co., Ltd", "Lot D9, Long Hau Industrial Park, Can Giuoc, Long An",
     "VN", "R1"),
    ("Hung Phat Garment (Fty 2) Co., Ltd",
     "Lot H29, Lot D2, Long Hau Industrial Park, Can Giuoc, Long An", "VN", "R1"),
    ("HUNG PHAT GARMENT BRANCH 2 CO., LTD", "LOT D9 LONG HAU IP, CAN GIUOC, LONG AN", "VN", "R1"),
    ("Nhà máy 2 Công ty TNHH Hung Phat Garment", "Lô D9, KCN Long Hậu, Cần Giuộc, Long An",
     "VN", "R1"),
    ("Ningbo Jinghe Knitting Co., Ltd Factory No. 2", "Lot 9, Binhai Industrial Zone, Xiangshan",
     "CN", "R2"),
    ("宁波晶和针织有限公司二厂", "象山县滨海工业园区9号地块", "CN", "R2"),
    ("Akar Tekstil Fabrika 2", "Organize Sanayi Bolgesi 5. Cad. No 14, Corlu, Tekirdag", "TR", "R3"),
    ("Confecciones del Norte Planta 2 S.A. de C.V.",
     "Carretera Torreon km 8, Lote 15, Gomez Palacio, Durango", "MX", "R4"),
    ("Rahman Knit Composite Ltd Unit 3", "Plot 24, Sector 3, Adamjee EPZ, Narayanganj", "BD", "R5"),
    ("Rahman Knit Composite Ltd (Unit-3)", "Adamjee EPZ, Narayanganj", "BD", "R5"),
    ("Sri Balaji Textiles Pvt Ltd Unit II", "SF No 118, Avinashi Road, Tiruppur 641603", "IN", "R6"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "address", "country", "namesake"), SISTERS)
def test_a_sister_plant_never_merges_into_its_namesake(index, name, address, country, namesake):
    result = Matcher().match_one(index, normalize(Record("q", country, name, address)))
    assert not (result.decision == Decision.MATCH and result.facility_id == namesake), result


@pytest.mark.parametrize(
    ("name", "address", "country", "truth"),
    [
        # the namesake itself, written as another brand writes it
        ("HUNG PHAT GARMENT CO., LTD", "LOT D2, LONG HAU INDUSTRIAL PARK, CAN GIUOC, LONG AN",
         "Viet Nam", "R1"),
        ("Akar Tekstil Sanayi ve Ticaret A.Ş.", "Organize Sanayi Bölgesi 5. Cadde No:12 Çorlu",
         "Türkiye", "R3"),
        # a plant number on one side but the same lot: the list named the site it is
        ("Rahman Knit Composite Ltd Unit 1", "Plot 22, Sector 3, Adamjee EPZ, Narayanganj",
         "Bangladesh", "R5"),
    ],
)  # fmt: skip
def test_the_namesake_itself_still_matches(index, name, address, country, truth):
    result = Matcher().match_one(index, normalize(Record("q", country, name, address)))
    assert (result.facility_id, result.decision) == (truth, Decision.MATCH), result
