"""The API's one pagination: ninja's limit and offset, with an offset that has an end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from django.db.models import QuerySet
from ninja import Field, Schema
from ninja.conf import settings
from ninja.pagination import LimitOffsetPagination

# ninja leaves the offset unbounded; SQLite reads an OFFSET past 2**63 as a real number and
# fails ("datatype mismatch", a 500). No list here comes near a billion rows.
MAX_OFFSET = 1_000_000_000
T = TypeVar("T")


class Pages(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(settings.PAGINATION_PER_PAGE, ge=1, le=settings.PAGINATION_MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)


class Viewed(Generic[T]):
    """A queryset that ``@paginate`` slices before each row becomes its view: ``view(rows)``
    runs on the one page asked for, never on every row the query matches."""

    def __init__(self, queryset: QuerySet[Any], view: Callable[[Any], list[T]]) -> None:
        self.queryset, self.view = queryset, view

    def all(self) -> QuerySet[Any]:  # ninja counts through ``.all().count()``
        return self.queryset.all()

    def __len__(self) -> int:
        return self.queryset.count()

    def __getitem__(self, page: slice) -> list[T]:
        return self.view(self.queryset[page])
