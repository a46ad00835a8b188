"""A family with what letters need: birth date, the parents' address and e-mail, the school."""

from __future__ import annotations

import email
import email.policy
import io
from datetime import date

import pytest

from tests.letters.helpers import family_school, prepare_family


@pytest.fixture
def letter_family(family):
    prepare_family(family)
    return family


@pytest.fixture
def school(letter_family):
    from dossierwijs.addressbook.models import Contact

    org = family_school(letter_family)
    Contact.objects.create(
        vault=letter_family.vault, organisation=org, name="Marieke de Vries", role="mentor"
    )
    return org


def pdf_text(data: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


def parse_eml(data: bytes):
    return email.message_from_bytes(data, policy=email.policy.default)


def flat(text: str) -> str:
    """One space between words, no soft hyphens: to compare text across formats."""
    return " ".join(text.replace("\u00ad", "").split())


PDF_BYTES = b"%PDF-1.4\n% test attachment\n"


def sample_fields(kind: str) -> dict:
    """A filled-in form for ``kind`` as produce_letter takes it."""
    from dossierwijs.core.letters import Attachment
    from dossierwijs.core.letters.kinds.timeline import Reply

    history = {
        "request_kind": "inzage",
        "sent_on": date(2026, 9, 1),
        "replies": (Reply(date(2026, 9, 3), "ontvangstbevestiging"),),
    }
    samples = {
        "inzage": {
            "pupil_system": "Magister",
            "extra": ("de verslagen van de leerlingbespreking",),
        },
        "correctie": {
            "statement": "Moeder was erg emotioneel tijdens het gesprek.",
            "source": "verslag van het OPP-gesprek van 14 oktober 2026",
            "reason": "Dit is een oordeel, geen verslag van wat er is besproken.",
            "correction": "Moeder gaf aan dat zij zich zorgen maakt over de toetsweek.",
        },
        "verwijdering": {
            "items": ("het volledige psychodiagnostisch verslag",),
            "ground": "niet_meer_nodig",
        },
        "beperking": {"items": ("de notitie van 2 november 2026",), "ground": "juistheid_betwist"},
        "bezwaar": {
            "processing": "het bespreken van Sanne in het zorgteam met de wijkagent erbij",
            "situation": "Een onbekende agent in het overleg maakt haar bang.",
        },
        "herinnering": dict(history),
        "klacht_ap": {
            **history,
            "reminder_on": date(2026, 10, 12),
            "organisation": "OSG De Klimop",
            "problem": "De notities in het leerlingvolgsysteem ontbreken.",
            "attachments": (Attachment("inzageverzoek.pdf", PDF_BYTES),),
        },
        "intrekking": {"consent_for": "het uitwisselen van het OPP met de jeugdarts"},
        "verkort_verslag": {
            "report": "psychodiagnostisch onderzoek, maart 2026",
            "school": "OSG De Klimop",
            "purpose": "het opstellen van het ontwikkelingsperspectief",
        },
        "aanbieding": {
            "purpose": "de aanvraag van een toelaatbaarheidsverklaring",
            "documents": ("het ontwikkelingsperspectief",),
            "attachments": (Attachment("opp.pdf", PDF_BYTES),),
        },
        "mentor_update": {
            "school_year": "2026-2027",
            "talents": ("tekenen",),
            "difficulties": ("drukte in de aula",),
            "helps": ("een vaste plek in de klas",),
            "does_not_help": ("onverwachte invallers",),
        },
        "geen_toestemming": {
            "form": "toestemming voor uitwisseling met alle betrokken instanties",
            "defects": ("Er staat geen concreet doel in.",),
        },
        "machtiging": {},
        "informatie": {"topics": ("voortgang", "ondersteuning")},
        "verslag_reactie": {
            "meeting_date": date(2026, 11, 12),
            "subject": "de overstap naar het vso",
            "points": ("Uw verslag: 'na de zomervakantie'. Afgesproken: uiterlijk 1 december.",),
            "own_report": Attachment("eigen-verslag.pdf", PDF_BYTES),
        },
        "gesprek_voorbereiding": {
            "meeting_date": date(2026, 12, 10),
            "subject": "de ondersteuning in de klas",
            "agenda": ("Hoe gaat het in de klas",),
            "participants": ("Tom Bakker (mentor): vertelt hoe het in de klas gaat",),
        },
    }
    return samples[kind]
