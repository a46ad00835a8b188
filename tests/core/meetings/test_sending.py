"""The own report as PDF and as an unsent e-mail with the two-week sentence."""

from datetime import date
from email import message_from_bytes, policy

import pymupdf

from dossierwijs.core.meetings.sending import report_email, report_pdf

REPORT = "Ons verslag: Gesprek over Isa\n\nAfspraken\n- Joris vraagt voor 27 maart een rekenonderzoek aan."


def test_the_pdf_holds_the_report_as_real_text():
    document = pymupdf.open(stream=report_pdf("Gesprek over Isa", REPORT), filetype="pdf")
    text = document[0].get_text()
    assert "Afspraken" in text and "Joris vraagt voor 27 maart een rekenonderzoek aan." in text


def test_the_email_is_a_draft_with_the_reaction_date_and_the_pdf():
    raw = report_email(
        title="Gesprek over Isa",
        held_on=date(2026, 12, 8),
        report_text=REPORT,
        sent_on=date(2026, 12, 11),
        signers=("Eva Canarisvogel", "Joost Canarisvogel"),
        sender_email="eva@example.nl",
    )
    message = message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Horen wij uiterlijk maandag 28 december 2026 niets van u" in body
    assert "Eva Canarisvogel en Joost Canarisvogel" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "Ons verslag van het gesprek op 8 december 2026.pdf"
    assert attachment.get_content_type() == "application/pdf"
    text = pymupdf.open(stream=attachment.get_content(), filetype="pdf")[0].get_text()
    assert "Ons verslag: Gesprek over Isa" in text
    assert "Gesprek op dinsdag 8 december 2026" in text
