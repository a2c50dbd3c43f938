"""Human decisions: confirmed and rejected pairs, merges and splits, remembered for good.

A pair is identified by the registry facility id and the fingerprint of the incoming record
(its normalised country, name and address), so the same question is never asked twice, and a
rejected pair is never merged automatically again, whichever list it comes back in.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from chainrights.matching.records import Normalized

FIELDS = ["verdict", "facility_id", "fingerprint", "other_id", "by", "reason"]


def fingerprint(rec: Normalized) -> str:
    text = "|".join([rec.country, " ".join(rec.name_tokens), " ".join(rec.address.tokens)])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


@dataclass
class HumanDecisions:
    confirmed: dict[str, str] = field(default_factory=dict)  # fingerprint -> facility id
    rejected: set[tuple[str, str]] = field(default_factory=set)  # (facility id, fingerprint)
    # For re-clustering, decisions between two record ids: merged (must-link) or split.
    same: set[tuple[str, str]] = field(default_factory=set)

    def confirm(self, facility_id: str, rec: Normalized) -> None:
        fp = fingerprint(rec)
        self.confirmed[fp] = facility_id
        self.rejected.discard((facility_id, fp))

    def reject(self, facility_id: str, rec: Normalized) -> None:
        fp = fingerprint(rec)
        self.rejected.add((facility_id, fp))
        if self.confirmed.get(fp) == facility_id:
            del self.confirmed[fp]

    def confirmed_for(self, rec: Normalized) -> str | None:
        return self.confirmed.get(fingerprint(rec))

    def is_rejected(self, facility_id: str, rec: Normalized) -> bool:
        return (facility_id, fingerprint(rec)) in self.rejected

    def is_rejected_pair(self, a: str, b: str) -> bool:
        """For dedupe, where both sides are ids: a cannot-link constraint."""
        return (a, b) in self.rejected or (b, a) in self.rejected

    def merge(self, a: str, b: str) -> None:
        """A person says records ``a`` and ``b`` are one facility (must-link)."""
        self.same.add((min(a, b), max(a, b)))
        self.rejected.discard((a, b))
        self.rejected.discard((b, a))

    def split(self, a: str, b: str) -> None:
        """A person says records ``a`` and ``b`` are different facilities (cannot-link)."""
        self.same.discard((min(a, b), max(a, b)))
        self.rejected.add((a, b))

    @classmethod
    def load(cls, path: Path) -> HumanDecisions:
        store = cls()
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["verdict"] == "confirm":
                    store.confirmed[row["fingerprint"]] = row["facility_id"]
                elif row["verdict"] == "reject":
                    store.rejected.add((row["facility_id"], row["fingerprint"]))
                elif row["verdict"] == "same":
                    store.merge(row["facility_id"], row["other_id"])
                elif row["verdict"] == "different":
                    store.split(row["facility_id"], row["other_id"])
        return store

    def save(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=FIELDS)
            writer.writeheader()
            for fp, facility in sorted(self.confirmed.items()):
                writer.writerow({"verdict": "confirm", "facility_id": facility, "fingerprint": fp})
            for facility, fp in sorted(self.rejected):
                writer.writerow({"verdict": "reject", "facility_id": facility, "fingerprint": fp})
            for a, b in sorted(self.same):
                writer.writerow({"verdict": "same", "facility_id": a, "other_id": b})
