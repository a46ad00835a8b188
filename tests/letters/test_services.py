"""produce_letter: every format from one text, kept in the dossier, journaled, edits checked."""

from __future__ import annotations

from datetime import date

import pytest

from dossierwijs.core.letters import KINDS, LetterError, MissingData, placeholders_in
from dossierwijs.letters.models import Letter
from dossierwijs.letters.services import editable_text, produce_letter, render
from dossierwijs.vault import services
from tests.letters.conftest import docx_text, flat, parse_eml, pdf_text, sample_fields


def _inzage(family, school, **kwargs):
    return produce_letter(
        vault=family.vault,
        by=family.ouder,
        kind="inzage",
        tone=kwargs.pop("tone", "zakelijk"),
        fields=kwargs.pop("fields", {"pupil_system": "Magister"}),
        organisation=school,
        **kwargs,
    )


def test_access_request_in_pdf_docx_and_eml(letter_family, school):
    result = _inzage(letter_family, school)
    pdf, word = flat(pdf_text(result.pdf)), flat(docx_text(result.docx))
    for text in (pdf, word):
        assert "artikel 15 van de Algemene verordening gegevensbescherming" in text
        assert "Eva Canarisvogel en Joost Canarisvogel" in text
        assert "Magister" in text
        assert "Lijsterbeslaan 14" in text
        assert not placeholders_in(text)
    message = parse_eml(result.eml)
    assert message["To"] == "administratie@klimop.example"
    assert "joost@example.nl" in message["Cc"]
    assert "Joost Canarisvogel" in message["Cc"]
    assert "artikel 15 lid 3 AVG" in flat(message.get_body().get_content())
    assert result.mailto.startswith("mailto:administratie@klimop.example?cc=joost@example.nl")


def test_the_pdf_is_kept_in_the_dossier_as_a_letter(letter_family, school):
    from dossierwijs.dossier.models import Document

    result = _inzage(letter_family, school)
    document = Document.objects.get(pk=result.letter.document.pk)
    assert document.doc_type == "brief"
    assert document.origin == "eigen"
    assert document.title.startswith("Inzageverzoek aan OSG De Klimop – ")
    assert document.vault == letter_family.vault
    assert render(result.letter, "pdf").content == result.pdf


def test_producing_is_journaled_without_the_text(letter_family, school):
    from dossierwijs.vault.journal_model import Action, JournalEntry

    result = _inzage(letter_family, school)
    entry = JournalEntry.objects.filter(vault=letter_family.vault, action=Action.LETTER).get()
    assert entry.object_id == str(result.letter.pk)
    assert "Sanne" not in entry.summary and "Klimop" not in entry.summary


def test_the_parents_edit_is_used_in_every_format(letter_family, school):
    from dossierwijs.letters.services import compose

    letter, _data, _ctx = compose(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="inzage",
        tone="zakelijk",
        fields={},
        organisation=school,
    )
    edited = editable_text(letter) + "\n\nOok de verslagen van de zorgcommissie graag."
    result = _inzage(letter_family, school, fields={}, edited_text=edited)
    assert "verslagen van de zorgcommissie" in flat(pdf_text(result.pdf))
    assert "verslagen van de zorgcommissie" in flat(docx_text(result.docx))
    assert "verslagen van de zorgcommissie" in flat(parse_eml(result.eml).get_body().get_content())
    assert "verslagen van de zorgcommissie" in Letter.objects.get().text
    again = render(result.letter, "docx").content
    assert "verslagen van de zorgcommissie" in flat(docx_text(again))


def test_an_edit_that_drops_the_one_month_term_is_refused(letter_family, school):
    from dossierwijs.letters.services import compose

    letter, _data, _ctx = compose(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="inzage",
        tone="vriendelijk",
        fields={},
        organisation=school,
    )
    text = editable_text(letter).replace("binnen één maand na ontvangst", "snel")
    with pytest.raises(LetterError) as caught:
        _inzage(letter_family, school, fields={}, tone="vriendelijk", edited_text=text)
    assert "De termijn van één maand" in caught.value.message
    assert not Letter.objects.exists()


def test_missing_address_raises_missing_data_and_stores_nothing(letter_family, school):
    from dossierwijs.dossier.models import Document

    letter_family.ouder.postal_address = ""
    letter_family.ouder.save()
    with pytest.raises(MissingData) as caught:
        _inzage(letter_family, school)
    assert any("adres" in label for label in caught.value.labels)
    assert not Document.objects.exists() and not Letter.objects.exists()


def test_without_the_schools_email_there_is_no_eml_but_a_pdf(letter_family, school):
    school.email = ""
    school.save()
    result = _inzage(letter_family, school)
    assert result.eml is None and result.mailto == ""
    assert result.pdf.startswith(b"%PDF")


def test_parents_of_a_16_year_old_get_the_authorisation_too(letter_family, school):
    letter_family.vault.child_birth_date = date(2008, 3, 1)
    letter_family.vault.save()
    with pytest.raises(LetterError):  # the young person decides from 16
        _inzage(letter_family, school)
    result = _inzage(letter_family, school, extra={"writer": "ouders_met_machtiging"})
    assert "schriftelijk gemachtigd" in flat(pdf_text(result.pdf))
    assert result.authorisation is not None
    assert result.letter.companion == result.authorisation
    authorisation = flat(pdf_text(render(result.authorisation, "pdf").content))
    assert "Ik, Sanne Canarisvogel, geef mijn ouders" in authorisation


def test_the_young_person_writes_herself(letter_family, school):
    letter_family.vault.child_birth_date = date(2008, 3, 1)
    letter_family.vault.save()
    result = produce_letter(
        vault=letter_family.vault,
        by=letter_family.kind_16plus,
        kind="inzage",
        tone="zakelijk",
        fields={},
        organisation=school,
        extra={"writer": "jongere", "address": "Lijsterbeslaan 14, 3581 AB Utrecht"},
    )
    assert "Ik ben Sanne Canarisvogel" in flat(pdf_text(result.pdf))
    assert result.authorisation is None


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_produced_and_stored(kind, letter_family, school):
    extra = {}
    by, both = letter_family.ouder, True
    if kind == "machtiging":
        letter_family.vault.child_birth_date = date(2008, 3, 1)
        letter_family.vault.save()
        extra = {"writer": "ouders_met_machtiging"}
    if kind == "informatie":  # BW 1:377c: the parent without gezag asks, alone
        by, both = letter_family.mede_ouder, False
        services.set_gezag(member=by, gezag="zonder")
    result = produce_letter(
        vault=letter_family.vault,
        by=by,
        kind=kind,
        tone="stellig",
        fields=sample_fields(kind),
        organisation=school,
        sign_as_both=both,
        extra=extra,
    )
    text = flat(pdf_text(result.pdf))
    assert "Sanne" in text and not placeholders_in(text)
    assert flat(docx_text(result.docx))
    assert result.letter.kind == kind
    assert result.letter.document.doc_type == "brief"


def test_the_mentor_letter_compares_with_last_year(letter_family, school):
    year = sample_fields("mentor_update")
    last = {**year, "school_year": "2025-2026", "talents": ("puzzelen",)}
    produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields=last,
        organisation=school,
    )
    result = produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields=year,
        organisation=school,
    )
    text = flat(pdf_text(result.pdf))
    assert "2025-2026" in text and "puzzelen" in text


def test_the_authorisation_with_a_correction_request_covers_the_correction(letter_family, school):
    letter_family.vault.child_birth_date = date(2008, 3, 1)
    letter_family.vault.save()
    result = produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="correctie",
        tone="zakelijk",
        fields=sample_fields("correctie"),
        organisation=school,
        extra={"writer": "ouders_met_machtiging"},
    )
    authorisation = flat(pdf_text(render(result.authorisation, "pdf").content))
    assert "verbeteren of aan te vullen (AVG artikel 16)" in authorisation
    assert "inzage" not in authorisation


def test_an_email_typed_for_a_known_organisation_is_remembered(letter_family):
    from dossierwijs.addressbook.models import Organisation

    org = Organisation.objects.create(vault=letter_family.vault, name="GGD Utrecht", kind="ggd")
    produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="bezwaar",
        tone="zakelijk",
        fields=sample_fields("bezwaar"),
        organisation=org,
        extra={"organisation_email": "privacy@ggd.example"},
    )
    org.refresh_from_db()
    assert org.email == "privacy@ggd.example"
    again = produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="inzage",
        tone="zakelijk",
        fields={},
        organisation=org,
    )
    assert parse_eml(again.eml)["To"] == "privacy@ggd.example"


def test_the_mentor_letter_goes_to_the_mentors_own_address(letter_family, school):
    from dossierwijs.addressbook.models import Contact

    fields = sample_fields("mentor_update")
    no_mail = produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields=fields,
        organisation=school,
    )
    assert no_mail.eml is None  # never the general mailbox administratie@klimop.example
    assert "Beste Marieke de Vries" in flat(pdf_text(no_mail.pdf))
    Contact.objects.filter(name="Marieke de Vries").update(email="m.devries@klimop.example")
    result = produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields={**fields, "school_year": "2027-2028"},
        organisation=school,
    )
    assert parse_eml(result.eml)["To"] == "m.devries@klimop.example"
    school.refresh_from_db()
    assert school.email == "administratie@klimop.example"  # the school's own stays as it was
