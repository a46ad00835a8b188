"""Fixtures for the rights app's tests: requests made through the real services."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.rights.factories import access_request, bare_request

RECEIVED = date(2026, 1, 31)  # + 1 month = 28 Feb (no 31 Feb), a Saturday: due Monday 2 March


def page_text(response) -> str:
    """The visible text of a page, whitespace collapsed: what the parent reads."""
    html = response.content.decode()
    html = re.sub(r"(?s)<head>.*?</head>", " ", html)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html).replace(" .", ".").replace(" :", ":").strip()


@pytest.fixture
def ouder(client_for):
    return client_for("ouder")


@pytest.fixture
def overdue_request(family):
    """An access request e-mailed on 31 January 2026: the deadline (2 March) has passed."""
    return access_request(family, sent_on=RECEIVED)


@pytest.fixture
def draft_request(family):
    """An access request whose letter is made but not yet sent."""
    return access_request(family)


@pytest.fixture
def cheap_request(family):
    """A request without a letter, received on 31 January 2026 (for permission checks)."""
    return bare_request(family, received_on=RECEIVED)
