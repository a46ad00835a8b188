"""RightsRequest: the deadline is always the rules core's; status changes are model methods."""

from __future__ import annotations

from datetime import date

from dossierwijs.core.rules.deadlines import rights_request_deadline
from dossierwijs.rights import services
from dossierwijs.rights.models import Status
from tests.rights.conftest import RECEIVED


def test_the_deadline_is_the_rules_cores_one_month_after_receipt(cheap_request):
    assert cheap_request.deadline() == rights_request_deadline(RECEIVED)
    assert cheap_request.deadline().due == date(2026, 3, 2)


def test_no_deadline_before_the_request_was_sent(family):
    from tests.rights.factories import bare_request

    assert bare_request(family).deadline() is None


def test_an_extension_in_time_with_reasons_gives_three_months(cheap_request):
    cheap_request.record_extension(announced_on=date(2026, 2, 20), with_reasons=True)
    assert cheap_request.deadline() == rights_request_deadline(RECEIVED, extended=True)
    assert cheap_request.deadline().due == date(2026, 4, 30)
    assert cheap_request.status == Status.VERLENGD


def test_an_extension_announced_too_late_leaves_the_first_deadline(cheap_request):
    cheap_request.record_extension(announced_on=date(2026, 3, 3), with_reasons=True)
    assert cheap_request.deadline().due == date(2026, 3, 2)
    counts, why = cheap_request.extension_verdict()
    assert not counts
    assert "te laat" in why
    assert cheap_request.status == Status.VERSTUURD  # not "verlengd": it does not count


def test_an_extension_without_reasons_leaves_the_first_deadline(cheap_request):
    cheap_request.record_extension(announced_on=date(2026, 2, 10), with_reasons=False)
    assert cheap_request.deadline().due == date(2026, 3, 2)
    assert "Zonder redenen geldt de verlenging niet" in cheap_request.extension_verdict()[1]


def test_an_unanswered_request_shows_no_reply_once_the_deadline_passed(cheap_request):
    assert cheap_request.shown_status(today=date(2026, 3, 2)) == Status.VERSTUURD
    assert cheap_request.shown_status(today=date(2026, 3, 3)) == Status.GEEN_REACTIE
    assert cheap_request.offers_reminder(today=date(2026, 3, 3))
    assert not cheap_request.offers_reminder(today=date(2026, 3, 2))


def test_a_request_sent_by_post_is_assumed_received_two_days_later():
    assert services.suggested_received_on(date(2026, 1, 29), "post") == date(2026, 1, 31)
    assert services.suggested_received_on(date(2026, 1, 29), "email") == date(2026, 1, 29)
    assert services.suggested_received_on(date(2026, 1, 29), "hand") == date(2026, 1, 29)


def test_a_done_request_no_longer_waits(cheap_request):
    cheap_request.mark_done()
    assert not cheap_request.is_waiting
    assert not cheap_request.is_overdue(today=date(2026, 6, 1))


def test_no_reminder_is_offered_before_the_day_goede_vrijdag_could_add(family):
    from tests.rights.factories import bare_request

    request = bare_request(family, received_on=date(2026, 3, 3))
    assert request.deadline().due == date(2026, 4, 3)  # Goede Vrijdag, a working day for us
    assert not request.offers_reminder(today=date(2026, 4, 7))  # the school may say Tuesday
    assert request.offers_reminder(today=date(2026, 4, 8))
