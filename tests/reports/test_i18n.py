"""Every reports page, label, gap and refusal in the nine languages."""

from tests.i18n import untranslated


def test_every_reports_string_is_translated():
    assert untranslated("reports/") == []
