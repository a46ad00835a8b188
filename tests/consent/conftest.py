"""Fixtures for the consent app: a family that can write letters, and its school."""

from __future__ import annotations

import pytest

from tests.consent.factories import organisation
from tests.letters.helpers import prepare_family


@pytest.fixture
def letter_family(family):
    prepare_family(family)
    return family


@pytest.fixture
def school(family):
    return organisation(family)


@pytest.fixture
def eva(client_for):
    return client_for("ouder")
