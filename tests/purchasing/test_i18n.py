"""Every purchasing page and question in the nine languages."""

from tests.i18n import untranslated


def test_every_purchasing_string_is_translated():
    assert untranslated("purchasing/") == []
