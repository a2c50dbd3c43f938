"""The worker's pages as a worker meets them: a reload never files twice, "Find" keeps the
story, loosely typed secrets open the case, a quick exit on every page, cookies that end with
the browser session, and evidence at filing checked by its content, all or nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from chainrights.grievances import services
from chainrights.grievances.intake import MAX_EVIDENCE_BYTES
from chainrights.grievances.models import Case, Evidence, Message
from tests.factories import CaseFactory
from tests.factories.files import OGG, PDF, PNG, multipart, zip_bomb_as_png

STORY = {
    "narrative": "Our overtime has not been paid for three months.",
    "facility_text": "Knitting unit by the bridge, Ashulia",
    "when": "since August",
    "categories": ["wages", "harassment"],
    "workers_affected": "40",
    "contact": "Rahima, +880 1711 000000",
}
CODES = re.compile(r'<code class="id">([^<]+)</code>')
WORKER_PAGES = ["/complain", "/complain/follow", "/complain/procedure"]


def _file(client: Client, **fields: Any) -> tuple[str, str]:
    sent = client.post("/complain", {**STORY, **fields})
    assert sent.status_code == 303, sent.content.decode()[:2000]
    assert sent["Location"] == "/complain/filed"
    reference, secret = CODES.findall(client.get("/complain/filed").content.decode())
    return reference, secret


def _open(client: Client, reference: str, secret: str) -> Any:
    return client.post("/complain/follow", {"reference": reference, "secret": secret})


# 1. Post/redirect/get: the reference and secret live in the session, encrypted.


def test_reloading_the_confirmation_page_shows_the_same_codes_and_files_nothing(demo):
    client = Client()
    reference, secret = _file(client)
    for _ in range(3):
        again = client.get("/complain/filed")
        assert CODES.findall(again.content.decode()) == [reference, secret]
    assert Case.objects.count() == 1
    assert Case.objects.get().reference == reference


def test_the_secret_is_in_no_url_no_cookie_and_not_in_the_clear_in_the_session(demo):
    client = Client()
    sent = client.post("/complain", STORY)
    assert "filed" in sent["Location"]
    page = client.get("/complain/filed")
    _reference, secret = CODES.findall(page.content.decode())
    assert secret not in sent["Location"]
    assert all(secret not in c.value for c in [*sent.cookies.values(), *page.cookies.values()])
    (row,) = Session.objects.all()
    assert secret not in row.session_data
    assert secret not in str(row.get_decoded())  # encrypted before it went in
    assert secret.replace("-", "") not in str(row.get_decoded())


def test_i_have_written_it_down_forgets_the_secret(demo):
    client = Client()
    _file(client)
    done = client.post("/complain/filed")
    assert done.status_code == 303
    assert done["Location"] == "/complain/follow"
    later = client.get("/complain/filed", follow=True)
    assert later.redirect_chain == [("/complain/follow", 303)]
    assert not CODES.findall(later.content.decode())
    assert "no longer shown on this phone" in later.content.decode()


def test_the_session_keeps_the_codes_only_for_a_short_time(demo, settings):
    settings.GRIEVANCE_SESSION_MINUTES = 0
    client = Client()
    assert client.post("/complain", STORY).status_code == 303
    assert client.get("/complain/filed")["Location"] == "/complain/follow"
    assert Case.objects.count() == 1


def test_another_browser_sees_nothing_of_the_filed_case(demo):
    _file(Client())
    stranger = Client().get("/complain/filed")
    assert stranger.status_code == 303
    assert stranger["Location"] == "/complain/follow"


def test_the_status_page_reads_the_opened_case_from_the_session_and_replies_by_redirect(demo):
    case = CaseFactory()
    client = Client()
    opened = _open(client, case.reference, case.secret)
    assert opened.status_code == 303
    assert opened["Location"] == "/complain/status"
    assert case.secret not in opened["Location"]
    page = client.get("/complain/status").content.decode()
    assert case.reference in page
    assert case.secret not in page  # no hidden field carries it any more
    reply = client.post("/complain/status", {"text": "Still no pay."})
    assert reply.status_code == 303
    assert reply["Location"] == "/complain/status"
    for _ in range(2):
        assert "Still no pay." in client.get("/complain/status").content.decode()
    answers = [m.body for m in Message.objects.filter(case=case, kind="from_complainant")]
    assert answers == ["Still no pay."]


def test_an_empty_answer_says_what_is_missing(demo):
    case = CaseFactory()
    client = Client()
    _open(client, case.reference, case.secret)
    page = client.post("/complain/status", {"text": "  "})
    assert page.status_code == 400
    assert "Write a message or attach a file." in page.content.decode()


def test_closing_the_case_on_this_phone_forgets_it(demo):
    case = CaseFactory()
    client = Client()
    _open(client, case.reference, case.secret)
    closed = client.post("/complain/status", {"action": "close"})
    assert closed["Location"] == "/complain/follow"
    assert client.get("/complain/status")["Location"] == "/complain/follow"
    assert Client().get("/complain/status")["Location"] == "/complain/follow"


def test_a_wrong_secret_keeps_the_reference_typed_but_not_the_secret(demo):
    case = CaseFactory()
    page = _open(Client(), case.reference, "WRONG-SECRET")
    html = page.content.decode()
    assert page.status_code == 404
    assert f'value="{case.reference}"' in html
    assert "WRONG" not in html


# 2. One form: "Find" keeps everything typed.


def test_find_keeps_the_story_and_shows_the_candidates_and_files_nothing(demo, linked_facility):
    page = Client().post("/complain", {**STORY, "find": "Dhaka Knit", "action": "find"})
    html = page.content.decode()
    assert page.status_code == 200
    assert Case.objects.count() == 0
    assert "Our overtime has not been paid for three months.</textarea>" in html
    assert 'value="since August"' in html
    assert 'value="Rahima, +880 1711 000000"' in html
    assert 'value="40"' in html
    assert re.search(r'value="wages"[^>]*checked', html)
    assert re.search(r'value="harassment"[^>]*checked', html)
    assert 'id="candidates"' in html
    public_id = re.escape(linked_facility.public_id)  # IDs end in a check symbol such as $
    assert re.search(rf'type="radio" name="facility_id" value="{public_id}"[^>]*autofocus', html)
    assert 'formaction="/complain#candidates"' in html  # the page opens at the candidates
    assert 'role="alert"' not in html  # a search is not a failed filing


def test_find_with_nothing_typed_yet_shows_no_errors(demo, linked_facility):
    page = Client().post("/complain", {"find": "dhaka knit", "action": "find"})
    html = page.content.decode()
    assert linked_facility.public_id in html
    assert 'role="alert"' not in html


def test_the_workplace_chosen_stays_chosen_through_another_find(demo, linked_facility):
    chosen = {**STORY, "find": "Dhaka Knit", "action": "find",
              "facility_id": linked_facility.public_id}  # fmt: skip
    html = Client().post("/complain", chosen).content.decode()
    assert f'value="{linked_facility.public_id}" checked' in html


def test_files_chosen_before_find_are_asked_for_again(demo):
    photo = SimpleUploadedFile("slip.png", PNG, content_type="image/png")
    html = Client().post("/complain", {**STORY, "find": "x y z", "action": "find",
                                       "evidence": photo}).content.decode()  # fmt: skip
    assert "Files are not kept when you press Find" in html
    assert Evidence.objects.count() == 0


def test_finding_does_not_count_against_the_filing_limit(demo, settings):
    settings.RATE_LIMIT_INTAKE = "1/h"
    client = Client()
    for _ in range(4):
        assert (
            client.post("/complain", {**STORY, "find": "Knit", "action": "find"}).status_code == 200
        )
    assert client.post("/complain", STORY).status_code == 303
    assert client.post("/complain", STORY).status_code == 429
    assert Case.objects.count() == 1


def test_the_send_button_files_and_the_chosen_workplace_is_linked(demo, linked_facility):
    client = Client()
    _file(client, facility_id=linked_facility.public_id, find="Dhaka Knit", action="send")
    case = Case.objects.get()
    assert case.facility == linked_facility
    assert "since August" in case.narrative


# 3. References and secrets typed loosely.


def _loosely(code: str) -> list[str]:
    bare = code.replace("-", "")
    return [
        code.lower(), bare, bare.lower(), " ".join(bare[i : i + 4] for i in range(0, len(bare), 4)),
        f"  {code}  ", code.replace("-", "–"), code.replace("-", "."),
        code.replace("0", "O").replace("1", "I"), code.replace("1", "l").lower(),
    ]  # fmt: skip


def test_a_reference_and_secret_typed_without_dashes_in_any_case_open_the_case(demo):
    case = CaseFactory()
    for reference, secret in zip(_loosely(case.reference), _loosely(case.secret), strict=True):
        assert services.find_case(reference, secret) == case, (reference, secret)
    assert services.find_case(case.reference.replace("GR-", ""), case.secret) == case
    opened = _open(Client(), case.reference.lower().replace("-", ""),
                   case.secret.lower().replace("-", ""))  # fmt: skip
    assert opened.status_code == 303


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("gr-7k2m-9qxn", "GR-7K2M-9QXN"),
        ("GR7K2M9QXN", "GR-7K2M-9QXN"),
        ("7k2m 9qxn", "GR-7K2M-9QXN"),
        ("GR-7K2M-9QXN", "GR-7K2M-9QXN"),
        ("ＧＲ－７Ｋ２Ｍ－９ＱＸＮ", "GR-7K2M-9QXN"),  # full-width, as some keyboards type
        ("GR-৭K২M-৯QXN", "GR-7K2M-9QXN"),  # Bengali digits
        ("gr-oooo-iiil", "GR-0000-1111"),
    ],
)
def test_references_are_read_as_they_are_meant(typed, stored):
    assert services.normalise_code(typed) == stored


def test_secrets_are_regrouped_as_they_were_hashed():
    assert services.normalise_secret("abcd efgh jkmn pqrs tvwx") == "ABCD-EFGH-JKMN-PQRS-TVWX"
    assert services.normalise_secret("ABCDEFGHJKMNPQRSTVWX") == "ABCD-EFGH-JKMN-PQRS-TVWX"
    assert services.normalise_secret("") == ""


def test_a_wrong_or_unknown_code_still_opens_nothing(demo):
    case = CaseFactory()
    assert services.find_case(case.reference, case.secret[:-1] + "Z") in (None, case)
    wrong = case.secret[:-1] + ("0" if case.secret[-1] != "0" else "1")
    assert services.find_case(case.reference, wrong) is None
    assert services.find_case("GR-0000-0000", case.secret) is None
    assert services.find_case("", "") is None


# 4. Quick exit and no-store on every worker page; 5. session-only cookies.


def _worker_pages(client: Client) -> dict[str, Any]:
    case = CaseFactory()
    pages = {path: client.get(path) for path in WORKER_PAGES}
    _file(client)
    pages["/complain/filed"] = client.get("/complain/filed")
    _open(client, case.reference, case.secret)
    pages["/complain/status"] = client.get("/complain/status")
    return pages


def test_every_worker_page_has_a_quick_exit_first_and_is_never_stored(demo, settings):
    settings.QUICK_EXIT_URL = "https://weather.example/today"
    for path, page in _worker_pages(Client()).items():
        html = page.content.decode()
        assert page.status_code == 200, path
        exit_at = html.index('id="quick-exit"')
        assert exit_at < html.index('class="skip"') < html.index("<main"), path
        assert 'href="https://weather.example/today" rel="noreferrer"' in html, path
        assert '<script src="/static/chainrights/quick-exit.js" defer>' in html, path
        assert "no-store" in page["Cache-Control"], path


def test_staff_pages_have_no_quick_exit(demo):
    client = Client()
    client.force_login(demo["brand"])
    html = client.get("/cases").content.decode()
    assert 'id="quick-exit"' not in html


def test_the_quick_exit_script_replaces_the_page_in_the_history_and_listens_for_escape():
    from django.contrib.staticfiles import finders

    script = Path(finders.find("chainrights/quick-exit.js")).read_text(encoding="utf-8")
    assert "location.replace(" in script
    assert '"Escape"' in script
    assert "innerHTML" not in script
    assert "eval(" not in script


def _cookie_lifetimes(response: Any) -> dict[str, tuple[str, str]]:
    return {name: (c["max-age"], c["expires"]) for name, c in response.cookies.items()}


def test_worker_pages_set_cookies_that_end_with_the_browser_session(demo):
    client = Client()
    form = client.get("/complain")
    assert _cookie_lifetimes(form) == {"csrftoken": ("", "")}
    assert "Max-Age" not in form.cookies["csrftoken"].output()
    sent = client.post("/complain", STORY)
    assert _cookie_lifetimes(sent)["sessionid"] == ("", "")
    header = sent.cookies["sessionid"].output()
    assert "Max-Age" not in header
    assert "expires" not in header.lower()
    filed = client.get("/complain/filed")
    for name, lifetime in _cookie_lifetimes(filed).items():
        assert lifetime == ("", ""), name


def test_staff_pages_keep_their_cookie_ages(demo, settings):
    client = Client()
    login = client.get("/accounts/login/")
    assert login.cookies["csrftoken"]["max-age"] == settings.CSRF_COOKIE_AGE
    signed_in = client.post("/accounts/login/", {"username": "brand",
                                                 "password": "brand-demo-2026"})  # fmt: skip
    assert signed_in.status_code == 302
    assert signed_in.cookies["sessionid"]["max-age"] == settings.SESSION_COOKIE_AGE


# 6. Evidence at filing.


def _evidence_form(*files: tuple[str, bytes, str]) -> dict[str, Any]:
    uploads = [SimpleUploadedFile(n, b, content_type=t) for n, b, t in files]
    return {**STORY, "evidence": uploads}


def _raw_evidence() -> list[bytes]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT content FROM grievances_evidence")
        return [bytes(v) for (v,) in cursor.fetchall()]


def test_a_photo_a_pdf_and_a_voice_note_are_filed_with_the_complaint_encrypted(demo):
    client = Client()
    sent = client.post("/complain", _evidence_form(
        ("payslip.png", PNG, "image/png"), ("contract.pdf", PDF, "application/pdf"),
        ("voice.ogg", OGG, "audio/ogg")))  # fmt: skip
    assert sent.status_code == 303
    case = Case.objects.get()
    kept = {e.filename: (e.content_type, e.content) for e in case.evidence.all()}
    assert kept == {"payslip.png": ("image/png", PNG), "contract.pdf": ("application/pdf", PDF),
                    "voice.ogg": ("audio/ogg", OGG)}  # fmt: skip
    for raw in _raw_evidence():  # Fernet tokens: none holds a file's bytes
        assert PNG not in raw
        assert PDF not in raw
        assert OGG not in raw


def _refused(page: Any, *words: str) -> str:
    html = page.content.decode()
    assert Case.objects.count() == 0
    assert Evidence.objects.count() == 0
    assert "Our overtime has not been paid for three months.</textarea>" in html  # kept
    assert 'value="Rahima, +880 1711 000000"' in html
    for word in words:
        assert word in html
    return html


def test_a_zip_bomb_disguised_as_a_png_files_nothing_and_names_the_file(demo):
    page = Client().post(
        "/complain",
        _evidence_form(
            ("contract.pdf", PDF, "application/pdf"),
            ("payslip.png", zip_bomb_as_png(), "image/png"),
        ),
    )
    assert page.status_code == 400
    _refused(page, "payslip.png: the file is not the image/png it claims.")


def test_a_file_of_a_type_we_do_not_take_files_nothing(demo):
    page = Client().post(
        "/complain", _evidence_form(("run.exe", b"MZ\x90\x00", "application/x-dosexec"))
    )
    _refused(page, "run.exe: send a photo, PDF or voice recording.")


def test_a_file_over_the_limit_is_refused_before_it_is_read(demo):
    huge = PNG + b"\x00" * MAX_EVIDENCE_BYTES
    page = Client().post("/complain", _evidence_form(("big.png", huge, "image/png")))
    assert page.status_code == 200  # the form's own check
    _refused(page, "big.png: larger than 10 MB.")


def test_files_over_the_total_limit_together_are_refused(demo):
    eight_mb = PDF + b"\x00" * (8 * 2**20)
    page = Client().post("/complain", _evidence_form(
        *[(f"part{n}.pdf", eight_mb, "application/pdf") for n in range(3)]))  # fmt: skip
    _refused(page, "The files together are larger than 20 MB.")


def test_more_than_three_files_are_refused(demo):
    page = Client().post("/complain", _evidence_form(
        *[(f"p{n}.pdf", PDF, "application/pdf") for n in range(4)]))  # fmt: skip
    _refused(page, "Send at most 3 files.")


def test_an_empty_file_is_refused_by_name(demo):
    page = Client().post("/complain", _evidence_form(("blank.pdf", b"", "application/pdf")))
    assert page.status_code in (200, 400)
    assert Case.objects.count() == 0


def test_file_names_in_any_script_are_kept_and_the_confirmation_counts_the_files(demo):
    client = Client()
    body, content_type = multipart(
        {k: v for k, v in STORY.items() if k != "categories"},
        [("evidence", "বেতন-স্লিপ.png".encode(), "image/png", PNG),
         ("evidence", b"", "application/octet-stream", b"")],  # an input left empty
    )  # fmt: skip
    assert client.generic("POST", "/complain", body, content_type=content_type).status_code == 303
    (evidence,) = Case.objects.get().evidence.all()
    assert (evidence.filename, evidence.content) == ("বেতন-স্লিপ.png", PNG)
    assert "Files received with your complaint: 1" in client.get("/complain/filed").content.decode()


def test_a_file_whose_name_is_not_utf8_is_not_lost_silently(demo):
    """Browsers send file names in UTF-8; Django's parser skips a part whose headers are not
    (it cannot be read as a file at all). The complaint is filed whole and the confirmation
    page says how many files arrived, so the worker sees one is missing and can add it."""
    client = Client()
    body, content_type = multipart(
        {k: v for k, v in STORY.items() if k != "categories"},
        [("evidence", "März-slip.png".encode("latin-1"), "image/png", PNG),
         ("evidence", b"ok.pdf", "application/pdf", PDF)],
    )  # fmt: skip
    assert client.generic("POST", "/complain", body, content_type=content_type).status_code == 303
    assert [e.filename for e in Case.objects.get().evidence.all()] == ["ok.pdf"]
    assert "Files received with your complaint: 1" in client.get("/complain/filed").content.decode()


def test_a_bad_file_under_a_local_name_is_refused_by_that_name(demo):
    body, content_type = multipart(
        {k: v for k, v in STORY.items() if k != "categories"},
        [("evidence", "ছবি.png".encode(), "image/png", b"GIF89a")],
    )
    refused = Client().generic("POST", "/complain", body, content_type=content_type)
    assert refused.status_code == 400
    assert "ছবি.png: the file is not the image/png it claims." in refused.content.decode()
    assert Case.objects.count() == 0


def test_the_intake_form_is_multipart_with_three_file_inputs(demo):
    html = Client().get("/complain").content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert html.count('type="file" ') == 3
    assert html.count('name="evidence"') == 3
