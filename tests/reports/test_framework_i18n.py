"""The reporting frameworks' texts in the reader's language: every framework name, version
note, section title and question text of ``data/frameworks.json`` is marked for translation
(and translated in the eight languages besides English); the pages show them translated,
a published report's frozen content does not change, and the API keeps the file's English."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import polib
import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape

from chainrights.reports import framework_i18n, frameworks
from tests.factories import ReportFactory

LOCALE = Path(framework_i18n.__file__).resolve().parent.parent / "locale"
LANGS = ["es", "bn", "zh_Hans", "vi", "tr", "km", "hi", "id"]
A1 = (
    "What does the company publicly commit to on human rights, who approved that commitment,"
    " and which rights and people does it cover?"
)
PART_A = "Part A: governance of respect for human rights"
UNGPRF = "UN Guiding Principles Reporting Framework"


def _shown_texts() -> list[str]:
    """Every text of the framework file a page shows (not codes, dates, figure keys, URLs;
    not the top-level note, which is for whoever edits the file and no page shows)."""
    raw = json.loads(frameworks.DATA.read_text(encoding="utf-8"))
    found: list[str] = []
    for framework in raw["frameworks"]:
        found.append(framework["name"])
        for version in framework["versions"]:
            found += [version["note"]] if version.get("note") else []
            for section in version["sections"]:
                found.append(section["title"])
                found += [q["text"] for q in section["questions"]]
    return found


def test_every_text_of_the_frameworks_is_marked_for_translation():
    wanted = _shown_texts()
    marked = set(framework_i18n.TEXTS)
    assert [t for t in wanted if t not in marked] == []
    source = Path(framework_i18n.__file__).read_text("utf-8")
    calls = [
        n
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "gettext_noop"
    ]
    assert len(calls) == len(framework_i18n.TEXTS) == len(marked) == len(set(wanted))
    parsed = {t for v in frameworks.shipped() for t in (v.name, v.note)}
    parsed |= {s.title for v in frameworks.shipped() for s in v.sections}
    parsed |= {q.text for v in frameworks.shipped() for q in v.questions}
    assert parsed - {""} == marked


@pytest.mark.parametrize("lang", LANGS)
def test_the_frameworks_are_translated_in_every_language(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    found = {e.msgid: e.msgstr for e in po if not e.obsolete and "fuzzy" not in e.flags}
    assert [t for t in framework_i18n.TEXTS if not found.get(t, "").strip()] == []
    with translation.override(lang):  # the compiled catalogue says the same
        assert [t for t in framework_i18n.TEXTS if translation.gettext(t) != found[t]] == []
        assert [t for t in framework_i18n.TEXTS if translation.gettext(t) == t] == []


def test_an_empty_note_stays_empty():
    with translation.override("es"):
        assert framework_i18n.shown("") == ""


def _in(lang: str, text: str) -> str:
    with translation.override(lang):
        return translation.gettext(text)


def _brand_client(demo: dict[str, Any], lang: str) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=lang)
    client.force_login(demo["brand"])
    return client


def test_the_draft_shows_its_questions_in_the_readers_language(demo):
    report = ReportFactory(user=demo["brand"])
    bengali = _brand_client(demo, "bn")
    write = bengali.get(f"/reports/{report.pk}/write").content.decode()
    assert escape(f"A1. {_in('bn', A1)}") in write  # the narrative's label
    assert escape(A1) not in write
    assert escape(_in("bn", UNGPRF)) in write
    page = _brand_client(demo, "es").get(f"/reports/{report.pk}").content.decode()
    assert escape(_in("es", A1)) in page
    assert escape(_in("es", PART_A)) in page
    assert escape(A1) not in page
    english = _brand_client(demo, "en").get(f"/reports/{report.pk}").content.decode()
    assert escape(A1) in english
    start = bengali.get("/reports/new").content.decode()
    assert escape(_in("bn", UNGPRF)) in start  # the framework choices


def test_a_published_report_keeps_its_frozen_content_and_reads_in_the_readers_language(demo):
    from chainrights.reports import services

    report = ReportFactory(user=demo["brand"], answer_all=True)
    services.publish(report, demo["brand"], public=True)
    report.refresh_from_db()
    frozen, sha256 = report.frozen, report.content_hash
    assert A1 not in json.dumps(frozen)  # the frozen content holds no framework text
    spanish = Client(HTTP_ACCEPT_LANGUAGE="es")
    page = spanish.get(f"/reports/{report.pk}.html").content.decode()
    assert escape(_in("es", A1)) in page
    assert escape(_in("es", PART_A)) in page
    assert "What we did on A1." in page  # the brand's words as written
    report.refresh_from_db()
    assert (report.frozen, report.content_hash) == (frozen, sha256)
    api = spanish.get(f"/api/v1/reports/{report.pk}").json()  # the file's English
    assert api["framework"] == UNGPRF
    assert api["sections"][0]["title"] == PART_A
    assert api["sections"][0]["questions"][0]["text"] == A1
