"""Plain inline SVG charts drawn on the server (no JavaScript library); each page puts a table
with the same numbers beside the chart, and the SVG carries a title for screen readers."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, BAR, GAP, LABEL = 320, 18, 8, 0


def bars(title: str, rows: Sequence[tuple[str, float | None]]) -> SafeString:
    """Horizontal bars on 0–100; a suppressed value draws a hatched empty bar."""
    height = len(rows) * (BAR + GAP) + GAP
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="{escape(title)}" preserveAspectRatio="xMinYMin meet">'
             f"<title>{escape(title)}</title>"]  # fmt: skip
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR + GAP)
        parts.append(f'<rect x="0" y="{y}" width="{WIDTH}" height="{BAR}" class="track"/>')
        if value is not None:
            width = round(WIDTH * max(0.0, min(100.0, value)) / 100, 1)
            parts.append(f'<rect x="0" y="{y}" width="{width}" height="{BAR}" class="bar"/>')
        text = f"{escape(label)}: {value:.0f}" if value is not None else f"{escape(label)}: –"
        parts.append(f'<text x="4" y="{y + BAR - 5}" class="label">{text}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  (every text escaped above)


def lines(title: str, cycles: Sequence[str], series: Sequence[tuple[str, list[float | None]]]
          ) -> SafeString:  # fmt: skip
    """One line per category over cycles (0–100); gaps where a cycle was suppressed."""
    height, step = 120, WIDTH / max(1, len(cycles) - 1)
    parts = [f'<svg class="chart" viewBox="-4 -4 {WIDTH + 8} {height + 24}" role="img" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
             f'<line x1="0" y1="{height}" x2="{WIDTH}" y2="{height}" class="axis"/>']  # fmt: skip
    for n, (_label, scores) in enumerate(series):
        points = [(round(i * step, 1), round(height - height * s / 100, 1))
                  for i, s in enumerate(scores) if s is not None]  # fmt: skip
        if len(points) > 1:
            path = " ".join(f"{x},{y}" for x, y in points)
            parts.append(f'<polyline points="{path}" class="series s{n}"/>')
        parts.extend(f'<circle cx="{x}" cy="{y}" r="3" class="series s{n}"/>' for x, y in points)
    for i, name in enumerate(cycles):
        parts.append(f'<text x="{round(i * step, 1)}" y="{height + 16}" class="label">'
                     f"{escape(name)}</text>")  # fmt: skip
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  (every text escaped above)
