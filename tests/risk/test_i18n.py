"""Every risk page string in the nine languages."""

from tests.i18n import untranslated


def test_every_risk_string_is_translated():
    assert untranslated("risk/") == []
