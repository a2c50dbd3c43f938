"""Every form that changes something carries ``{% once %}``, so sending it twice runs it once."""

from __future__ import annotations

import re
from pathlib import Path

import chainrights

SOURCE = Path(chainrights.__file__).parent
FORM = re.compile(r"<form\b(?P<tag>[^>]*)>(?P<body>.*?)</form>", re.IGNORECASE | re.DOTALL)
POST = re.compile(r"""method\s*=\s*["']?post\b""", re.IGNORECASE)


def _forms_without_once() -> list[str]:
    missing = []
    for template in sorted(SOURCE.rglob("templates/**/*.html")):
        name = template.relative_to(SOURCE).as_posix()
        text = template.read_text(encoding="utf-8")
        for form in FORM.finditer(text):
            if POST.search(form["tag"]) and "{% once %}" not in form["body"]:
                line = text.count("\n", 0, form.start()) + 1
                missing.append(f"{name}:{line}")
    return missing


def test_every_post_form_carries_once() -> None:
    assert _forms_without_once() == []


def test_the_walk_finds_post_forms() -> None:
    """The test can fail: it sees the project's forms, and a form without the tag."""
    forms = sum(
        1
        for template in SOURCE.rglob("templates/**/*.html")
        for form in FORM.finditer(template.read_text(encoding="utf-8"))
        if POST.search(form["tag"])
    )
    assert forms > 30
    bare = FORM.search('<form method="post">{% csrf_token %}</form>')
    assert bare is not None
    assert "{% once %}" not in bare["body"]
