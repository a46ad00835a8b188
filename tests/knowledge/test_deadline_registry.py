"""The registry through which apps add their open deadlines to Termijnen."""

from __future__ import annotations

from datetime import date

from dossierwijs.knowledge.deadlines import (
    OpenDeadline,
    open_deadlines,
    register_deadline_source,
    unregister_deadline_source,
)


def early(vault):
    return [OpenDeadline("B", date(2026, 3, 2), None, None, "verzoek")]


def late(vault):
    return [
        OpenDeadline("C", date(2026, 5, 1), None, None, "opp"),
        OpenDeadline("A", date(2026, 3, 2), None, None, "gpo"),
    ]


def test_collects_every_source_most_urgent_first():
    register_deadline_source(late)
    register_deadline_source(early)
    try:
        collected = open_deadlines(vault=None)
    finally:
        unregister_deadline_source(late)
        unregister_deadline_source(early)
    assert [d.title for d in collected.deadlines] == ["A", "B", "C"]
    assert collected.failed_sources == 0


def test_registering_twice_counts_once_and_works_as_decorator():
    assert register_deadline_source(early) is early
    register_deadline_source(early)
    try:
        assert len(open_deadlines(vault=None).deadlines) == 1
    finally:
        unregister_deadline_source(early)
    assert open_deadlines(vault=None).deadlines == []


def test_a_failing_source_is_counted_not_raised():
    def broken(vault):
        raise KeyError("boom")

    register_deadline_source(broken)
    register_deadline_source(early)
    try:
        collected = open_deadlines(vault=None)
    finally:
        unregister_deadline_source(broken)
        unregister_deadline_source(early)
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
