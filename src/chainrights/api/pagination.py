"""The API's one pagination: ninja's limit and offset, with an offset that has an end."""

from __future__ import annotations

from ninja import Field, Schema
from ninja.conf import settings
from ninja.pagination import LimitOffsetPagination

# ninja leaves the offset unbounded; SQLite reads an OFFSET past 2**63 as a real number and
# fails ("datatype mismatch", a 500). No list here comes near a billion rows.
MAX_OFFSET = 1_000_000_000


class Pages(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(settings.PAGINATION_PER_PAGE, ge=1, le=settings.PAGINATION_MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)
