"""Fixtures for the meetings app's tests."""

from __future__ import annotations

import re

import pytest

from tests.meetings.factories import meeting


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
def a_meeting(family):
    return meeting(family)


@pytest.fixture
def reported_meeting(family):
    return meeting(family, with_report=True)
