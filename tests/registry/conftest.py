"""Fixtures shared by the registry tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest


@pytest.fixture
def brand(demo: dict[str, Any]) -> Any:
    """Northwind Apparel, the demo brand whose editor is the ``brand`` user."""
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Northwind Apparel")


def _rows_in(sql: str, params: Any) -> int:
    """How many rows one INSERT carries: a chunk's source records go in one statement, as
    ``VALUES (…), (…)`` or, on PostgreSQL, as one array per column (``UNNEST``)."""
    columns = sql.split("(", 1)[1].split(")", 1)[0].count(",") + 1
    if "UNNEST" in sql.upper():
        return len(params[0])
    return max(1, len(params or ()) // columns)


@contextmanager
def _at_row_write(n: int, act: Callable[[], None]) -> Iterator[None]:
    from django.db import connection

    from chainrights.registry.models import SourceRecord

    table = SourceRecord._meta.db_table
    seen = 0

    def watch(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        nonlocal seen
        if sql.lstrip().upper().startswith("INSERT") and table in sql:
            before, seen = seen, seen + _rows_in(sql, params)
            if before < n <= seen:
                act()
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield


@pytest.fixture
def at_row_write() -> Callable[[int, Callable[[], None]], Any]:
    """``with at_row_write(n, act):`` runs ``act()`` when the database is sent the n-th row of
    a list to store (the INSERT of its chunk's source records, which carries it), before that
    row is written: another run's write landing at that moment. Django's ``execute_wrapper`` hook on
    the connection, not a patch of our code: the processing runs as in production."""
    return _at_row_write


@pytest.fixture
def database_fails_at_row() -> Callable[[int], Any]:
    """``with database_fails_at_row(n):`` the database raises ``RuntimeError("the database
    went away")`` as it is sent the n-th row of a list to store (see ``at_row_write``)."""

    def went_away() -> None:
        raise RuntimeError("the database went away")

    return lambda n: _at_row_write(n, went_away)
