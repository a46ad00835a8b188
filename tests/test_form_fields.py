"""Every field's help and errors are tied to it by ids that exist, so screen readers say them.

One shared template draws every field (templates/_field.html); before, four copies pointed
``aria-describedby`` at ``…_helptext`` while drawing the help as ``…_help``.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from dossierwijs.vault import keyholder

PAGES = [
    "vault:profile",
    "vault:invite",
    "knowledge:may_share",
    "knowledge:deadlines",
    "consent:check",
    "consent:give",
    "sharing:organisation_new",
    "rights:new",
]


def dangling_references(html: str) -> list[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    wanted = [
        ref for value in re.findall(r'aria-describedby="([^"]*)"', html) for ref in value.split()
    ]
    return [ref for ref in wanted if ref not in ids]


@pytest.mark.parametrize("name", PAGES)
def test_every_described_by_points_at_something_on_the_page(client_for, name):
    html = client_for("ouder").get(reverse(name)).content.decode()
    assert dangling_references(html) == []


def test_help_text_is_read_with_its_field(client_for):
    html = client_for("ouder").get(reverse("vault:profile")).content.decode()
    field = re.search(
        r'<input[^>]*name="postal_address"[^>]*>|<textarea[^>]*name="postal_address"[^>]*>', html
    ).group(0)
    assert 'aria-describedby="id_postal_address_helptext"' in field
    assert 'id="id_postal_address_helptext"' in html


def test_a_wrong_passphrase_is_read_with_the_field(client, family):
    keyholder.lock()
    html = client.post(
        reverse("vault:login"), {"passphrase": "fout fout fout fout"}
    ).content.decode()
    field = re.search(r'<input[^>]*name="passphrase"[^>]*>', html).group(0)
    assert "id_passphrase_error" in field
    assert 'id="id_passphrase_error"' in html
    assert dangling_references(html) == []
