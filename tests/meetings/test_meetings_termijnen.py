"""What the meetings put on Termijnen and on the dossier's timeline."""

from __future__ import annotations

from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone

from dossierwijs import contributions
from dossierwijs.meetings import services
from tests.meetings.conftest import page_text


def test_a_dated_agreement_is_on_termijnen_and_an_undated_one_is_not(ouder, family, a_meeting):
    soon = timezone.localdate() + timedelta(days=10)
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]  # fmt: skip
    services.save_own_report(
        report=a_meeting.own_report,
        by=family.ouder,
        agreements=f"De mentor stuurt de volgende update op {soon.day} {months[soon.month - 1]} {soon.year}.\n"
        "Wij lezen thuis elke dag.",
    )
    text = page_text(ouder.get(reverse("knowledge:deadlines")))
    assert "Afspraak: De mentor stuurt de volgende update op" in text
    assert "Wij lezen thuis elke dag" not in text


def test_the_meeting_and_the_sending_are_offered_to_the_timeline(family, a_meeting):
    services.mark_report_sent(
        report=a_meeting.own_report, by=family.ouder, sent_on=date(2026, 3, 13)
    )
    found, failed = contributions.gather("timeline_entries", family.vault)
    mine = [(e.when, e.title) for e in found if e.kind == "gesprek"]
    assert failed == 0
    assert mine == [
        (date(2026, 3, 12), "Gesprek: Gesprek over rekenen"),
        (date(2026, 3, 13), "Eigen verslag verstuurd: Gesprek over rekenen"),
    ]
