"""Demo supplier lists: real rows (Open Supply Hub, MIT) uploaded as fictional brands' lists.

Processed inline so that `make run` starts with a registry that has natural duplicates and a
review queue. Uploading the same bytes again is a no-op, so loading twice changes nothing.
"""

from __future__ import annotations

from importlib import resources

from django.contrib.auth import get_user_model

from chainrights.core.models import Organisation
from chainrights.registry.services import process_list, upload_list

NORTHWIND, SOUTHBAY = "Northwind Apparel", "Southbay Outfitters"
# (file, brand, list name, tier, public)
DEMO_LISTS = [
    ("geocoded_11.csv", NORTHWIND, "Northwind tier 1 suppliers 2026", 1, True),
    ("fixture_Summer_2019_Affiliate_List.csv", SOUTHBAY, "Southbay affiliates", 1, True),
    ("geocoded_4.csv", NORTHWIND, "Northwind 2025 disclosure", 1, True),
    ("fixture_Spring_2017_Apparel_List.csv", SOUTHBAY, "Southbay apparel (private)", 1, False),
    ("geocoded_5.csv", NORTHWIND, "Northwind outerwear", 1, True),
]


def load_demo_lists() -> dict[str, int]:
    folder = resources.files("chainrights.registry").joinpath("data/demo_lists")
    uploader = get_user_model().objects.get(username="operator")
    loaded = 0
    for filename, brand, name, tier, public in DEMO_LISTS:
        owner = Organisation.objects.get(name=brand)
        content = folder.joinpath(filename).read_bytes()
        supplier_list, created = upload_list(
            owner=owner, user=uploader, name=name, filename=filename, content=content,
            tier=tier, public=public,
        )  # fmt: skip
        if created or supplier_list.status != "done":
            process_list(supplier_list.pk)
            loaded += 1
    return {"lists": loaded}
