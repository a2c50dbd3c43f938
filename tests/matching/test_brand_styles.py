"""Another brand's way of writing (issue 15, class 5): upper case, landmarks and kilometre
markers, the parent group's name added, other abbreviations."""

from __future__ import annotations

import pytest

from chainrights.matching import Decision, Index, Matcher, Record, normalize
from chainrights.matching.address import without_landmarks

REGISTRY = [
    Record("R1", "BD", "Yida Garments Ltd", "Plot 12, Jamirdia, Valuka, Mymensingh"),
    Record("R2", "VN", "Hung Long Garment and Service JSC",
           "Km24 National Highway 5A, Di Su, My Hao, Hung Yen"),
    Record("R3", "BD", "Shapla Knit Apparels Ltd", "Hemayetpur, Savar, Dhaka"),
    Record("R4", "SV", "Centro Textil S.A. de C.V.", "Km 124 Carretera a Leon, Santa Ana"),
    Record("R5", "IN", "Prem Knits Pvt Ltd", "SF No 45, Mannarai, Tiruppur"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "address", "country", "truth"),
    [
        ("CRYSTAL GROUP - YIDA GARMENTS LTD", "PLOT 12, JAMIRDIA, VALUKA, MYMENSINGH", "BD", "R1"),
        ("YIDA GARMENTS LTD (A MEMBER OF CRYSTAL GROUP)",
         "PLOT 12, JAMIRDIA, VALUKA, MYMENSINGH, NEAR PIONEER KNITWEAR", "BD", "R1"),
        ("HUNG LONG GARMENT & SERVICE JOINT STOCK COMPANY",
         "KILOMETER 24, HIGHWAY NO. 5A, DI SU, MY HAO, HUNG YEN PROVINCE", "VN", "R2"),
        ("SHAPLA KNIT APPRL LTD", "OPP. HEMAYETPUR BUS STAND, HEMAYETPUR, SAVAR, DHAKA", "BD",
         "R3"),
        ("CENTRO TEXTIL SA DE CV", "KILOMETRO 124 CARRETERA A LEON, SANTA ANA", "SV", "R4"),
        ("PREM KNT PVT LTD", "S.F. NO. 45, MANNARAI, BEHIND BUS DEPOT, TIRUPPUR", "IN", "R5"),
    ],
)  # fmt: skip
def test_a_brand_that_writes_otherwise_finds_the_facility(name, address, country, truth):
    index = Index(normalize(r) for r in REGISTRY)
    result = Matcher().match_one(index, normalize(Record("q", country, name, address)))
    assert (result.facility_id, result.decision) == (truth, Decision.MATCH), result


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Plot 12, Near Shapla Chattar, Savar", "Plot 12, Savar"),
        ("Opp. Bus Stand, Hemayetpur", "Hemayetpur"),
        ("Gần chợ Bến Thành, Quận 1", "Quận 1"),
        ("Nearby Road 5, Savar", "Nearby Road 5, Savar"),  # a word, not the landmark 'near'
        ("Near the river", "Near the river"),  # nothing else to keep: left as it is
    ],
)
def test_landmark_parts_are_left_out(text, kept):
    assert without_landmarks(text) == kept


def test_a_group_named_as_another_company_does_not_merge_two_of_its_factories():
    index = Index(normalize(r) for r in REGISTRY)
    other = normalize(Record("q", "BD", "Crystal Group - Lida Knit Ltd", "Plot 40, Valuka"))
    result = Matcher().match_one(index, other)
    assert result.decision != Decision.MATCH
