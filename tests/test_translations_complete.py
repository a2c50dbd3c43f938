"""The whole site in the nine languages (issue 21): every string marked in any template or
Python file of any part has a translation in each catalogue; no catalogue entry (block
translations and plurals included) is empty or fuzzy; and each compiled catalogue holds
what its source says, so a forgotten ``compilemessages`` fails here too."""

from __future__ import annotations

import polib
import pytest

from tests.i18n import LANGUAGES, SOURCE, untranslated


def test_every_marked_string_of_every_part_is_translated():
    assert untranslated("") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalogue_entry_is_empty_or_fuzzy(language):
    po = polib.pofile(str(SOURCE / "locale" / language / "LC_MESSAGES" / "django.po"))
    bad = [e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language):
    folder = SOURCE / "locale" / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po:
        if entry.obsolete or not entry.translated():
            continue
        key = (entry.msgctxt, entry.msgid)
        assert key in compiled, entry.msgid
        if entry.msgid_plural:
            assert list(compiled[key][1].values()) == list(entry.msgstr_plural.values())
        else:
            assert compiled[key][0] == entry.msgstr, entry.msgid
