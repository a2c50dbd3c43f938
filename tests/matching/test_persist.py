"""The saved index: round trip, incremental add and remove, and refusal of other formats."""

from __future__ import annotations

import json

import numpy as np
import pytest

from chainrights.matching import (
    Index,
    IndexFormatError,
    Matcher,
    Record,
    load_index,
    normalize,
    persist,
    save_index,
)

QUERY = Record("q", "Viet Nam", "SAIGON STITCH GARMENT CO., LTD", "Lot 9 Tan Thuan EPZ")
ADDED = Record("NEW1", "VN", "Saigon Stitch Garment", "Lot 9, Tan Thuan EPZ", 10.75, 106.72)


def test_a_saved_index_answers_as_the_one_in_memory(index, registry_records, tmp_path):
    save_index(index, tmp_path / "r.npz")
    loaded = load_index(tmp_path / "r.npz")
    assert len(loaded) == len(index) == len(registry_records)
    assert (loaded.count, loaded.name_df, loaded.address_df) == (
        index.count, +index.name_df, +index.address_df,
    )  # fmt: skip
    for record in registry_records[:20]:
        rec = normalize(record)
        assert loaded.candidates(rec, 40) == index.candidates(rec, 40)
        assert Matcher().match_one(loaded, rec) == Matcher().match_one(index, rec)


def test_records_are_added_and_removed_without_a_rebuild(registry_records, tmp_path):
    local = Index(normalize(r) for r in registry_records[:8])
    local.add_record(normalize(ADDED))
    assert Matcher().match_one(local, normalize(QUERY)).facility_id == "NEW1"
    before = local.count
    assert local.remove_record("NEW1") == 1
    assert len(local) == 8
    assert local.count == before - 1
    assert local.name_df["saigon"] == sum("saigon" in r.name.lower() for r in registry_records[:8])
    result = Matcher().match_one(local, normalize(QUERY))
    assert result.facility_id != "NEW1"
    assert all(local.record(p).key != "NEW1"
               for p in local.candidates(normalize(QUERY), 40))  # fmt: skip
    assert local.remove_record("NEW1") == 0  # removing twice, or an unknown key, is harmless
    save_index(local, tmp_path / "r.npz")
    loaded = load_index(tmp_path / "r.npz")
    assert len(loaded) == 8
    assert loaded.positions_of("NEW1") == []
    assert Matcher().match_one(loaded, normalize(QUERY)) == result
    loaded.add_record(normalize(ADDED))  # the same facility again, after a load
    assert Matcher().match_one(loaded, normalize(QUERY)).facility_id == "NEW1"


def test_a_removed_registry_row_is_never_a_candidate(index, registry_records, tmp_path):
    save_index(index, tmp_path / "r.npz")
    loaded = load_index(tmp_path / "r.npz")
    target = registry_records[3]
    assert loaded.remove_record(target.key) == 1
    assert target.key not in {
        loaded.record(p).key for p in loaded.candidates(normalize(target), 40)
    }


def _rewrite(path, **changes):
    with np.load(path) as data:
        arrays = dict(data)
    meta = json.loads(arrays["meta"].tobytes())
    meta.update(changes)
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    np.savez(path, **arrays)


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"version": 3}, "index format 3, need"), ({"normaliser": "0"}, "built by normaliser 0")],
)
def test_an_index_of_another_version_is_refused(index, tmp_path, changes, message):
    save_index(index, tmp_path / "old.npz")
    _rewrite(tmp_path / "old.npz", **changes)
    with pytest.raises(IndexFormatError, match=message):
        load_index(tmp_path / "old.npz")


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b"not an index at all",
        lambda b: b"",
        lambda b: bytes(range(256)) * 10,
    ],
    ids=["truncated", "text", "empty", "binary"],
)
def test_a_damaged_file_is_refused_cleanly(index, tmp_path, damage):
    save_index(index, tmp_path / "r.npz")
    path = tmp_path / "r.npz"
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(IndexFormatError):
        load_index(path)


def test_an_npz_of_other_arrays_is_refused(tmp_path):
    np.savez(tmp_path / "other.npz", x=np.arange(3))
    with pytest.raises(IndexFormatError, match="not a chainrights matching index"):
        load_index(tmp_path / "other.npz")


def test_saving_leaves_no_temporary_file_and_replaces_the_old(index, tmp_path):
    save_index(Index(), tmp_path / "r.npz")
    save_index(index, tmp_path / "r.npz")
    assert [p.name for p in tmp_path.iterdir()] == ["r.npz"]
    assert len(load_index(tmp_path / "r.npz")) == len(index)


def test_the_format_names_itself():
    assert persist.FORMAT == "chainrights-matching-index"
    assert isinstance(persist.INDEX_VERSION, int)


def test_an_index_built_on_two_processes_is_the_one_built_on_one(registry_records, tmp_path):
    from chainrights.matching.build import build_index

    records = [*registry_records, ADDED]
    whole = Index(normalize(r) for r in records)
    parallel = build_index(records, workers=2, parallel_from=0)
    assert parallel.packed == whole.packed
    assert parallel.names == whole.names
    assert (parallel.count, +parallel.name_df, +parallel.address_df) == (
        whole.count, +whole.name_df, +whole.address_df,
    )  # fmt: skip
    assert np.array_equal(parallel.key_hashes, whole.key_hashes)
    assert np.array_equal(parallel.offsets, whole.offsets)
    assert np.array_equal(parallel.postings, whole.postings)
    query = normalize(QUERY)
    assert Matcher().match_one(parallel, query) == Matcher().match_one(whole, query)
