"""The API against its own OpenAPI schema: schemathesis on a live server with the demo data.

Schemathesis (its command line, as a CI job would run it) generates requests from
``/api/v1/openapi.json`` for every operation, anonymously and with the tokens of a brand and
of operator staff, and checks every answer: never a 5xx, and only statuses, content types,
headers and bodies that the schema documents. It is bounded in examples per operation and in
seconds per caller, with a fixed seed, so a failure replays.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from chainrights.api import openapi
from chainrights.api.main import api

# Every answer must match the schema; requests the schema calls invalid must be refused and
# a token must matter where the schema says it is read. Left out, and why:
# - positive_data_acceptance: a schema-valid request may still break a rule no JSON schema
#   states (a merge into itself, a state a case cannot move to, an audit with no findings
#   for its scheme); those are refused with 400, which that check counts as a failure;
# - use_after_free, ensure_resource_availability: they follow links between operations that
#   the schema does not declare.
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "missing_required_header",
    "unsupported_method",
    "ignored_auth",
]
REJECTIONS = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]
# The examples bound the work (123 operations x 5); the time is only a cap, set well above
# what a busy 2-core machine needs, because a run cut by time leaves operations untested
# (20 s reached 110 of 123 in a fresh-clone run).
MAX_EXAMPLES = 5
SECONDS_PER_CALLER = 120
SEED = 13
# A token run leaves out revoking tokens: revoking its own would end it early.
TOKEN_EXCLUDED = ["/api/v1/auth/token", "/api/v1/auth/tokens/{token_id}"]


def _load_demo_data() -> None:
    """What ``chainrights demo`` loads beyond the accounts (lists, codes, audits), and a case."""
    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.grievances import services as grievances
    from chainrights.registry.demo import load_demo_lists
    from chainrights.states.demo import load_demo_inspections

    load_demo_lists()
    load_demo_codes()
    load_demo_audits()
    load_demo_inspections()
    grievances.file_grievance(grievances.Intake(narrative="No overtime pay.", facility_text="A"))


def _known_ids() -> dict[str, list[Any]]:
    """IDs of demo objects, by the parameter names that take them, so that generated requests
    reach an object's logic instead of stopping at 404."""
    from chainrights.audits.models import Action, Audit, CapacityActivity, Finding
    from chainrights.codes.models import Code
    from chainrights.grievances.models import Case
    from chainrights.registry.models import Facility, FacilityClaim, SupplierList
    from chainrights.states.models import Inspection, Referral

    def pks(model: Any) -> list[Any]:
        return list(model.objects.order_by("pk").values_list("pk", flat=True)[:20])

    facilities = list(Facility.objects.order_by("pk").values_list("public_id", flat=True)[:20])
    ids = {
        "facility_id": facilities, "into": facilities, "list_id": pks(SupplierList),
        "row": [0, 1, 2], "audit_id": pks(Audit), "finding_id": pks(Finding),
        "action_id": pks(Action), "claim_id": pks(FacilityClaim),
        "activity_id": pks(CapacityActivity), "code_id": pks(Code), "number": [1, 2, 3],
        "reference": list(Case.objects.values_list("reference", flat=True)[:20]),
        "inspection_id": pks(Inspection), "referral_id": pks(Referral),
    }  # fmt: skip
    return {name: values for name, values in ids.items() if values}


def _config(path: Path, ids: dict[str, list[Any]], *, fixed_paths: bool) -> Path:
    """A schemathesis.toml that draws those parameters from the known IDs half the time, or
    (``fixed_paths``) always puts the first known ID in the path, so that every request of an
    operation on an object reaches that object and its answer's body is checked."""
    # A body over the size limit is refused before it is read, with 413: a rejection as much
    # as a 400, which schemathesis does not count as one by default.
    lines = ["[checks.negative_data_rejection]",
             f"expected-statuses = {json.dumps(REJECTIONS)}", ""]  # fmt: skip
    for name, values in ids.items():
        lines += [f"[dictionaries.{name}]", f"values = {json.dumps(values)}", ""]
    lines.append("[parameters]")
    for name, values in ids.items():
        for where in ("path", "query", "body"):
            key = f'"{where}.{name}"'
            if where == "path" and fixed_paths:
                lines.append(f"{key} = {json.dumps(values[0])}")
            else:
                lines.append(f'{key} = {{ dictionary = "{name}", probability = 0.5 }}')
    path.write_text("\n".join(lines) + "\n")
    return path


def _schemathesis(
    base_url: str, report: Path, headers: dict[str, str], config: Path
) -> dict[str, Any]:
    """Run ``st run`` against the live server; the JSON report of the run."""
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
        f"{base_url}/api/v1/openapi.json",
        "--checks", ",".join(CHECKS), "--max-examples", str(MAX_EXAMPLES),
        "--max-time", str(SECONDS_PER_CALLER), "--seed", str(SEED), "--workers", "1",
        "--request-timeout", "30", "--suppress-health-check", "all", "--no-color",
        "--report", "json", "--report-json-path", str(report),
    ]  # fmt: skip
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
        command += [arg for path in TOKEN_EXCLUDED for arg in ("--exclude-path", path)]
    done = subprocess.run(  # noqa: S603  (our own interpreter and arguments)
        command, capture_output=True, text=True, timeout=SECONDS_PER_CALLER * 4,
        cwd=report.parent,
    )  # fmt: skip
    assert report.exists(), done.stdout[-5000:] + done.stderr[-5000:]
    result: dict[str, Any] = json.loads(report.read_text())
    result["output"] = done.stdout
    return result


@pytest.fixture
def server(live_server: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """pytest-django's live server, answering without Nagle's delay as gunicorn does (it sets
    TCP_NODELAY): otherwise every answer on a kept-alive connection waits some 40 ms for the
    client's delayed ACK, and the run tests a twentieth of what it could."""
    from django.core.servers.basehttp import WSGIRequestHandler

    monkeypatch.setattr(WSGIRequestHandler, "disable_nagle_algorithm", True)
    return live_server


def test_the_api_answers_as_its_schema_says_anonymously_and_with_tokens(
    demo: dict[str, Any], server: Any, tmp_path: Path
) -> None:
    """One server and one load of the demo data for the three callers, one after the other:
    anonymous, a brand admin, and operator staff (their write tokens issued as after a TOTP
    sign-in)."""
    from chainrights.core.services import issue_token

    callers = {"anonymous": {}} | {
        who: {"Authorization": "Bearer " + issue_token(demo[who], name="schemathesis",
                                                         scope="write", second_factor=True)[1]}
        for who in ("brand", "operator")
    }  # fmt: skip
    _load_demo_data()
    ids = _known_ids()
    assert set(ids) >= {"facility_id", "list_id", "audit_id", "code_id", "reference"}, ids
    problems = []
    for caller, headers in callers.items():
        # Anonymous requests fuzz the paths; token holders act on real objects.
        config = _config(tmp_path / f"{caller}.toml", ids, fixed_paths=bool(headers))
        result = _schemathesis(server.url, tmp_path / f"{caller}.json", headers, config)
        operations, cases = result["operations"], result["test_cases"]
        print(f"{caller}: {operations['tested']} of {operations['total']} operations, "
              f"{cases['generated']} test cases, {result['running_time']:.1f} s")  # fmt: skip
        if result["failures"] or result["errors"]:
            problems.append(f"--- as {caller} ---\n" + result["output"][-15000:])
        # Every operation was reached (a run the server refused wholesale would not be).
        assert operations["tested"] == operations["selected"], result["output"][-3000:]
        assert cases["generated"] >= operations["tested"], result["output"][-3000:]
    assert problems == [], "\n".join(problems)


def test_every_special_case_of_the_schema_names_an_operation() -> None:
    """``EXTRA`` and ``CONTENT`` in ``api/openapi.py`` must not outlive their operations."""
    known = set(openapi.operations(api.get_openapi_schema(), "/api/v1"))
    assert set(openapi.EXTRA) - known == set()
    assert set(openapi.CONTENT) - known == set()


@pytest.mark.parametrize(
    "path", ["/audits/{audit_id}", "/findings/{finding_id}", "/actions/{action_id}"]
)
def test_a_reason_that_deletes_need_is_required_by_the_schema(db: Any, path: str) -> None:
    """The services refuse a delete without a reason, so the schema must not call it optional."""
    operation = api.get_openapi_schema()["paths"][f"/api/v1{path}"]["delete"]
    reason = next(p for p in operation["parameters"] if p["name"] == "reason")
    assert reason["required"] is True
    assert reason["schema"]["minLength"] == 1
