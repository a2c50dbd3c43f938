"""Drafting, publishing and correcting: frozen means frozen, versions follow their dates,
and the brand's words are what publishing waits for."""

from __future__ import annotations

from datetime import date

import pytest

from chainrights.core.refusals import Conflict, Invalid, NotAllowed
from chainrights.reports import drafting, frameworks, services, sources
from tests.factories import ReportFactory
from tests.reports.conftest import shared_audit


def test_a_published_report_does_not_change_when_the_records_do(demo, northwind, listed, audited):
    from chainrights.core.models import Event

    report = ReportFactory(user=demo["brand"], answer_all=True)
    services.publish(report, demo["brand"], public=True)
    before = drafting.content(report, demo["brand"])["figures"]["audits.count"]["value"]
    shared_audit(listed[3], northwind, reference="A-3")
    report.refresh_from_db()
    assert report.frozen["figures"]["audits.count"]["value"] == before == 2
    assert drafting.content(report, demo["brand"])["figures"]["audits.count"]["value"] == 3
    assert report.content_hash == drafting.digest(report.frozen)
    logged = Event.objects.get(tag="report.published", object_id=str(report.pk))
    assert logged.after["sha256"] == report.content_hash


def test_a_draft_says_which_questions_need_words_and_cannot_be_published_before(demo):
    report = ReportFactory(user=demo["brand"], narratives={"A1": "We commit to the UNGPs."})
    assert "A1" not in services.missing(report)
    assert "A2" in services.missing(report)
    with pytest.raises(Invalid) as refused:
        services.publish(report, demo["brand"], public=True)
    assert refused.value.field == "narratives"
    assert "A2" in str(refused.value)


def test_a_correction_is_a_new_version_and_the_old_one_stays_frozen(demo):
    report = ReportFactory(user=demo["brand"], answer_all=True)
    services.publish(report, demo["brand"], public=True)
    with pytest.raises(NotAllowed):
        services.write_narratives(report, demo["brand"], {"A1": "changed after the fact"})
    new = services.correct(report, demo["brand"])
    assert new.pk != report.pk
    assert new.narratives == report.narratives
    assert new.is_draft
    services.write_narratives(new, demo["brand"], {"A1": "Corrected commitment."})
    services.publish(new, demo["brand"], public=True)
    report.refresh_from_db()
    assert report.status == "corrected"
    assert report.frozen["narratives"]["A1"] != "Corrected commitment."
    with pytest.raises(Conflict):
        services.correct(report, demo["brand"])


def _catalogue():
    return frameworks.parse(
        {
            "frameworks": [
                {
                    "key": "law",
                    "name": "A law",
                    "versions": [
                        {
                            "version": "2023",
                            "applies_from": "2023-01-01",
                            "applies_to": "2025-12-31",
                            "sections": [
                                {
                                    "code": "S",
                                    "title": "S",
                                    "questions": [
                                        {"code": "OLD", "text": "Report on the old duty."}
                                    ],
                                }
                            ],
                        },
                        {
                            "version": "2026",
                            "applies_from": "2026-01-01",
                            "applies_to": None,
                            "sections": [
                                {
                                    "code": "S",
                                    "title": "S",
                                    "questions": [
                                        {"code": "NEW", "text": "Document the new duty."}
                                    ],
                                }
                            ],
                        },
                    ],
                }
            ]
        }
    )


def test_a_framework_versions_dates_pick_its_questions():
    catalogue = _catalogue()
    old = frameworks.version_for("law", date(2025, 12, 31), catalogue)
    new = frameworks.version_for("law", date(2026, 1, 1), catalogue)
    assert [q.code for q in old.questions] == ["OLD"]
    assert [q.code for q in new.questions] == ["NEW"]
    assert frameworks.version_for("law", date(2022, 12, 31), catalogue) is None


def test_a_report_keeps_the_version_it_was_drafted_under(demo):
    report = ReportFactory(user=demo["brand"], framework="esrs-s2")
    assert report.version == "2023/2772"
    assert [q.code for q in drafting.version_of(report).questions] == [
        "S2-1",
        "S2-2",
        "S2-3",
        "S2-4",
        "S2-5",
    ]


def test_a_period_before_any_version_is_refused(demo):
    with pytest.raises(Invalid) as refused:
        services.start_report(demo["brand"], "esrs-s2", date(2020, 1, 1), date(2020, 12, 31))
    assert refused.value.field == "period_end"


def test_only_a_brands_editors_draft(demo):
    for role in ("brandviewer", "supplier", "operator"):
        with pytest.raises(NotAllowed):
            services.start_report(demo[role], "ungprf", date(2026, 1, 1), date(2026, 12, 31))


def test_salient_issues_are_a_gap_until_a_risk_register_provides_them(demo, northwind):
    from chainrights.reports.salient import salient_issues

    report = ReportFactory(user=demo["brand"])
    sources.unregister("salient_issues")  # a platform without the risk app
    found = drafting.content(report, demo["brand"])["figures"]["salient.issues"]
    assert found["gap"] == "no_risk_register"
    assert found["value"] is None
    services.register_source(
        "salient_issues",
        lambda brand, start, end, user: {
            "value": 2,
            "rows": [["forced-labour", 1], ["wages", 2]],
            "source": "risk",
        },
    )
    try:
        found = drafting.content(report, demo["brand"])["figures"]["salient.issues"]
        assert found["value"] == 2
        assert found["gap"] == ""
        assert len(found["rows"]) == 2
    finally:
        services.register_source("salient_issues", salient_issues)


def test_salient_issues_come_from_the_brands_published_register(demo, northwind, audited):
    from chainrights.risk import services as risk

    report = ReportFactory(user=demo["brand"])
    risk.recompute(northwind)
    found = drafting.content(report, demo["brand"])["figures"]["salient.issues"]
    assert found["value"] == 0  # not published: none claimed
    risk.publish(demo["brand"], True)
    expected = risk.salient_issues(northwind)
    assert expected
    found = drafting.content(report, demo["brand"])["figures"]["salient.issues"]
    assert found["value"] == len(expected)
    assert [r[0] for r in found["rows"]] == [r["right"] for r in expected]


def test_few_cases_are_suppressed_in_the_report(demo, northwind, listed, settings):
    from chainrights.core import events
    from chainrights.core.services import share_with
    from tests.factories import CaseFactory

    settings.GRIEVANCE_MIN_CELL = 5
    cases = [
        CaseFactory(
            narrative=f"case {i}", facility_id=listed[0].public_id, received_by=demo["handler"]
        )
        for i in range(4)
    ]
    with events.acting_as(system="test"):
        for case in cases:
            share_with(case, [northwind])
    report = ReportFactory(user=demo["brand"])
    found = drafting.content(report, demo["brand"])["figures"]
    for key in (
        "grievances.cases",
        "grievances.channels",
        "grievances.remedied",
        "grievances.effectiveness",
    ):
        assert found[key]["gap"] == "suppressed", key
        assert found[key]["value"] is None, key
        assert found[key]["records"] == []
        assert found[key]["rows"] == []
    settings.GRIEVANCE_MIN_CELL = 4
    found = drafting.content(report, demo["brand"])["figures"]
    assert found["grievances.cases"]["value"] == 4


def test_the_salient_issues_table_reads_in_every_format(demo, northwind, audited):
    """Its rows are four wide (right, severity, items, actual): the API, the page, the data
    annex and the printable page each show them (the schema run found the API's 500)."""
    import csv
    import io

    from chainrights.core.services import issue_token
    from chainrights.risk import services as risk
    from tests.conftest import ApiClient, totp_client

    report = ReportFactory(user=demo["brand"])
    risk.recompute(northwind)
    risk.publish(demo["brand"], True)
    expected = risk.salient_issues(northwind)
    assert expected
    api = ApiClient(token=issue_token(demo["brand"], second_factor=True)[1])
    answer = api.get_json(f"/api/v1/reports/{report.pk}")
    assert answer.status_code == 200
    rows = answer.json()["figures"]["salient.issues"]["rows"]
    assert [len(r) for r in rows] == [4] * len(expected)
    figure = api.get_json(f"/api/v1/reports/{report.pk}/figures/salient.issues")
    assert figure.status_code == 200
    client = totp_client(demo["brand"])
    assert client.get(f"/reports/{report.pk}").status_code == 200
    assert client.get(f"/reports/{report.pk}.html").status_code == 200
    annex = client.get(f"/reports/{report.pk}.csv")
    assert annex.status_code == 200
    lines = list(csv.reader(io.StringIO(annex.content.decode("utf-8-sig"))))
    wide = [line for line in lines if line[1] == "salient.issues" and line[3]]
    first = wide[0][0]  # the figure answers more than one question: under the first one
    wide = [line for line in wide if line[0] == first]
    assert len(wide) == len(expected)
    assert all(line[4].count(" · ") == 2 for line in wide)
