"""What a published document needs, whichever app publishes it (a due-diligence report, an
impact assessment): its content frozen as plain JSON with a sha256 the event log keeps, and
the same content printed as a PDF."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse


def frozen(content: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The content as it will be stored (dates and decimals as JSON gives them back) and
    the sha256 of that stored form."""
    stored = json.loads(json.dumps(content, cls=DjangoJSONEncoder))
    return stored, digest(stored)


def digest(stored: dict[str, Any]) -> str:
    text = json.dumps(stored, sort_keys=True, cls=DjangoJSONEncoder, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def pdf_response(request: HttpRequest, html: str, filename: str) -> HttpResponse:
    """The HTML printed by WeasyPrint (imported only when asked: it needs pango), as a
    download; relative links resolve against this site."""
    from weasyprint import HTML  # type: ignore[import-untyped]  # noqa: PLC0415  (heavy; pango)

    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
