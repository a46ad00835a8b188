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


def test_notes_from_the_recording_are_pulled_into_the_report(client_for, family):
    """Notes made at moments in the recording go under 'wat er besproken is', after what
    the parent already wrote."""
    from dossierwijs.meetings import services
    from tests.meetings.factories import recording

    made = recording(family)
    services.add_recording_note(recording=made, by=family.ouder, at_seconds=125, text="IB belt GGD")
    services.add_recording_note(recording=made, by=family.ouder, at_seconds=2, text="Doel genoemd")
    report = made.meeting.own_report
    report.discussed = "Eerst over rekenen."
    report.save()
    client = client_for("ouder")
    url = reverse("meetings:report", args=[made.meeting.pk])
    assert "Notities uit de opname" in client.get(url).content.decode()
    response = client.post(url, {"action": "pull_notes"}, follow=True)
    assert "2 notities uit de opname staan nu bij" in response.content.decode()
    report.refresh_from_db()
    assert (
        report.discussed
        == "Eerst over rekenen.\n\nUit de opname:\n[0:02] Doel genoemd\n[2:05] IB belt GGD"
    )
