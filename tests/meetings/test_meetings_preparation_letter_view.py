"""POST /gesprekken/<id>/voorbereidingsbrief/: the preparation letter to school, from the meeting."""

from __future__ import annotations

from datetime import time

from django.urls import reverse

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.letters.models import Letter
from dossierwijs.meetings import services
from dossierwijs.sharing.models import ShareDraft
from dossierwijs.sharing.services import record_share
from tests.meetings.conftest import page_text
from tests.rights.factories import ready_for_letters, school
from tests.test_authorization_matrix import family_document


def _prepared(family, a_meeting):
    """Agenda, time, place, a teacher from school and a practice that already has a document."""
    a_meeting.agenda = "Hoe gaat het met rekenen\nHet rekenonderzoek"
    a_meeting.start_time = time(14, 30)
    a_meeting.place = "De Klimop"
    a_meeting.save()
    klimop = school(family)
    bakker = Contact.objects.create(
        vault=family.vault, organisation=klimop, name="Tom Bakker", role="mentor"
    )
    services.add_participant(
        meeting=a_meeting,
        by=family.ouder,
        organisation=klimop,
        contact=bakker,
        role="mentor",
        contribution="vertelt hoe het in de klas gaat",
    )
    brug = Organisation.objects.create(vault=family.vault, name="Praktijk De Brug", kind="zorg")
    draft = ShareDraft.objects.create(
        vault=family.vault,
        organisation=brug,
        purpose="behandeling",
        purpose_key="begeleiding",
        document_ids=[str(family_document(family).pk)],
    )
    share = record_share(draft=draft, by=family.ouder, method="anders")
    services.add_participant(
        meeting=a_meeting,
        by=family.ouder,
        organisation=brug,
        role="behandelaar",
        will_see="het verslag van de logopedist",
    )
    return klimop, share.items.get().title


def test_the_letter_names_purpose_agenda_participants_and_their_documents(ouder, family, a_meeting):
    ready_for_letters(family)
    klimop, shared_title = _prepared(family, a_meeting)
    response = ouder.post(
        reverse("meetings:preparation_letter", args=[a_meeting.pk]),
        {"organisation": klimop.pk, "tone": "zakelijk"},
    )
    a_meeting.refresh_from_db()
    letter = Letter.objects.get(vault=family.vault)
    assert a_meeting.preparation_letter == letter
    assert letter.kind == "gesprek_voorbereiding"
    assert letter.document is not None  # kept in the dossier
    assert response.url == reverse("letters:detail", args=[letter.pk])
    text = " ".join(page_text(ouder.get(response.url)).split())
    for phrase in (
        "Onderwerp: Gesprek over rekenen",
        "Datum: 12 maart 2026, 14.30 uur",
        "Plaats: De Klimop",
        "Afspraken maken over extra hulp bij rekenen.",
        "Het rekenonderzoek",
        "Tom Bakker (OSG De Klimop): mentor, vertelt hoe het in de klas gaat",
        "Praktijk De Brug: behandelaar",
        f"Praktijk De Brug heeft: {shared_title} sinds",
        "Praktijk De Brug krijgt te zien: het verslag van de logopedist",
        "vóór het gesprek te bevestigen",
    ):
        assert phrase in text, phrase
    detail = page_text(ouder.get(reverse("meetings:detail", args=[a_meeting.pk])))
    assert "Uw voorbereidingsbrief aan school" in detail


def test_without_participants_the_letter_asks_who_comes(ouder, family, a_meeting):
    ready_for_letters(family)
    ouder.post(
        reverse("meetings:preparation_letter", args=[a_meeting.pk]),
        {"new_name": "Basisschool De Linde", "tone": "vriendelijk"},
    )
    letter = Letter.objects.get(vault=family.vault)
    assert letter.organisation.name == "Basisschool De Linde"
    text = " ".join(letter.text.split())
    assert "Wie komen er, in welke rol, en waarom?" in text
    assert "Er is nog geen agenda." in text


def test_missing_letter_data_is_named_in_dutch_and_nothing_is_stored(ouder, family, a_meeting):
    organisation = school(family)  # no address yet
    response = ouder.post(
        reverse("meetings:preparation_letter", args=[a_meeting.pk]),
        {"organisation": organisation.pk, "tone": "stellig", "child_birth_date": "2014-02-03"},
        follow=True,
    )
    a_meeting.refresh_from_db()
    assert a_meeting.preparation_letter is None
    assert not Letter.objects.filter(vault=family.vault).exists()
    assert "Voor de brief ontbreekt nog" in page_text(response)


def test_a_vault_without_the_childs_birth_date_asks_for_it_on_the_meeting_page(
    ouder, family, a_meeting
):
    # A vault made on the command line without --geboortedatum: the message named the birth
    # date, but the meeting page had no field for it, a dead end found on a parent walk.
    ready_for_letters(family)
    family.vault.child_birth_date = None
    family.vault.save()
    klimop = school(family)
    page = ouder.get(reverse("meetings:detail", args=[a_meeting.pk])).content.decode()
    assert 'id="prep-child_birth_date"' in page and "Geboortedatum van uw kind" in page
    url = reverse("meetings:preparation_letter", args=[a_meeting.pk])
    response = ouder.post(url, {"organisation": klimop.pk, "tone": "zakelijk"}, follow=True)
    assert "Geboortedatum van uw kind:" in page_text(response)
    assert not Letter.objects.filter(vault=family.vault).exists()
    response = ouder.post(
        url, {"organisation": klimop.pk, "tone": "zakelijk", "child_birth_date": "2014-02-03"}
    )
    family.vault.refresh_from_db()
    assert family.vault.child_birth_date.isoformat() == "2014-02-03"
    assert response.url == reverse("letters:detail", args=[Letter.objects.get().pk])
    page = ouder.get(reverse("meetings:detail", args=[a_meeting.pk])).content.decode()
    assert 'name="child_birth_date"' not in page


def test_an_impossible_birth_date_is_named_and_not_kept(ouder, family, a_meeting):
    ready_for_letters(family)
    family.vault.child_birth_date = None
    family.vault.save()
    response = ouder.post(
        reverse("meetings:preparation_letter", args=[a_meeting.pk]),
        {"organisation": school(family).pk, "tone": "zakelijk", "child_birth_date": "2099-01-01"},
        follow=True,
    )
    assert "Deze datum ligt in de toekomst" in page_text(response)
    family.vault.refresh_from_db()
    assert family.vault.child_birth_date is None


def test_a_missing_address_says_where_to_fill_it_in(ouder, family, a_meeting):
    ready_for_letters(family)
    for member in (family.ouder, family.mede_ouder):
        member.postal_address = ""
        member.save(update_fields=["postal_address"])
    response = ouder.post(
        reverse("meetings:preparation_letter", args=[a_meeting.pk]),
        {"organisation": school(family).pk, "tone": "zakelijk"},
        follow=True,
    )
    text = page_text(response)
    assert "Voor de brief ontbreekt nog: Uw adres" in text
    assert "bij ‘Mijn gegevens’" in text
