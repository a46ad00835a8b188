"""settle_passed_reports: a sent report counts as correct once its term passed in silence.

The term is the rules core's (``report_clause``): sending date + 14 days, on to the next
working day. A report sent on Monday 5 January 2026 can get a reaction up to and including
Monday 19 January; from Tuesday 20 January it counts as correct.
"""

from __future__ import annotations

from datetime import date, timedelta

from dossierwijs.core.meetings import report_clause
from dossierwijs.meetings import services
from dossierwijs.meetings.models import OwnReport
from dossierwijs.vault.journal_model import JournalEntry

SENT = date(2026, 1, 5)
DUE = report_clause(SENT).due


def sent_report(family, reported_meeting) -> OwnReport:
    return services.mark_report_sent(
        report=reported_meeting.own_report, by=family.ouder, sent_on=SENT
    )


def settled_entries(family):
    return JournalEntry.objects.filter(
        vault=family.vault, summary__contains="voorbij zonder dat er een reactie is vastgelegd"
    )


def test_the_term_is_the_rules_cores_two_weeks():
    assert date(2026, 1, 19) == DUE


def test_after_the_term_without_a_reaction_the_report_counts_as_correct(family, reported_meeting):
    report = sent_report(family, reported_meeting)
    assert services.settle_passed_reports(vault=family.vault, today=DUE + timedelta(days=1)) == 1
    report.refresh_from_db()
    assert report.considered_correct_on == date(2026, 1, 20)  # the day after the term
    [entry] = settled_entries(family)
    assert entry.object_id == str(report.pk)
    assert entry.actor_id == "" and entry.actor_label == "automatisch"
    assert "tot en met 19 januari 2026" in entry.summary


def test_settled_late_it_still_counts_from_the_day_after_the_term(family, reported_meeting):
    report = sent_report(family, reported_meeting)
    services.settle_passed_reports(vault=family.vault, today=date(2026, 3, 1))
    report.refresh_from_db()
    assert report.considered_correct_on == date(2026, 1, 20)


def test_on_the_last_day_of_the_term_nothing_changes(family, reported_meeting):
    report = sent_report(family, reported_meeting)
    assert services.settle_passed_reports(vault=family.vault, today=DUE) == 0
    report.refresh_from_db()
    assert report.considered_correct_on is None
    assert not settled_entries(family).exists()


def test_a_recorded_reaction_means_it_never_counts_as_correct(family, reported_meeting):
    report = sent_report(family, reported_meeting)
    services.record_reaction(report=report, by=family.ouder, received_on=date(2026, 1, 12))
    assert services.settle_passed_reports(vault=family.vault, today=date(2026, 3, 1)) == 0
    report.refresh_from_db()
    assert report.considered_correct_on is None
    assert not settled_entries(family).exists()


def test_an_unsent_report_never_counts_as_correct(family, reported_meeting):
    assert services.settle_passed_reports(vault=family.vault, today=date(2027, 1, 1)) == 0
    assert OwnReport.objects.get(meeting=reported_meeting).considered_correct_on is None


def test_settling_twice_marks_and_journals_once(family, reported_meeting):
    sent_report(family, reported_meeting)
    later = DUE + timedelta(days=3)
    assert services.settle_passed_reports(vault=family.vault, today=later) == 1
    assert services.settle_passed_reports(vault=family.vault, today=later) == 0
    assert services.settle_passed_reports(today=later + timedelta(days=30)) == 0
    assert settled_entries(family).count() == 1


def reaction_noted_after_the_term(family, reported_meeting, received_on: date) -> OwnReport:
    """Sent, settled on 21 January, then the parent notes a reaction dated ``received_on``."""
    report = sent_report(family, reported_meeting)
    services.settle_passed_reports(vault=family.vault, today=date(2026, 1, 21))
    services.record_reaction(report=report, by=family.ouder, received_on=received_on)
    report.refresh_from_db()
    assert report.reaction_on == received_on
    return report


def test_a_reaction_after_the_term_is_kept_and_the_report_still_counted_as_correct(
    family, reported_meeting
):
    report = reaction_noted_after_the_term(family, reported_meeting, date(2026, 1, 26))
    assert report.considered_correct_on == date(2026, 1, 20)
    assert JournalEntry.objects.filter(
        vault=family.vault, summary="Reactie op verslag vastgelegd, na de termijn"
    ).exists()


def test_a_reaction_in_time_noted_after_the_term_undoes_counting_as_correct(
    family, reported_meeting
):
    # School answered on the 16th; the parent notes it only after the term was settled.
    report = reaction_noted_after_the_term(family, reported_meeting, date(2026, 1, 16))
    assert report.considered_correct_on is None
    assert JournalEntry.objects.filter(
        vault=family.vault, summary__contains="geldt niet meer als juist"
    ).exists()


def test_a_reaction_after_the_term_settles_the_term_first_if_nobody_had(family, reported_meeting):
    report = sent_report(family, reported_meeting)
    services.record_reaction(report=report, by=family.ouder, received_on=date(2026, 1, 26))
    report.refresh_from_db()
    assert report.considered_correct_on == date(2026, 1, 20)
    assert settled_entries(family).count() == 1


def test_unlocking_the_vault_settles_what_passed_while_it_was_locked(family, reported_meeting):
    from dossierwijs.vault import keyholder
    from dossierwijs.vault import services as vault_services
    from tests.personas import PASSPHRASES

    report = sent_report(family, reported_meeting)  # its term passed long before today
    keyholder.lock()
    vault_services.login_with_passphrase(PASSPHRASES["ouder"])
    report.refresh_from_db()
    assert report.considered_correct_on == date(2026, 1, 20)
    assert settled_entries(family).count() == 1
