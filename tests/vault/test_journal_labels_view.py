"""The Logboek's "Waarover" names what each app journaled, looked up when the page is shown.

Each app answers ``journal_labels`` for its own object types; the journal itself keeps only
the type and the id. An object since deleted gets a calm "(verwijderd)".
"""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.rights.conftest import page_text


@pytest.fixture
def logboek(client_for):
    """The Logboek as the parent reads it (newest first, the first page)."""
    client = client_for("ouder")
    return lambda: page_text(client.get(reverse("vault:journal")))


def test_meetings_by_subject_and_date_and_what_belongs_to_them(family, logboek):
    from dossierwijs.meetings import services
    from tests.meetings.factories import OWN_REPORT, participant, recording

    taking_part = participant(family)  # a new meeting "Gesprek over rekenen" on 12 March 2026
    meeting = taking_part.meeting
    services.save_own_report(report=meeting.own_report, by=family.ouder, **OWN_REPORT)
    services.add_recording_note(
        recording=recording(family), by=family.ouder, at_seconds=65, text="Hier zegt de mentor"
    )
    text = logboek()
    assert "Gesprek over rekenen (12 maart 2026)" in text
    assert "Deelnemer Praktijk De Brug: Gesprek over rekenen (12 maart 2026)" in text
    assert "Eigen verslag: Gesprek over rekenen (12 maart 2026)" in text
    assert "Opname: Gesprek over rekenen (12 maart 2026)" in text
    assert "Notitie bij de opname: Gesprek over rekenen (12 maart 2026)" in text
    assert "Hier zegt de mentor" not in text  # the note's own words stay on its page

    services.remove_participant(participant=taking_part, by=family.ouder)
    assert "Deelnemer aan een gesprek (verwijderd)" in logboek()


def test_the_check_of_a_school_report_names_its_meeting(family, logboek):
    from tests.meetings.factories import comparison

    comparison(family)
    assert "Verslag van school: Gesprek over rekenen (12 maart 2026)" in logboek()


def test_letters_by_their_title_and_a_deleted_one_calmly(family, logboek):
    from dossierwijs.letters.services import delete_letter
    from tests.letters.helpers import family_letter

    letter = family_letter(family)
    assert letter.title.startswith("Inzageverzoek aan OSG De Klimop")
    assert letter.title in logboek()
    delete_letter(letter=letter, by=family.ouder)
    text = logboek()
    assert "Brief (verwijderd)" in text
    assert letter.title not in text


def test_rights_requests_by_kind_and_organisation(family, logboek):
    from dossierwijs.rights import services
    from tests.rights.factories import bare_request

    services.mark_sent(
        rights_request=bare_request(family),
        by=family.ouder,
        on=date(2026, 1, 30),
        how="email",
        received_on=date(2026, 1, 31),
    )
    services.regenerate_calendar_token(vault=family.vault, by=family.ouder)
    text = logboek()
    assert "Inzageverzoek aan OSG De Klimop" in text
    assert "Agenda-link" in text


def test_consents_and_form_checks(family, logboek):
    from dossierwijs.consent.services import consent_expire
    from tests.consent.factories import consent, form_check

    consent_expire(consent=consent(family), by=family.ouder)
    form_check(family)
    text = logboek()
    assert "Toestemming aan OSG De Klimop: de overstap van Sanne naar het vso" in text
    assert "Formuliercontrole: Formulier" in text


def test_organisations_by_their_name_now(family, logboek):
    from dossierwijs.addressbook import services

    organisation = services.add_organisation(
        vault=family.vault, by=family.ouder, name="Praktijk De Brug", kind="zorg"
    )
    services.update_organisation(organisation=organisation, by=family.ouder, name="De Brug")
    text = logboek()
    assert "De Brug" in text
    assert "Praktijk De Brug" not in text  # looked up now, never kept in the journal


def test_shares_by_recipient_and_date(family, logboek):
    from dossierwijs.addressbook.models import Organisation
    from dossierwijs.sharing.models import ShareDraft
    from dossierwijs.sharing.services import record_share

    brug = Organisation.objects.create(vault=family.vault, name="Praktijk De Brug", kind="zorg")
    draft = ShareDraft.objects.create(vault=family.vault, organisation=brug, purpose="behandeling")
    record_share(draft=draft, by=family.ouder, method="anders", shared_on=date(2026, 2, 3))
    assert "Gedeeld met Praktijk De Brug (3 februari 2026)" in logboek()


def test_another_vaults_objects_are_not_named(family):
    """A hook looks only in the vault it is asked about."""
    from dossierwijs.addressbook.presenting import journal_labels
    from dossierwijs.addressbook.services import add_organisation

    theirs = add_organisation(
        vault=family.outsider.vault, by=family.outsider, name="Hun school", kind="school"
    )
    labels = journal_labels(family.vault, "organisation", [str(theirs.pk)])
    assert labels == {str(theirs.pk): "Organisatie (verwijderd)"}


def test_an_app_whose_labels_fail_leaves_the_logboek_up_and_the_others_named(family, logboek):
    from tests.contributing import contributing
    from tests.letters.helpers import family_letter

    def broken(vault, object_type, ids):
        raise RuntimeError("boom")

    letter = family_letter(family)
    with contributing("meetings", journal_labels=(broken,)):
        text = logboek()
    assert letter.title in text
