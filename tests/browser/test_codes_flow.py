"""An operator imports a code from text, confirms the suggestions, reads the gap analysis and
the promise card, and compares the code with another."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

CODE = """Supplier code of Fair Supply members
1. Workers are paid a living wage that meets the basic needs of their families.
2. Workers may join a trade union of their choice and bargain collectively.
3. No child under 15 years is employed.
4. Overtime is voluntary and working hours do not exceed 48 hours plus 12 hours overtime.
"""


def test_an_operator_imports_confirms_and_compares_a_code(page, transactional_db):
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core.demo import load_demo

    load_demo()
    load_demo_codes()
    page.go("/accounts/login/")
    page.page.fill("#id_username", "handler")
    page.page.fill("#id_password", "handler-demo-2026")
    page.page.click("button[type=submit] >> text=Sign in")
    page.page.get_by_role("button", name="Sign out").wait_for()
    page.go("/codes")
    page.page.get_by_label("Name of the code").fill("Fair Supply supplier code")
    page.page.get_by_label("Kind").select_option("initiative")
    page.page.get_by_label("Paste the code").fill(CODE)
    page.page.get_by_role("button", name="Import").click()
    page.page.get_by_text("Imported: confirm or correct each clause below.").wait_for()
    page.shot("code-1-imported-with-suggestions")
    for n in (1, 2, 3, 4):
        page.page.locator(f"#clause-{n} input[name=to_whom][value=workers]").check()
        page.page.select_option(f"#breach-{n}", "remediate")
        page.page.select_option(f"#verify-{n}", "audit")
        page.page.get_by_role("button", name=f"Confirm clause {n}").click()
        page.page.get_by_text(f"Clause {n} confirmed.").wait_for()
    page.page.get_by_role("heading", name="Gaps").wait_for()
    assert page.page.get_by_text(
        "Elimination of forced or compulsory labour"
    ).first.is_visible()  # not promised
    page.shot("code-2-confirmed-with-gaps")
    page.page.get_by_role("link", name="Promise card").click()
    page.page.get_by_role("heading", name="what it promises").wait_for()
    assert page.page.get_by_role("cell", name="Living wage", exact=True).is_visible()
    page.shot("code-3-promise-card")
    page.go("/codes/compare")
    page.page.get_by_label("Fair Supply supplier code").check()
    page.page.get_by_label("ETI Base Code").check()
    page.page.get_by_role("button", name="Compare").click()
    page.page.locator("table.compare").wait_for()
    page.shot("code-4-compared-with-eti")
    assert page.console_errors == []
