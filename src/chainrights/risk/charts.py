"""The severity × likelihood heat matrix as inline SVG drawn on the server (no JavaScript);
the page puts a table with the same counts beside it."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

CELL, LEFT, BOTTOM = 56, 28, 30
COLUMNS = ("<0.25", "0.25–0.5", "0.5–0.75", "≥0.75")


def heat(title: str, grid: list[list[int]], x_label: str, y_label: str) -> SafeString:
    """Rows are severity 5…1, columns likelihood bands; darker = more severe and likely."""
    width, height = LEFT + 4 * CELL, 5 * CELL + BOTTOM
    parts = [f'<svg class="chart heat" viewBox="0 0 {width} {height + 14}" role="img" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>']  # fmt: skip
    for r, row in enumerate(grid):
        severity = 5 - r
        parts.append(f'<text x="4" y="{r * CELL + CELL // 2 + 5}" class="label">{severity}</text>')
        for c, n in enumerate(row):
            tone = min(4, (severity - 1 + c) // 2)
            x, y = LEFT + c * CELL, r * CELL
            parts.append(f'<rect x="{x}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" '
                         f'class="cell t{tone}"/>')  # fmt: skip
            if n:
                parts.append(f'<text x="{x + CELL // 2 - 1}" y="{y + CELL // 2 + 5}" '
                             f'class="count" text-anchor="middle">{n}</text>')  # fmt: skip
    for c, name in enumerate(COLUMNS):
        parts.append(f'<text x="{LEFT + c * CELL + CELL // 2}" y="{5 * CELL + 14}" '
                     f'class="label" text-anchor="middle">{escape(name)}</text>')  # fmt: skip
    parts.append(f'<text x="{LEFT}" y="{height + 10}" class="label">{escape(x_label)} →</text>')
    parts.append(f"<desc>{escape(y_label)}</desc></svg>")
    return mark_safe("".join(parts))  # noqa: S308  (every text escaped above)
