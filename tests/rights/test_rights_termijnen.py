"""Every open request appears on Termijnen (/termijnen/) with the next step offered."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.knowledge.deadlines import open_deadlines
from dossierwijs.rights import services
from tests.rights.conftest import page_text
from tests.rights.factories import bare_request

URL = "/termijnen/"


def test_an_overdue_request_is_on_termijnen_with_the_reminder_offered(ouder, cheap_request):
    text = page_text(ouder.get(URL))
    assert "Antwoord op uw inzageverzoek aan OSG De Klimop" in text
    assert "maandag 2 maart 2026" in text
    assert "Stuur een herinnering" in text


def test_after_the_reminder_the_complaint_is_the_next_step(family, cheap_request):
    cheap_request.record_reminder(on=timezone.localdate())
    [item] = open_deadlines(family.vault).deadlines
    assert item.next_step == "Dien een klacht in bij de Autoriteit Persoonsgegevens"


def test_a_running_request_shows_its_deadline_and_waits(family, ouder):
    request = bare_request(family, received_on=timezone.localdate() - timedelta(days=1))
    [item] = open_deadlines(family.vault).deadlines
    assert item.due == request.deadline().due
    assert item.key == f"verzoek:{request.pk}"
    assert long_date(item.due) in page_text(ouder.get(URL))


def test_unsent_and_closed_requests_are_not_open_deadlines(family, cheap_request):
    bare_request(family)
    services.mark_done(rights_request=cheap_request, by=family.ouder)
    assert open_deadlines(family.vault).deadlines == []


def test_the_outsider_sees_none_of_the_familys_deadlines(client_for, cheap_request):
    assert "OSG De Klimop" not in page_text(client_for("outsider").get(URL))


def test_a_meelezer_sees_no_open_deadlines(client_for, cheap_request):
    assert "OSG De Klimop" not in page_text(client_for("meelezer").get(URL))
