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
MAX_EXAMPLES = 8
SECONDS_PER_CALLER = 20
SEED = 13
# A token run leaves out revoking tokens: revoking its own would end it early.
TOKEN_EXCLUDED = ["/api/v1/auth/token", "/api/v1/auth/tokens/{token_id}"]


def _schemathesis(base_url: str, report: Path, headers: dict[str, str]) -> dict[str, Any]:
    """Run ``st run`` against the live server; the JSON report of the run."""
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{base_url}/api/v1/openapi.json",
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


def test_the_api_answers_as_its_schema_says_anonymously_and_with_tokens(
    demo: dict[str, Any], live_server: Any, tmp_path: Path
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
    problems = []
    for caller, headers in callers.items():
        result = _schemathesis(live_server.url, tmp_path / f"{caller}.json", headers)
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
    assert reason["required"] is True and reason["schema"]["minLength"] == 1
