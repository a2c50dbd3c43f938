"""Renamed and merged places read as one (issue 15, class 3): Viet Nam's 2025 merger first."""

from __future__ import annotations

import pytest

from chainrights.matching import Decision, Index, Matcher, Record, normalize
from chainrights.matching.compare import compare
from chainrights.matching.places import changes, renames, rewrite


def test_every_change_says_its_source_and_date():
    for change in changes():
        assert change["source"]
        assert change["urls"]
        assert change["retrieved"]
        assert change["country"]


def test_viet_nam_2025_merged_52_units_into_23():
    (vn,) = [c for c in changes() if c["country"] == "VN"]
    assert len(vn["merged"]) == 23
    before = {name for names in vn["merged"].values() for name in names
              if name not in ("Bà Rịa Vũng Tàu", "BRVT")}  # fmt: skip
    assert len(before) == 52  # with the 11 units left as they were, 34 remain


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Thu Dau Mot, Binh Duong", "hochiminh"),
        ("Tan Thanh, Ba Ria - Vung Tau", "hochiminh"),
        ("Chon Thanh, Binh Phuoc", "dongnai"),
        ("Duc Hoa, Long An", "tayninh"),
        ("Cam Giang, Hai Duong", "haiphong"),
        ("Phu Ly, Ha Nam", "ninhbinh"),
        ("Viet Yen, Bac Giang", "bacninh"),
        ("Quynh Phu, Thai Binh", "hungyen"),
        ("Thanh pho Tuy Hoa, tinh Phu Yen", "daklak"),
        ("Khu công nghiệp Mỹ Phước, Bình Dương", "hochiminh"),
    ],
)
def test_an_old_province_reads_as_the_one_it_is_part_of(before, after):
    assert after in normalize(Record("q", "VN", "X", before)).address.tokens


def test_other_countries_addresses_are_left_alone():
    assert rewrite(["long", "an"], "TH") == ["long", "an"]
    assert renames("TH") == {}


REGISTRY = [
    Record("R1", "VN", "Minh Anh Garment Co., Ltd",
           "No. 12 Nguyen Van Tiet Street, Lai Thieu Ward, Thuan An City, Binh Duong Province"),
    Record("R2", "VN", "Phu Thinh Textile JSC",
           "Lot B4, Dong An Industrial Park, Thu Dau Mot, Binh Duong"),
    Record("R3", "VN", "Hoa Sen Knitting Co Ltd",
           "Lot 5, Phu My 1 Industrial Zone, Tan Thanh District, Ba Ria - Vung Tau Province"),
    Record("R4", "VN", "Viet Thai Garment Co., Ltd",
           "Lot C3, Phuc Dien Industrial Park, Cam Giang District, Hai Duong Province"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "address", "truth"),
    [
        ("Minh Anh Garment Co., Ltd",
         "No. 12 Nguyen Van Tiet Street, Lai Thieu Ward, Ho Chi Minh City", "R1"),
        ("PHU THINH TEXTILE JOINT STOCK COMPANY",
         "Lot B4, Dong An Industrial Park, Binh Duong Ward, Ho Chi Minh City", "R2"),
        ("Hoa Sen Knitting Company Limited",
         "Lot 5, Phu My 1 Industrial Zone, Phu My Ward, Ho Chi Minh City", "R3"),
        ("Công ty TNHH May Việt Thái", "Lô C3, KCN Phúc Điền, xã Cẩm Giang, TP Hải Phòng", "R4"),
    ],
)  # fmt: skip
def test_one_factory_written_before_and_after_the_merger_is_matched(name, address, truth):
    index = Index(normalize(r) for r in REGISTRY)
    rec = normalize(Record("q", "Viet Nam", name, address))
    result = Matcher().match_one(index, rec)
    assert (result.facility_id, result.decision) == (truth, Decision.MATCH), result
    levels, _ = compare(rec, index.record(index.positions_of(truth)[0]), index)
    assert levels["address"] == "high"
