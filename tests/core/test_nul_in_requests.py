"""A NUL character in a path or query parameter is refused before any view looks it up.

PostgreSQL cannot hold NUL in text, so a lookup with one raised a 500: schemathesis found
``GET /api/v1/organisations?kind=…%00`` on the PostgreSQL pass.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_a_nul_in_an_api_query_parameter_is_a_422_naming_it(client):
    response = client.get("/api/v1/organisations?kind=brand%00x")

    assert response.status_code == 422
    assert response.json()["error"]["details"] == [
        {"field": "kind", "reason": "must not contain the NUL character"}
    ]


def test_a_nul_in_an_api_path_is_a_422(client):
    response = client.get("/api/v1/rights/labour%00")

    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["field"] == "path"


def test_a_nul_in_a_page_search_is_a_400_and_the_page_still_answers_without_it(client):
    refused = client.get("/facilities?q=a%00b")
    answered = client.get("/facilities?q=ab")

    assert refused.status_code == 400
    assert b"NUL" in refused.content
    assert answered.status_code == 200
