"""Request bodies take the JSON types their schema documents, and nothing pydantic would guess.

In lax mode pydantic reads a deadline of `0` as 1 January 1970, a longitude of `false` as 0 and
`"yes"` as true; schemathesis found the first one stored as an overdue action. Every body
schema derives from ``JsonIn``, which refuses those with a 422 naming the field.
"""

from __future__ import annotations

import typing
from typing import Any

import pytest
from pydantic import BaseModel

from chainrights.api.main import api
from chainrights.core.schemas import JsonIn


def _schemas_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation names, however nested (lists, unions)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _schemas_in(arg)]


def _body_schemas() -> dict[str, type[BaseModel]]:
    """Every schema a request body is read with, nested ones included, by operation."""
    found: dict[str, type[BaseModel]] = {}
    for _prefix, router in api._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                for model in operation.models:
                    if getattr(model, "__ninja_param_source__", None) != "body":
                        continue
                    todo = [
                        s for f in model.model_fields.values() for s in _schemas_in(f.annotation)
                    ]
                    while todo:
                        schema = todo.pop()
                        found[f"{operation.methods[0]} {path} {schema.__name__}"] = schema
                        todo += [s for f in schema.model_fields.values()
                                 for s in _schemas_in(f.annotation)]  # fmt: skip
    return found


def test_every_body_schema_refuses_json_of_the_wrong_type() -> None:
    schemas = _body_schemas()
    assert len(schemas) >= 28, sorted(schemas)
    lax = [name for name, schema in schemas.items() if not issubclass(schema, JsonIn)]
    assert lax == []


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"description": "Pay overtime", "deadline": 0, "owner": "supplier"}, "deadline"),
        ({"description": "Pay overtime", "deadline": True, "owner": "supplier"}, "deadline"),
        ({"description": 5, "owner": "supplier"}, "description"),
    ],
)
def test_an_action_with_a_wrongly_typed_field_is_refused_naming_it(
    db: Any, api_for: Any, demo: dict[str, Any], payload: dict[str, Any], field: str
) -> None:
    from chainrights.audits.demo import load_demo_audits
    from chainrights.audits.models import Action, Finding
    from chainrights.registry.demo import load_demo_lists

    load_demo_lists()
    load_demo_audits()
    finding = Finding.objects.order_by("pk").first()
    assert finding is not None
    before = Action.objects.count()
    answer = api_for("brand").send("POST", f"/api/v1/findings/{finding.pk}/actions", payload)
    assert answer.status_code == 422, answer.content
    assert field in answer.content.decode()
    assert Action.objects.count() == before


def test_a_date_string_and_whole_numbers_for_decimals_are_still_accepted() -> None:
    from chainrights.audits.api import ActionIn
    from chainrights.grievances.api import GrievanceIn

    action = ActionIn.model_validate(
        {"description": "Pay overtime", "deadline": "2027-01-31", "owner": "supplier"}
    )
    assert str(action.deadline) == "2027-01-31"
    assert (
        GrievanceIn.model_validate({"narrative": "x", "workers_affected": 3}).workers_affected == 3
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("workers_affected", 2.5, "must be a JSON integer"),
        ("workers_affected", True, "must be a JSON integer"),
        ("workers_affected", "3", "must be a JSON integer"),
        ("fears_retaliation", "yes", "must be a JSON boolean"),
        ("fears_retaliation", 1, "must be a JSON boolean"),
    ],
)
def test_a_grievance_body_is_read_as_json_not_guessed(field: str, value: Any, message: str) -> None:
    from pydantic import ValidationError

    from chainrights.grievances.api import GrievanceIn

    with pytest.raises(ValidationError) as refused:
        GrievanceIn.model_validate({"narrative": "No overtime pay.", field: value})
    (error,) = refused.value.errors()
    assert error["loc"] == (field,)
    assert message in error["msg"]


@pytest.mark.parametrize("offset", [99_999_999_999_999_999_999, 9_223_372_036_854_775_800])
def test_an_offset_past_the_end_of_any_list_is_refused_not_a_server_error(
    db: Any, anon_api: Any, offset: int
) -> None:
    answer = anon_api.get_json(f"/api/v1/organisations?offset={offset}")
    assert answer.status_code == 422, answer.content
    assert "offset" in answer.content.decode()


def test_a_large_offset_within_bounds_is_an_empty_page(db: Any, anon_api: Any) -> None:
    answer = anon_api.get_json("/api/v1/organisations?offset=1000000000")
    assert answer.status_code == 200, answer.content
    assert answer.json()["items"] == []


def test_a_nul_character_in_a_body_string_or_list_is_refused_naming_the_field() -> None:
    from pydantic import ValidationError

    from chainrights.audits.schemas import ShareIn

    with pytest.raises(ValidationError) as refused:
        ShareIn.model_validate({"organisations": ["Northwind\x00Apparel"]})
    assert "must not contain the NUL character" in str(refused.value)
