"""/gesprekken/<id>/deelnemers/: who takes part, what their organisation already has, and
whether the parents' consent is missing for what is discussed."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.meetings.models import Participant
from dossierwijs.sharing.models import ShareDraft
from dossierwijs.sharing.services import record_share
from dossierwijs.vault.journal_model import JournalEntry
from tests.consent.factories import consent
from tests.meetings.conftest import page_text
from tests.test_authorization_matrix import family_document


def _organisation(family, name, kind, **extra):
    return Organisation.objects.create(vault=family.vault, name=name, kind=kind, **extra)


def _add(ouder, meeting, who, **values):
    return ouder.post(
        reverse("meetings:participants", args=[meeting.pk]),
        {"who": who, "role": "", "contribution": "", "will_see": "", **values},
    )


def test_a_contact_from_the_address_book_is_added_with_role_and_contribution(
    ouder, family, a_meeting
):
    school = _organisation(family, "OSG De Klimop", "school", school_relation="huidig")
    mentor = Contact.objects.create(
        vault=family.vault, organisation=school, name="Meneer Bakker", role="mentor"
    )
    response = _add(
        ouder,
        a_meeting,
        f"contact:{mentor.pk}",
        role="voorzitter",
        contribution="vertelt hoe het in de klas gaat",
        will_see="Rapport groep 6\nOPP 2025",
    )
    assert response.status_code == 302
    participant = Participant.objects.get(meeting=a_meeting)
    assert (participant.contact, participant.organisation) == (mentor, school)
    assert participant.documents_to_see() == ["Rapport groep 6", "OPP 2025"]
    assert JournalEntry.objects.filter(object_id=str(participant.pk)).exists()

    text = page_text(ouder.get(reverse("meetings:participants", args=[a_meeting.pk])))
    assert "Meneer Bakker" in text and "voorzitter" in text
    assert "vertelt hoe het in de klas gaat" in text and "OPP 2025" in text
    # The child's own school is not flagged.
    assert "Toestemming nodig" not in text


def test_an_external_organisation_without_consent_is_flagged_with_the_way_out(
    ouder, family, a_meeting
):
    brug = _organisation(family, "Praktijk De Brug", "zorg")
    _add(ouder, a_meeting, f"org:{brug.pk}", role="behandelaar van Sanne")
    response = ouder.get(reverse("meetings:participants", args=[a_meeting.pk]))
    html = response.content.decode()
    assert 'data-flag="toestemming"' in html
    assert "Toestemming nodig" in html
    assert reverse("consent:give") in html
    assert "niet te bespreken" in html
    assert "Geen geldige toestemming in uw register." in html


def test_an_organisation_with_a_current_consent_is_not_flagged(ouder, family, a_meeting):
    brug = _organisation(family, "Praktijk De Brug", "zorg")
    given = consent(family, from_organisation=brug, purpose="extra hulp bij rekenen")
    _add(ouder, a_meeting, f"org:{brug.pk}")
    html = ouder.get(reverse("meetings:participants", args=[a_meeting.pk])).content.decode()
    assert 'data-flag="toestemming"' not in html
    assert "toestemming geldig tot en met" in html
    assert reverse("consent:detail", args=[given.pk]) in html


def test_a_withdrawn_consent_does_not_count(ouder, family, a_meeting):
    brug = _organisation(family, "Praktijk De Brug", "zorg")
    consent(family, from_organisation=brug).withdraw(date(2026, 1, 5))
    _add(ouder, a_meeting, f"org:{brug.pk}")
    html = ouder.get(reverse("meetings:participants", args=[a_meeting.pk])).content.decode()
    assert 'data-flag="toestemming"' in html


def test_the_samenwerkingsverband_has_a_legal_basis_for_extra_support(ouder, family, a_meeting):
    # The meeting is about "extra hulp": the rules' "arrangement", a task of school and swv.
    swv = _organisation(family, "SWV Utrecht PO", "swv")
    _add(ouder, a_meeting, f"org:{swv.pk}")
    html = ouder.get(reverse("meetings:participants", args=[a_meeting.pk])).content.decode()
    assert 'data-flag="toestemming"' not in html
    assert "Voor dit doel is die niet nodig: Eigen wettelijke taak" in html


def test_documents_the_organisation_already_has_come_from_the_ledger(ouder, family, a_meeting):
    brug = _organisation(family, "Praktijk De Brug", "zorg")
    document = family_document(family)
    draft = ShareDraft.objects.create(
        vault=family.vault,
        organisation=brug,
        purpose="behandeling",
        purpose_key="begeleiding",
        document_ids=[str(document.pk)],
    )
    share = record_share(draft=draft, by=family.ouder, method="anders")
    _add(ouder, a_meeting, f"org:{brug.pk}")
    text = page_text(ouder.get(reverse("meetings:participants", args=[a_meeting.pk])))
    item = share.items.get()
    assert f"heeft: {item.title} sinds {share.shared_on:%d-%m-%Y}" in text


def test_a_participant_is_changed_and_removed(ouder, family, a_meeting):
    brug = _organisation(family, "Praktijk De Brug", "zorg")
    swv = _organisation(family, "SWV Utrecht PO", "swv")
    _add(ouder, a_meeting, f"org:{brug.pk}")
    participant = Participant.objects.get(meeting=a_meeting)
    edit = reverse("meetings:participant_edit", args=[participant.pk])
    assert ouder.get(edit).status_code == 200
    response = ouder.post(edit, {"who": f"org:{swv.pk}", "role": "adviseur"})
    assert response.status_code == 302
    participant.refresh_from_db()
    assert (participant.organisation, participant.role) == (swv, "adviseur")
    ouder.post(reverse("meetings:participant_remove", args=[participant.pk]))
    assert not Participant.objects.filter(pk=participant.pk).exists()


def test_someone_outside_the_address_book_is_refused_with_a_dutch_message(ouder, family, a_meeting):
    response = _add(ouder, a_meeting, "org:00000000-0000-0000-0000-000000000000")
    assert response.status_code == 200
    assert not Participant.objects.filter(meeting=a_meeting).exists()
    assert "Kies" in response.content.decode()


def test_an_outsider_cannot_see_or_edit_participants(family, client_for, a_meeting):
    brug = _organisation(family, "Praktijk De Brug", "zorg")
    outsider = client_for("outsider")
    assert outsider.get(reverse("meetings:participants", args=[a_meeting.pk])).status_code == 404
    assert _add(outsider, a_meeting, f"org:{brug.pk}").status_code == 404
    assert not Participant.objects.filter(meeting=a_meeting).exists()
