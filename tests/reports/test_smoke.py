from tests.factories import ReportFactory


def test_a_draft_renders(client, demo, audited):
    report = ReportFactory(user=demo["brand"])
    client.force_login(demo["brand"])
    page = client.get(f"/reports/{report.pk}")
    assert page.status_code == 200, page.content[:2000]
    for fmt in ("html", "csv", "xlsx", "json", "pdf"):
        assert client.get(f"/reports/{report.pk}.{fmt}").status_code == 200
