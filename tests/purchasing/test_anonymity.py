"""Anonymity is the product: a buyer sees its suppliers' ratings only as aggregates of at
least k distinct suppliers, after the cycle closed, with no dominant rater, and no two shown
figures can be subtracted to isolate one rater: on the service, the API, the page and the
export."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client, override_settings

from chainrights.core.services import issue_token
from chainrights.purchasing import anonymity
from chainrights.purchasing.models import RatingAggregate
from chainrights.purchasing.services import close_cycle, results, submit_rating
from tests.conftest import ApiClient
from tests.factories.purchasing import answers, rate


def _cells(buyer: Any, region: str = "") -> dict[str, Any]:
    return {a.category: a for a in RatingAggregate.objects.filter(buyer=buyer, region=region)}


def test_five_suppliers_show_every_category_after_the_close_and_not_before(
    demo, northwind, suppliers, cycle
):
    for user, value in zip(suppliers[:5], [4, 4, 4, 4, 5], strict=True):
        rate(user, northwind, cycle, value)
    assert results(northwind)["cycles"] == []  # still open: nothing at all
    close_cycle(demo["operator"], cycle)
    shown = results(northwind)["cycles"][0]["categories"]
    assert all(c["shown"] and c["raters"] == 5 and c["score"] == 80.0 for c in shown)


def test_a_cell_where_every_answer_is_the_same_is_suppressed(demo, northwind, suppliers, cycle):
    """Five suppliers all answering "most of the time": a score of 75 would tell the buyer,
    who knows its suppliers, what each of them answered."""
    for user in suppliers[:5]:
        rate(user, northwind, cycle, 4)
    close_cycle(demo["operator"], cycle)
    cells = results(northwind)["cycles"][0]["categories"]
    assert {(c["shown"], c["reason"], c["score"]) for c in cells} == {
        (False, anonymity.ALIKE, None)}  # fmt: skip


def test_a_unanimous_rest_is_not_left_to_subtract():
    """Six varied BD raters and five VN raters who all answered 1: VN is hidden (alike), and
    total − BD would show the same unanimity, so BD is hidden too."""
    ratings = [anonymity.RaterAnswers(i, "BD", {"cost": [4 + i % 2]}) for i in range(6)]
    ratings += [anonymity.RaterAnswers(10 + i, "VN", {"cost": [1]}) for i in range(5)]
    cells = {c.region: c for c in anonymity.decide(ratings, ["cost"])}
    assert cells[""].suppressed is False
    assert cells["VN"].reason == anonymity.ALIKE
    assert cells["BD"].reason == anonymity.COMPLEMENT


def test_four_suppliers_suppress_every_category(demo, northwind, suppliers, cycle):
    for user in suppliers[:4]:
        rate(user, northwind, cycle, 2)
    close_cycle(demo["operator"], cycle)
    result = results(northwind)["cycles"][0]
    assert all(not c["shown"] and c["score"] is None and c["raters"] is None
               for c in result["categories"])  # fmt: skip
    assert result["overall"] is None
    assert result["net_partner_score"] is None
    assert result["platform_average"] == {}


@override_settings(PURCHASING_MIN_RATERS=1)
def test_k_is_never_below_three(demo, northwind, suppliers, cycle):
    for user in suppliers[:2]:
        rate(user, northwind, cycle, 5)
    close_cycle(demo["operator"], cycle)
    assert not any(c["shown"] for c in results(northwind)["cycles"][0]["categories"])


def test_a_category_where_one_supplier_gave_most_answers_is_suppressed(
    demo, northwind, suppliers, cycle
):
    # five raters answer payment; four of them answer one of its two questions, one both
    # → the one holds 2 of 6 answers (not dominant). Below: dominance with n/a answers.
    rate(suppliers[0], northwind, cycle, 3)
    for user in suppliers[1:5]:
        rate(user, northwind, cycle, 4, no_deductions=None)
    close_cycle(demo["operator"], cycle)
    assert _cells(northwind)["payment"].suppressed is False
    cell = anonymity.Cell("payment", "", {1: [1, 1, 1, 1, 1, 1], 2: [5], 3: [5], 4: [5], 5: [5]})
    weights = {rater: len(answers) for rater, answers in cell.values.items()}
    assert anonymity.failing(weights, 5) == anonymity.DOMINANT


def test_differencing_two_filters_countries_cannot_isolate_a_rater(
    demo, northwind, suppliers, cycle
):
    """Five in BD and one in VN: the VN cell is hidden (too few), and showing BD would let
    total − BD = the one VN rater's answers, so BD is hidden as well."""
    for user in suppliers[:4] + suppliers[4:5]:
        rate(user, northwind, cycle, 4)
    rate(suppliers[5], northwind, cycle, 1)  # a second VN rater: VN has 2, BD 4
    close_cycle(demo["operator"], cycle)
    total, bd, vn = _cells(northwind), _cells(northwind, "BD"), _cells(northwind, "VN")
    assert not total["cost"].suppressed
    assert total["cost"].raters == 6
    assert vn["cost"].reason == anonymity.TOO_FEW
    assert bd["cost"].suppressed  # BD (4) is too few anyway: both hidden, total shown
    # every pair of shown cells of a category differs by zero or at least k raters
    _assert_no_small_difference(northwind)


def test_a_shown_region_is_hidden_when_it_would_reveal_the_rest():
    """Six BD raters and two VN raters at k=5: BD passes alone, but total − BD = the two VN
    raters; complementary suppression hides BD."""
    ratings = [anonymity.RaterAnswers(i, "BD", {"cost": [4 + i % 2]}) for i in range(6)]
    ratings += [anonymity.RaterAnswers(10 + i, "VN", {"cost": [1]}) for i in range(2)]
    cells = {c.region: c for c in anonymity.decide(ratings, ["cost"])}
    assert cells[""].suppressed is False
    assert cells["VN"].reason == anonymity.TOO_FEW
    assert cells["BD"].reason == anonymity.COMPLEMENT


def test_regions_whose_hidden_rest_is_large_enough_stay_shown():
    ratings = [anonymity.RaterAnswers(i, "BD", {"cost": [4 + i % 2]}) for i in range(6)]
    ratings += [anonymity.RaterAnswers(10 + i, c, {"cost": [1 + i % 2]})
                for i, c in enumerate(["VN", "VN", "KH", "KH", "TR"])]  # fmt: skip
    cells = {c.region: c for c in anonymity.decide(ratings, ["cost"])}
    assert not cells["BD"].suppressed  # the hidden rest (VN+KH+TR) holds 5 raters
    assert all(cells[r].suppressed for r in ("VN", "KH", "TR"))


def _assert_no_small_difference(buyer: Any) -> None:
    k = anonymity.min_raters()
    for category in {a.category for a in RatingAggregate.objects.filter(buyer=buyer)}:
        shown = RatingAggregate.objects.filter(buyer=buyer, category=category, suppressed=False)
        counts = sorted(a.raters for a in shown)
        for i, a in enumerate(counts):
            for b in counts[i + 1 :]:
                assert b - a == 0 or b - a >= k, (category, counts)


def test_differencing_two_cycles_frozen_cells_never_change(demo, northwind, suppliers, cycle):
    """Each cycle holds its own ratings and its cells are frozen at the close: a rating can
    neither be added to a closed cycle nor move between cycles, so two cycles differ by whole
    sets of ratings, never one."""
    for user in suppliers[:5]:
        rate(user, northwind, cycle, 4)
    close_cycle(demo["operator"], cycle)
    before = [(a.category, a.score, a.raters) for a in RatingAggregate.objects.order_by("pk")]
    from chainrights.core.refusals import Conflict

    with pytest.raises(Conflict):
        rate(suppliers[5], northwind, cycle, 1)
    with pytest.raises(Conflict):
        close_cycle(demo["operator"], cycle)
    after = [(a.category, a.score, a.raters) for a in RatingAggregate.objects.order_by("pk")]
    assert before == after


def test_differencing_with_and_without_a_category_overall_uses_shown_cells_only(
    demo, northwind, suppliers, cycle
):
    """Four raters answered design, five everything else: design is hidden, and the overall
    score and net partner score are those of the six shown categories alone, so overall ×
    7 − shown × 6 reveals nothing of design."""
    rate(suppliers[0], northwind, cycle, 1, techpack_on_time=None, samples_paid=None,
         forecast_shared=1)  # fmt: skip
    for user in suppliers[1:5]:
        rate(user, northwind, cycle, 5)
    close_cycle(demo["operator"], cycle)
    result = results(northwind)["cycles"][0]
    by = {c["category"]: c for c in result["categories"]}
    assert not by["design"]["shown"]
    shown = [c["score"] for c in result["categories"] if c["shown"]]
    assert len(shown) == 6
    assert result["overall"] == round(sum(shown) / 6, 1)
    answered = [c["distribution"] for c in result["categories"] if c["shown"]]
    assert result["net_partner_score"] == anonymity.net_partner_score(answered)


def test_a_supplier_rates_a_buyer_once_per_cycle(northwind, suppliers, cycle):
    from chainrights.core.refusals import Conflict

    rate(suppliers[0], northwind, cycle, 4)
    with pytest.raises(Conflict):
        rate(suppliers[0], northwind, cycle, 1)


def test_a_supplier_that_does_not_produce_for_the_buyer_cannot_rate(demo, northwind, cycle):
    from chainrights.core.refusals import NotAllowed

    with pytest.raises(NotAllowed):
        submit_rating(demo["supplier"], northwind, cycle, answers(3))
    with pytest.raises(NotAllowed):
        submit_rating(demo["brand"], northwind, cycle, answers(3))


def test_a_rating_answers_something_and_only_on_the_scale(northwind, suppliers, cycle):
    from chainrights.core.refusals import Invalid

    with pytest.raises(Invalid):
        rate(suppliers[0], northwind, cycle, None)
    with pytest.raises(Invalid):
        submit_rating(suppliers[0], northwind, cycle, {"who_are_you": 3})
    with pytest.raises(Invalid):
        rate(suppliers[0], northwind, cycle, 4, paid_on_time=9)


def _four_and_five(demo: Any, northwind: Any, suppliers: list[Any], cycle: Any) -> None:
    """Design answered by four (hidden), the rest by five (shown)."""
    rate(suppliers[0], northwind, cycle, 2, techpack_on_time=None, samples_paid=None,
         comment="Rater Zero Garments here: you paid us 40 days late.")  # fmt: skip
    for user in suppliers[1:5]:
        rate(user, northwind, cycle, 4)
    close_cycle(demo["operator"], cycle)


SUPPLIER_NAMES = [f"Rater {i} Garments" for i in range(6)]


def test_the_api_shows_only_shown_cells_and_no_rater(demo, northwind, suppliers, cycle):
    _four_and_five(demo, northwind, suppliers, cycle)
    client = ApiClient(token=issue_token(demo["brand"])[1])
    body = client.get_json(f"/api/v1/purchasing/buyers/{northwind.pk}/results").json()
    text = json.dumps(body)
    cells = {c["category"]: c for c in body["cycles"][0]["categories"]}
    assert cells["design"] == {**cells["design"], "shown": False, "score": None,
                               "raters": None, "distribution": []}  # fmt: skip
    assert cells["cost"]["raters"] == 5
    assert all(name not in text for name in SUPPLIER_NAMES)
    assert "40 days late" not in text  # the comment waits for an operator
    assert '"rater' not in text.replace('"raters"', "")


def test_the_page_and_the_export_show_no_rater_and_no_suppressed_figure(
    demo, northwind, suppliers, cycle
):
    _four_and_five(demo, northwind, suppliers, cycle)
    client = Client()
    client.force_login(demo["brand"])
    for path in (f"/purchasing/buyers/{northwind.pk}", f"/purchasing/buyers/{northwind.pk}/scorecard",
                 f"/purchasing/buyers/{northwind.pk}/scorecard.csv"):  # fmt: skip
        response = client.get(path)
        assert response.status_code == 200
        text = response.content.decode()
        assert all(name not in text for name in SUPPLIER_NAMES), path
        assert "40 days late" not in text
    rows = client.get(f"/purchasing/buyers/{northwind.pk}/scorecard.csv").content.decode()
    design = [line for line in rows.splitlines() if line.startswith("2026 H1,design,")]
    assert design == ["2026 H1,design,,False,,,,,,,"]


def test_an_approved_and_redacted_comment_reaches_the_buyer(demo, northwind, suppliers, cycle):
    from chainrights.purchasing.models import RatingComment
    from chainrights.purchasing.services import decide_comment

    _four_and_five(demo, northwind, suppliers, cycle)
    comment = RatingComment.objects.get()
    decide_comment(demo["operator"], comment, True, "A supplier: payments came 40 days late.")
    assert results(northwind)["cycles"][0]["comments"] == [
        "A supplier: payments came 40 days late."
    ]
    from chainrights.core.refusals import NotAllowed

    with pytest.raises(NotAllowed):
        decide_comment(demo["brand"], comment, True)


@override_settings(PURCHASING_MIN_RATERS=3)
def test_the_platform_average_needs_k_buyers_so_none_subtracts_itself(demo, northwind):
    """With two buyers shown, the mean minus one's own score is the other's score."""
    from chainrights.purchasing.reads import platform_average
    from tests.factories import OrganisationFactory, RatingCycleFactory
    from tests.factories.purchasing import supplier_of

    buyers = [northwind, *(OrganisationFactory(name=f"Buyer {i}", kind="brand") for i in (2, 3))]
    two, three = RatingCycleFactory(name="two buyers"), RatingCycleFactory(name="three buyers")
    for b, buyer in enumerate(buyers):
        for i, value in enumerate([3, 4, 5]):
            user = supplier_of(buyer, f"Average {b} {i} Garments")
            if b < 2:
                rate(user, buyer, two, value)
            rate(user, buyer, three, value)
    close_cycle(demo["operator"], two)
    close_cycle(demo["operator"], three)
    assert all(c["shown"] for c in results(northwind)["cycles"][0]["categories"])
    assert platform_average(two) == {}
    assert platform_average(three)["payment"] == 75.0


def test_comments_reach_the_buyer_together_once_every_one_is_decided(
    demo, northwind, suppliers, cycle
):
    """Approved one by one, each comment's arrival could be lined up with what else the
    buyer saw happen; they appear as one set once none is pending."""
    from chainrights.purchasing.models import RatingComment
    from chainrights.purchasing.services import decide_comment

    for i, (user, value) in enumerate(zip(suppliers[:5], [2, 3, 4, 4, 5], strict=True)):
        rate(user, northwind, cycle, value, comment=f"comment {i}" if i < 2 else "")
    close_cycle(demo["operator"], cycle)
    first, second = RatingComment.objects.order_by("pk")
    decide_comment(demo["operator"], first, True)
    assert results(northwind)["cycles"][0]["comments"] == []
    decide_comment(demo["operator"], second, False)
    assert results(northwind)["cycles"][0]["comments"] == ["comment 0"]
