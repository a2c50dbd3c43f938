"""Stored codes shown as labels in the reader's language: every right of the taxonomy is
marked for translation (and translated in the nine languages), choices registered by the
apps are found, an unknown code is shown as it is."""

from __future__ import annotations

import ast
import json
from importlib import resources
from pathlib import Path

import polib
import pytest
from django.utils import translation

from chainrights.core import labels, rights_i18n

LOCALE = Path(rights_i18n.__file__).resolve().parent.parent / "locale"
LANGS = ["es", "bn", "zh_Hans", "vi", "tr", "km", "hi", "id"]


def _taxonomy() -> list[dict[str, str]]:
    text = resources.files("chainrights.core").joinpath("data/rights.json").read_text("utf-8")
    return json.loads(text)["rights"]


def test_every_name_and_summary_of_the_taxonomy_is_marked_for_translation():
    marked = set(rights_i18n.TEXTS)
    for right in _taxonomy():
        assert right["name"] in marked, right["code"]
        assert right["summary"] in marked, right["code"]
    source = Path(rights_i18n.__file__).read_text("utf-8")
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
    assert len(calls) == len(marked) == 2 * len(_taxonomy())


@pytest.mark.parametrize("lang", LANGS)
def test_the_taxonomy_is_translated_in_every_language(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    found = {e.msgid: e.msgstr for e in po if not e.obsolete and "fuzzy" not in e.flags}
    missing = [t for t in rights_i18n.TEXTS if not found.get(t)]
    assert missing == []


def test_a_rights_code_becomes_its_name_in_the_active_language(db):
    with translation.override("en"):
        assert labels.label("forced-labour") == "Elimination of forced or compulsory labour"
    with translation.override("es"):
        spanish = labels.label("forced-labour")
    assert spanish != "Elimination of forced or compulsory labour"
    assert spanish == translation.trans_real.translation("es").gettext(
        "Elimination of forced or compulsory labour"
    )


def test_registered_choices_and_dotted_keys_and_unknown_codes(db):
    with translation.override("en"):
        assert labels.label("equal") == "Equal to the international standard"  # codes.Level
        assert labels.label("overdue") == "Overdue"  # audits' computed status
        assert labels.label("accessible.share_fearing_reprisal") == (
            "Accessible: Complainants who feared reprisal"
        )
        assert labels.label("no-such-code") == "no-such-code"
        assert labels.label(3) == "3"
