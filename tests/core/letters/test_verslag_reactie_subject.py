"""The reply to the school's report names the meeting's topic once, however it was titled."""

from __future__ import annotations

import pytest

from dossierwijs.core.letters.kinds.verslag_reactie import topic_of


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Gesprek over rekenen", "rekenen"),
        ("het overleg over de overstap naar het vso", "de overstap naar het vso"),
        ("MDO over Sanne", "Sanne"),
        ("de overstap naar het vso", "de overstap naar het vso"),
        ("  OPP-bespreking ", "OPP-bespreking"),
        ("Gesprek over ", "Gesprek over"),
    ],
)
def test_the_topic_follows_over_without_the_meeting_word(title, topic):
    assert topic_of(title) == topic
