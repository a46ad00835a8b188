"""Meetings for tests, made through the real services."""

from __future__ import annotations

from datetime import date

OWN_REPORT = {
    "attendees": "Eva Canarisvogel (moeder)\nmeneer Bakker (mentor)\nmevrouw Smit (intern begeleider)",
    "purpose": "Afspraken maken over extra hulp bij rekenen.",
    "discussed": "Meneer Bakker vertelde dat Sanne bij rekenen achterloopt.\n"
    "Wij willen niet dat Sanne voor rekenen naar een lagere groep gaat.",
    "agreements": "Mevrouw Smit vraagt voor 27 maart een rekenonderzoek aan.\n"
    "Sanne krijgt twee keer per week extra rekenhulp van meneer Bakker.",
    "positions": "",
    "follow_up": "Evaluatie op donderdag 7 mei 2026 om 9.30 uur.",
}

SCHOOL_REPORT = """Verslag oudergesprek Sanne
Aanwezig: moeder, mentor, intern begeleider

De mentor geeft aan dat Sanne bij rekenen achterloopt. Moeder was erg emotioneel.

Afspraken
- De intern begeleider vraagt na de zomervakantie een rekenonderzoek aan.
- Sanne krijgt twee keer per week extra rekenhulp van de mentor.
- De mentor meldt Sanne aan bij de schoolarts van de GGD.
- Evaluatie op 7 mei 2026 om 9.30 uur.
"""


def meeting(family, *, with_report: bool = False):
    from dossierwijs.meetings import services

    found = services.create_meeting(
        vault=family.vault,
        by=family.ouder,
        title="Gesprek over rekenen",
        held_on=date(2026, 3, 12),
        purpose="Afspraken maken over extra hulp bij rekenen.",
        child_joins="nee",
    )
    if with_report:
        services.save_own_report(report=found.own_report, by=family.ouder, **OWN_REPORT)
    return found


def comparison(family):
    from dossierwijs.meetings import services

    found = meeting(family, with_report=True)
    return services.check_school_report(meeting=found, by=family.ouder, school_text=SCHOOL_REPORT)


def recording(family):
    from dossierwijs.meetings import services

    wav = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)
    return services.add_recording(
        meeting=meeting(family), by=family.ouder, filename="opname.wav", data=wav
    )


def participant(family, *, kind: str = "zorg", name: str = "Praktijk De Brug"):
    """An organisation from the address book taking part in a new meeting."""
    from dossierwijs.addressbook.models import Organisation
    from dossierwijs.meetings import services

    organisation = Organisation.objects.create(vault=family.vault, name=name, kind=kind)
    return services.add_participant(
        meeting=meeting(family), by=family.ouder, organisation=organisation, role="geeft advies"
    )


def matrix_parameter(name: str, family):
    if name == "meeting_id":
        return meeting(family).pk
    if name == "participant_id":
        return participant(family).pk
    if name == "recording_id":
        return recording(family).pk
    return comparison(family).pk
