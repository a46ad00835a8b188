"""The AVG rights requests: access, correction, erasure, restriction, objection, withdrawal."""

from dataclasses import replace

import pytest

from dossierwijs.core.letters.model import Attachment
from dossierwijs.core.letters.registry import get_kind, write_letter
from dossierwijs.core.letters.render_eml import render_eml
from tests.core.letters.letter_extract import parse_eml
from tests.core.letters.letter_family import PDF_BYTES, family_context, sample_input


def test_access_request_asks_for_the_things_schools_leave_out():
    text = write_letter("inzage", sample_input("inzage"), family_context(), "zakelijk").body_text()
    for expected in (
        "ook die voor ouders niet zichtbaar zijn",
        "interne verslagen",
        "e-mails",
        "digitale logboeken",
        "schermafdruk van de pagina met bijlagen",
        "artikel 15 lid 1 onder c AVG",
        "bewaartermijn",
        "wie binnen en buiten uw organisatie toegang heeft",
        "(Magister)",
    ):
        assert expected in text


def test_access_request_names_example_systems_when_the_parent_does_not_know_it():
    data = replace(sample_input("inzage"), pupil_system="")
    text = write_letter("inzage", data, family_context(), "zakelijk").body_text()
    assert "zoals Magister, ParnasSys, SOM of Eduarte" in text


def test_access_request_can_leave_out_checklist_items():
    data = replace(sample_input("inzage"), checklist=("emails",))
    text = write_letter("inzage", data, family_context(), "zakelijk").body_text()
    assert "e-mails en andere berichten" in text
    assert "schermafdruk" not in text


def test_masked_id_copy_goes_along_and_is_mentioned():
    masked = Attachment("id-kopie.png", b"\x89PNG fake", "image/png")
    data = replace(sample_input("inzage"), id_copy=masked)
    letter = write_letter("inzage", data, family_context(), "vriendelijk")
    assert "pasfoto zijn afgeschermd" in letter.body_text()
    msg = parse_eml(render_eml(letter))
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == "id-kopie.png"
    assert part.get_content_type() == "image/png"


def test_without_id_copy_the_parents_offer_to_identify_themselves():
    text = write_letter("inzage", sample_input("inzage"), family_context(), "zakelijk").body_text()
    assert "legitimeren" in text
    assert "afgeschermd" not in text


def test_completion_adds_a_supplementary_statement_instead_of_replacing():
    data = replace(sample_input("correctie"), mode="aanvulling")
    text = write_letter("correctie", data, family_context(), "zakelijk").body_text()
    assert "aanvullende verklaring aan het dossier toe te voegen" in text
    assert "te vervangen door" not in text


@pytest.mark.parametrize(
    "ground",
    ["niet_meer_nodig", "bewaartermijn", "toestemming_ingetrokken", "bezwaar", "onrechtmatig"],
)
def test_erasure_states_its_ground_with_the_sub_paragraph(ground):
    data = replace(sample_input("verwijdering"), ground=ground)
    text = write_letter("verwijdering", data, family_context(), "stellig").body_text()
    assert get_kind("verwijdering").module.GROUNDS[ground][1] in text


def test_restriction_explains_only_storage_and_notice_before_lifting():
    text = write_letter(
        "beperking", sample_input("beperking"), family_context(), "zakelijk"
    ).body_text()
    assert "artikel 18 lid 1 onder a AVG" in text
    assert "alleen nog bewaart" in text and "artikel 18 lid 3 AVG" in text


def test_objection_names_compelling_grounds():
    text = write_letter(
        "bezwaar", sample_input("bezwaar"), family_context(), "vriendelijk"
    ).body_text()
    assert "dwingende gerechtvaardigde gronden" in text


def test_withdrawal_takes_effect_on_the_letter_date_and_can_skip_erasure():
    data = replace(sample_input("intrekking"), ask_erasure=False)
    text = write_letter("intrekking", data, family_context(), "zakelijk").body_text()
    assert "met ingang van 28 november 2026" in text
    assert "artikel 17" not in text
    with_erasure = write_letter(
        "intrekking", sample_input("intrekking"), family_context(), "zakelijk"
    )
    assert "artikel 17 lid 1 onder b AVG" in with_erasure.body_text()


def test_attachment_bytes_are_kept_exactly():
    data = replace(sample_input("aanbieding"), attachments=(Attachment("a.pdf", PDF_BYTES),))
    letter = write_letter("aanbieding", data, family_context(), "zakelijk")
    [part] = list(parse_eml(render_eml(letter)).iter_attachments())
    assert part.get_content() == PDF_BYTES
