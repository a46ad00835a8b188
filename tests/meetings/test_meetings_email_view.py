"""GET /gesprekken/<id>/verslag.eml: the own report as an unsent e-mail with its PDF."""

from __future__ import annotations

from email import message_from_bytes, policy

from django.urls import reverse
from django.utils import timezone

from dossierwijs.core.meetings import report_clause
from dossierwijs.core.rules.dutch_dates import long_date
from tests.letters.conftest import pdf_text


def test_the_draft_carries_the_report_pdf_and_todays_reaction_date(ouder, reported_meeting):
    response = ouder.get(reverse("meetings:email", args=[reported_meeting.pk]))
    assert response["Content-Type"] == "message/rfc822"
    assert "attachment" in response["Content-Disposition"]
    message = message_from_bytes(response.content, policy=policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()
    due = report_clause(timezone.localdate()).due
    assert f"Horen wij uiterlijk {long_date(due)} niets van u" in body
    [pdf] = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "Ons verslag van het gesprek op 12 maart 2026.pdf"
    text = pdf_text(pdf.get_content())
    assert "Ons verslag: Gesprek over rekenen" in text
    assert "Sanne krijgt twee keer per week extra rekenhulp van meneer Bakker." in text


def test_the_detail_page_offers_the_draft_before_the_report_is_sent(ouder, reported_meeting):
    page = ouder.get(reverse("meetings:detail", args=[reported_meeting.pk])).content.decode()
    assert reverse("meetings:email", args=[reported_meeting.pk]) in page
