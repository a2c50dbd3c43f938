"""Facilities and supplier lists (with rows), and the real rows lists are made of."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import factory

from tests.factories.core import LoggedFactory, OrganisationFactory, UserFactory

# Real rows from Open Supply Hub lists (the matching engine's test data).
REGISTRY_CSV = Path(__file__).resolve().parents[1] / "matching" / "data" / "registry.csv"

# Two rows the engine always sends to a person: the same name at the same road with another
# house number. Conflicting house numbers never merge automatically ('Batu 4' and 'Batu 3 1/2'
# on one road are two sites, matching/decide.py), and the rest agrees too well to be new.
REVIEW_PAIR = (
    ["LK", "Smart Shirts Limited", "No. 10 Off Airport Road, Katunayake", "", ""],
    ["LK", "Smart Shirts Limited", "No. 12 Off Airport Road, Katunayake", "", ""],
)


def csv_of(rows: list[list[str]], header: str = "country,name,address,lat,lng") -> bytes:
    """A supplier list as the CSV bytes an upload carries."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header.split(","))
    writer.writerows(rows)
    return out.getvalue().encode()


def real_rows(n: int = 12) -> list[list[str]]:
    """The first ``n`` real facilities (country, name, address, lat, lng), all different."""
    with REGISTRY_CSV.open(encoding="utf-8") as handle:
        return [
            [r["country"], r["name"], r["address"], r["lat"], r["lng"]]
            for r in list(csv.DictReader(handle))[:n]
        ]


def upload(
    owner: Any,
    demo: dict[str, Any],
    content: bytes,
    name: str = "Spring 2026",
    filename: str = "list.csv",
) -> tuple[Any, bool]:
    """``registry.services.upload_list`` by the demo brand editor: (the list, created)."""
    from chainrights.registry import services

    return services.upload_list(
        owner=owner, user=demo["brand"], name=name, filename=filename, content=content
    )


class FacilityFactory(LoggedFactory):
    """A facility in the registry (private until a public list names it)."""

    class Meta:
        model = "registry.Facility"

    country = "BD"
    name = factory.Sequence(lambda n: f"Facility {n} Knitwear Ltd")


class SupplierListFactory(factory.Factory):
    """A supplier list uploaded through ``registry.services.upload_list`` (processed when the
    transaction commits, as in production; inside ``django_capture_on_commit_callbacks``
    with ``execute=True`` in a test). ``rows`` are its rows; ``content`` overrides them."""

    class Meta:
        model = dict  # built by the service below

    owner = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory, organisation=factory.SelfAttribute("..owner"))
    name = factory.Sequence(lambda n: f"List {n}")
    filename = "list.csv"
    rows = factory.LazyFunction(lambda: real_rows(3))
    content = factory.LazyAttribute(lambda o: csv_of(o.rows))
    public = False

    @classmethod
    def _create(cls, model_class: Any, **kwargs: Any) -> Any:
        from chainrights.registry import services

        kwargs.pop("rows")
        supplier_list, _ = services.upload_list(**kwargs)
        return supplier_list

    @classmethod
    def _build(cls, model_class: Any, **kwargs: Any) -> Any:
        raise TypeError("a supplier list is only created (through registry.services)")


def sourced_claimed_facility(users: dict[str, Any]) -> Any:
    """A facility claimed by the demo supplier (Dhaka Knit Composite Ltd) and named on a
    private Northwind list and a private Southbay list (and on the supplier's own list: a
    supplier claims only a facility it may know exists)."""
    from chainrights.core.models import Organisation
    from chainrights.registry import claims
    from chainrights.registry.models import Facility
    from chainrights.registry.services import process_list, upload_list

    row = b"country,name,address\nBD,Rupsha Knitwear Ltd,Plot 9 Dhaka EPZ Savar\n"
    for brand in ("Northwind Apparel", "Southbay Outfitters", "Dhaka Knit Composite Ltd"):
        owner = Organisation.objects.get(name=brand)
        item, _ = upload_list(
            owner=owner, user=users["operator"], name=f"{brand} list", filename="l.csv", content=row
        )
        process_list(item.pk)
    facility = Facility.objects.get(name="Rupsha Knitwear Ltd", merged_into__isnull=True)
    claim = claims.claim(facility, users["supplier"], "trade licence")
    claims.decide(claim, users["operator"], verify=True, reason="seen")
    facility.refresh_from_db()
    return facility
