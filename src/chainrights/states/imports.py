"""Importers of country data: ILOSTAT's labour-inspection CSV exports, the US Department of
Labor's List of Goods, curated ratifications and an operator's CSV of country facts.

Each import reads the whole file first and refuses it whole, naming row, field and reason for
every problem, or writes it in one transaction: nothing is ever stored half-written, and no
row is dropped silently (a country that resolves to nothing is an error).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models, transaction

from chainrights.core import events
from chainrights.core.refusals import Invalid, Problem, Problems, TooLarge
from chainrights.countries import resolve_country
from chainrights.states import facts
from chainrights.states.models import InspectionFigure, ListedGood, Ratification

MAX_BYTES = 20 * 2**20  # the largest real file is 26 kB; a bulk export of one indicator ~5 MB
MAX_ROWS = 200_000
MAX_FIELD = 1000

ILOSTAT_SOURCE = "ILOSTAT, International Labour Organization"
ILOSTAT_LICENCE = "ILO open access: reuse with attribution (CC BY 4.0 for material from 3 May 2023)"
ILAB_SOURCE = (
    "U.S. Department of Labor, Bureau of International Labor Affairs, List of Goods Produced "
    "by Child Labor or Forced Labor"
)
ILAB_URL = "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods"


def at(row: int) -> str:
    """Where a problem is: the file's line number (the header is line 1), 0 the whole file."""
    return f"row {row}" if row else "file"


@dataclass
class Result:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: int = 0  # left as they were: an operator's or a newer retrieval
    empty: int = 0
    countries: set[str] = field(default_factory=set)

    def summary(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "rows": self.rows, "created": self.created,
            "updated": self.updated, "unchanged": self.unchanged, "removed": self.removed,
            "kept": self.kept, "empty_cells": self.empty, "countries": len(self.countries),
        }  # fmt: skip


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


def read_table(content: bytes) -> Table:
    """The CSV's header and rows (``;`` or ``,``, UTF-8 with or without BOM), or a refusal
    that says where the file breaks."""
    if len(content) > MAX_BYTES:
        raise TooLarge(
            f"The file is {len(content) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB.",
            field="file",
        )
    if b"\x00" in content:
        line = content[: content.index(b"\x00")].count(b"\n") + 1
        raise Problems([Problem(at(line), "", "NUL byte: is this a binary file?")], field="file")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        why = f"not UTF-8 (byte {exc.start}); save the file as UTF-8 CSV"
        raise Problems([Problem(at(line), "", why)], field="file") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        lines = list(_limited(reader))
    except csv.Error as exc:
        raise Problems(
            [Problem(at(reader.line_num), "", f"not a readable CSV ({exc})")], field="file"
        ) from None
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise Problems(
            [Problem(at(1), "", "the file is empty: a header row is needed")], field="file"
        )
    header = [cell.strip() for cell in lines[0]]
    rows = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        rows.append((number, {h: (cells[i].strip() if i < len(cells) else "")
                              for i, h in enumerate(header)}))  # fmt: skip
    return Table(header, rows)


def _limited(reader: Any) -> Iterable[list[str]]:
    for count, cells in enumerate(reader):
        if count > MAX_ROWS:
            raise TooLarge(f"More than {MAX_ROWS:,} rows: split the file.", field="file")
        if any(len(cell) > MAX_FIELD for cell in cells):
            raise Problems(
                [Problem(at(count + 1), "", f"a cell is over {MAX_FIELD} characters")], field="file"
            )
        yield cells


def missing_columns(table: Table, wanted: Iterable[str]) -> list[Problem]:
    return [Problem(at(1), name, "column missing") for name in wanted if name not in table.header]


def number(text: str) -> Decimal:
    """A non-negative number as ILOSTAT writes it ('0,4', '123940') or with a decimal point."""
    cleaned = text.replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d{1,12}(?:[.,]\d{1,6})?", cleaned):
        raise ValueError(f"{text[:40]!r} is not a number")
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"{text[:40]!r} is not a number") from None


def country_of(text: str) -> str:
    found = resolve_country(text) if len(text) <= 100 else None
    if found is None:
        raise ValueError(f"{text[:60]!r} is not a country chainrights knows")
    return found.code


def _check(problems: list[Problem], row: int, name: str, parse: Callable[[str], Any],
           value: str) -> Any:  # fmt: skip
    try:
        return parse(value)
    except ValueError as exc:
        problems.append(Problem(at(row), name, str(exc)))
        return None


def upsert(model: type[models.Model], key: dict[str, Any], values: dict[str, Any],
           existing: dict[tuple[Any, ...], Any], result: Result) -> Any:  # fmt: skip
    """Create the row, or save it only when a value changed (a re-run writes no event)."""
    found = existing.get(tuple(key.values()))
    if found is None:
        result.created += 1
        return model._default_manager.create(**key, **values)
    if any(getattr(found, k) != v for k, v in values.items()):
        for k, v in values.items():
            setattr(found, k, v)
        found.save()
        result.updated += 1
    else:
        result.unchanged += 1
    return found


# --- ILOSTAT ------------------------------------------------------------------------------

INDICATORS = {
    "LAI_INDE_NOC_RT_A": "Labour inspectors per 10,000 employed persons",
    "LAI_INSP_SEX_NB_A": "Labour inspectors, by sex",
    "LAI_VDIN_NOC_RT_A": "Labour inspection visits per inspector",
    "LAI_VIST_NOC_NB_A": "Labour inspection visits",
    "LAI_WOPL_NOC_NB_A": "Workplaces registered for labour inspection",
}
VALUE_COLUMNS = ("Reference area", "Time", "Value")
SEX_COLUMNS = ("Reference area", "Time", "Total", "Male", "Female")


def indicator_of(filename: str) -> str | None:
    match = re.search(r"LAI_[A-Z]{4}_[A-Z]{3}_[A-Z]{2}_A", filename.upper())
    return match[0] if match and match[0] in INDICATORS else None


def _year(text: str) -> int:
    if not re.fullmatch(r"(19|20)\d\d", text):
        raise ValueError(f"{text[:20]!r} is not a year")
    return int(text)


def _ilostat_cells(table: Table, indicator: str, problems: list[Problem],
                   result: Result) -> list[tuple[int, dict[str, Any]]]:  # fmt: skip
    by_sex = indicator == "LAI_INSP_SEX_NB_A"
    problems += missing_columns(table, SEX_COLUMNS if by_sex else VALUE_COLUMNS)
    if problems:
        return []
    cells = []
    for row, record in table.rows:
        country = _check(problems, row, "Reference area", country_of, record["Reference area"])
        year = _check(problems, row, "Time", _year, record["Time"])
        for column in ("Total", "Male", "Female") if by_sex else ("Value",):
            if not record[column]:
                result.empty += 1
                continue
            value = _check(problems, row, column, number, record[column])
            sex = column.lower() if by_sex else ""
            if None not in (country, year, value):
                source_type = record.get("Source type", "")[:120]
                cells.append((row, {"country": country, "year": year, "sex": sex,
                                    "value": value, "source_type": source_type}))  # fmt: skip
    return cells


def import_ilostat(content: bytes, *, filename: str, retrieved_on: date,
                   indicator: str | None = None) -> Result:  # fmt: skip
    """Load one ILOSTAT export of one labour-inspection indicator (any of the five)."""
    indicator = indicator or indicator_of(filename)
    if indicator not in INDICATORS:
        raise Invalid(f"Name the indicator (one of {', '.join(INDICATORS)}); the file name "
                      f"{filename[:80]!r} does not say it.", field="indicator")  # fmt: skip
    table, problems = read_table(content), list[Problem]()
    result = Result(kind=f"ilostat {indicator}", rows=len(table.rows))
    cells = _ilostat_cells(table, indicator, problems, result)
    seen: dict[tuple[Any, ...], int] = {}
    for row, cell in cells:
        place = (cell["country"], cell["year"], cell["sex"])
        if place in seen:
            problems.append(Problem(at(row), "Reference area", f"the same country and year as row "
                                                           f"{seen[place]}"))  # fmt: skip
        seen[place] = row
    if problems:
        raise Problems(problems, field="file")
    existing = {(f.country, f.indicator, f.year, f.sex): f
                for f in InspectionFigure.objects.filter(indicator=indicator)}  # fmt: skip
    with transaction.atomic():
        for _, cell in cells:
            key = {"country": cell["country"], "indicator": indicator, "year": cell["year"],
                   "sex": cell["sex"]}  # fmt: skip
            values = {"value": cell["value"], "source_type": cell["source_type"],
                      "source": f"{ILOSTAT_SOURCE}, {indicator}", "licence": ILOSTAT_LICENCE,
                      "retrieved_on": retrieved_on}  # fmt: skip
            upsert(InspectionFigure, key, values, existing, result)
            result.countries.add(cell["country"])
        _record(result, filename)
    return result


def _record(result: Result, filename: str) -> None:
    if result.created or result.updated or result.removed:
        events.record(events.EventTag.COUNTRY_DATA_IMPORTED, file=filename[:200],
                      **result.summary())  # fmt: skip


# --- US Department of Labor: List of Goods -------------------------------------------------

GOODS_COLUMNS = ("country", "good", "child_labour", "forced_labour")


def _flag(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in ("1", "true", "yes", "x"):
        return True
    if folded in ("0", "false", "no", ""):
        return False
    raise ValueError(f"{text[:20]!r} is not 1 or 0")


def _goods_rows(table: Table, problems: list[Problem]) -> list[tuple[int, dict[str, Any]]]:
    problems += missing_columns(table, GOODS_COLUMNS)
    if problems:
        return []
    out, seen = list[tuple[int, dict[str, Any]]](), dict[Any, int]()
    for row, record in table.rows:
        country = _check(problems, row, "country", country_of, record["country"])
        child = _check(problems, row, "child_labour", _flag, record["child_labour"])
        forced = _check(problems, row, "forced_labour", _flag, record["forced_labour"])
        good = record["good"]
        if not good or len(good) > 120:
            problems.append(
                Problem(at(row), "good", "empty" if not good else "over 120 characters")
            )
        elif child is False and forced is False:
            problems.append(Problem(at(row), "child_labour", "neither child nor forced labour"))
        elif (country, good.casefold()) in seen:
            first = seen[(country, good.casefold())]
            problems.append(Problem(at(row), "good", f"listed twice (row {first})"))
        elif country is not None and child is not None and forced is not None:
            seen[(country, good.casefold())] = row
            out.append((row, {"country": country, "good": good, "child_labour": child,
                              "forced_labour": forced}))  # fmt: skip
    return out


def import_listed_goods(content: bytes, *, filename: str, edition: str,
                        retrieved_on: date) -> Result:  # fmt: skip
    """Load one edition of the List of Goods; goods the edition no longer lists go."""
    if not edition.strip() or len(edition) > 60:
        raise Invalid("Name the edition of the list (at most 60 characters).", field="edition")
    table, problems = read_table(content), list[Problem]()
    result = Result(kind="ilab list of goods", rows=len(table.rows))
    rows = _goods_rows(table, problems)
    if problems:
        raise Problems(problems, field="file")
    existing = {(g.country, g.good, g.edition): g
                for g in ListedGood.objects.filter(edition=edition)}  # fmt: skip
    kept = set()
    with transaction.atomic():
        for _, data in rows:
            key = {"country": data["country"], "good": data["good"], "edition": edition}
            values = {"child_labour": data["child_labour"],
                      "forced_labour": data["forced_labour"], "source": ILAB_SOURCE,
                      "source_url": ILAB_URL, "retrieved_on": retrieved_on}  # fmt: skip
            kept.add(upsert(ListedGood, key, values, existing, result).pk)
            result.countries.add(data["country"])
        for good in existing.values():
            if good.pk not in kept:
                good.delete()
                result.removed += 1
        _record(result, filename)
    return result


# --- Ratifications (curated from NORMLEX and official statements) ----------------------------

RATIFICATION_COLUMNS = ("country", "instrument", "status", "ratified_on", "minimum_age",
                        "note", "source_url", "retrieved_on")  # fmt: skip


def _ratification(row: int, record: dict[str, str], problems: list[Problem]) -> dict[str, Any]:
    data = {
        "country": _check(problems, row, "country", country_of, record["country"]),
        "instrument": _check(problems, row, "instrument", facts.instrument, record["instrument"]),
        "status": _check(problems, row, "status", facts.status, record["status"]),
        "ratified_on": _check(problems, row, "ratified_on", facts.optional_date,
                              record["ratified_on"]),
        "minimum_age": _check(problems, row, "minimum_age", facts.optional_age,
                              record["minimum_age"]),
        "note": _check(problems, row, "note", facts.short_text, record["note"]),
        "source_url": _check(problems, row, "source_url", facts.web_address,
                             record["source_url"]),
        "retrieved_on": _check(problems, row, "retrieved_on", facts.past_date,
                               record["retrieved_on"]),
    }  # fmt: skip
    if data["minimum_age"] is not None and data["instrument"] != "C138":
        problems.append(Problem(at(row), "minimum_age", "only C138 declares a minimum age"))
    if not data["source_url"] and "source_url" not in {
        p.field for p in problems if p.where == at(row)
    }:
        problems.append(Problem(at(row), "source_url", "a ratification needs its source"))
    return data


def import_ratifications(content: bytes, *, filename: str,
                         keep: set[tuple[str, str]] | None = None) -> Result:  # fmt: skip
    """Load curated ratification facts, one row per country and instrument, each sourced.
    The (country, instrument) rows in ``keep`` are left as they are (counted as kept), as are
    rows retrieved later than the file's: the shipped copy never undoes an operator's."""
    table, problems = read_table(content), list[Problem]()
    problems += missing_columns(table, RATIFICATION_COLUMNS)
    result = Result(kind="ratifications", rows=len(table.rows))
    rows, seen = list[Any](), dict[Any, int]()
    for row, record in [] if problems else table.rows:
        data = _ratification(row, record, problems)
        pair = (data["country"], data["instrument"])
        if pair in seen:
            problems.append(Problem(at(row), "instrument", f"the same country's row {seen[pair]}"))
        seen[pair] = row
        rows.append(data)
    if problems:
        raise Problems(problems, field="file")
    existing = {(r.country, r.instrument): r for r in Ratification.objects.all()}
    with transaction.atomic():
        for data in rows:
            key = {"country": data.pop("country"), "instrument": data.pop("instrument")}
            found = existing.get((key["country"], key["instrument"]))
            if (
                found is not None
                and keep is not None
                and (
                    (found.country, found.instrument) in keep
                    or found.retrieved_on > data["retrieved_on"]
                )
            ):
                result.kept += 1
                continue
            upsert(Ratification, key, data, existing, result)
            result.countries.add(key["country"])
        _record(result, filename)
    return result


# --- An operator's country facts ----------------------------------------------------------

FACT_COLUMNS = ("country", "kind", "label", "value", "unit", "as_of", "source", "source_url")


def import_country_facts(content: bytes, *, filename: str, user: Any = None) -> Result:
    """Load an operator's facts (economy class, ITUC rating, minimum wages, the inspectorate's
    contact, notes), each with its source and as-of date."""
    table, problems = read_table(content), list[Problem]()
    problems += missing_columns(table, FACT_COLUMNS)
    result = Result(kind="country facts", rows=len(table.rows))
    rows, seen = list[Any](), dict[Any, int]()
    for row, record in [] if problems else table.rows:
        country = _check(problems, row, "country", country_of, record["country"])
        data, errors = facts.clean({k: record.get(k, "") for k in (*FACT_COLUMNS[1:], "licence")})
        problems += [Problem(at(row), name, reason) for name, reason in errors]
        fact = (country, data.get("kind"), data.get("label"), data.get("as_of"))
        if fact in seen:
            problems.append(Problem(at(row), "as_of", f"the same fact as row {seen[fact]}"))
        seen[fact] = row
        rows.append((country, data))
    if problems:
        raise Problems(problems, field="file")
    with transaction.atomic():
        for country, data in rows:
            outcome = facts.store(country, data, user)
            setattr(result, outcome, getattr(result, outcome) + 1)
            result.countries.add(country)
        _record(result, filename)
    return result
