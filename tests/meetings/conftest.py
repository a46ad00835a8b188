"""Fixtures for the meetings app's tests."""

from __future__ import annotations

import pytest

from tests.meetings.factories import meeting
from tests.rights.conftest import page_text

__all__ = ["page_text"]


@pytest.fixture
def ouder(client_for):
    return client_for("ouder")


@pytest.fixture
def a_meeting(family):
    return meeting(family)


@pytest.fixture
def reported_meeting(family):
    return meeting(family, with_report=True)
