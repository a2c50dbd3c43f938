"""Audit schemes and how each one's own severity scale maps onto ours.

Schemes grade findings differently (SMETA's "non-compliance" is not amfori BSCI's rating of a
performance area), so each scheme registers here with its scale; a finding keeps the scheme's
own word and gets ours beside it. To add a scheme, add one entry to ``SCHEMES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ZERO_TOLERANCE, CRITICAL, MAJOR, MINOR = "zero_tolerance", "critical", "major", "minor"
SEVERITIES = (ZERO_TOLERANCE, CRITICAL, MAJOR, MINOR)
OURS = {s: s for s in SEVERITIES} | {
    "zero tolerance": ZERO_TOLERANCE,
    "zero-tolerance": ZERO_TOLERANCE,
}


@dataclass(frozen=True)
class Scheme:
    key: str
    name: str
    # the scheme's own severity words (lower case) → ours; our own words are always accepted
    scale: dict[str, str] = field(default_factory=dict)

    def severity(self, raw: str) -> str | None:
        """Our severity for the scheme's word, or None when the word is not on its scale."""
        word = " ".join(raw.strip().lower().replace("_", " ").split())
        return self.scale.get(word) or OURS.get(word) or OURS.get(word.replace(" ", "_"))

    def words(self) -> list[str]:
        return sorted(set(self.scale) | set(SEVERITIES))


SCHEMES: dict[str, Scheme] = {
    s.key: s
    for s in [
        Scheme("smeta", "SMETA (Sedex)", {
            "business critical": ZERO_TOLERANCE, "critical": CRITICAL,
            "non-compliance": MAJOR, "non compliance": MAJOR, "observation": MINOR,
        }),
        Scheme("amfori_bsci", "amfori BSCI", {
            "zero tolerance": ZERO_TOLERANCE, "e": CRITICAL, "d": MAJOR, "c": MINOR,
        }),
        Scheme("sa8000", "SA8000", {
            "critical": CRITICAL, "major": MAJOR, "minor": MINOR,
            "major non-conformity": MAJOR, "minor non-conformity": MINOR,
        }),
        Scheme("wrap", "WRAP", {
            "zero tolerance": ZERO_TOLERANCE, "major": MAJOR, "minor": MINOR,
        }),
        Scheme("slcp", "SLCP verified assessment", {
            "zero tolerance": ZERO_TOLERANCE, "non-compliance": MAJOR,
            "legal non-compliance": MAJOR, "best practice gap": MINOR,
        }),
        Scheme("better_work", "Better Work", {
            "non-compliance": MAJOR, "critical issue": CRITICAL, "zero tolerance": ZERO_TOLERANCE,
        }),
        Scheme("brand", "A brand's own audit", {
            "high": CRITICAL, "medium": MAJOR, "low": MINOR,
        }),
        Scheme("worker_driven", "Worker-driven monitoring", {
            "imminent danger": ZERO_TOLERANCE, "high": CRITICAL, "medium": MAJOR, "low": MINOR,
        }),
        Scheme("other", "Another scheme", {}),
    ]
}  # fmt: skip


def scheme_for(text: str) -> Scheme | None:
    """The scheme by key or by name, case-insensitively ("SMETA", "amfori BSCI", "sa8000")."""
    word = text.strip().lower()
    for scheme in SCHEMES.values():
        if word in (scheme.key, scheme.name.lower(), scheme.name.lower().split(" (")[0]):
            return scheme
    return SCHEMES.get(word.replace(" ", "_").replace("-", "_"))
