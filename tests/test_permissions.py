"""Every page and API endpoint × every role (and anonymous) against an expected-access table.

An endpoint that is not in the table fails ``test_every_endpoint_is_in_the_table``, so a new
view or API operation cannot ship without a decision about who may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from chainrights.api.main import api
from chainrights.core import events
from chainrights.core.services import issue_token
from tests.conftest import ROLES, ApiClient, totp_client

ANONYMOUS = "anonymous"
EVERYONE = frozenset([ANONYMOUS, *ROLES])
SIGNED_IN = frozenset(ROLES)
NOBODY_ANONYMOUS = SIGNED_IN
STAFF = frozenset(["operator"])  # operator admin, with a verified TOTP device


@dataclass(frozen=True)
class Case:
    allowed: frozenset[str]
    path: Callable[[Any], str] = lambda user: ""
    body: Callable[[Any], Any] = lambda user: None
    multipart: bool = False


def _own_token_path(user: Any) -> str:
    if user is None:
        return "/api/v1/auth/tokens/1"
    token, _ = issue_token(user, name="matrix")
    return f"/api/v1/auth/tokens/{token.pk}"


def _token_body(user: Any) -> dict[str, str]:
    """Username and password; operator staff, who must use two-factor, add their code."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from chainrights.core.totp import must_enrol

    name = user.username if user else "brand"
    body = {"username": name, "password": f"{name}-demo-2026"}
    if user is not None and must_enrol(user):
        with events.acting_as(system="test"):
            device = TOTPDevice.objects.create(user=user, name="matrix", confirmed=True)
        body["otp"] = f"{totp(device.bin_key, step=device.step, t0=device.t0):06d}"
    return body


def _uploaded_list(name: str, content: bytes) -> Any:
    """A private list of Northwind Apparel (brand, brandviewer) that operators also see."""
    from django.contrib.auth import get_user_model

    from chainrights.core.models import Organisation
    from chainrights.registry.services import process_list, upload_list

    owner = Organisation.objects.get(name="Northwind Apparel")
    uploader = get_user_model().objects.get(username="brand")
    item, _ = upload_list(owner=owner, user=uploader, name=name, filename="l.csv", content=content)
    process_list(item.pk)
    return item


def _private_list_path(user: Any, suffix: str = "") -> str:
    item = _uploaded_list("private", b"country,name,address\nCN,A,B\n")
    return f"/api/v1/lists/{item.pk}{suffix}"


def _facility_path(user: Any) -> str:
    from chainrights.registry.models import Facility

    with events.acting_as(system="test"):
        facility = Facility.objects.create(country="CN", name="Matrix Garments")
    return f"/api/v1/facilities/{facility.public_id}"


def _list_upload(user: Any) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = b"country,name,address\nCN,Matrix Garments,1 Road\n"
    return {"file": SimpleUploadedFile("list.csv", data, "text/csv"), "name": "matrix"}


def _new_facility(name: str = "Matrix Garments") -> Any:
    from chainrights.registry.models import Facility

    with events.acting_as(system="test"):
        return Facility.objects.create(country="CN", name=name)


def _merge_body(user: Any) -> dict[str, str]:
    return {"into": _new_facility("Matrix Survivor").public_id, "reason": "same site"}


def _merged_facility_path(user: Any, suffix: str = "/unmerge") -> str:
    from django.contrib.auth import get_user_model

    from chainrights.registry.services import merge_facilities

    survivor, merged = _new_facility("Matrix Survivor"), _new_facility()
    operator = get_user_model().objects.get(username="operator")
    merge_facilities(survivor, merged, operator, "test")
    return f"/api/v1/facilities/{merged.public_id}{suffix}"


def _two_row_list(user: Any) -> str:
    """A facility named by two rows (0 and 1) of one private list."""
    item = _uploaded_list("two", b"country,name,address\nCN,A,B\nCN,A,B\n")
    return f"/api/v1/facilities/{item.rows.get(row=0).current_decision().facility.public_id}"


def _split_case() -> Case:
    state: dict[str, Any] = {}

    def path(user: Any) -> str:
        state["path"] = _two_row_list(user)
        return state["path"] + "/split"

    def body(user: Any) -> dict[str, Any]:
        from chainrights.registry.models import SupplierList

        list_id = SupplierList.objects.filter(name="two").latest("pk").pk
        return {"rows": [{"list_id": list_id, "row": 1}], "reason": "two sites"}

    return Case(MODERATORS, path=path, body=body)


def _claim_path(user: Any) -> str:
    from django.contrib.auth import get_user_model

    from chainrights.registry import claims

    supplier = get_user_model().objects.get(username="supplier")
    claim = claims.claim(_new_facility(), supplier, "licence 42")
    return f"/api/v1/claims/{claim.pk}/decision"


def _claim_evidence_path(user: Any) -> str:
    from django.contrib.auth import get_user_model

    from chainrights.registry import claims

    supplier = get_user_model().objects.get(username="supplier")
    claim = claims.claim(_new_facility(), supplier, "licence 42", ("l.pdf", b"%PDF-1.7 x"))
    return f"/claims/{claim.pk}/evidence"


def _case(user: Any) -> tuple[Any, str]:
    """A fresh grievance case, private to the operator that handles it."""
    from chainrights.grievances import services

    return services.file_grievance(services.Intake(narrative="wages late", facility_text="A"))


def _case_credentials(user: Any) -> dict[str, str]:
    case, secret = _case(user)
    return {"reference": case.reference, "secret": secret}


def _closed_case_credentials(user: Any) -> dict[str, str]:
    from django.contrib.auth import get_user_model

    from chainrights.grievances import services

    case, secret = _case(user)
    handler = get_user_model().objects.get(username="handler")
    for state in ("acknowledged", "admissible", "investigation", "closed"):
        services.transition_case(case, handler, state, "ok")
    return {"reference": case.reference, "secret": secret}


def _shared_case_path(user: Any) -> str:
    """A case about a facility on Northwind Apparel's list, shared with Northwind."""
    from django.contrib.auth import get_user_model

    from chainrights.grievances import services

    facility_path = _two_row_list(user)
    case, _ = services.file_grievance(services.Intake(narrative="wages late", facility_text="A"))
    handler = get_user_model().objects.get(username="handler")
    # only a private list names the facility: the complainant cannot, the handler links it
    services.link_facility(case, handler, facility_path.rsplit("/", 1)[1])
    services.transition_case(case, handler, "acknowledged")
    services.transition_case(case, handler, "admissible", "ok")
    return f"/api/v1/cases/{case.reference}/responses"


def _case_path(user: Any, suffix: str = "") -> str:
    return f"/api/v1/cases/{_case(user)[0].reference}{suffix}"


def _union_case_path(user: Any, suffix: str = "") -> str:
    """A case the demo union (Garment Workers Federation) filed for a group of its members."""
    from django.contrib.auth import get_user_model

    from tests.factories import UnionCaseFactory

    case = UnionCaseFactory(user=get_user_model().objects.get(username="union"))
    return f"/api/v1/union/cases/{case.reference}{suffix}"


UNION = frozenset(["union"])
UNION_BODY = {"narrative": "wages late", "facility_text": "A", "on_behalf": "group",
              "group_size": 40, "unit": "Line 4"}  # fmt: skip


def _public_code_path(user: Any, suffix: str = "") -> str:
    from django.contrib.auth import get_user_model

    from chainrights.codes.services import import_code
    from chainrights.core.models import Organisation

    owner = Organisation.objects.get(name="Northwind Apparel")
    brand = get_user_model().objects.get(username="brand")
    code = import_code(owner=owner, user=brand, name="Matrix code", text="1. No child labour.")
    return f"/api/v1/codes/{code.pk}{suffix}"


def _claimed_facility() -> Any:
    """A facility the demo supplier (Dhaka Knit Composite Ltd) has claimed."""
    from django.contrib.auth import get_user_model

    from chainrights.registry import claims

    users = get_user_model().objects
    facility = _new_facility("Matrix Knitwear")
    claim = claims.claim(facility, users.get(username="supplier"), "licence")
    claims.decide(claim, users.get(username="operator"), verify=True, reason="seen")
    facility.refresh_from_db()
    return facility


def _audit_body(facility: Any, reference: str = "M-1") -> dict[str, Any]:
    return {
        "reference": reference, "facility_id": facility.public_id, "scheme": "smeta",
        "audit_type": "announced", "start_date": "2026-03-01", "end_date": "2026-03-02",
        "findings": [{"number": 1, "right": "working-hours", "severity": "major",
                      "description": "70 hours", "actions": [
                          {"description": "Cap hours", "deadline": "2026-12-31"}]}],
    }  # fmt: skip


def _audit(user: Any = None) -> Any:
    """A private audit by the demo auditor of a facility the supplier runs, shared with
    Northwind Apparel: full for operator staff, auditor, supplier, brand and brandviewer."""
    from django.contrib.auth import get_user_model

    from chainrights.audits.services import create_audits
    from chainrights.audits.validation import Checker, check_audit
    from chainrights.core.models import Organisation

    owner = Organisation.objects.get(name="Independent Audit Partners")
    body = _audit_body(_claimed_facility()) | {"visibility": "shared",
                                               "share_with": ["Northwind Apparel"]}  # fmt: skip
    draft = check_audit(body, "matrix", Checker(owner))
    auditor = get_user_model().objects.get(username="auditor")
    return create_audits(owner, auditor, [draft])[0]


def _audit_path(user: Any, suffix: str = "") -> str:
    return f"/api/v1/audits/{_audit(user).pk}{suffix}"


def _action(user: Any, done: bool = False) -> Any:
    from django.contrib.auth import get_user_model

    from chainrights.audits.services import set_status

    action = _audit(user).findings.get().actions.get()
    if done:
        set_status(action, get_user_model().objects.get(username="supplier"), "done")
    return action


def _new_audit_body(user: Any) -> dict[str, Any]:
    return _audit_body(_claimed_facility(), reference=f"M-{user.pk if user else 0}")


def _audit_file(user: Any) -> dict[str, Any]:
    import json

    from django.core.files.uploadedfile import SimpleUploadedFile

    content = json.dumps({"audits": [_new_audit_body(user)]}).encode()
    return {"file": SimpleUploadedFile("audits.json", content, "application/json")}


def _committee_path(user: Any) -> str:
    from datetime import date

    from django.contrib.auth import get_user_model

    from chainrights.audits.services import record_activity

    supplier = get_user_model().objects.get(username="supplier")
    committee = record_activity(_claimed_facility(), supplier, kind="committee", title="OSH",
                                rights=[], start_date=date(2026, 1, 1), participants=[])  # fmt: skip
    return f"/api/v1/capacity/{committee.pk}/meetings"


def _document_path(user: Any) -> str:
    from django.contrib.auth import get_user_model

    from chainrights.audits.services import attach_document

    audit = _audit(user)
    auditor = get_user_model().objects.get(username="auditor")
    document = attach_document(audit, auditor, "report.pdf", b"%PDF-1.7 matrix")
    return f"/audits/{audit.pk}/documents/{document.pk}"


MODERATORS = frozenset(["operator", "handler"])


def _import_path(user: Any) -> str:
    """An audit import of the demo auditor's organisation (still queued)."""
    from django.contrib.auth import get_user_model

    from chainrights.audits.imports import start_import
    from chainrights.core.models import Organisation

    owner = Organisation.objects.get(name="Independent Audit Partners")
    auditor = get_user_model().objects.get(username="auditor")
    job = start_import(owner, auditor, "audits.json", b'{"audits": []}')
    return f"/api/v1/audits/imports/{job.pk}"


AUDIT_WRITERS = frozenset(["operator", "handler", "brand", "supplier", "auditor", "union"])
AUDIT_OWNERS = frozenset(["operator", "handler", "auditor"])
AUDIT_READERS = AUDIT_OWNERS | {"supplier", "brand", "brandviewer"}
LIST_READERS = frozenset(["brand", "brandviewer", "operator", "handler"])
LIST_WRITERS = frozenset(["brand", "supplier", "operator", "handler"])

# -- purchasing (issue 17) -------------------------------------------------------------------
PURCHASING_STAFF = frozenset(["operator", "handler"])
INDICATOR_READERS = frozenset(["brand", "brandviewer", "operator", "handler"])


def _northwind() -> Any:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(name="Northwind Apparel")


def _purchasing_cycle(user: Any = None) -> Any:
    from tests.factories import RatingCycleFactory

    return RatingCycleFactory()


def _supplying_northwind() -> None:
    """The demo supplier runs a verified site that has one of Northwind's orders."""
    from chainrights.core.models import Organisation
    from tests.factories import FacilityFactory, PurchaseOrderFactory

    supplier = Organisation.objects.get(name="Dhaka Knit Composite Ltd")
    site = FacilityFactory(name="Matrix Rated Site")
    with events.acting_as(system="test"):
        site.claimed_by = supplier
        site.save()
    PurchaseOrderFactory(buyer=_northwind(), facility=site)


def _rate_path(user: Any) -> str:
    _supplying_northwind()
    _purchasing_cycle()
    return f"/purchasing/rate/{_northwind().pk}"


def _rating_body(user: Any) -> dict[str, Any]:
    from tests.factories.purchasing import answers

    _supplying_northwind()
    return {"buyer_id": _northwind().pk, "cycle_id": _purchasing_cycle().pk,
            "answers": answers(4), "comment": ""}  # fmt: skip


def _comment_id(user: Any) -> int:
    from django.contrib.auth import get_user_model

    from tests.factories.purchasing import rate

    _supplying_northwind()
    supplier = get_user_model().objects.get(username="supplier")
    return int(rate(supplier, _northwind(), _purchasing_cycle(), 4, comment="late").comment.pk)


def _link_id(user: Any) -> int:
    from chainrights.purchasing.models import RootCauseLink

    with events.acting_as(system="test"):
        link = RootCauseLink.objects.create(buyer=_northwind(), category="payment",
                                            status="confirmed", flags=["late_payment"])  # fmt: skip
    return int(link.pk)


def _orders_file(user: Any) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return {"file": SimpleUploadedFile("orders.csv", b"reference,quantity\n", "text/csv")}


def _buyer_path(suffix: str = "") -> Callable[[Any], str]:
    return lambda user: f"/api/v1/purchasing/buyers/{_northwind().pk}{suffix}"


def _published_cycle() -> Any:
    """A closed cycle in which five of Northwind's facilities had orders."""
    from django.utils import timezone

    from tests.factories import PurchaseOrderFactory, RatingCycleFactory

    start = date(2019, 1, 1)
    cycle = RatingCycleFactory(opens_on=start, closes_on=start + timedelta(days=180),
                               closed_at=timezone.now())  # fmt: skip
    for _i in range(5):
        PurchaseOrderFactory(buyer=_northwind(), confirmed_on=start + timedelta(days=5),
                             ex_factory_requested=start + timedelta(days=60))  # fmt: skip
    return cycle


def _publish_body(user: Any) -> dict[str, Any]:
    return {"cycle_id": _published_cycle().pk, "publish": True}


def _publish_page(user: Any) -> str:
    return f"/purchasing/buyers/{_northwind().pk}/publish"


def _buyer_page(suffix: str = "") -> Callable[[Any], str]:
    return lambda user: f"/purchasing/buyers/{_northwind().pk}{suffix}"


PURCHASING_API: dict[tuple[str, str], Case] = {
    ("GET", "/api/v1/purchasing/questions"): Case(EVERYONE),
    ("GET", "/api/v1/purchasing/cycles"): Case(EVERYONE),
    ("POST", "/api/v1/purchasing/cycles"): Case(
        PURCHASING_STAFF,
        body=lambda u: {
            "name": f"m-{u.pk if u else 0}",
            "opens_on": "2026-01-01",
            "closes_on": "2026-06-30",
        },
    ),
    ("POST", "/api/v1/purchasing/cycles/{cycle_id}/close"): Case(
        PURCHASING_STAFF, path=lambda u: f"/api/v1/purchasing/cycles/{_purchasing_cycle().pk}/close"
    ),
    ("POST", "/api/v1/purchasing/ratings"): Case(frozenset(["supplier"]), body=_rating_body),
    ("GET", "/api/v1/purchasing/buyers/{buyer_id}/results"): Case(
        EVERYONE, path=_buyer_path("/results")
    ),
    ("GET", "/api/v1/purchasing/buyers/{buyer_id}/indicators"): Case(
        INDICATOR_READERS, path=_buyer_path("/indicators")
    ),
    ("GET", "/api/v1/purchasing/buyers/{buyer_id}/published"): Case(
        EVERYONE, path=_buyer_path("/published")
    ),
    ("POST", "/api/v1/purchasing/buyers/{buyer_id}/published"): Case(
        frozenset(["brand"]), path=_buyer_path("/published"), body=_publish_body
    ),
    ("GET", "/api/v1/purchasing/buyers/{buyer_id}/practices"): Case(
        EVERYONE, path=_buyer_path("/practices")
    ),
    ("POST", "/api/v1/purchasing/practices"): Case(
        frozenset(["brand"]),
        body=lambda u: {"framework": "act", "item": 2, "stage": "groundwork", "evidence": "x"},
    ),
    ("GET", "/api/v1/purchasing/orders"): Case(SIGNED_IN),
    ("POST", "/api/v1/purchasing/orders/import"): Case(
        frozenset(["brand", "supplier"]), body=_orders_file, multipart=True
    ),
    ("GET", "/api/v1/purchasing/comments"): Case(PURCHASING_STAFF),
    ("POST", "/api/v1/purchasing/comments/{comment_id}"): Case(
        PURCHASING_STAFF,
        path=lambda u: f"/api/v1/purchasing/comments/{_comment_id(u)}",
        body=lambda u: {"approve": False},
    ),
    ("GET", "/api/v1/purchasing/links"): Case(PURCHASING_STAFF),
    ("POST", "/api/v1/purchasing/links"): Case(
        PURCHASING_STAFF, body=lambda u: {"buyer_id": _northwind().pk, "confirm": True}
    ),
    ("POST", "/api/v1/purchasing/links/{link_id}/actions"): Case(
        frozenset(["brand"]),
        path=lambda u: f"/api/v1/purchasing/links/{_link_id(u)}/actions",
        body=lambda u: {"description": "pay on time", "deadline": "2026-12-01"},
    ),
}
PURCHASING_PAGES: dict[str, tuple[str, Case]] = {
    "purchasing": ("GET", Case(EVERYONE, path=lambda u: "/purchasing")),
    "purchasing-rate": ("GET", Case(frozenset(["supplier"]), path=lambda u: "/purchasing/rate")),
    "purchasing-rate-buyer": ("GET", Case(frozenset(["supplier"]), path=_rate_path)),
    "purchasing-buyer": ("GET", Case(EVERYONE, path=_buyer_page())),
    "purchasing-scorecard": ("GET", Case(EVERYONE, path=_buyer_page("/scorecard"))),
    "purchasing-publish": ("POST", Case(frozenset(["brand"]), path=_publish_page)),
    "purchasing-scorecard-csv": ("GET", Case(EVERYONE, path=_buyer_page("/scorecard.csv"))),
    "purchasing-import": (
        "GET",
        Case(frozenset(["brand", "supplier"]), path=lambda u: "/purchasing/orders/import"),
    ),
    "purchasing-template": (
        "GET",
        Case(EVERYONE, path=lambda u: "/purchasing/orders/template.csv"),
    ),
    "purchasing-practices": (
        "GET",
        Case(frozenset(["brand"]), path=lambda u: "/purchasing/practices"),
    ),
    "purchasing-cycles": ("GET", Case(PURCHASING_STAFF, path=lambda u: "/purchasing/cycles")),
    "purchasing-cycle-close": (
        "POST",
        Case(PURCHASING_STAFF, path=lambda u: f"/purchasing/cycles/{_purchasing_cycle().pk}/close"),
    ),
    "purchasing-comments": (
        "GET",
        Case(PURCHASING_STAFF, path=lambda u: "/purchasing/comments"),
    ),
    "purchasing-comment-decide": (
        "POST",
        Case(PURCHASING_STAFF, path=lambda u: f"/purchasing/comments/{_comment_id(u)}"),
    ),
    "purchasing-links": ("GET", Case(PURCHASING_STAFF, path=lambda u: "/purchasing/links")),
    "purchasing-link-decide": (
        "POST",
        Case(PURCHASING_STAFF, path=lambda u: "/purchasing/links/decide"),
    ),
    "purchasing-link-action": (
        "POST",
        Case(frozenset(["brand"]), path=lambda u: f"/purchasing/links/{_link_id(u)}/action"),
    ),
}


# -- risk (issue 18) -------------------------------------------------------------------------
RISK_READERS = frozenset(["brand", "brandviewer", "operator", "handler", "supplier"])
RISK_RECOMPUTERS = frozenset(["brand", "operator", "handler"])


def _risk_item(user: Any = None) -> int:
    """A Northwind register item at a site the demo supplier claimed (derived row)."""
    from chainrights.core.models import Organisation, Right
    from chainrights.risk.models import RiskItem
    from tests.factories import FacilityFactory

    supplier = Organisation.objects.get(name="Dhaka Knit Composite Ltd")
    site = FacilityFactory(name="Matrix Risk Site")
    with events.acting_as(system="test"):
        site.claimed_by = supplier
        site.save()
    item = RiskItem.objects.create(
        buyer=_northwind(), key=f"facility:forced-labour:{site.pk}:", scope="facility",
        right=Right.objects.get(code="forced-labour"), facility=site, country="BD", scale=5,
        scope_score=3, irremediability=5, severity=5, likelihood=1.0, status="actual",
        suggested_involvement="linked", leverage={"co_buyers": [], "index": 0.0},
    )  # fmt: skip
    return int(item.pk)


def _risk_facility_body(user: Any) -> dict[str, Any]:
    from chainrights.registry.services import list_facilities

    item = _uploaded_list("risk", b"country,name,address\nBD,Matrix Leverage Ltd,Road 1\n")
    facility = next(iter(list_facilities(item).values()))
    return {"facility": facility.public_id, "share_of_output": 20, "schemes": ["ACT"]}


ASSESSMENT_DRAFT_READERS = frozenset(["brand", "brandviewer", "operator", "handler"])
ASSESSMENT_READERS = ASSESSMENT_DRAFT_READERS | {"supplier"}  # published, at its claimed site


def _assessment(published: bool = False) -> int:
    """A Northwind impact assessment of a site on its list that the demo supplier claimed."""
    from django.contrib.auth import get_user_model

    from chainrights.core.models import Organisation
    from chainrights.registry.services import list_facilities
    from chainrights.risk import assessments

    item = _uploaded_list("hria", b"country,name,address\nBD,Matrix HRIA Site,Road 2\n")
    site = next(iter(list_facilities(item).values())).survivor()
    with events.acting_as(system="test"):
        site.claimed_by = Organisation.objects.get(name="Dhaka Knit Composite Ltd")
        site.save()
    brand = get_user_model().objects.get(username="brand")
    made = assessments.create(brand, title="Matrix HRIA", scope="facility",
                              facility=site.public_id, period_start=date(2026, 1, 1),
                              period_end=date(2026, 6, 30))  # fmt: skip
    assessments.add_finding(made, brand, right="wages", text="Overtime unpaid.",
                            source="payslips seen")  # fmt: skip
    if published:
        assessments.publish(made, brand)
    return int(made.pk)


def _assessment_page(suffix: str = "", published: bool = False) -> Callable[[Any], str]:
    return lambda u: f"/risk/assessments/{_assessment(published)}{suffix}"


def _assessment_api(suffix: str = "", published: bool = False) -> Callable[[Any], str]:
    return lambda u: f"/api/v1/risk/assessments/{_assessment(published)}{suffix}"


RISK_API: dict[tuple[str, str], Case] = {
    ("GET", "/api/v1/risk"): Case(EVERYONE),
    ("GET", "/api/v1/risk/{item_id}"): Case(
        RISK_READERS, path=lambda u: f"/api/v1/risk/{_risk_item(u)}"
    ),
    ("POST", "/api/v1/risk/{item_id}/decision"): Case(
        frozenset(["brand"]),
        path=lambda u: f"/api/v1/risk/{_risk_item(u)}/decision",
        body=lambda u: {"involvement": "contribute", "involvement_reason": "late changes"},
    ),
    ("POST", "/api/v1/risk/recompute"): Case(
        RISK_RECOMPUTERS, path=lambda u: f"/api/v1/risk/recompute?buyer_id={_northwind().pk}"
    ),
    ("POST", "/api/v1/risk/severity"): Case(
        frozenset(["brand"]),
        body=lambda u: {
            "right": "wages",
            "scale": 4,
            "scope": 3,
            "irremediability": 2,
            "reason": "piece rates",
        },
    ),
    ("POST", "/api/v1/risk/relationships"): Case(frozenset(["brand"]), body=_risk_facility_body),
    ("POST", "/api/v1/risk/weights"): Case(
        PURCHASING_STAFF,
        body=lambda u: {"kind": "ituc", "weight": 0.4, "reason": "matrix"},
    ),
    ("POST", "/api/v1/risk/publication"): Case(
        frozenset(["brand"]), body=lambda u: {"published": False}
    ),
    ("GET", "/api/v1/risk/assessments"): Case(EVERYONE),
    ("POST", "/api/v1/risk/assessments"): Case(
        frozenset(["brand"]),
        body=lambda u: {
            "title": "Matrix HRIA",
            "scope": "country_product",
            "country": "BD",
            "product": "garments",
            "period_start": "2026-01-01",
            "period_end": "2026-06-30",
        },
    ),
    ("GET", "/api/v1/risk/assessments/{assessment_id}"): Case(
        ASSESSMENT_READERS, path=_assessment_api(published=True)
    ),
    ("POST", "/api/v1/risk/assessments/{assessment_id}/publish"): Case(
        frozenset(["brand"]), path=_assessment_api("/publish")
    ),
    ("POST", "/api/v1/risk/assessments/{assessment_id}/correct"): Case(
        frozenset(["brand"]), path=_assessment_api("/correct", published=True)
    ),
}
RISK_PAGES: dict[str, tuple[str, Case]] = {
    "risk": ("GET", Case(EVERYONE, path=lambda u: "/risk")),
    "risk-item": ("GET", Case(RISK_READERS, path=lambda u: f"/risk/{_risk_item(u)}")),
    "risk-decide": (
        "POST",
        Case(frozenset(["brand"]), path=lambda u: f"/risk/{_risk_item(u)}/decide"),
    ),
    "risk-relationship": (
        "POST",
        Case(frozenset(["brand"]), path=lambda u: f"/risk/{_risk_item(u)}/relationship"),
    ),
    "risk-recompute": (
        "POST",
        Case(RISK_RECOMPUTERS, path=lambda u: f"/risk/recompute?buyer={_northwind().pk}"),
    ),
    "risk-assessments": ("GET", Case(EVERYONE, path=lambda u: "/risk/assessments")),
    "risk-assessment-new": (
        "GET",
        Case(frozenset(["brand"]), path=lambda u: "/risk/assessments/new"),
    ),
    "risk-assessment": ("GET", Case(ASSESSMENT_READERS, path=_assessment_page(published=True))),
    "risk-assessment-draft": ("GET", Case(ASSESSMENT_DRAFT_READERS, path=_assessment_page())),
    "risk-assessment-pdf": ("GET", Case(ASSESSMENT_READERS, path=_assessment_page(".pdf", True))),
    "risk-assessment-edit": ("POST", Case(frozenset(["brand"]), path=_assessment_page("/edit"))),
    "risk-assessment-consultation": (
        "POST",
        Case(frozenset(["brand"]), path=_assessment_page("/consultations")),
    ),
    "risk-assessment-finding": (
        "POST",
        Case(frozenset(["brand"]), path=_assessment_page("/findings")),
    ),
    "risk-assessment-action": (
        "POST",
        Case(frozenset(["brand"]), path=_assessment_page("/actions")),
    ),
    "risk-assessment-publish": (
        "POST",
        Case(frozenset(["brand"]), path=_assessment_page("/publish")),
    ),
    "risk-assessment-correct": (
        "POST",
        Case(frozenset(["brand"]), path=_assessment_page("/correct", published=True)),
    ),
}


API_ACCESS: dict[tuple[str, str], Case] = {
    ("POST", "/api/v1/auth/token"): Case(EVERYONE, body=_token_body),
    ("GET", "/api/v1/auth/tokens"): Case(SIGNED_IN),
    ("DELETE", "/api/v1/auth/token"): Case(SIGNED_IN),
    ("DELETE", "/api/v1/auth/tokens/{token_id}"): Case(SIGNED_IN, path=_own_token_path),
    ("GET", "/api/v1/me"): Case(SIGNED_IN),
    ("GET", "/api/v1/dashboard"): Case(SIGNED_IN),
    ("GET", "/api/v1/organisations"): Case(EVERYONE),
    ("GET", "/api/v1/rights"): Case(EVERYONE),
    ("GET", "/api/v1/rights/{code}"): Case(EVERYONE, path=lambda u: "/api/v1/rights/living-wage"),
    ("GET", "/api/v1/countries"): Case(EVERYONE),
    ("GET", "/api/v1/countries/resolve"): Case(
        EVERYONE, path=lambda u: "/api/v1/countries/resolve?name=Turkey"
    ),
    ("GET", "/api/v1/reference/provenance"): Case(EVERYONE),
    ("POST", "/api/v1/lists"): Case(LIST_WRITERS, body=_list_upload, multipart=True),
    ("GET", "/api/v1/lists/{list_id}"): Case(LIST_READERS, path=_private_list_path),
    ("GET", "/api/v1/lists/{list_id}/rows"): Case(
        LIST_READERS, path=lambda u: _private_list_path(u, "/rows")
    ),
    ("POST", "/api/v1/lists/{list_id}/retry"): Case(
        frozenset(["brand", "operator", "handler"]),
        path=lambda u: _private_list_path(u, "/retry"),
    ),
    ("GET", "/api/v1/facilities"): Case(EVERYONE),
    ("GET", "/api/v1/facilities/download"): Case(EVERYONE),
    ("GET", "/api/v1/facilities/{facility_id}"): Case(EVERYONE, path=_facility_path),
    ("GET", "/api/v1/lists/template"): Case(EVERYONE),
    ("POST", "/api/v1/lists/{list_id}/rows/{row}/review"): Case(
        frozenset(["brand", "operator", "handler"]),
        path=lambda u: _private_list_path(u, "/rows/0/review"),
        body=lambda u: {"same": True},
    ),
    ("POST", "/api/v1/lists/{list_id}/rows/{row}/undo"): Case(
        MODERATORS,
        path=lambda u: _private_list_path(u, "/rows/0/undo"),
        body=lambda u: {"reason": "test"},
    ),
    ("POST", "/api/v1/facilities/{facility_id}/merge"): Case(
        MODERATORS, path=lambda u: _facility_path(u) + "/merge", body=_merge_body
    ),
    ("POST", "/api/v1/facilities/{facility_id}/unmerge"): Case(
        MODERATORS, path=_merged_facility_path, body=lambda u: {"reason": "two sites"}
    ),
    ("POST", "/api/v1/facilities/{facility_id}/split"): _split_case(),
    ("PATCH", "/api/v1/facilities/{facility_id}"): Case(
        MODERATORS, path=_facility_path, body=lambda u: {"name": "Renamed", "reason": "typo"}
    ),
    ("POST", "/api/v1/facilities/{facility_id}/claims"): Case(
        frozenset(["supplier"]),
        path=lambda u: _facility_path(u) + "/claims",
        body=lambda u: {"evidence": "business licence 42"},
    ),
    ("POST", "/api/v1/grievances"): Case(
        EVERYONE, body=lambda u: {"narrative": "wages late", "facility_text": "A"}
    ),
    ("POST", "/api/v1/grievances/status"): Case(EVERYONE, body=_case_credentials),
    ("POST", "/api/v1/grievances/reply"): Case(
        EVERYONE, body=lambda u: _case_credentials(u) | {"text": "still late"}
    ),
    ("GET", "/api/v1/cases"): Case(SIGNED_IN),
    ("GET", "/api/v1/cases/{reference}"): Case(MODERATORS, path=_case_path),
    ("POST", "/api/v1/cases/{reference}/transitions"): Case(
        MODERATORS,
        path=lambda u: _case_path(u, "/transitions"),
        body=lambda u: {"to": "acknowledged"},
    ),
    ("POST", "/api/v1/grievances/rating"): Case(
        EVERYONE, body=lambda u: _closed_case_credentials(u) | {"satisfaction": 3}
    ),
    ("POST", "/api/v1/cases/{reference}/responses"): Case(
        frozenset(["brand"]), path=_shared_case_path, body=lambda u: {"response": "we pay"}
    ),
    ("POST", "/api/v1/union/grievances"): Case(UNION, body=lambda u: UNION_BODY),
    ("GET", "/api/v1/union/cases"): Case(UNION),
    ("GET", "/api/v1/union/cases/{reference}"): Case(UNION, path=_union_case_path),
    ("POST", "/api/v1/union/cases/{reference}/replies"): Case(
        UNION, path=lambda u: _union_case_path(u, "/replies"), body=lambda u: {"text": "ok"}
    ),
    ("GET", "/api/v1/codes"): Case(EVERYONE),
    ("GET", "/api/v1/codes/{code_id}"): Case(EVERYONE, path=_public_code_path),
    ("GET", "/api/v1/codes/{code_id}/gaps"): Case(
        EVERYONE, path=lambda u: _public_code_path(u, "/gaps")
    ),
    ("PATCH", "/api/v1/codes/{code_id}/commitments/{number}"): Case(
        frozenset(["brand", "operator", "handler"]),
        path=lambda u: _public_code_path(u, "/commitments/1"),
        body=lambda u: {"rights": ["child-labour"], "level": "equal"},
    ),
    ("POST", "/api/v1/codes"): Case(
        frozenset(["operator", "handler", "brand", "supplier", "auditor", "inspector"]),
        body=lambda u: {"name": "Our code", "text": "1. No child labour.\n2. Living wages."},
    ),
    ("GET", "/api/v1/claims"): Case(frozenset(["supplier", "operator", "handler"])),
    ("POST", "/api/v1/claims/{claim_id}/decision"): Case(
        MODERATORS, path=_claim_path, body=lambda u: {"verify": True, "reason": "licence seen"}
    ),
    ("GET", "/api/v1/audits"): Case(EVERYONE),
    ("POST", "/api/v1/audits"): Case(AUDIT_WRITERS, body=_new_audit_body),
    ("GET", "/api/v1/audits/export"): Case(EVERYONE),
    ("POST", "/api/v1/audits/import"): Case(AUDIT_WRITERS, body=_audit_file, multipart=True),
    ("GET", "/api/v1/audits/imports/{import_id}"): Case(AUDIT_OWNERS, path=_import_path),
    ("GET", "/api/v1/audits/load"): Case(EVERYONE),
    ("GET", "/api/v1/audits/{audit_id}"): Case(AUDIT_READERS, path=_audit_path),
    ("PATCH", "/api/v1/audits/{audit_id}"): Case(
        AUDIT_OWNERS, path=_audit_path, body=lambda u: {"summary": "Two findings."}
    ),
    ("DELETE", "/api/v1/audits/{audit_id}"): Case(
        AUDIT_OWNERS, path=lambda u: _audit_path(u, "?reason=uploaded+twice")
    ),
    ("POST", "/api/v1/audits/{audit_id}/findings"): Case(
        AUDIT_OWNERS,
        path=lambda u: _audit_path(u, "/findings"),
        body=lambda u: {"right": "child-labour", "severity": "critical", "description": "14"},
    ),
    ("POST", "/api/v1/audits/{audit_id}/shares"): Case(
        AUDIT_OWNERS,
        path=lambda u: _audit_path(u, "/shares"),
        body=lambda u: {"organisations": ["Southbay Outfitters"]},
    ),
    ("POST", "/api/v1/findings/{finding_id}/actions"): Case(
        AUDIT_OWNERS | {"supplier", "brand"},
        path=lambda u: f"/api/v1/findings/{_audit(u).findings.get().pk}/actions",
        body=lambda u: {"description": "Second shift", "deadline": "2026-12-31"},
    ),
    ("PATCH", "/api/v1/actions/{action_id}"): Case(
        AUDIT_OWNERS | {"supplier"},
        path=lambda u: f"/api/v1/actions/{_action(u).pk}",
        body=lambda u: {"status": "in_progress"},
    ),
    ("DELETE", "/api/v1/actions/{action_id}"): Case(
        AUDIT_OWNERS, path=lambda u: f"/api/v1/actions/{_action(u).pk}?reason=withdrawn"
    ),
    ("PATCH", "/api/v1/findings/{finding_id}"): Case(
        AUDIT_OWNERS,
        path=lambda u: f"/api/v1/findings/{_audit(u).findings.get().pk}",
        body=lambda u: {"severity": "critical"},
    ),
    ("DELETE", "/api/v1/findings/{finding_id}"): Case(
        AUDIT_OWNERS,
        path=lambda u: f"/api/v1/findings/{_audit(u).findings.get().pk}?reason=duplicate",
    ),
    ("POST", "/api/v1/actions/{action_id}/verification"): Case(
        AUDIT_OWNERS | {"brand"},
        path=lambda u: f"/api/v1/actions/{_action(u, done=True).pk}/verification",
        body=lambda u: {"method": "document_review", "note": "Time records seen"},
    ),
    ("POST", "/api/v1/actions/{action_id}/comments"): Case(
        AUDIT_OWNERS | {"supplier", "brand"},
        path=lambda u: f"/api/v1/actions/{_action(u).pk}/comments",
        body=lambda u: {"text": "Noted."},
    ),
    ("GET", "/api/v1/facilities/{facility_id}/audits"): Case(
        EVERYONE, path=lambda u: _facility_path(u) + "/audits"
    ),
    ("GET", "/api/v1/facilities/{facility_id}/audit-signals"): Case(
        EVERYONE, path=lambda u: _facility_path(u) + "/audit-signals"
    ),
    ("GET", "/api/v1/capacity"): Case(EVERYONE),
    ("POST", "/api/v1/capacity"): Case(
        AUDIT_WRITERS,
        body=lambda u: {
            "facility_id": _claimed_facility().public_id,
            "kind": "training",
            "title": "Hours",
            "start_date": "2026-04-01",
        },
    ),
    ("POST", "/api/v1/capacity/{activity_id}/meetings"): Case(
        frozenset(["supplier", "operator", "handler"]),
        path=_committee_path,
        body=lambda u: {"held_on": "2026-05-01", "worker_members": 3, "management_members": 2},
    ),
    # states: country profiles (public reads; operators enter facts)
    ("GET", "/api/v1/countries/{iso2}"): Case(EVERYONE, path=lambda u: "/api/v1/countries/bd"),
    ("POST", "/api/v1/countries/{iso2}/facts"): Case(
        MODERATORS,
        path=lambda u: "/api/v1/countries/BD/facts",
        body=lambda u: {
            "kind": "ituc_rating",
            "label": "2025",
            "value": "5",
            "as_of": "2025-06-01",
            "source": "ITUC Global Rights Index 2025",
        },
    ),
}

PAGE_ACCESS: dict[str, tuple[str, Case]] = {
    "home": ("GET", Case(EVERYONE, path=lambda u: "/")),
    "rights": ("GET", Case(EVERYONE, path=lambda u: "/rights")),
    "right-detail": ("GET", Case(EVERYONE, path=lambda u: "/rights/forced-labour")),
    "healthz": ("GET", Case(EVERYONE, path=lambda u: "/healthz")),
    "login": ("GET", Case(EVERYONE, path=lambda u: "/accounts/login/")),
    "logout": ("POST", Case(EVERYONE, path=lambda u: "/accounts/logout/")),
    "account": ("GET", Case(SIGNED_IN, path=lambda u: "/account/")),
    "dashboard": ("GET", Case(SIGNED_IN, path=lambda u: "/dashboard")),
    "token-revoke": (
        "POST",
        Case(
            SIGNED_IN,
            path=lambda u: _own_token_path(u).replace("/api/v1/auth/", "/account/") + "/revoke",
        ),
    ),
    "two-factor": ("GET", Case(SIGNED_IN, path=lambda u: "/account/two-factor/")),
    # new codes only from a session verified with an authenticator (the matrix's operator)
    "recovery-codes": ("POST", Case(STAFF, path=lambda u: "/account/recovery-codes/")),
    "set_language": ("POST", Case(EVERYONE, path=lambda u: "/i18n/setlang/")),
    "admin:index": ("GET", Case(STAFF, path=lambda u: "/admin/")),
    "facilities": ("GET", Case(EVERYONE, path=lambda u: "/facilities")),
    "facility-detail": (
        "GET",
        Case(EVERYONE, path=lambda u: _facility_path(u).replace("/api/v1", "")),
    ),
    "lists": ("GET", Case(SIGNED_IN, path=lambda u: "/lists")),
    "list-detail": (
        "GET",
        Case(LIST_READERS, path=lambda u: _private_list_path(u).replace("/api/v1", "")),
    ),
    "list-rows": (
        "GET",
        Case(LIST_READERS, path=lambda u: _private_list_path(u, "/rows").replace("/api/v1", "")),
    ),
    "list-template": ("GET", Case(EVERYONE, path=lambda u: "/lists/template.csv")),
    "list-retry": (
        "POST",
        Case(
            frozenset(["brand", "operator", "handler"]),
            path=lambda u: _private_list_path(u, "/retry").replace("/api/v1", ""),
        ),
    ),
    # the list's editors take back their own answers to reviews; operators undo any decision
    "list-undo": (
        "POST",
        Case(
            MODERATORS | {"brand"},
            path=lambda u: _private_list_path(u, "/rows/0/undo").replace("/api/v1", ""),
        ),
    ),
    "facility-merge": (
        "POST",
        Case(MODERATORS, path=lambda u: _facility_path(u).replace("/api/v1", "") + "/merge"),
    ),
    "facility-unmerge": (
        "POST",
        Case(MODERATORS, path=lambda u: _facility_path(u).replace("/api/v1", "") + "/unmerge"),
    ),
    "facility-split": (
        "POST",
        Case(MODERATORS, path=lambda u: _facility_path(u).replace("/api/v1", "") + "/split"),
    ),
    "facility-claim": (
        "POST",
        Case(
            frozenset(["supplier"]),
            path=lambda u: _facility_path(u).replace("/api/v1", "") + "/claim",
        ),
    ),
    "facility-correct": (
        "POST",
        Case(MODERATORS, path=lambda u: _facility_path(u).replace("/api/v1", "") + "/correct"),
    ),
    "claims": (
        "GET",
        Case(frozenset(["supplier", "operator", "handler"]), path=lambda u: "/claims"),
    ),
    "claim-evidence": (
        "GET",
        Case(frozenset(["supplier", "operator", "handler"]), path=_claim_evidence_path),
    ),
    "claim-decide": (
        "POST",
        Case(
            MODERATORS,
            path=lambda u: _claim_path(u).replace("/api/v1", "").replace("/decision", "/decide"),
        ),
    ),
    "grievance-intake": ("GET", Case(EVERYONE, path=lambda u: "/complain")),
    "grievance-follow": ("GET", Case(EVERYONE, path=lambda u: "/complain/follow")),
    # no account: what a browser sees comes from its own session (nothing kept: to follow)
    "grievance-filed": ("GET", Case(EVERYONE, path=lambda u: "/complain/filed")),
    "grievance-status": ("GET", Case(EVERYONE, path=lambda u: "/complain/status")),
    "grievance-procedure": ("GET", Case(EVERYONE, path=lambda u: "/complain/procedure")),
    # gateways' webhooks: anonymous but signed, so an unsigned call is refused for everyone
    "channel-sms-webhook": ("POST", Case(frozenset(), path=lambda u: "/channels/sms/webhook")),
    "channel-whatsapp-webhook": (
        "POST",
        Case(frozenset(), path=lambda u: "/channels/whatsapp/webhook"),
    ),
    "cases": ("GET", Case(SIGNED_IN, path=lambda u: "/cases")),
    "union-intake": ("GET", Case(UNION, path=lambda u: "/union/complain")),
    "union-cases": ("GET", Case(UNION, path=lambda u: "/union/cases")),
    "union-case": (
        "GET",
        Case(UNION, path=lambda u: _union_case_path(u).replace("/api/v1", "")),
    ),
    "codes": ("GET", Case(EVERYONE, path=lambda u: "/codes")),
    "code-compare": ("GET", Case(EVERYONE, path=lambda u: "/codes/compare")),
    "code-detail": (
        "GET",
        Case(EVERYONE, path=lambda u: _public_code_path(u).replace("/api/v1", "")),
    ),
    "code-card": (
        "GET",
        Case(EVERYONE, path=lambda u: _public_code_path(u, "/card").replace("/api/v1", "")),
    ),
    "grievance-reports": ("GET", Case(EVERYONE, path=lambda u: "/grievances/reports")),
    "grievance-effectiveness": (
        "GET",
        Case(MODERATORS, path=lambda u: "/grievances/effectiveness"),
    ),
    "case-new": ("GET", Case(MODERATORS, path=lambda u: "/cases/new")),
    # nothing to show without a case just recorded: staff go on to their cases (a redirect)
    "case-filed": ("GET", Case(MODERATORS, path=lambda u: "/cases/new/filed")),
    "case-detail": ("GET", Case(MODERATORS, path=lambda u: _case_path(u).replace("/api/v1", ""))),
    "list-review": (
        "POST",
        Case(
            frozenset(["brand", "operator", "handler"]),
            path=lambda u: _private_list_path(u, "/rows/0/review").replace("/api/v1", ""),
        ),
    ),
    "audits": ("GET", Case(EVERYONE, path=lambda u: "/audits")),
    "audit-import": ("POST", Case(AUDIT_WRITERS, path=lambda u: "/audits/import")),
    "audit-import-detail": (
        "GET",
        Case(AUDIT_OWNERS, path=lambda u: _import_path(u).replace("/api/v1", "")),
    ),
    "audit-template": ("GET", Case(EVERYONE, path=lambda u: "/audits/template.csv")),
    "audit-load": ("GET", Case(EVERYONE, path=lambda u: "/audits/load")),
    "capacity": ("GET", Case(EVERYONE, path=lambda u: "/audits/capacity")),
    "audit-detail": ("GET", Case(AUDIT_READERS, path=lambda u: f"/audits/{_audit(u).pk}")),
    "audit-share": (
        "POST",
        Case(AUDIT_OWNERS | {"supplier"}, path=lambda u: f"/audits/{_audit(u).pk}/share"),
    ),  # the supplier runs the facility, so it lets sourcing brands see the audit
    "audit-document": (
        "POST",
        Case(AUDIT_OWNERS, path=lambda u: f"/audits/{_audit(u).pk}/documents"),
    ),
    "audit-document-download": ("GET", Case(AUDIT_READERS, path=_document_path)),
    "finding-action-new": (
        "POST",
        Case(
            AUDIT_OWNERS | {"supplier", "brand"},
            path=lambda u: f"/audits/findings/{_audit(u).findings.get().pk}/actions",
        ),
    ),
    "action-status": (
        "POST",
        Case(AUDIT_OWNERS | {"supplier"}, path=lambda u: f"/audits/actions/{_action(u).pk}/status"),
    ),
    "action-evidence": (
        "POST",
        Case(
            AUDIT_OWNERS | {"supplier"}, path=lambda u: f"/audits/actions/{_action(u).pk}/evidence"
        ),
    ),
    "action-verify": (
        "POST",
        Case(
            AUDIT_OWNERS | {"brand"},
            path=lambda u: f"/audits/actions/{_action(u, done=True).pk}/verify",
        ),
    ),
    "action-comment": (
        "POST",
        Case(
            AUDIT_OWNERS | {"supplier", "brand"},
            path=lambda u: f"/audits/actions/{_action(u).pk}/comment",
        ),
    ),
    # states: country profiles (public; operators enter facts)
    "countries": ("GET", Case(EVERYONE, path=lambda u: "/countries")),
    "country-detail": ("GET", Case(EVERYONE, path=lambda u: "/countries/BD")),
    "country-facts": ("GET", Case(MODERATORS, path=lambda u: "/countries/BD/facts")),
}
# States: referrals to labour inspectorates and inspection records (issue 16, part 2). The demo
# inspector works for Bangladesh's DIFE; the facilities below are Bangladeshi and public.
INSPECTOR = frozenset(["inspector"])
REFERRAL_READERS = MODERATORS | INSPECTOR


def _bd_facility() -> Any:
    from chainrights.registry.models import Facility

    with events.acting_as(system="test"):
        return Facility.objects.create(country="BD", name="Matrix Knit Ltd")


def _referral(user: Any) -> Any:
    """An admissible case at a Bangladeshi facility, referred by the handler to DIFE."""
    from django.contrib.auth import get_user_model

    from chainrights.core.models import Organisation
    from chainrights.grievances import services
    from chainrights.states import services as states

    handler = get_user_model().objects.get(username="handler")
    case, _ = services.file_grievance(services.Intake(
        narrative="wages late", facility_id=_bd_facility().public_id, contact="Rahima"))  # fmt: skip
    services.transition_case(case, handler, "acknowledged")
    services.transition_case(case, handler, "admissible", "ok")
    dife = Organisation.objects.get(kind="inspectorate", country="BD")
    return states.refer_case(case, handler, states.ReferralDraft(summary="overtime",
                                                                 inspectorate_id=dife.pk))  # fmt: skip


def _referral_evidence_path(user: Any) -> str:
    """The referral's one evidence file (a payslip the complainant sent), as the API names it."""
    from django.contrib.auth import get_user_model

    from chainrights.core.models import Organisation
    from chainrights.grievances import services
    from chainrights.states import services as states

    handler = get_user_model().objects.get(username="handler")
    case, _ = services.file_grievance(services.Intake(
        narrative="wages late", facility_id=_bd_facility().public_id,
        evidence=(("payslip.pdf", "application/pdf", b"%PDF-1.4 payslip"),)))  # fmt: skip
    services.transition_case(case, handler, "acknowledged")
    services.transition_case(case, handler, "admissible", "ok")
    evidence = [e["id"] for e in services.evidence_listing(case)]
    dife = Organisation.objects.get(kind="inspectorate", country="BD")
    referral = states.refer_case(case, handler, states.ReferralDraft(
        summary="overtime", inspectorate_id=dife.pk, evidence_ids=evidence))  # fmt: skip
    return f"/api/v1/referrals/{referral.pk}/evidence/{evidence[0]}"


def _admissible_bd_case_path(user: Any) -> str:
    from django.contrib.auth import get_user_model

    from chainrights.grievances import services

    handler = get_user_model().objects.get(username="handler")
    case, _ = services.file_grievance(services.Intake(
        narrative="wages late", facility_id=_bd_facility().public_id))  # fmt: skip
    services.transition_case(case, handler, "acknowledged")
    services.transition_case(case, handler, "admissible", "ok")
    return f"/api/v1/cases/{case.reference}/referrals"


def _dife_id() -> int:
    from chainrights.core.models import Organisation

    return Organisation.objects.get(kind="inspectorate", country="BD").pk


def _public_inspection_path(user: Any) -> str:
    from django.contrib.auth import get_user_model

    from chainrights.states import services

    inspector = get_user_model().objects.get(username="inspector")
    raw = {"facility_id": _bd_facility().public_id, "inspected_on": "2026-03-01"}
    return f"/api/v1/inspections/{services.record_inspection(inspector, raw).pk}"


def _inspection_upload(user: Any) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = (f"reference,facility_id,inspected_on,right\nM-1,{_bd_facility().public_id},"
            "2026-03-01,working-hours\n").encode()  # fmt: skip
    return {"file": SimpleUploadedFile("inspections.csv", data, "text/csv")}


API_ACCESS |= {
    ("GET", "/api/v1/inspections"): Case(EVERYONE),
    ("POST", "/api/v1/inspections"): Case(
        INSPECTOR,
        body=lambda u: {"facility_id": _bd_facility().public_id, "inspected_on": "2026-03-01"},
    ),
    ("POST", "/api/v1/inspections/import"): Case(
        INSPECTOR, body=_inspection_upload, multipart=True
    ),
    ("GET", "/api/v1/inspections/template"): Case(EVERYONE),
    ("GET", "/api/v1/inspections/defaults"): Case(EVERYONE),
    ("POST", "/api/v1/inspections/defaults"): Case(
        MODERATORS, body=lambda u: {"country": "BD", "visibility": "private"}
    ),
    ("GET", "/api/v1/inspections/{inspection_id}"): Case(EVERYONE, path=_public_inspection_path),
    # a list of what each may see: empty for those no referral is addressed to
    ("GET", "/api/v1/referrals"): Case(SIGNED_IN),
    ("GET", "/api/v1/referrals/{referral_id}"): Case(
        REFERRAL_READERS, path=lambda u: f"/api/v1/referrals/{_referral(u).pk}"
    ),
    ("POST", "/api/v1/referrals/{referral_id}/steps"): Case(
        INSPECTOR,
        path=lambda u: f"/api/v1/referrals/{_referral(u).pk}/steps",
        body=lambda u: {"state": "acknowledged"},
    ),
    # the evidence the handler sent: the inspectorate's members and the case's handlers
    ("GET", "/api/v1/referrals/{referral_id}/evidence/{evidence_id}"): Case(
        REFERRAL_READERS, path=_referral_evidence_path
    ),
    ("POST", "/api/v1/referrals/{referral_id}/identity"): Case(
        INSPECTOR,
        path=lambda u: f"/api/v1/referrals/{_referral(u).pk}/identity",
        body=lambda u: {"reason": "to interview"},
    ),
    ("POST", "/api/v1/cases/{reference}/referrals"): Case(
        MODERATORS,
        path=_admissible_bd_case_path,
        body=lambda u: {"summary": "overtime", "inspectorate_id": _dife_id()},
    ),
    # trainings of inspectors: public counts; an inspectorate's editors record their own, the
    # operator's staff record for the inspectorate they name
    ("GET", "/api/v1/inspector-trainings"): Case(EVERYONE),
    ("POST", "/api/v1/inspector-trainings"): Case(
        INSPECTOR | MODERATORS,
        body=lambda u: {
            "inspectorate_id": _dife_id(),
            "title": "Payroll",
            "men": 3,
            "start_date": "2026-03-01",
        },
    ),
}
PAGE_ACCESS |= {
    "inspections": ("GET", Case(EVERYONE, path=lambda u: "/inspections")),
    "inspection-detail": (
        "GET",
        Case(EVERYONE, path=lambda u: _public_inspection_path(u).replace("/api/v1", "")),
    ),
    "inspection-new": ("GET", Case(INSPECTOR, path=lambda u: "/inspections/new")),
    "inspection-import": ("GET", Case(INSPECTOR, path=lambda u: "/inspections/import")),
    "inspection-template": ("GET", Case(EVERYONE, path=lambda u: "/inspections/template")),
    "inspection-defaults": ("GET", Case(MODERATORS, path=lambda u: "/inspections/defaults")),
    "referrals": ("GET", Case(SIGNED_IN, path=lambda u: "/inspections/referrals")),
    "inspector-trainings": ("GET", Case(EVERYONE, path=lambda u: "/inspections/trainings")),
    "referral-detail": (
        "GET",
        Case(REFERRAL_READERS, path=lambda u: f"/inspections/referrals/{_referral(u).pk}"),
    ),
    "referral-evidence": (
        "GET",
        Case(
            REFERRAL_READERS,
            path=lambda u: _referral_evidence_path(u).replace("/api/v1", "/inspections"),
        ),
    ),
    # a handler's empty form is refused back to the page (400); others get the case's 404
    "case-refer": (
        "POST",
        Case(
            MODERATORS,
            path=lambda u: (
                _admissible_bd_case_path(u).replace("/api/v1", "").replace("/referrals", "/refer")
            ),
        ),
    ),
}


# -- reports and scorecards (issue 19) ----------------------------------------------------------
REPORT_READERS = frozenset(["brand", "brandviewer", "operator", "handler"])


def _report(published: bool = False, answered: bool = False) -> Any:
    from django.contrib.auth import get_user_model

    from chainrights.reports import services
    from tests.factories import ReportFactory

    brand = get_user_model().objects.get(username="brand")
    report = ReportFactory(user=brand, answer_all=published or answered)
    if published:
        services.publish(report, brand, public=True)
    return report


REPORT_PAGES: dict[str, tuple[str, Case]] = {
    "reports": ("GET", Case(EVERYONE, path=lambda u: "/reports")),
    "report-new": ("GET", Case(frozenset(["brand"]), path=lambda u: "/reports/new")),
    "reports-effectiveness": ("GET", Case(REPORT_READERS, path=lambda u: "/reports/effectiveness")),
    "report-detail": ("GET", Case(EVERYONE, path=lambda u: f"/reports/{_report(True).pk}")),
    "report-write": (
        "GET",
        Case(frozenset(["brand"]), path=lambda u: f"/reports/{_report().pk}/write"),
    ),
    "report-publish": (
        "GET",
        Case(frozenset(["brand"]), path=lambda u: f"/reports/{_report().pk}/publish"),
    ),
    "report-correct": (
        "POST",
        Case(frozenset(["brand"]), path=lambda u: f"/reports/{_report(True).pk}/correct"),
    ),
    "report-figure": (
        "GET",
        Case(EVERYONE, path=lambda u: f"/reports/{_report(True).pk}/figures/audits.count"),
    ),
    "report-export": ("GET", Case(EVERYONE, path=lambda u: f"/reports/{_report(True).pk}.json")),
    "scorecards": ("GET", Case(EVERYONE, path=lambda u: "/scorecards")),
    "scorecards-method": ("GET", Case(EVERYONE, path=lambda u: "/scorecards/methodology")),
    "scorecard": ("GET", Case(EVERYONE, path=lambda u: f"/scorecards/{_northwind().pk}")),
}
REPORT_API: dict[tuple[str, str], Case] = {
    ("GET", "/api/v1/reports/frameworks"): Case(EVERYONE),
    ("GET", "/api/v1/reports"): Case(EVERYONE),
    ("POST", "/api/v1/reports"): Case(
        frozenset(["brand"]),
        body=lambda u: {
            "framework": "ungprf",
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
        },
    ),
    ("GET", "/api/v1/reports/effectiveness"): Case(REPORT_READERS),
    ("GET", "/api/v1/reports/{report_id}"): Case(
        EVERYONE, path=lambda u: f"/api/v1/reports/{_report(True).pk}"
    ),
    ("POST", "/api/v1/reports/{report_id}/narratives"): Case(
        frozenset(["brand"]),
        path=lambda u: f"/api/v1/reports/{_report().pk}/narratives",
        body=lambda u: {"narratives": {"A1": "We commit."}},
    ),
    ("POST", "/api/v1/reports/{report_id}/publish"): Case(
        frozenset(["brand"]),
        path=lambda u: f"/api/v1/reports/{_report(answered=True).pk}/publish",
        body=lambda u: {"audience": "public"},
    ),
    ("POST", "/api/v1/reports/{report_id}/corrections"): Case(
        frozenset(["brand"]), path=lambda u: f"/api/v1/reports/{_report(True).pk}/corrections"
    ),
    ("GET", "/api/v1/reports/{report_id}/figures/{key}"): Case(
        EVERYONE, path=lambda u: f"/api/v1/reports/{_report(True).pk}/figures/audits.count"
    ),
    ("GET", "/api/v1/scorecards"): Case(EVERYONE),
    ("GET", "/api/v1/scorecards/methodology"): Case(EVERYONE),
    ("GET", "/api/v1/scorecards/{brand_id}"): Case(
        EVERYONE, path=lambda u: f"/api/v1/scorecards/{_northwind().pk}"
    ),
}


API_ACCESS.update(PURCHASING_API)
API_ACCESS.update(REPORT_API)
PAGE_ACCESS.update(REPORT_PAGES)
PAGE_ACCESS.update(PURCHASING_PAGES)
API_ACCESS.update(RISK_API)
PAGE_ACCESS.update(RISK_PAGES)
# Pages served by Django's admin beyond its index follow the same has_permission() check,
# tested through admin:index and one change list below; static files are public.
IGNORED_PREFIXES = ("admin:", "api:")


def _names(patterns: list[Any], namespace: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def api_operations() -> set[tuple[str, str]]:
    paths = api.get_openapi_schema()["paths"]
    return {(m.upper(), p) for p, ops in paths.items() for m in ops}


def page_names() -> set[str]:
    return {n for n in _names(get_resolver().url_patterns) if not n.startswith(IGNORED_PREFIXES)}


def test_every_endpoint_is_in_the_table():
    assert api_operations() - set(API_ACCESS) == set(), "API operations missing from API_ACCESS"
    assert set(API_ACCESS) - api_operations() == set(), "API_ACCESS lists removed operations"
    assert page_names() - set(PAGE_ACCESS) == set(), "pages missing from PAGE_ACCESS"


def _denied(response: Any) -> bool:
    """Refused outright, sent to sign in, or (for objects one may not see) not found."""
    if response.status_code in (401, 403, 404):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and "login" in location


@pytest.mark.parametrize("role", sorted(EVERYONE))
@pytest.mark.parametrize(("method", "template"), sorted(API_ACCESS))
def test_api_access(demo, role, method, template):
    case = API_ACCESS[(method, template)]
    user = demo.get(role)
    client = ApiClient(token=issue_token(user, second_factor=True)[1] if user else None)
    path = case.path(user) or template
    if case.multipart:
        response = client.post(path, case.body(user), headers=client._headers({}))
    else:
        response = client.send(method, path, case.body(user))
    assert response.status_code < 500
    if role in case.allowed:
        assert not _denied(response), (role, response.status_code, response.content[:200])
    else:
        assert _denied(response), (role, response.status_code)


def _page_client(user: Any) -> Client:
    if user is not None and user.is_staff:
        client: Client = totp_client(user)
        return client
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", sorted(EVERYONE))
@pytest.mark.parametrize("name", sorted(PAGE_ACCESS))
def test_page_access(demo, role, name):
    method, case = PAGE_ACCESS[name]
    user = demo.get(role)
    client = _page_client(user)
    data = {"language": "es", "next": "/"} if name == "set_language" else {}
    response = getattr(client, method.lower())(case.path(user), data)
    assert response.status_code < 500
    if role in case.allowed:
        assert not _denied(response), (role, response.status_code)
    else:
        assert _denied(response), (role, response.status_code)


@pytest.mark.parametrize("role", sorted(SIGNED_IN))
def test_admin_changelists_need_staff_with_verified_totp(demo, role):
    response = _page_client(demo[role]).get("/admin/core/organisation/")
    assert (response.status_code == 200) == (role in STAFF)


def test_staff_without_a_verified_device_is_kept_out_of_the_admin(demo):
    client = Client()
    client.force_login(demo["operator"])
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# Private sourcing (issue 13, item 3): a facility that only Northwind's private list names is
# known to that list's readers and operator staff; to every other role it answers as an
# unknown ID does. One row per role, the second brand (Southbay) included.
def _hidden_id(user: Any) -> str:
    from tests.private_sourcing import hidden_facility

    return str(hidden_facility().public_id)


def _mixed_case_reference(user: Any) -> str:
    """An admissible case at the facility Southbay lists publicly and Northwind privately."""
    from django.contrib.auth import get_user_model

    from chainrights.grievances import services
    from tests.private_sourcing import mixed_facility

    case, _ = services.file_grievance(services.Intake(
        narrative="wages late", facility_id=mixed_facility().public_id))  # fmt: skip
    handler = get_user_model().objects.get(username="handler")
    services.transition_case(case, handler, "acknowledged")
    services.transition_case(case, handler, "admissible", "ok")
    return str(case.reference)


KNOW_HIDDEN = frozenset(["brand", "brandviewer", "operator", "handler"])
PRIVATE_ROLES = sorted(EVERYONE | {"otherbrand"})
PRIVATE_FACILITY_ACCESS: dict[str, tuple[str, Case]] = {
    "page /facilities/{id}": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/facilities/{_hidden_id(u)}"),
    ),
    "GET /api/v1/facilities/{id}": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/api/v1/facilities/{_hidden_id(u)}"),
    ),
    "GET /api/v1/facilities/{id}/audits": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/api/v1/facilities/{_hidden_id(u)}/audits"),
    ),
    "GET /api/v1/facilities/{id}/audit-signals": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/api/v1/facilities/{_hidden_id(u)}/audit-signals"),
    ),
    "GET /api/v1/audits?facility_id": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/api/v1/audits?facility_id={_hidden_id(u)}"),
    ),
    "GET /api/v1/capacity?facility_id": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/api/v1/capacity?facility_id={_hidden_id(u)}"),
    ),
    "GET /api/v1/inspections?facility_id": (
        "GET",
        Case(KNOW_HIDDEN, path=lambda u: f"/api/v1/inspections?facility_id={_hidden_id(u)}"),
    ),
    # conservative: a supplier claims only a facility it may know (its own list names it)
    "POST /api/v1/facilities/{id}/claims": (
        "POST",
        Case(
            frozenset(),
            path=lambda u: f"/api/v1/facilities/{_hidden_id(u)}/claims",
            body=lambda u: {"evidence": "licence 9"},
        ),
    ),
    "page POST /facilities/{id}/claim": (
        "POST",
        Case(frozenset(), path=lambda u: f"/facilities/{_hidden_id(u)}/claim"),
    ),
    "PATCH /api/v1/facilities/{id}": (
        "PATCH",
        Case(
            MODERATORS,
            path=lambda u: f"/api/v1/facilities/{_hidden_id(u)}",
            body=lambda u: {"name": "Renamed", "reason": "typo"},
        ),
    ),
    "GET /api/v1/cases/{reference} (privately linked brand)": (
        "GET",
        Case(
            MODERATORS | {"brand", "brandviewer", "otherbrand"},
            path=lambda u: f"/api/v1/cases/{_mixed_case_reference(u)}",
        ),
    ),
}


def _private_user(demo: dict[str, Any], role: str) -> Any:
    from tests.private_sourcing import second_brand

    return second_brand() if role == "otherbrand" else demo.get(role)


@pytest.mark.parametrize("role", PRIVATE_ROLES)
@pytest.mark.parametrize("name", sorted(PRIVATE_FACILITY_ACCESS))
def test_private_sourcing_access(demo, role, name):
    from tests.private_sourcing import api_client, page_client

    method, case = PRIVATE_FACILITY_ACCESS[name]
    user = _private_user(demo, role)
    path = case.path(user)
    if path.startswith("/api/"):
        response = api_client(user).send(method, path, case.body(user))
    else:
        response = getattr(page_client(user), method.lower())(path, case.body(user) or {})
    assert response.status_code < 500
    if role in case.allowed:
        assert not _denied(response), (role, response.status_code)
    else:
        assert _denied(response), (role, response.status_code)
        # refused as an unknown ID is: nothing says the facility exists
        assert response.status_code in (401, 403, 404) or "login" in response["Location"]
        if "/cases/" not in path and role not in KNOW_HIDDEN and user is not None:
            assert response.status_code == 404, (role, response.status_code)


@pytest.mark.parametrize("role", PRIVATE_ROLES)
def test_private_sourcing_counts_and_names(demo, role):
    """Search totals, the registry count, open data and a case's brands, for each role."""
    from tests.private_sourcing import (
        HIDDEN_NAME,
        api_client,
        hidden_facility,
        mixed_facility,
        page_client,
    )

    user = _private_user(demo, role)
    hidden, mixed = hidden_facility(), mixed_facility()
    knows = role in KNOW_HIDDEN
    api = api_client(user)
    assert api.get_json("/api/v1/facilities", data={"q": HIDDEN_NAME}).json()["count"] == knows
    assert api.get_json("/api/v1/facilities").json()["count"] == 1 + knows
    total = "2 facilities in the registry" if knows else "1 facility in the registry"
    assert total in page_client(user).get("/facilities").content.decode()
    download = b"".join(api.get("/api/v1/facilities/download?format=json").streaming_content)
    assert hidden.public_id.encode() not in download
    assert mixed.public_id.encode() in download
    body = api.get_json(f"/api/v1/facilities/{mixed.public_id}").json()
    expected = ["Southbay Outfitters"] + (["Northwind Apparel"] if knows else [])
    assert sorted(body["disclosed_by"]) == sorted(expected)
