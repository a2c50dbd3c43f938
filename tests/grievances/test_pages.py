"""The public intake and follow-up pages, with no account and no JavaScript."""

from __future__ import annotations

import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chainrights.grievances import services
from chainrights.grievances.models import Case, Contact


def test_a_worker_finds_the_workplace_in_their_script_files_and_follows_up(demo, linked_facility):
    client = Client()
    found = client.get("/complain", {"find": "dhaka knit"}).content.decode()
    assert linked_facility.public_id in found
    assert 'type="radio"' in found
    sent = client.post("/complain", {
        "narrative": "No pay for three months.", "facility_id": linked_facility.public_id,
        "categories": ["wages", "harassment"], "workers_affected": "40",
        "contact": "+880 1711 000000", "when": "since August",
    })  # fmt: skip
    assert sent.status_code == 303
    assert sent["Location"] == "/complain/filed"
    filed = client.get("/complain/filed")
    html = filed.content.decode()
    reference = re.search(r"GR-[0-9A-Z]{4}-[0-9A-Z]{4}", html).group(0)
    secret = re.search(r"([0-9A-Z]{4}-){4}[0-9A-Z]{4}", html).group(0)
    case = Case.objects.get(reference=reference)
    assert case.facility == linked_facility
    assert case.workers_affected == 40
    assert case.rights == ["wages", "minimum-wage", "violence-and-harassment"]
    assert "since August" in case.narrative
    assert case.channel == "web"
    assert Contact.objects.get(case=case).details == "+880 1711 000000"
    assert filed["Cache-Control"].startswith("max-age=0")  # the secret is not cached
    status = client.post("/complain/follow", {"reference": reference.lower(), "secret": secret},
                         follow=True)  # fmt: skip
    assert status.redirect_chain == [("/complain/status", 303)]
    assert reference in status.content.decode()
    reply = client.post("/complain/status", {"text": "Still no pay."}, follow=True)
    assert reply.redirect_chain == [("/complain/status", 303)]
    assert "Still no pay." in reply.content.decode()
    wrong = client.post("/complain/follow", {"reference": reference, "secret": "X" * 24})
    assert wrong.status_code == 404
    assert "No case matches" in wrong.content.decode()


def test_the_form_says_what_is_missing(demo):
    page = Client().post("/complain", {"narrative": "", "facility_text": ""})
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('role="alert"') >= 2
    assert Case.objects.count() == 0


def test_intake_pages_are_small_for_slow_phones(demo):
    page = Client().get("/complain")
    html = page.content.decode()
    assert len(page.content) < 30_000
    assert re.findall(r"<script[^>]*>", html) == [
        '<script src="/static/chainrights/quick-exit.js" defer>'  # the quick exit only
    ]


def test_the_rules_of_procedure_are_public_with_the_operator_deadlines(demo):
    html = Client().get("/complain/procedure").content.decode()
    assert "Fair Supply Initiative" in html
    assert "within 7 days" in html
    assert "seven years" in html
    assert "htmx.min.js" not in html


LANGUAGES = ["es", "bn", "zh_Hans", "vi", "tr", "km", "hi", "id"]


def test_every_worker_facing_string_is_translated_in_every_language():
    import polib
    from scripts.worker_translations import tables

    locale = Path(__file__).resolve().parents[2] / "src" / "chainrights" / "locale"
    for language in LANGUAGES:
        po = polib.pofile(str(locale / language / "LC_MESSAGES" / "django.po"))
        done = {e.msgid for e in po if e.msgstr and "fuzzy" not in e.flags}
        missing = [m for m in tables() if m not in done and po.find(m) is not None]
        assert missing == [], (language, missing[:3])
        assert (locale / language / "LC_MESSAGES" / "django.mo").exists()


def test_the_intake_page_speaks_each_worker_language(demo):
    titles = {"bn": "কী ঘটেছে আমাদের জানান", "km": "ប្រាប់យើងពីអ្វីដែលបានកើតឡើង",
              "hi": "हमें बताइए क्या हुआ", "vi": "Hãy cho chúng tôi biết chuyện gì đã xảy ra",
              "zh-hans": "告诉我们发生了什么", "tr": "Bize ne olduğunu anlatın",
              "id": "Ceritakan apa yang terjadi", "es": "Cuéntenos qué pasó"}  # fmt: skip
    for language, title in titles.items():
        html = Client(HTTP_ACCEPT_LANGUAGE=language).get("/complain").content.decode()
        assert title in html, language


def test_errors_reach_the_complainant_in_their_language(demo):
    case, secret = services.file_grievance(services.Intake(narrative="late pay",
                                                           facility_text="A"))  # fmt: skip
    client = Client(HTTP_ACCEPT_LANGUAGE="bn")
    client.post("/complain/follow", {"reference": case.reference, "secret": secret})
    fake = SimpleUploadedFile("pay.png", b"MZ not a picture", content_type="image/png")
    page = client.post("/complain/status", {"evidence": fake})
    html = page.content.decode()
    assert "pay.png: ফাইলটি দাবি করা image/png নয়।" in html
    assert case.evidence.count() == 0
