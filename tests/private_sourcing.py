"""The private-sourcing scene shared by the registry, grievance and permission tests.

Northwind Apparel (``brand``, ``brandviewer``) lists "Mekong Quiet Sewing" privately: only its
readers and operator staff may know it exists. Southbay Outfitters (``otherbrand``, a second
brand made here) lists "Riverside Open Knit" publicly and Northwind lists it privately too: the
facility is public, Northwind's link is not.
"""

from __future__ import annotations

from typing import Any

from django.test import Client

from chainrights.core.services import issue_token
from tests.conftest import ApiClient, totp_client

HIDDEN_NAME = "Mekong Quiet Sewing"
HIDDEN_ROW = (
    b"country,name,address,lat,lng\nKH,Mekong Quiet Sewing,Street 9 Chbar Ampov,11.52,104.95\n"
)
MIXED_NAME = "Riverside Open Knit"
MIXED_ROW = b"country,name,address,lat,lng\nVN,Riverside Open Knit,12 Riverside Road,10.85,106.75\n"
# who may know the privately listed facility exists
KNOW_HIDDEN = frozenset(["brand", "brandviewer", "operator", "handler"])
SECOND_BRAND = "otherbrand"


def second_brand() -> Any:
    """An admin of Southbay Outfitters, the demo's second brand."""
    from django.contrib.auth import get_user_model

    from chainrights.core.services import create_account

    users = get_user_model().objects
    if not users.filter(username=SECOND_BRAND).exists():
        create_account(username=SECOND_BRAND, password="otherbrand-demo-2026",
                       org_name="Southbay Outfitters", org_kind="brand", role="admin",
                       validate=False)  # fmt: skip
    return users.get(username=SECOND_BRAND)


def _list(org_name: str, name: str, content: bytes, *, public: bool = False) -> Any:
    from django.contrib.auth import get_user_model

    from chainrights.core.models import Organisation
    from chainrights.registry.services import process_list, upload_list

    owner = Organisation.objects.get(name=org_name)
    uploader = get_user_model().objects.get(username="operator")
    item, _ = upload_list(owner=owner, user=uploader, name=name, filename=f"{name}.csv",
                          content=content, public=public)  # fmt: skip
    return process_list(item.pk)


def named(list_item: Any) -> Any:
    """The facility (survivor) a one-row list's row is decided into."""
    decision = list_item.rows.get().current_decision()
    return decision.facility.survivor()


def hidden_facility() -> Any:
    """A facility that only Northwind's private list names."""
    return named(_list("Northwind Apparel", "quiet", HIDDEN_ROW))


def mixed_facility() -> Any:
    """A facility Southbay lists publicly and Northwind privately."""
    facility = named(_list("Southbay Outfitters", "southbay open", MIXED_ROW, public=True))
    assert named(_list("Northwind Apparel", "northwind quiet", MIXED_ROW)).pk == facility.pk
    return facility


def users_by_role(demo: dict[str, Any]) -> dict[str, Any]:
    """Every demo role, anonymous (None) and the second brand."""
    return {"anonymous": None, **demo, SECOND_BRAND: second_brand()}


ROLES = ("anonymous", "operator", "handler", "brand", "brandviewer", SECOND_BRAND, "supplier",
         "auditor", "union", "inspector")  # fmt: skip


def page_client(user: Any) -> Client:
    """Signed in as ``user``; operator staff with a verified TOTP device, as case pages ask."""
    from chainrights.core.visibility import is_operator

    if user is not None and (user.is_staff or is_operator(user)):
        client: Client = totp_client(user)
        return client
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def api_client(user: Any) -> ApiClient:
    """A write token issued with the second factor, as staff must have it."""
    if user is None:
        return ApiClient(token=None)
    token = issue_token(user, name="private-sourcing", scope="write", second_factor=True)[1]
    return ApiClient(token=token)
