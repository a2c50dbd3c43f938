"""The plain-language categories a worker picks from, each mapped to the rights taxonomy."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

# Plain-language categories for workers, each mapped to the rights taxonomy.
CATEGORIES = [
    ("wages", _("Wages not paid, paid late, or below the minimum"), ("wages", "minimum-wage")),
    ("hours", _("Too many hours or forced overtime"), ("working-hours", "excessive-overtime")),
    ("safety", _("Danger to health or safety"), ("occupational-safety-and-health",)),
    ("harassment", _("Harassment, abuse or violence"), ("violence-and-harassment",)),
    ("discrimination", _("Discrimination (sex, pregnancy, religion, origin…)"),
     ("non-discrimination",)),
    ("union", _("Stopped from joining or forming a union"), ("freedom-of-association",)),
    ("forced", _("Forced to work, passport or pay kept, debts to recruiters"),
     ("forced-labour",)),
    ("children", _("Children working"), ("child-labour",)),
    ("contract", _("No contract, or unfair dismissal"), ("employment-relationship",)),
]  # fmt: skip


def rights_of(keys: list[str] | tuple[str, ...]) -> list[str]:
    chosen = set(keys)
    return list(dict.fromkeys(r for key, _label, rights in CATEGORIES if key in chosen
                              for r in rights))  # fmt: skip
