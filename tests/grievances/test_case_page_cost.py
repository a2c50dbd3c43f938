"""The case page stays cheap however large the registry: it never builds the registry's
matching index inside a web worker (minutes at a million facilities)."""

from __future__ import annotations

from chainrights.core import events
from chainrights.grievances import services
from chainrights.registry import services as registry
from chainrights.registry.index import WARM
from chainrights.registry.models import Facility
from tests.conftest import totp_client


def test_the_case_page_ranks_candidates_without_building_the_registry_index(demo, linked_facility):
    case, _ = services.file_grievance(services.Intake(
        narrative="no pay", facility_text="dhaka knit composite ltd, ashulia", country="BD"))  # fmt: skip
    registry.forget_registry_index()
    page = totp_client(demo["handler"]).get(f"/cases/{case.reference}")
    assert page.status_code == 200
    assert linked_facility.public_id in page.content.decode()  # still offered to the handler
    assert not WARM.built  # the worker's warm index was never built in this process


def test_a_distinctive_word_finds_its_facility_among_many_namesakes(demo, linked_facility):
    with events.acting_as(system="test"):
        for n in range(registry.CANDIDATES_PER_WORD + 5):  # "dhaka" and "knit" now say little
            Facility.objects.create(country="BD", name=f"Dhaka Knit {n}", address="Dhaka",
                                    search_text=f"dhaka knit {n} | dhaka")  # fmt: skip
    ranked = registry.facility_candidates("Dhaka Knit Composite", "", "BD")
    assert ranked[0][0] == linked_facility
