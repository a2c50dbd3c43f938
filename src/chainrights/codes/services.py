"""Codes of conduct: importing a code's text as clauses, and reading what it promises.

A pasted or uploaded code is split into clauses (numbered items, lettered items, bullets or
paragraphs), each stored as a commitment to be structured; a clause in a script the
classifier cannot read is kept with a warning instead of a guess. The gap analysis compares
the commitments with the ILO fundamental principles and rights at work.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from chainrights.codes import classifier
from chainrights.codes.models import (
    AUDIENCES,
    SCOPES,
    Binding,
    Code,
    CodeKind,
    Commitment,
    Level,
    OnBreach,
)
from chainrights.codes.models import Verification as Verify
from chainrights.core import events
from chainrights.core.models import Organisation, Right, Visibility
from chainrights.core.refusals import Invalid, NotAllowed
from chainrights.core.visibility import can_edit, visible
from chainrights.grievances.services import breaches_at_suppliers_of
from chainrights.registry.services import facility_sources

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


class CodeError(Invalid):
    """Input that cannot become a code (400); the message says what to change."""


class NotAnEditor(NotAllowed, CodeError):
    """Someone who does not edit the code tried to confirm its clauses (403)."""


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


def split_clauses(text: str) -> list[Clause]:  # noqa: C901  (one branch per kind of line a code of conduct holds)
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
    *, owner: Organisation, user: User, name: str, text: str, kind: str = CodeKind.COMPANY,
    version: str = "", source_url: str = "", public: bool = True, adopted_on: Any = None,
    source_file: bytes | None = None, source_filename: str = "",
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
            source_text=text, previous=previous, created_by=user, adopted_on=adopted_on,
            source_file=source_file, source_filename=source_filename[:200],
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
        ),
        "no_verification": numbers(
            [c for c in commitments if c.rights and c.verification == Verify.NONE]
        ),
        "only_internal_policy": numbers(
            [c for c in commitments if c.rights and c.binding == Binding.POLICY]
        ),
        "unstructured": numbers([c for c in commitments if not c.rights]),
    }


def confirm(commitment: Commitment, user: User, **fields: Any) -> Commitment:
    """A person confirms or corrects a clause's structure (the code's editors or operators)."""
    if not can_edit(commitment.code, user):
        raise NotAnEditor("Only the code's editors or operator staff confirm its clauses.")
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


MAX_UPLOAD = 10 * 1024 * 1024


def text_of_upload(filename: str, content: bytes) -> str:
    """The text of an uploaded code: PDF (its text layer), HTML (without markup) or plain
    text (UTF-8). Anything else, or a file that is not what its name says, is refused."""
    name = (filename or "").lower()
    if not content:
        raise CodeError("The file is empty.")
    if len(content) > MAX_UPLOAD:
        raise CodeError(f"The file is larger than {MAX_UPLOAD // 2**20} MB.")
    if name.endswith(".pdf"):
        if not content.startswith(b"%PDF-"):
            raise CodeError(f"{filename} is not a PDF (its first bytes say otherwise).")
        return _pdf_text(filename, content)
    if name.endswith((".html", ".htm", ".txt", ".md")):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CodeError(
                f"{filename}: not valid UTF-8 at byte {exc.start}; save it as UTF-8."
            ) from exc
        return _html_text(text) if name.endswith((".html", ".htm")) else text
    raise CodeError("Upload a PDF, HTML or text file, or paste the code.")


def _pdf_text(filename: str, content: bytes) -> str:
    try:
        reader = PdfReader(io.BytesIO(content))
        if len(reader.pages) > 200:
            raise CodeError(f"{filename} has {len(reader.pages)} pages; a code has a few.")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise CodeError(f"{filename} is not a readable PDF ({type(exc).__name__}).") from exc
    if not text.strip():
        raise CodeError(f"{filename} has no text layer (a scan?); paste the text instead.")
    return text


def _html_text(html: str) -> str:
    class Text(HTMLParser):
        BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "div", "br", "tr", "section"})

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in ("script", "style"):
                self.skip += 1
            elif tag in self.BLOCKS:
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style") and self.skip:
                self.skip -= 1

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return "".join(parser.parts)


LEVEL_RANK: dict[str, int] = {"below": 1, "unclear": 0, "equal": 2, "beyond": 3}


def promise_card(code: Code) -> list[dict[str, Any]]:
    """One row per right the code promises: at what level, to whom, with what consequence,
    how binding and how verified; and, from the grievance cases about the owner's suppliers,
    how often that promise was reported broken and how often the breach was remedied."""
    rows: dict[str, dict[str, Any]] = {}
    for c in code.commitments.all():
        for right in c.rights:
            row = rows.setdefault(right, {"right": right, "clauses": [], "level": c.level,
                                          "to_whom": set(), "on_breach": set(),
                                          "binding": set(), "verification": set()})  # fmt: skip
            row["clauses"].append(c.number)
            if LEVEL_RANK[c.level] > LEVEL_RANK[row["level"]]:
                row["level"] = c.level
            row["to_whom"].update(c.to_whom)
            row["on_breach"].add(c.get_on_breach_display())
            row["binding"].add(c.get_binding_display())
            row["verification"].add(c.get_verification_display())
    evidence = breaches_at_suppliers_of(code.owner_org, set(rows))
    out = []
    for right, row in sorted(rows.items()):
        reported, remedied = evidence.get(right, (0, 0))
        out.append({**row, "to_whom": sorted(row["to_whom"]), "on_breach": sorted(row["on_breach"]),
                    "binding": sorted(row["binding"]), "verification": sorted(row["verification"]),
                    "reported": reported, "remedied": remedied})  # fmt: skip
    return out


def compare(codes: list[Code]) -> list[dict[str, Any]]:
    """Per right, each code's strongest level (or absence), for up to five codes."""
    per_code = []
    for code in codes:
        levels: dict[str, str] = {}
        for c in code.commitments.all():
            for right in c.rights:
                if right not in levels or LEVEL_RANK[c.level] > LEVEL_RANK[levels[right]]:
                    levels[right] = c.level
        per_code.append(levels)
    rights = sorted({r for levels in per_code for r in levels} | set(FUNDAMENTAL))
    return [
        {
            "right": r,
            "fundamental": r in FUNDAMENTAL,
            "cells": [
                {"level": levels.get(r, ""), "rank": LEVEL_RANK.get(levels.get(r, ""), -1)}
                for levels in per_code
            ],
        }
        for r in rights
    ]


def codes_applying_to(facility: Any) -> list[Code]:
    """Codes that apply at a facility: those of the brands whose public supplier lists name
    it, and any law or initiative code of the facility's country's authorities."""
    owners = {
        s.supplier_list.owner_org_id
        for s in facility_sources(facility.survivor())
        if s.supplier_list.visibility == Visibility.PUBLIC
    }
    codes = Code.objects.filter(visibility=Visibility.PUBLIC, owner_org_id__in=owners)
    laws = Code.objects.filter(visibility=Visibility.PUBLIC, kind=CodeKind.LAW,
                               owner_org__country=facility.country)  # fmt: skip
    latest: dict[tuple[int, str], Code] = {}
    for code in (codes | laws).select_related("owner_org").order_by("pk"):
        latest[(code.owner_org_id, code.name)] = code  # a newer version replaces the older
    return sorted(latest.values(), key=lambda c: (c.kind, c.name))


def commitment_by_reference(reference: str) -> Commitment | None:
    """The clause that ``CODE_ID:NUMBER`` (or ``CODE_ID§NUMBER``) names, or None."""
    match = re.fullmatch(r"\s*(\d{1,9})\s*[:§]\s*(\d{1,6})\s*", reference)
    if match is None:
        return None
    return Commitment.objects.filter(code_id=int(match[1]), number=int(match[2])).first()


def laws_of_country(country: str) -> list[Code]:
    """The public codes that apply by law in a country: law codes of its authorities."""
    return list(Code.objects.filter(visibility=Visibility.PUBLIC, kind=CodeKind.LAW,
                                    owner_org__country=country)
                .select_related("owner_org").order_by("name", "pk"))  # fmt: skip


def current_code_of(organisation: Organisation, user: Any = None) -> Code | None:
    """The organisation's newest company code (public, or any the user may see), for its
    reports and its scorecard."""
    mine = Code.objects.filter(owner_org=organisation, kind=CodeKind.COMPANY)
    found = visible(mine, user) if user is not None else mine.filter(visibility=Visibility.PUBLIC)
    return found.order_by("-adopted_on", "-pk").first()
