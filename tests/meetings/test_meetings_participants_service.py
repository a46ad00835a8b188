"""meetings.services: participants are added, changed and removed from the address book only."""

from __future__ import annotations

import pytest

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.meetings import services
from dossierwijs.meetings.participants import is_external, rules_purpose
from dossierwijs.vault.journal_model import Action, JournalEntry


def _org(family, name="Praktijk De Brug", kind="zorg", **extra):
    return Organisation.objects.create(vault=family.vault, name=name, kind=kind, **extra)


def test_a_contact_must_work_at_the_chosen_organisation(family, a_meeting):
    brug, school = _org(family), _org(family, "OSG De Klimop", "school")
    mentor = Contact.objects.create(
        vault=family.vault, organisation=school, name="Meneer Bakker", role="mentor"
    )
    with pytest.raises(services.ParticipantError, match="werkt niet bij"):
        services.add_participant(
            meeting=a_meeting, by=family.ouder, organisation=brug, contact=mentor
        )
    assert not a_meeting.participants.exists()


def test_removing_a_participant_is_journaled_without_names(family, a_meeting):
    participant = services.add_participant(
        meeting=a_meeting, by=family.ouder, organisation=_org(family), role="behandelaar"
    )
    participant_id = str(participant.pk)
    services.remove_participant(participant=participant, by=family.ouder)
    entry = JournalEntry.objects.filter(object_id=participant_id, action=Action.DELETE).get()
    assert "Brug" not in entry.summary
    assert not a_meeting.participants.exists()


@pytest.mark.parametrize(
    ("purpose", "key"),
    [
        ("Afspraken maken over extra hulp bij rekenen.", "arrangement"),
        ("Aanvraag toelaatbaarheidsverklaring", "tlv"),
        ("De overstap naar het voortgezet onderwijs", "overstap"),
        ("Kennismaken met de nieuwe juf", None),
    ],
)
def test_the_meetings_purpose_maps_onto_the_rules_where_it_can(purpose, key):
    assert rules_purpose(purpose) == key


def test_only_the_childs_current_school_is_inside(family):
    assert not is_external(_org(family, "OSG De Klimop", "school", school_relation="huidig"))
    assert is_external(_org(family, "Het Lyceum", "school", school_relation="volgend"))
    assert is_external(_org(family, "SWV Utrecht PO", "swv"))
