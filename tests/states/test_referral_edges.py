"""The edges of a referral: the complainant's contact stops once the referral is returned or
closed, two handlers referring one case at once get one referral and a clean refusal, and the
complainant's identity choice shares only on a clear yes, whatever else is sent."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import close_old_connections, connection, transaction
from django.test import Client

from chainrights.core.refusals import Conflict
from chainrights.grievances import services as grievances
from chainrights.states import services
from chainrights.states.models import Referral
from tests.factories import ReferralFactory, admissible_case

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("ending", [("returned",), ("acknowledged", "inspected", "no_violation",
                                                   "closed_resolved")])  # fmt: skip
def test_no_contact_once_a_referral_is_returned_or_closed(demo, dife, facility, api_of, ending):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    grievances.set_identity_consent(referral.case, True)
    assert services.identity(referral, demo["inspector"], "to interview") is not None
    for state in ending:
        services.move_referral(referral, demo["inspector"], state, "done")
    with pytest.raises(Conflict, match="returned or closed"):
        services.identity(referral, demo["inspector"], "once more")
    answer = api_of(demo["inspector"]).send(
        "POST", f"/api/v1/referrals/{referral.pk}/identity", {"reason": "once more"}
    )
    assert answer.status_code == 409
    assert "+8801711" not in answer.content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_referrals_of_one_case_at_once_give_one_and_a_refusal(demo, dife, facility):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers: the race needs PostgreSQL's row locks")
    case = admissible_case(demo["handler"], facility)
    draft = services.ReferralDraft(summary="overtime", inspectorate_id=dife.pk)
    held, release, outcome = threading.Event(), threading.Event(), {}

    def first() -> None:
        try:
            with transaction.atomic():
                services.refer_case(case, demo["handler"], draft)
                held.set()
                release.wait(10)  # commit only once the second is under way
        finally:
            close_old_connections()

    def second() -> None:
        try:
            services.refer_case(type(case).objects.get(pk=case.pk), demo["handler"], draft)
            outcome["second"] = "referred"
        except Conflict as exc:
            outcome["second"] = str(exc)
        finally:
            close_old_connections()

    one = threading.Thread(target=first)
    one.start()
    assert held.wait(10)
    two = threading.Thread(target=second)
    two.start()
    two.join(1)  # blocked on the first's uncommitted rows
    release.set()
    one.join(10)
    two.join(10)
    assert Referral.objects.filter(case=case).count() == 1
    assert outcome["second"] == "This case was referred already."  # a 409, not a 500


def _following(case: Any) -> Client:
    client = Client()
    client.post("/complain/follow", {"reference": case.reference, "secret": case.secret})
    return client


@pytest.mark.parametrize(
    "body",
    [
        {"action": "identity"},  # missing
        {"action": "identity", "identity": "yes"},  # unknown
        {"action": "identity", "identity": "SHARE"},
        {"action": "identity", "identity": "share\x00"},
        {"action": "identity", "identity": "<script>alert(1)</script>"},
        {"action": "identity", "identity": "x" * 100_000},
        {"action": "identity", "identity": ["share", "keep"]},  # the last one counts: keep
    ],
)
def test_the_identity_choice_shares_only_on_a_clear_yes(demo, dife, facility, body):
    """Anything but the one "share" answer keeps (or puts back) the default: not shared."""
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    case = referral.case
    grievances.set_identity_consent(case, True)
    answer = _following(case).post("/complain/status", body)
    assert answer.status_code == 303
    case.refresh_from_db()
    assert not case.identity_shareable
    assert "<script>" not in _following(case).get("/complain/status").content.decode()


def test_the_identity_choice_in_bytes_that_are_not_utf8(demo, dife, facility):
    referral = ReferralFactory(facility=facility, inspectorate=dife)
    case = referral.case
    answer = _following(case).generic(
        "POST", "/complain/status", b"action=identity&identity=sh\xe4re\xff",
        content_type="application/x-www-form-urlencoded",
    )  # fmt: skip
    assert answer.status_code in (303, 400)
    case.refresh_from_db()
    assert not case.identity_shareable
