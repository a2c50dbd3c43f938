"""Facility IDs: typable, check-digited, forgiving of how people type them."""

from __future__ import annotations

import pytest

from chainrights.registry import ids


def test_new_ids_are_valid_and_distinct():
    made = {ids.new_id() for _ in range(2000)}
    assert len(made) == 2000
    assert all(ids.is_valid(i) and len(i) == 13 and i.startswith("CR") for i in made)


def test_people_may_type_ids_loosely():
    value = ids.new_id()
    assert ids.is_valid(value.lower())
    assert ids.is_valid(f"{value[:5]}-{value[5:9]} {value[9:]}")
    body = value[2:-1].replace("1", "I").replace("0", "O")
    assert ids.normalise("CR" + body + value[-1]) == value


def test_a_single_mistyped_symbol_is_caught():
    value = ids.new_id()
    for position in range(2, len(value) - 1):
        for replacement in ids.ALPHABET:
            if replacement != value[position]:
                typo = value[:position] + replacement + value[position + 1 :]
                assert not ids.is_valid(typo), typo


@pytest.mark.parametrize("text", ["", "CR", "XX" + "0" * 11, "CR" + "0" * 12, "CR!!!!!!!!!!!"])
def test_malformed_ids_are_invalid(text):
    assert not ids.is_valid(text)
