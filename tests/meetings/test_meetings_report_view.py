"""GET/POST /gesprekken/<id>/verslag/: the parents' own report in its sections."""

from __future__ import annotations

from django.urls import reverse

from dossierwijs.meetings.models import OwnReport
from tests.meetings.factories import OWN_REPORT


def test_the_own_report_is_saved_and_reads_as_a_report_with_its_agreements(ouder, a_meeting):
    response = ouder.post(reverse("meetings:report", args=[a_meeting.pk]), OWN_REPORT)
    assert response.status_code == 302
    report = OwnReport.objects.get(meeting=a_meeting)
    text = report.as_text()
    assert "Afspraken\n- Mevrouw Smit vraagt voor 27 maart een rekenonderzoek aan." in text
    assert "Aanwezig: Eva Canarisvogel (moeder), meneer Bakker (mentor)" in text


def test_the_form_starts_from_the_preparation(ouder, a_meeting):
    response = ouder.get(reverse("meetings:report", args=[a_meeting.pk]))
    assert "Afspraken maken over extra hulp bij rekenen." in response.content.decode()
