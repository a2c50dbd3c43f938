"""A brand never sees another's private data through a report: not its drafts, not the
counts of audits only the other brand may see."""

from __future__ import annotations

from chainrights.reports import drafting, services
from tests.factories import ReportFactory, SupplierListFactory, real_rows


def test_another_brand_cannot_open_a_draft(client, demo, southbay_editor):
    report = ReportFactory(user=demo["brand"])
    client.force_login(southbay_editor)
    assert client.get(f"/reports/{report.pk}").status_code == 404
    assert client.get(f"/reports/{report.pk}.json").status_code == 404
    assert client.get(f"/reports/{report.pk}/figures/audits.count").status_code == 404


def test_audits_shared_with_one_brand_do_not_count_for_another(
    demo, northwind, southbay, southbay_editor, listed, audited, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the same four facilities
        SupplierListFactory(owner=southbay, user=southbay_editor, rows=real_rows(4))
    theirs = ReportFactory(user=southbay_editor)
    found = drafting.content(theirs, southbay_editor)["figures"]
    assert found["suppliers.facilities"]["value"] == 4
    assert found["audits.count"]["value"] == 0
    assert found["findings.count"]["value"] == 0
    ours = drafting.content(ReportFactory(user=demo["brand"]), demo["brand"])["figures"]
    assert ours["audits.count"]["value"] == 2


def test_a_report_shared_with_named_organisations_is_read_only_by_them(
    client, demo, southbay, southbay_editor
):
    from chainrights.core.models import Organisation

    report = ReportFactory(user=demo["brand"], answer_all=True)
    operator = Organisation.objects.get(name="Fair Supply Initiative")
    services.publish(report, demo["brand"], public=False, organisations=[operator])
    client.force_login(southbay_editor)
    assert client.get(f"/reports/{report.pk}").status_code == 404
    client.force_login(demo["handler"])
    assert client.get(f"/reports/{report.pk}").status_code == 200
    client.logout()
    assert client.get(f"/reports/{report.pk}").status_code == 404
