"""Demo codes: three public multi-stakeholder codes (ETI Base Code, Fair Wear Code of Labour
Practices, amfori BSCI Code of Conduct), their clauses as summarised in
``data/labelled_clauses.csv`` with the source named on every row, and the demo brand's code.
Each clause's right is the hand-labelled one; its level is what its words say, else equal to
the standard it restates; binding and verification follow the kind of code."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User

from chainrights.codes import classifier
from chainrights.codes.models import Code, CodeKind, Commitment, OnBreach, Verification
from chainrights.core import events
from chainrights.core.models import Organisation, Visibility

FSI = "Fair Supply Initiative"
SOURCES = {
    "ETI Base Code (ethicaltrade.org)": (
        "ETI Base Code", "https://www.ethicaltrade.org/eti-base-code", FSI, CodeKind.INITIATIVE
    ),
    "Fair Wear Code of Labour Practices (fairwear.org)": (
        "Fair Wear Code of Labour Practices",
        "https://www.fairwear.org/programmes/code-of-labour-practices", FSI, CodeKind.INITIATIVE,
    ),
    "amfori BSCI Code of Conduct (amfori.org)": (
        "amfori BSCI Code of Conduct",
        "https://www.amfori.org/en/solutions/social/amfori-bsci-code-conduct", FSI,
        CodeKind.INITIATIVE,
    ),
    "Demo brand code (chainrights demo)": (
        "Northwind supplier code", "", "Northwind Apparel", CodeKind.COMPANY
    ),
}  # fmt: skip


def _level(text: str) -> str:
    """What the clause's words say, else the standard itself: these codes restate the ILO
    conventions unless they say more (a living wage) or less (sixty hours)."""
    level = classifier.suggest_level(text)
    return "equal" if level == "unclear" else level


def load_demo_codes() -> dict[str, int]:
    rows = classifier.labelled("train") + classifier.labelled("test")
    operator = get_user_model().objects.filter(username="operator").first()
    loaded = 0
    for source, (name, url, owner_name, kind) in SOURCES.items():
        owner = Organisation.objects.get(name=owner_name)
        if Code.objects.filter(owner_org=owner, name=name).exists():
            continue
        clauses = [r for r in rows if r["source"] == source]
        text = "\n".join(f"{n}. {r['text']}" for n, r in enumerate(clauses, start=1))
        with events.acting_as(user=operator, organisation=owner, reason="demo code"):
            code = Code.objects.create(owner_org=owner, visibility=Visibility.PUBLIC, name=name,
                                       kind=kind, source_url=url, source_text=text)  # fmt: skip
            for n, row in enumerate(clauses, start=1):
                Commitment.objects.create(
                    code=code, number=n, text=row["text"], rights=[row["right"]],
                    level=_level(row["text"]),
                    binding=classifier.suggest_binding(row["text"], kind),
                    to_whom=["workers"], scope=["tier_1"],
                    on_breach=OnBreach.REMEDIATE if kind == CodeKind.INITIATIVE else OnBreach.NONE,
                    verification=Verification.AUDIT if kind == CodeKind.INITIATIVE
                    else Verification.NONE, confirmed=True,
                )  # fmt: skip
        loaded += 1
    loaded += _southbay(operator)
    return {"codes": loaded}


SOUTHBAY_CODE = [
    ("Suppliers comply with all applicable laws on wages and working hours.", "wages"),
    ("Suppliers shall not use child labour.", "child-labour"),
    ("Suppliers respect workers' right to freedom of association where the law allows it.",
     "freedom-of-association"),
]  # fmt: skip


def _southbay(operator: User | None) -> int:
    """A thin brand code, written for the demo: compliance with local law, little more."""
    owner = Organisation.objects.get(name="Southbay Outfitters")
    if Code.objects.filter(owner_org=owner, name="Southbay vendor code").exists():
        return 0
    text = "\n".join(f"{n}. {t}" for n, (t, _) in enumerate(SOUTHBAY_CODE, start=1))
    with events.acting_as(user=operator, organisation=owner, reason="demo code"):
        code = Code.objects.create(owner_org=owner, visibility=Visibility.PUBLIC,
                                   name="Southbay vendor code", kind=CodeKind.COMPANY,
                                   source_text=text)  # fmt: skip
        for n, (clause, right) in enumerate(SOUTHBAY_CODE, start=1):
            Commitment.objects.create(
                code=code, number=n, text=clause, rights=[right],
                level="below" if "where the law allows" in clause else "equal",
                binding=classifier.suggest_binding(clause, CodeKind.COMPANY),
                to_whom=[], on_breach=OnBreach.NONE, verification=Verification.NONE,
                confirmed=True,
            )  # fmt: skip
    return 1
