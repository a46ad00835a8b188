"""Mijn gegevens: where the form sends the parent back to."""

from __future__ import annotations

import pytest
from django.urls import reverse

UNSAFE = ["//evil.example/", "/\\evil.example", "https://evil.example/x", "javascript:alert(1)"]


def save(client, next_url):
    return client.post(
        reverse("vault:profile"),
        {"form": "profile", "display_name": "Eva Canarisvogel", "next": next_url},
    )


@pytest.mark.parametrize("next_url", UNSAFE)
def test_a_next_url_off_the_site_is_ignored(client_for, next_url):
    response = save(client_for("ouder"), next_url)
    assert response.status_code == 302
    assert response["Location"] == reverse("vault:profile")


def test_a_next_url_on_the_site_is_followed(client_for):
    response = save(client_for("ouder"), reverse("letters:list"))
    assert response["Location"] == reverse("letters:list")
