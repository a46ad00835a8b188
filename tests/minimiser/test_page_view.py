"""A page of the source PDF as an image, rendered on demand for the overlays."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.minimiser import services


@pytest.fixture
def draft(family, report):
    return services.start_draft(document=report, by=family.ouder)


def test_a_page_is_rendered_as_png_and_not_cached(draft, ouder):
    response = ouder.get(reverse("minimiser:page", args=[draft.pk, 2]))
    assert response.status_code == 200
    assert response.content.startswith(b"\x89PNG")
    assert response["Cache-Control"] == "no-store"


def test_a_page_that_does_not_exist_is_not_found(draft, ouder):
    assert ouder.get(reverse("minimiser:page", args=[draft.pk, 3])).status_code == 404


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_get_no_page(draft, client_for, persona, status):
    response = client_for(persona).get(reverse("minimiser:page", args=[draft.pk, 1]))
    assert response.status_code == status
