"""The address book's "new organisation" form: where it sends the parent back to."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.addressbook.models import Organisation
from tests.vault.test_profile_view import UNSAFE


def add(client, next_url):
    return client.post(
        reverse("sharing:organisation_new"),
        {"name": "OBS De Klimop", "kind": "school", "next": next_url},
    )


@pytest.mark.parametrize("next_url", UNSAFE)
def test_a_next_url_off_the_site_is_ignored(client_for, next_url):
    response = add(client_for("ouder"), next_url)
    organisation = Organisation.objects.get(name="OBS De Klimop")
    assert response["Location"] == reverse("sharing:organisation", args=[organisation.pk])


def test_a_next_url_on_the_site_is_followed(client_for):
    response = add(client_for("ouder"), reverse("letters:list"))
    assert response["Location"] == reverse("letters:list")
