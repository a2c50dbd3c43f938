"""Which strings of one part of the code lack a translation in one of the nine languages.

A part's tests call ``untranslated("states/")``: every literal marked for translation in that
part's templates and Python files must be in each catalogue, translated and not fuzzy. (The
catalogues are filled by ``make messages``; a string added without it is missing here.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import polib

SOURCE = Path(__file__).resolve().parent.parent / "src" / "chainrights"
LANGUAGES = ("es", "bn", "zh_Hans", "vi", "tr", "km", "hi", "id")

_TEMPLATE = re.compile(r"""\{%\s*(?:translate|trans)\s+(?P<q>["'])(?P<s>.+?)(?P=q)""")
_PYTHON = re.compile(
    r"""\b(?:_|gettext|gettext_lazy|pgettext_lazy|ngettext)\(\s*(?P<q>["'])(?P<s>(?:\\.|(?!(?P=q)).)*)(?P=q)\s*[,)]"""
)


def marked(part: str) -> set[str]:
    """The one-line literals marked for translation under ``src/chainrights/<part>``."""
    found: set[str] = set()
    for path in (SOURCE / part).rglob("*"):
        if path.suffix == ".html":
            found.update(m["s"] for m in _TEMPLATE.finditer(path.read_text()))
        elif path.suffix == ".py" and "migrations" not in path.parts:
            text = path.read_text()
            found.update(ast.literal_eval(m["q"] + m["s"] + m["q"]) for m in _PYTHON.finditer(text))
    return found


def untranslated(part: str) -> list[str]:
    """``"<language>: <msgid>"`` for each marked string of the part a catalogue lacks."""
    wanted = marked(part)
    missing = []
    for language in LANGUAGES:
        po = polib.pofile(str(SOURCE / "locale" / language / "LC_MESSAGES" / "django.po"))
        done = {e.msgid for e in po if e.translated() and "fuzzy" not in e.flags}
        missing += [f"{language}: {s}" for s in sorted(wanted - done)]
    return missing
