"""Blocking, scoring, decisions and human overrides on real rows (tests/matching/data)."""

from __future__ import annotations

import pytest

from chainrights.matching import (
    Decision,
    HumanDecisions,
    Index,
    Matcher,
    Record,
    Thresholds,
    default_model,
    normalize,
    train,
)
from chainrights.matching.compare import compare
from chainrights.matching.decide import decide

# Variants of registry rows as other brands write them, each with the id it must reach.
VARIANTS = [
    ("CR001", Record("v1", "BD", "RSI APPARELS (PVT.) LIMITED", "Plot 35, Sector 4, CEPZ, Chattogram")),
    ("CR003", Record("v2", "KH", "C.P.C.G. International Company Limited", "Sruk Choeung Brey, Kampong Cham")),
    ("CR001", Record("v3", "Bangladesh", "RSI Apparels Ltd", "")),
    ("CR000", Record("v4", "BANGLADESH", "KSI Karnaphuli Shoes Industries Garment Div.", "KEPZ, Anwara, চট্টগ্রাম")),
]  # fmt: skip


@pytest.mark.parametrize(("truth", "incoming"), VARIANTS, ids=[v[1].key for v in VARIANTS])
def test_blocking_finds_the_true_facility_among_candidates(index, truth, incoming):
    positions = index.candidates(normalize(incoming), 40)
    assert truth in {index.record(p).key for p in positions}


def test_blocking_recall_on_every_registry_row_written_differently(index, registry_records):
    found = 0
    for rec in registry_records:
        variant = Record(
            "q", rec.country.upper(), rec.name.upper() + " CO., LTD", rec.address.lower()
        )
        positions = index.candidates(normalize(variant), 40)
        found += rec.key in {index.record(p).key for p in positions}
    assert found == len(registry_records)


def test_a_keyless_record_has_no_candidates(index):
    assert index.candidates(normalize(Record("x", "NZ", "Zz", "")), 40) == []


@pytest.mark.parametrize(("truth", "incoming"), VARIANTS[:2], ids=["rsi", "cpcg"])
def test_clear_variants_match_automatically(index, truth, incoming):
    result = Matcher().match_one(index, normalize(incoming))
    assert (result.decision, result.facility_id) == (Decision.MATCH, truth)
    assert result.score >= Matcher().cuts.match
    assert result.levels["name"] in ("exact", "high")
    assert result.contributions["name"] > 0


def test_an_unrelated_factory_is_new(index):
    result = Matcher().match_one(
        index,
        normalize(
            Record("n", "VN", "Totally Different Garment", "Lot 5, KCN Tan Uyen, Binh Duong")
        ),
    )
    assert result.decision == Decision.NEW
    assert result.facility_id is None


def test_sister_units_at_one_park_are_never_merged_automatically():
    registry = Index(
        [
            normalize(
                Record(
                    "U1", "LK", "Smart Shirts Limited KAT 1", "No. 10 Off Airport Road, Katunayake"
                )
            )
        ]
    )
    result = Matcher().match_one(
        registry,
        normalize(
            Record("q", "LK", "Smart Shirts Limited KAT 3", "No. 10 Off Airport Road, Katunayake")
        ),
    )
    assert result.levels["units"] == "conflict"
    assert result.decision != Decision.MATCH


def test_different_company_at_the_same_address_is_not_merged(index, registry_records):
    rec = registry_records[1]
    result = Matcher().match_one(
        index, normalize(Record("q", rec.country, "Ocean Star Knitwear", rec.address))
    )
    assert result.decision != Decision.MATCH


@pytest.mark.parametrize(
    ("probability", "levels", "expected"),
    [
        (0.995, {"name": "high", "units": "null"}, Decision.MATCH),
        (0.995, {"name": "high", "units": "conflict"}, Decision.REVIEW),
        (0.995, {"name": "low", "units": "null"}, Decision.REVIEW),
        (0.995, {"name": "exact", "numbers": "conflict"}, Decision.REVIEW),  # Batu 4 / Batu 3½
        (0.995, {"name": "exact", "numbers": "agree"}, Decision.MATCH),
        (0.995, {"name": "medium", "address": "within"}, Decision.REVIEW),  # a shared town
        (0.995, {"name": "medium", "address": "high"}, Decision.MATCH),
        # one company's name at another address: often its other factory
        (0.995, {"name": "exact", "address": "low"}, Decision.REVIEW),
        (0.995, {"name": "exact", "address": "none"}, Decision.REVIEW),
        (0.995, {"name": "exact", "address": "null"}, Decision.MATCH),  # no address to compare
        (0.989, {"name": "exact", "units": "agree"}, Decision.REVIEW),
        (0.5, {"name": "medium"}, Decision.REVIEW),
        (0.49, {"name": "medium"}, Decision.NEW),
    ],
)
def test_decision_thresholds(probability, levels, expected):
    assert decide(probability, levels, Thresholds(match=0.99, review=0.5)) == expected


def test_a_rejected_pair_is_never_matched_again(index):
    incoming = normalize(VARIANTS[0][1])
    humans = HumanDecisions()
    humans.reject("CR001", incoming)
    result = Matcher(humans=humans).match_one(index, incoming)
    assert result.facility_id != "CR001"
    # the same row spelled the same way in another list is the same question
    again = normalize(
        Record(
            "other-list-row",
            "BD",
            "RSI APPARELS (PVT.) LIMITED",
            "Plot 35, Sector 4, CEPZ, Chattogram",
        )
    )
    assert Matcher(humans=humans).match_one(index, again).facility_id != "CR001"


def test_a_confirmed_pair_is_matched_without_asking_again(index):
    incoming = normalize(Record("x", "CN", "Some Unclear Name", "somewhere"))
    humans = HumanDecisions()
    humans.confirm("CR010", incoming)
    result = Matcher(humans=humans).match_one(index, incoming)
    assert (result.decision, result.facility_id, result.by_person) == (
        Decision.MATCH,
        "CR010",
        True,
    )


def test_human_decisions_survive_a_round_trip(tmp_path):
    humans = HumanDecisions()
    a = normalize(Record("a", "CN", "Alpha Garment", "1 Road"))
    b = normalize(Record("b", "CN", "Beta Garment", "2 Road"))
    humans.confirm("F1", a)
    humans.reject("F2", b)
    humans.save(tmp_path / "decisions.csv")
    loaded = HumanDecisions.load(tmp_path / "decisions.csv")
    assert loaded.confirmed_for(a) == "F1"
    assert loaded.is_rejected("F2", b)


def test_dedupe_clusters_variants_and_respects_cannot_link(registry_records):
    records = [normalize(r) for r in registry_records[:10]]
    copies = [normalize(Record(f"{r.key}-copy", r.country, r.name.upper() + " CO., LTD", r.address, r.lat, r.lng))
              for r in registry_records[:3]]  # fmt: skip
    clusters = Matcher().dedupe(records + copies)
    for r in registry_records[:3]:
        assert clusters[f"{r.key}-copy"] == clusters[r.key]
    assert len(set(clusters.values())) == 10

    humans = HumanDecisions()
    humans.rejected.add((registry_records[0].key, f"{registry_records[0].key}-copy"))
    split = Matcher(humans=humans).dedupe(records + copies)
    assert split[f"{registry_records[0].key}-copy"] != split[registry_records[0].key]


def test_the_shipped_model_explains_every_level():
    model = default_model()
    levels = {"name": "exact", "address": "high", "numbers": "agree", "distance": "null"}
    contributions = model.contributions(levels)
    assert set(contributions) == {"name", "address", "numbers"}
    assert all(v > 0 for v in contributions.values())
    assert model.probability(levels) > model.probability({**levels, "address": "none"})


def test_training_counts_levels_and_round_trips_as_json():
    pairs = [({"name": "exact", "address": "high"}, True)] * 9 + [
        ({"name": "none", "address": "none"}, False)
    ] * 91
    model = train(pairs, version="t")
    assert model.prior == pytest.approx(0.09)
    assert model.m["name"]["exact"] > model.u["name"]["exact"]
    model.match_threshold = 0.97
    again = type(model).from_json(model.to_json())
    assert again.match_threshold == 0.97
    assert Matcher(model=again).cuts.match == 0.97
    assert again.probability({"name": "exact"}) == pytest.approx(
        model.probability({"name": "exact"})
    )
    with pytest.raises(ValueError, match="both matching and non-matching"):
        train([({"name": "exact"}, True)])


def test_no_level_is_impossible_after_training():
    """A level the training pairs never showed for matches still keeps the floor, so one odd
    field cannot veto a pair alone; the levels of each comparison still sum to one."""
    pairs = [({"name": "exact"}, True)] * 5000 + [({"name": "none"}, False)] * 5000
    model = train(pairs, floor=0.01)
    assert model.m["name"]["none"] == pytest.approx(0.01, rel=0.05)
    assert sum(model.m["name"].values()) == pytest.approx(1.0)
    unfloored = train(pairs, floor=0.0)
    assert unfloored.m["name"]["none"] < 0.001


def test_compare_reports_distance_evidence(index, registry_records):
    a = normalize(registry_records[0])
    b = normalize(Record("b", "BD", registry_records[0].name, "", a.lat + 0.001, a.lng))
    levels, evidence = compare(a, b, index)
    assert levels["distance"] == "1km"
    assert 0.1 < evidence["distance_km"] < 0.12


def test_packed_records_unpack_to_the_same_normalised_record(registry_records):
    from chainrights.matching.blocking import pack, unpack

    extra = Record(
        "u",
        "LK",
        "Smart Shirts KAT 1",
        "Unit 2, Block B, 11450 Katunayake",
        7.1,
        79.9,
        "MAS Holdings",
        1200,
    )
    readings = Record("v", "GT", "Mata Textiles / El Trazo - Mixco", "Parque Mixco", 14.5, -90.5)
    assert normalize(readings).name_variants
    assert normalize(readings).coarse_location
    for record in [*registry_records, extra, readings]:
        rec = normalize(record)
        assert unpack(pack(rec), rec.lat, rec.lng) == rec.__class__(
            **{**rec.__dict__, "legal_forms": ()}
        )


def test_a_saved_index_loads_and_answers_the_same(index, tmp_path):
    index.save(tmp_path / "registry.npz")
    loaded = Index.load(tmp_path / "registry.npz")
    assert len(loaded) == len(index)
    assert loaded.count == index.count
    for variant in [v for _, v in VARIANTS]:
        rec = normalize(variant)
        assert loaded.candidates(rec, 40) == index.candidates(rec, 40)
        assert Matcher().match_one(loaded, rec) == Matcher().match_one(index, rec)


def test_an_index_of_another_format_is_refused(index, tmp_path):
    import json

    import numpy as np

    index.save(tmp_path / "old.npz")
    with np.load(tmp_path / "old.npz") as data:
        arrays = dict(data)
    arrays["meta"] = np.frombuffer(json.dumps({"version": 0}).encode(), dtype=np.uint8)
    np.savez(tmp_path / "old.npz", **arrays)
    with pytest.raises(ValueError, match="index format 0"):
        Index.load(tmp_path / "old.npz")


def test_people_merge_and_split_records_when_re_clustering(registry_records, tmp_path):
    records = [normalize(r) for r in registry_records[:6]]
    humans = HumanDecisions()
    humans.merge("CR000", "CR005")  # different names, one facility says a person
    clusters = Matcher(humans=humans).dedupe(records)
    assert clusters["CR000"] == clusters["CR005"]
    humans.save(tmp_path / "d.csv")
    again = HumanDecisions.load(tmp_path / "d.csv")
    assert again.same == {("CR000", "CR005")}
    again.split("CR000", "CR005")
    assert Matcher(humans=again).dedupe(records)["CR005"] != clusters["CR000"]


def test_records_added_after_the_build_are_found_and_saved(index, registry_records, tmp_path):
    local = Index(normalize(r) for r in registry_records[:5])
    added = normalize(
        Record("NEW1", "VN", "Saigon Stitch Garment", "Lot 9, Tan Thuan EPZ", 10.75, 106.72)
    )
    local.add_record(added)
    query = normalize(
        Record("q", "Viet Nam", "SAIGON STITCH GARMENT CO., LTD", "Lot 9 Tan Thuan EPZ")
    )
    assert Matcher().match_one(local, query).facility_id == "NEW1"
    local.save(tmp_path / "grown.npz")
    loaded = Index.load(tmp_path / "grown.npz")
    assert len(loaded) == 6
    assert Matcher().match_one(loaded, query).facility_id == "NEW1"
