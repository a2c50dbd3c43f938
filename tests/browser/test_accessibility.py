"""WCAG 2.2 AA checks with axe-core (vendored from npm at build time) on the key pages."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["/", "/rights", "/rights/forced-labour", "/accounts/login/"]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def axe_page(browser, live_server):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (frontend/node_modules); run `make test`")
    # axe is injected as an inline script, which our CSP rightly forbids; bypass it here only.
    context = browser.new_context(bypass_csp=True, locale="en-GB")
    yield context.new_page(), live_server.url
    context.close()


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("width", [360, 1280])
def test_page_has_no_wcag_violations(axe_page, transactional_db, path, width):
    page, base = axe_page
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    violations = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
    ]
    assert violations == []
