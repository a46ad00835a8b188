"""Who may write a rights request at the child's age (rules core, UAVG art. 5)."""

from dataclasses import replace
from datetime import date

import pytest

from dossierwijs.core.letters.model import LetterError, Parent, Writer
from dossierwijs.core.letters.registry import write_letter
from tests.core.letters.letter_family import (
    EVA,
    JOOST,
    family_context,
    sample_input,
    sixteen_plus_context,
)


def test_parents_alone_cannot_ask_for_a_sixteen_year_old():
    with pytest.raises(LetterError, match="Vanaf 16 jaar"):
        write_letter(
            "inzage", sample_input("inzage"), sixteen_plus_context(Writer.OUDERS), "zakelijk"
        )


def test_the_day_before_the_sixteenth_birthday_parents_still_ask():
    ctx = family_context(date=date(2029, 4, 11))
    letter = write_letter("inzage", sample_input("inzage"), ctx, "zakelijk")
    assert letter.signatures == ("Eva Canarisvogel", "Joost Canarisvogel")


def test_on_the_sixteenth_birthday_the_young_person_asks_herself():
    ctx = family_context(date=date(2029, 4, 12), writer=Writer.JONGERE)
    letter = write_letter("inzage", sample_input("inzage"), ctx, "vriendelijk")
    assert letter.signatures == ("Sanne Canarisvogel",)
    assert letter.from_address == ("Sanne Canarisvogel", "sanne@example.nl")
    text = letter.body_text()
    assert "Ik ben Sanne Canarisvogel, geboren op 12 april 2013" in text
    assert "over mij" in text
    assert "Sanne bewaart" not in text


def test_parents_with_authorisation_say_so_and_list_it_as_attachment():
    ctx = sixteen_plus_context(Writer.OUDERS_MET_MACHTIGING)
    letter = write_letter("inzage", sample_input("inzage"), ctx, "zakelijk")
    assert "schriftelijk gemachtigd" in letter.body_text()
    assert "Schriftelijke machtiging van Sanne Canarisvogel" in letter.attachment_names


def test_one_parent_with_authorisation_writes_as_ik():
    # "Wij, Els Bakker, schrijven deze brief" read wrong to a school (parent walk).
    ctx = replace(sixteen_plus_context(Writer.OUDERS_MET_MACHTIGING), signers=(EVA,))
    text = " ".join(
        write_letter("inzage", sample_input("inzage"), ctx, "zakelijk").body_text().split()
    )
    assert "Ik, Eva Canarisvogel, schrijf deze brief namens Sanne Canarisvogel" in text
    assert "heeft mij daarvoor schriftelijk gemachtigd" in text
    assert "Wij" not in text


def test_a_child_under_sixteen_does_not_write_her_own_request():
    with pytest.raises(LetterError, match="niet nodig"):
        write_letter(
            "inzage", sample_input("inzage"), family_context(writer=Writer.JONGERE), "zakelijk"
        )


def test_a_parent_without_gezag_cannot_make_the_request():
    ctx = family_context(signers=(Parent("Joost Canarisvogel", gezag=False),), other_parents=(EVA,))
    with pytest.raises(LetterError, match="1:377c"):
        write_letter("correctie", sample_input("correctie"), ctx, "zakelijk")


def test_letters_that_are_not_rights_requests_carry_the_agreement_of_a_child_of_16():
    # Issue 16 item 10: from 16 such a letter comes from the child or carries its agreement.
    ctx = family_context(date=date(2029, 9, 1), signers=(EVA, JOOST))
    letter = write_letter("mentor_update", sample_input("mentor_update"), ctx, "vriendelijk")
    assert letter.signatures == ("Eva Canarisvogel", "Joost Canarisvogel", "Sanne Canarisvogel")


RIGHTS_KINDS = ["inzage", "correctie", "verwijdering", "beperking", "bezwaar", "intrekking"]


@pytest.mark.parametrize("kind", RIGHTS_KINDS)
def test_a_young_person_writes_in_the_first_person_about_herself(kind):
    import re

    from dossierwijs.core.letters.model import TONES, normalise

    ctx = sixteen_plus_context(Writer.JONGERE)
    for tone in TONES:
        letter = write_letter(kind, sample_input(kind), ctx, tone)
        assert letter.signatures == ("Sanne Canarisvogel",)
        text = normalise(letter.body_text())
        assert not re.search(r"\b(wij|ons|onze)\b", text), (tone, text)
        assert not re.search(r"\bvan mij\b", text) and "voor mij en voor mij" not in text


def test_a_signed_authorisation_goes_along_as_the_attachment():
    from dossierwijs.core.letters.model import Attachment

    signed = Attachment("machtiging-sanne.pdf", b"%PDF-1.4 signed")
    ctx = replace(sixteen_plus_context(Writer.OUDERS_MET_MACHTIGING), attachments=(signed,))
    letter = write_letter("inzage", sample_input("inzage"), ctx, "zakelijk")
    assert letter.attachments == (signed,)
    assert letter.attachment_names == ("machtiging-sanne.pdf",)
