"""Helpers for the knowledge app's view tests."""

from __future__ import annotations

import re
from datetime import date

import pytest


def page_text(response) -> str:
    """The visible text of a page, whitespace collapsed, for asserting on what parents read."""
    html = response.content.decode()
    html = re.sub(r"(?s)<head>.*?</head>", " ", html)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html).replace(" .", ".").strip()


@pytest.fixture
def born_2013(family):
    """Sanne's birth date in the vault: 12 April 2013."""
    family.vault.child_birth_date = date(2013, 4, 12)
    family.vault.save()
    return family.vault.child_birth_date
