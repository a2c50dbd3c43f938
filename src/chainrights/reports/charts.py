"""Server-drawn SVG bar charts for reports and scorecards; every chart has a table with the
same numbers beside it and a title for screen readers. A missing value draws no bar."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ROW, PAD, SPAN = 22, 6, 300


def bar_chart(title: str, rows: Sequence[tuple[str, float | None]], top: float = 1.0,
              percent: bool = True) -> SafeString:  # fmt: skip
    """One horizontal bar a row, scaled to ``top`` (1.0 for shares)."""
    scale = top or 1.0
    out = [f'<svg class="chart" viewBox="0 0 {SPAN} {len(rows) * ROW + PAD}" role="img" '
           f'aria-label="{escape(title)}"><title>{escape(title)}</title>']  # fmt: skip
    for n, (label, value) in enumerate(rows):
        top_y = PAD + n * ROW
        out.append(f'<rect class="track" x="0" y="{top_y}" width="{SPAN}" height="{ROW - PAD}"/>')
        if value is not None:
            length = round(SPAN * max(0.0, min(1.0, value / scale)), 1)
            out.append(
                f'<rect class="bar" x="0" y="{top_y}" width="{length}" height="{ROW - PAD}"/>'
            )
        shown = "–" if value is None else (f"{value:.0%}" if percent else f"{value:g}")
        out.append(f'<text class="label" x="4" y="{top_y + ROW - PAD - 4}">'
                   f"{escape(label)}: {shown}</text>")  # fmt: skip
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308  (every text escaped above)
