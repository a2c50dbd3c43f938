"""factory_boy factories, one module per app. Every domain write goes through the app's
services or inside ``core.events.acting_as`` (as the services do), so the event log of a test
database verifies like a real one.

    from tests.factories import FacilityFactory, SupplierListFactory, real_rows

Each factory's defaults make a valid object; name what the test is about and leave the rest.
"""

from tests.factories.audits import (
    AUDIT_CSV_HEADER,
    ActionFactory,
    AuditFactory,
    FindingFactory,
    TrainingFactory,
    audit_raw,
)
from tests.factories.codes import NUMBERED_CODE, CodeFactory
from tests.factories.core import MembershipFactory, OrganisationFactory, UserFactory
from tests.factories.countries import (
    CountryFactFactory,
    InspectionFigureFactory,
    ListedGoodFactory,
    RatificationFactory,
)
from tests.factories.files import xlsx_with_shared_strings
from tests.factories.grievances import CaseFactory, UnionCaseFactory
from tests.factories.purchasing import (
    DeductionFactory,
    LivingWageBenchmarkFactory,
    OrderChangeFactory,
    PaymentFactory,
    PracticeStatementFactory,
    PurchaseOrderFactory,
    RatingCycleFactory,
)
from tests.factories.registry import (
    REVIEW_PAIR,
    FacilityFactory,
    SupplierListFactory,
    csv_of,
    real_rows,
    sourced_claimed_facility,
    upload,
)
from tests.factories.reports import ReportFactory
from tests.factories.states import (
    InspectionFactory,
    InspectorateFactory,
    ReferralFactory,
    admissible_case,
    inspection_raw,
    inspector,
)

__all__ = [
    "AUDIT_CSV_HEADER",
    "NUMBERED_CODE",
    "REVIEW_PAIR",
    "ActionFactory",
    "AuditFactory",
    "CaseFactory",
    "CodeFactory",
    "CountryFactFactory",
    "DeductionFactory",
    "FacilityFactory",
    "FindingFactory",
    "InspectionFactory",
    "InspectionFigureFactory",
    "InspectorateFactory",
    "ListedGoodFactory",
    "LivingWageBenchmarkFactory",
    "MembershipFactory",
    "OrderChangeFactory",
    "OrganisationFactory",
    "PaymentFactory",
    "PracticeStatementFactory",
    "PurchaseOrderFactory",
    "RatificationFactory",
    "RatingCycleFactory",
    "ReferralFactory",
    "ReportFactory",
    "SupplierListFactory",
    "TrainingFactory",
    "UnionCaseFactory",
    "UserFactory",
    "admissible_case",
    "audit_raw",
    "csv_of",
    "inspection_raw",
    "inspector",
    "real_rows",
    "sourced_claimed_facility",
    "upload",
    "xlsx_with_shared_strings",
]
