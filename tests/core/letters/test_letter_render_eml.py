from dataclasses import replace

import pytest

from dossierwijs.core.letters.model import MissingData, Organisation
from dossierwijs.core.letters.registry import write_letter
from dossierwijs.core.letters.render_eml import letter_filename, render_eml
from tests.core.letters.letter_extract import parse_eml, pdf_text
from tests.core.letters.letter_family import family_context, sample_input


def _letter(**ctx_changes):
    return write_letter("inzage", sample_input("inzage"), family_context(**ctx_changes), "zakelijk")


def test_eml_is_an_unsent_draft_to_the_school_with_the_other_parent_in_cc():
    msg = parse_eml(render_eml(_letter()))
    assert msg["To"] == "administratie@klimop.example"
    assert msg["Cc"] == "Joost Canarisvogel <joost@example.nl>"
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"].startswith("Verzoek om inzage en een kopie")
    assert "Date" not in msg  # the parent's own mail program dates it when sending
    assert msg.get_body(("plain",)).get_content().startswith("Geachte Marieke de Vries,")


def test_eml_can_carry_the_letter_as_pdf_too():
    letter = _letter()
    msg = parse_eml(render_eml(letter, include_pdf=True))
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == letter_filename(letter, "pdf")
    assert "artikel 15 lid 3 AVG" in " ".join(pdf_text(part.get_content()).split())


def test_eml_without_the_schools_address_asks_for_it():
    recipient = replace(family_context().recipient, email="")
    with pytest.raises(MissingData) as caught:
        render_eml(_letter(recipient=recipient))
    assert caught.value.labels == ("E-mailadres van de organisatie",)


def test_eml_without_parent_mail_addresses_has_no_from_or_cc():
    from tests.core.letters.letter_family import EVA, JOOST

    ctx = dict(signers=(replace(EVA, email=""), replace(JOOST, email="")))
    msg = parse_eml(render_eml(_letter(**ctx)))
    assert "From" not in msg and "Cc" not in msg


def test_file_name_is_safe():
    letter = replace(_letter(), subject='Brief: "a/b" <c>?')
    assert letter_filename(letter, "pdf") == "Brief ab c.pdf"
    assert letter_filename(replace(letter, subject="///"), "docx") == "brief.docx"


def test_organisation_without_address_still_gets_a_letter():
    letter = _letter(recipient=Organisation("De Klimop", email="a@klimop.example"))
    assert letter.recipient_lines == ("De Klimop",)
