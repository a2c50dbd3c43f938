"""Codes of conduct: importing a code's text as clauses, and reading what it promises.

A pasted or uploaded code is split into clauses (numbered items, lettered items, bullets or
paragraphs), each stored as a commitment to be structured; a clause in a script the
classifier cannot read is kept with a warning instead of a guess. The gap analysis compares
the commitments with the ILO fundamental principles and rights at work.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from chainrights.codes import classifier
from chainrights.codes.models import Binding, Code, CodeKind, Commitment, Level, OnBreach
from chainrights.codes.models import Verification as Verify
from chainrights.core import events
from chainrights.core.models import Organisation, Visibility

MAX_TEXT = 1_000_000  # characters; a code of conduct is a few pages
MAX_CLAUSES = 300
# The ILO Declaration on Fundamental Principles and Rights at Work (1998, amended 2022).
FUNDAMENTAL = {
    "freedom-of-association": "C87",
    "collective-bargaining": "C98",
    "forced-labour": "C29, P29, C105",
    "child-labour": "C138, C182",
    "non-discrimination": "C100, C111",
    "occupational-safety-and-health": "C155, C187",
}
# Scripts the multilingual model was trained on (XLM-R's languages); others get a warning.
READABLE_SCRIPTS = {
    "LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "BENGALI", "GURMUKHI",
    "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO",
    "MYANMAR", "GEORGIAN", "ARMENIAN", "ETHIOPIC", "KHMER", "HANGUL", "HIRAGANA", "KATAKANA",
    "CJK", "TIBETAN",
}  # fmt: skip
_ITEM = re.compile(
    r"^\s*(?:(?:\d+(?:\.\d+)*[.)]?)|(?:\(?[a-z]\))|(?:[ivx]+\.)|[-•*–])\s+", re.IGNORECASE
)


class CodeError(ValueError):
    """Input that cannot become a code; the message says what to change."""


@dataclass(frozen=True)
class Clause:
    number: int
    text: str
    warning: str = ""


def script_of(text: str) -> str:
    """The main script of ``text`` (by its letters), e.g. 'LATIN', 'BENGALI', 'CJK'."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = "CJK" if name.startswith("CJK") else name.split(" ")[0]
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def split_clauses(text: str) -> list[Clause]:
    """Clauses of a code: a numbered, lettered or bulleted item each (continuation lines are
    joined), else one per paragraph."""
    if text is None or not text.strip():
        raise CodeError("The code is empty: paste its text or upload it.")
    if len(text) > MAX_TEXT:
        raise CodeError(
            f"The text is {len(text):,} characters; a code of conduct is rarely over "
            f"{MAX_TEXT:,}. Paste the code itself, without annexes."
        )
    if "\x00" in text:
        raise CodeError("The text holds NUL characters: is it a binary file?")
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    items: list[str] = []
    if sum(bool(_ITEM.match(line)) for line in lines) >= 2:
        for line in lines:
            if _ITEM.match(line):
                items.append(_ITEM.sub("", line, count=1).strip())
            elif line.strip() and items:
                items[-1] += " " + line.strip()
    else:
        items = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    items = [i for i in items if len(i) >= 3]
    if not items:
        raise CodeError("No clause found: the text has no sentences.")
    if len(items) > MAX_CLAUSES:
        raise CodeError(f"{len(items)} clauses found; at most {MAX_CLAUSES}. Is this a code?")
    out = []
    for n, item in enumerate(items, start=1):
        script = script_of(item)
        warning = ""
        if script and script not in READABLE_SCRIPTS:
            warning = (
                f"clause {n} is written in {script.title()} script, which the classifier "
                "does not read; set its right by hand"
            )
        out.append(Clause(n, item[:5000], warning))
    return out


def import_code(
    *, owner: Organisation, user: Any, name: str, text: str, kind: str = CodeKind.COMPANY,
    version: str = "", source_url: str = "", public: bool = True,
) -> Code:  # fmt: skip
    """Store a code and one unconfirmed commitment per clause, in one transaction."""
    clauses = split_clauses(text)
    if not name.strip():
        raise CodeError("Name the code.")
    if kind not in CodeKind.values:
        raise CodeError(f"Unknown kind of code; one of {', '.join(CodeKind.values)}.")
    previous = Code.objects.filter(owner_org=owner, name=name.strip()[:200]).order_by("-pk").first()
    with transaction.atomic(), events.acting_as(user=user, organisation=owner,
                                                reason="code imported"):  # fmt: skip
        code = Code.objects.create(
            owner_org=owner, visibility=Visibility.PUBLIC if public else Visibility.PRIVATE,
            name=name.strip()[:200], kind=kind, version=version[:40], source_url=source_url,
            source_text=text, previous=previous, created_by=user,
        )  # fmt: skip
        for clause in clauses:
            hint = {} if clause.warning else classifier.suggest(clause.text, kind)
            Commitment.objects.create(code=code, number=clause.number, text=clause.text,
                                      warning=clause.warning, suggested=hint)  # fmt: skip
    return code


def gaps(code: Code) -> dict[str, Any]:
    """What the code leaves open: fundamental rights it does not mention or promises below the
    standard, and commitments promised to no one, with no consequence or no verification."""
    commitments = list(code.commitments.all())
    covered: dict[str, list[Commitment]] = {}
    for c in commitments:
        for right in c.rights:
            covered.setdefault(right, []).append(c)

    def numbers(items: list[Commitment]) -> list[int]:
        return [c.number for c in items]

    return {
        "missing_fundamental": [
            {"right": r, "conventions": conv} for r, conv in FUNDAMENTAL.items() if r not in covered
        ],
        "below_standard": [
            {"right": r, "clauses": numbers([c for c in cs if c.level == Level.BELOW])}
            for r, cs in sorted(covered.items())
            if any(c.level == Level.BELOW for c in cs)
        ],
        "promised_to_no_one": numbers([c for c in commitments if c.rights and not c.to_whom]),
        "no_consequence": numbers(
            [c for c in commitments if c.rights and c.on_breach == OnBreach.NONE]
        ),  # fmt: skip
        "no_verification": numbers(
            [c for c in commitments if c.rights and c.verification == Verify.NONE]
        ),  # fmt: skip
        "only_internal_policy": numbers(
            [c for c in commitments if c.rights and c.binding == Binding.POLICY]
        ),  # fmt: skip
        "unstructured": numbers([c for c in commitments if not c.rights]),
    }


def confirm(commitment: Commitment, user: Any, **fields: Any) -> Commitment:
    """A person confirms or corrects a clause's structure (the code's editors or operators)."""
    from chainrights.codes.models import AUDIENCES, SCOPES
    from chainrights.core.models import Right
    from chainrights.core.visibility import can_edit

    if not can_edit(commitment.code, user):
        raise CodeError("Only the code's editors or operator staff confirm its clauses.")
    rights = fields.get("rights", commitment.rights)
    unknown = set(rights) - set(
        Right.objects.filter(code__in=rights).values_list("code", flat=True)
    )
    if unknown:
        raise CodeError(f"Unknown right(s): {', '.join(sorted(unknown))}.")
    choices = {"level": Level.values, "on_breach": OnBreach.values, "binding": Binding.values,
               "verification": Verify.values}  # fmt: skip
    for key, allowed in choices.items():
        if key in fields and fields[key] not in allowed:
            raise CodeError(f"{key}: one of {', '.join(allowed)}.")
    for key, allowed_list in (("to_whom", AUDIENCES), ("scope", SCOPES)):
        if key in fields and set(fields[key]) - set(allowed_list):
            raise CodeError(f"{key}: some of {', '.join(allowed_list)}.")
    with transaction.atomic(), events.acting_as(user=user, organisation=commitment.code.owner_org,
                                                reason="clause confirmed"):  # fmt: skip
        for key, value in fields.items():
            setattr(commitment, key, value)
        commitment.rights = list(dict.fromkeys(rights))
        commitment.confirmed = True
        commitment.save()
    return commitment
