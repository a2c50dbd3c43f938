"""Strong evidence is decided, not asked (issue 15, class 4): legal forms the tables lacked,
'Branch of' / 'Business location of' prefixes, and the same name at the same number with the
town written otherwise."""

from __future__ import annotations

import pytest

from chainrights.matching import Decision, Index, Matcher, Record, normalize
from chainrights.matching.decide import Thresholds, decide, strong_evidence


@pytest.mark.parametrize(
    ("name", "country", "tokens"),
    [
        ("Aquafil Tessile S.r.l. Società Benefit", "IT", ("aquafil", "tessile")),
        ("Filatura Alta Val Seriana S.p.A. SB", "IT", ("filatura", "alta", "val", "seriana")),
        ("Ritmi Confecções EIRELI", "BR", ("ritmi", "confeccoes")),
        ("Jackland Sp. z o.o.", "PL", ("jackland",)),
        ("Branch of Viet Minh Import-Export JSC", "VN", ("viet", "minh", "import", "export")),
        ("Business location of Viet Minh Import-Export Joint Stock Company", "VN",
         ("viet", "minh", "import", "export")),
        ("Chi nhánh Công ty TNHH Phong Phú", "VN", ("phong", "phu")),
        ("Địa điểm kinh doanh Công ty Cổ phần Phong Phú", "VN", ("phong", "phu")),
        ("Acme Holdings Limited Liability Company", "US", ("acme", "holdings")),
    ],
)  # fmt: skip
def test_forms_and_site_prefixes_leave_the_name(name, country, tokens):
    assert normalize(Record("q", country, name, "")).name_tokens == tokens


def test_a_numbered_branch_is_not_a_prefix():
    rec = normalize(Record("q", "VN", "Branch 2 of Viet Minh JSC", ""))
    assert "2" in rec.name_numbers


REGISTRY = [
    Record("R1", "VN", "Viet Minh Import-Export JSC - Phong Phu Manufacturing Factory",
           "No. 27 Quach Dinh Bao, Group 6, Phong Phu Industrial Cluster, Thai Binh"),
    Record("R2", "IT", "Aquafil Tessile S.r.l.", "Via Linfano 18, 38062 Arco TN"),
    Record("R3", "BD", "Nasa Apparels Ltd", "Plot 181-182, Ashulia, Savar, Dhaka"),
    Record("R4", "IN", "Kiran Knits Pvt Ltd", "No. 45, Kumar Nagar South, Tiruppur, Tamil Nadu"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "address", "country", "truth"),
    [
        ("Business location of Viet Minh Import-Export Joint Stock Company - Phong Phu "
         "Manufacturing Factory",
         "No. 27 Quach Dinh Bao, Group 6, Phong Phu Industrial Cluster, Thai Binh Ward, "
         "Hung Yen Province", "VN", "R1"),
        ("Aquafil Tessile S.r.l. Società Benefit", "Via Linfano 18, Arco (Trento)", "IT", "R2"),
        ("NASA APPARELS LIMITED", "PLOT 181-182, JAMGORA, ASHULIA, GAZIPUR", "BD", "R3"),
        ("Kiran Knits Private Limited", "45 Kumar Nagar South, Avinashi Road, Tirupur 641603",
         "IN", "R4"),
    ],
)  # fmt: skip
def test_the_same_site_written_otherwise_merges(name, address, country, truth):
    index = Index(normalize(r) for r in REGISTRY)
    result = Matcher().match_one(index, normalize(Record("q", country, name, address)))
    assert (result.facility_id, result.decision) == (truth, Decision.MATCH), result


STRONG = {"name": "exact", "numbers": "agree", "address": "low", "units": "null",
          "postcode": "null", "distance": "null"}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "strong"),
    [
        ({}, True),
        ({"address": "none"}, False),  # nothing of the address in common
        ({"numbers": "conflict"}, False),
        ({"numbers": "null"}, False),
        ({"name": "high"}, False),
        ({"units": "conflict"}, False),
        ({"postcode": "conflict"}, False),
        ({"marker": "one_side"}, False),
        ({"distance": "far"}, False),
    ],
)
def test_strong_evidence_needs_every_part(change, strong):
    levels = {**STRONG, **change}
    assert strong_evidence(levels) is strong
    assert (decide(0.995, levels, Thresholds(match=0.99)) == Decision.MATCH) is strong
    assert decide(0.4, levels, Thresholds(match=0.99)) == Decision.NEW  # the score still counts
