"""Reminder and complaint: built on the deadline from the rules core."""

from dataclasses import replace
from datetime import date

import pytest

from dossierwijs.core.letters.kinds.klacht_ap import AUTORITEIT_PERSOONSGEGEVENS
from dossierwijs.core.letters.kinds.timeline import Reply
from dossierwijs.core.letters.model import LetterError, MissingData
from dossierwijs.core.letters.registry import write_letter
from tests.core.letters.letter_family import family_context, sample_input


def test_reminder_states_the_passed_deadline_and_a_new_date():
    letter = write_letter("herinnering", sample_input("herinnering"), family_context(), "zakelijk")
    text = letter.body_text()
    assert "uiterlijk op 1 oktober 2026" in text
    # letter date + 14 days is Saturday 12 December: the next working day (issue 16 item 10)
    assert "uiterlijk op 14 december 2026" in text
    assert "3 september 2026: ontvangstbevestiging" in text


def test_reminder_is_refused_while_the_term_still_runs():
    ctx = family_context(date=date(2026, 10, 1))
    with pytest.raises(LetterError, match="loopt nog tot en met 1 oktober 2026"):
        write_letter("herinnering", sample_input("herinnering"), ctx, "zakelijk")


def test_deadline_on_a_saturday_moves_to_monday():
    # Received 1 July 2026; 1 August 2026 is a Saturday (Verordening 1182/71 art. 3 lid 4).
    data = replace(sample_input("herinnering"), sent_on=date(2026, 7, 1), replies=())
    text = write_letter("herinnering", data, family_context(), "zakelijk").body_text()
    assert "uiterlijk op 3 augustus 2026" in text


def test_posted_request_counts_from_receipt_not_from_sending():
    data = replace(
        sample_input("herinnering"),
        how="post",
        sent_on=date(2026, 9, 1),
        received_on=date(2026, 9, 3),
    )
    text = write_letter("herinnering", data, family_context(), "zakelijk").body_text()
    assert "U hebt het op 3 september 2026 ontvangen" in text
    assert "uiterlijk op 5 oktober 2026" in text  # 3 October 2026 is a Saturday


def test_valid_extension_gives_three_months():
    data = replace(
        sample_input("herinnering"),
        sent_on=date(2026, 6, 1),
        extension_on=date(2026, 6, 20),
        extension_with_reasons=True,
    )
    text = write_letter("herinnering", data, family_context(), "zakelijk").body_text()
    assert "U hebt de termijn verlengd" in text
    assert "1 september 2026" in text


def test_extension_without_reasons_does_not_count():
    data = replace(sample_input("herinnering"), extension_on=date(2026, 9, 20))
    text = write_letter("herinnering", data, family_context(), "zakelijk").body_text()
    assert "uiterlijk op 1 oktober 2026" in text
    assert "Zonder redenen geldt de verlenging niet" in text


def test_reminder_needs_the_date_the_request_was_sent():
    data = replace(sample_input("herinnering"), sent_on=None)
    with pytest.raises(MissingData) as caught:
        write_letter("herinnering", data, family_context(), "zakelijk")
    assert "Wanneer hebt u het verzoek verstuurd" in caught.value.labels


def test_complaint_goes_to_the_ap_with_the_whole_timeline_in_order():
    letter = write_letter("klacht_ap", sample_input("klacht_ap"), family_context(), "zakelijk")
    assert letter.recipient_lines == (AUTORITEIT_PERSOONSGEGEVENS.name,)
    timeline = next(p for p in letter.paragraphs if p.text == "Het verloop:").items
    assert timeline[0].startswith("1 september 2026: verzoek om inzage")
    assert [t.split(":")[0] for t in timeline] == [
        "1 september 2026",
        "1 september 2026",
        "3 september 2026",
        "1 oktober 2026",
        "12 oktober 2026",
    ]
    assert any("gratis" in step for step in letter.guidance)
    assert any("autoriteitpersoonsgegevens.nl" in step for step in letter.guidance)


def test_complaint_warns_when_no_reminder_was_sent():
    data = replace(sample_input("klacht_ap"), reminder_on=None)
    letter = write_letter("klacht_ap", data, family_context(), "zakelijk")
    assert letter.guidance[0] == "Let op: u hebt nog geen herinnering gestuurd."


def test_complaint_before_the_deadline_needs_a_reason():
    data = replace(sample_input("klacht_ap"), problem="", replies=(Reply(date(2026, 9, 3), "x"),))
    with pytest.raises(LetterError, match="nog tot en met"):
        write_letter("klacht_ap", data, family_context(date=date(2026, 9, 20)), "zakelijk")
