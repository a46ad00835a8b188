"""Open deadlines gathered from what the apps declare (``deadline_sources``)."""

from __future__ import annotations

from datetime import date

from dossierwijs.knowledge.deadlines import OpenDeadline, open_deadlines
from tests.contributing import contributing


def early(vault):
    return [OpenDeadline("B", date(2026, 3, 2), None, None, "verzoek")]


def late(vault):
    return [
        OpenDeadline("C", date(2026, 5, 1), None, None, "opp"),
        OpenDeadline("A", date(2026, 3, 2), None, None, "gpo"),
    ]


def test_collects_every_source_most_urgent_first():
    with contributing("knowledge", deadline_sources=(late, early)):
        collected = open_deadlines(vault=None)
    assert [d.title for d in collected.deadlines] == ["A", "B", "C"]
    assert collected.failed_sources == 0


def test_a_source_leaves_when_its_declaration_does():
    with contributing("rights", deadline_sources=(early,)):
        assert len(open_deadlines(vault=None).deadlines) == 1
    assert open_deadlines(vault=None).deadlines == []


def test_a_failing_source_is_counted_not_raised():
    def broken(vault):
        raise KeyError("boom")

    with contributing("consent", deadline_sources=(broken, early)):
        collected = open_deadlines(vault=None)
    assert collected.failed_sources == 1
    assert [d.title for d in collected.deadlines] == ["B"]


def test_calendar_key_prefers_the_given_key_then_the_url():
    assert (
        OpenDeadline("T", date(2026, 1, 1), "/x/", None, "verzoek", key="k").calendar_key() == "k"
    )
    assert (
        OpenDeadline("T", date(2026, 1, 1), "/x/", None, "verzoek").calendar_key() == "verzoek:/x/"
    )
    assert OpenDeadline("T", date(2026, 1, 1), None, None, "verzoek").calendar_key() == "verzoek:T"
