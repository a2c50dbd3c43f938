"""Which aggregates of a buyer's ratings may be shown, decided once for a whole cycle.

A cell (one category, all raters or the raters of one country) is shown only when

- at least ``k`` distinct supplier organisations answered in it (``PURCHASING_MIN_RATERS``,
  never below 3), and
- no one of them gave more than half of its answers (the dominance rule), and
- not every answer in it is the same (a unanimous cell's score is each rater's answer, and a
  buyer knows who its suppliers are);

and the cells of one category are decided together so that no two of them can be subtracted
to isolate fewer than ``k`` raters: when country cells are suppressed, what they hold together
(the total minus every shown country) must itself pass both rules, or the smallest shown
country is suppressed too until it does (complementary suppression). A category hidden in
the total is hidden in every country. Nothing else is ever computed from raw answers: the
overall score, the net partner score and the platform average are computed from shown cells
only, so they carry no information the shown cells do not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from django.conf import settings

FLOOR = 3
TOO_FEW = "too_few_raters"
DOMINANT = "one_rater_dominates"
COMPLEMENT = "would_reveal_another_cell"
ALIKE = "every_answer_alike"


def min_raters() -> int:
    return max(FLOOR, int(settings.PURCHASING_MIN_RATERS))


@dataclass(frozen=True)
class RaterAnswers:
    """One rating as the close sees it: who (only to count distinct raters), where, what."""

    rater: int
    country: str
    answers: dict[str, list[int]]  # category → the rater's answers (n/a left out)


@dataclass
class Cell:
    category: str
    region: str  # "" for every rater
    values: dict[int, list[int]] = field(default_factory=dict)  # rater → answers
    reason: str = ""

    @property
    def raters(self) -> int:
        return len(self.values)

    @property
    def answers(self) -> list[int]:
        return [v for vs in self.values.values() for v in vs]

    @property
    def suppressed(self) -> bool:
        return bool(self.reason)

    def score(self) -> float | None:
        answers = self.answers
        return round(sum((v - 1) * 25 for v in answers) / len(answers), 1) if answers else None

    def distribution(self) -> list[int]:
        counts = Counter(self.answers)
        return [counts.get(v, 0) for v in range(1, 6)]


def failing(weights: Mapping[int, float], k: int) -> str:
    """Why a set of units (raters, or facilities) may not be shown on its own, or ''.
    ``weights``: each unit's share of the cell (a rater's answers, a facility's orders)."""
    if len(weights) < k:
        return TOO_FEW
    total = sum(weights.values())
    if total and max(weights.values()) * 2 > total:
        return DOMINANT
    return ""


Check = Callable[[Mapping[int, float]], str]


def decide_regions(
    units: Mapping[str, Mapping[int, float]],
    k: int,
    already: Mapping[str, str] | None = None,
    check: Check | None = None,
) -> tuple[str, dict[str, str]]:
    """The total's reason and each region's (``region → unit → weight``; a unit sits in one
    region): k and dominance per cell, a hidden total hides every region, and complementary
    suppression so that the total minus the shown regions passes the rules too (or is empty).
    ``already``: regions hidden beforehand (for another figure of the same cells); ``check``:
    one more rule a set of units must pass (its reason, or '')."""

    def why(weights: Mapping[int, float]) -> str:
        return failing(weights, k) or (check(weights) if check else "")

    total = {u: w for region in units.values() for u, w in region.items()}
    total_reason = why(total)
    already = already or {}
    reasons = {r: "total_suppressed" if total_reason else already.get(r) or why(v)
               for r, v in units.items()}  # fmt: skip
    while not total_reason:
        hidden = {u: w for r, v in units.items() if reasons[r] for u, w in v.items()}
        shown = [r for r in units if not reasons[r]]
        if not hidden or not why(hidden) or not shown:
            break  # every region hidden: together they are the total, which passed
        reasons[min(shown, key=lambda r: (len(units[r]), r))] = COMPLEMENT
    return total_reason, reasons


def _category_cells(category: str, ratings: list[RaterAnswers], k: int) -> list[Cell]:
    total = Cell(category, "")
    regions: dict[str, Cell] = {}
    for r in ratings:
        if r.answers.get(category):
            total.values[r.rater] = list(r.answers[category])
            region = regions.setdefault(r.country, Cell(category, r.country))
            region.values[r.rater] = list(r.answers[category])
    weights = {c.region: {u: len(v) for u, v in c.values.items()} for c in regions.values()}

    def alike(raters: Mapping[int, float]) -> str:
        """Every answer the same: the score would tell each rater's answers to whoever knows
        who they are (a buyer knows its suppliers)."""
        return ALIKE if len({v for r in raters for v in total.values[r]}) == 1 else ""

    total.reason, reasons = decide_regions(weights, k, check=alike)
    for cell in regions.values():
        cell.reason = reasons[cell.region]
    return [total, *sorted(regions.values(), key=lambda c: c.region)]


def decide(ratings: Iterable[RaterAnswers], categories: Iterable[str]) -> list[Cell]:
    """Every cell of one buyer's cycle, each shown or suppressed with its reason."""
    ratings, k = list(ratings), min_raters()
    return [cell for c in categories for cell in _category_cells(c, ratings, k)]


def net_partner_score(distributions: Iterable[list[int]]) -> float | None:
    """% of answers "all of the time" − % "sometimes" or lower (−100..+100), over shown cells;
    "most of the time" counts as neutral (an assumption mirroring Better Buying's partnership
    index, whose own cut-offs are not published in text)."""
    counts = [sum(column) for column in zip(*distributions, strict=False)]
    total = sum(counts)
    if not total:
        return None
    return round(100 * (counts[4] - sum(counts[:3])) / total, 1)
