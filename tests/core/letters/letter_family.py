"""The Canarisvogel family (the demo family) and one filled-in input per letter kind.

A plain module, not a conftest, so its name cannot clash with other test folders.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dossierwijs.core.letters.kinds.herinnering import HerinneringInput
from dossierwijs.core.letters.kinds.klacht_ap import KlachtInput
from dossierwijs.core.letters.kinds.mentor_update import MentorUpdateInput, SchoolYearNotes
from dossierwijs.core.letters.kinds.timeline import Reply
from dossierwijs.core.letters.model import (
    Address,
    Attachment,
    Child,
    LetterContext,
    Organisation,
    Parent,
    Writer,
)
from dossierwijs.core.letters.registry import KINDS

EVA = Parent("Eva Canarisvogel", "eva@example.nl")
JOOST = Parent("Joost Canarisvogel", "joost@example.nl")
JOOST_ZONDER_GEZAG = Parent("Joost Canarisvogel", "joost@example.nl", gezag=False)
SANNE = Child("Sanne Canarisvogel", date(2013, 4, 12), "sanne@example.nl")
KLIMOP = Organisation(
    "Openbare Scholengemeenschap De Klimop",
    Address("Schoolpad 3", "3512 KL", "Utrecht"),
    "administratie@klimop.example",
    "Marieke de Vries",
)
TODAY = date(2026, 11, 28)
PDF_BYTES = b"%PDF-1.4\n% test attachment\n"


def family_context(**changes) -> LetterContext:
    ctx = LetterContext(
        signers=(EVA, JOOST),
        address=Address("Lijsterbeslaan 14", "3581 AB", "Utrecht"),
        child=SANNE,
        recipient=KLIMOP,
        date=TODAY,
        place="Utrecht",
    )
    return replace(ctx, **changes)


def sixteen_plus_context(writer: Writer) -> LetterContext:
    return family_context(date=date(2029, 6, 1), writer=writer)


def sample_input(kind: str):
    """A realistic filled-in form for ``kind`` (the demo family's year)."""
    t = KINDS[kind].input_type
    samples = {
        "inzage": lambda: t(
            pupil_system="Magister", extra=("de verslagen van de leerlingbespreking",)
        ),
        "correctie": lambda: t(
            statement="Moeder was erg emotioneel tijdens het gesprek.",
            source="verslag van het OPP-gesprek van 14 oktober 2026",
            reason="Dit is een oordeel, geen verslag van wat er is besproken en afgesproken.",
            correction="Moeder gaf aan dat zij zich zorgen maakt over de toetsweek.",
        ),
        "verwijdering": lambda: t(
            items=("het volledige psychodiagnostisch verslag van De Vlinderboom",),
            ground="niet_meer_nodig",
            explanation="Het OPP is vastgesteld; de samenvatting is genoeg.",
        ),
        "beperking": lambda: t(
            items=("de notitie in het logboek van 2 november 2026",), ground="juistheid_betwist"
        ),
        "bezwaar": lambda: t(
            processing="het bespreken van Sanne in het zorgadviesteam met de wijkagent erbij",
            situation="Sanne heeft een angststoornis; een onbekende agent in het overleg "
            "maakt haar bang.",
        ),
        "herinnering": lambda: HerinneringInput(
            request_kind="inzage",
            sent_on=date(2026, 9, 1),
            replies=(Reply(date(2026, 9, 3), "ontvangstbevestiging"),),
        ),
        "klacht_ap": lambda: KlachtInput(
            request_kind="inzage",
            sent_on=date(2026, 9, 1),
            replies=(Reply(date(2026, 9, 3), "ontvangstbevestiging"),),
            reminder_on=date(2026, 10, 12),
            organisation="Openbare Scholengemeenschap De Klimop",
            problem="De notities in het leerlingvolgsysteem ontbreken.",
            attachments=(Attachment("inzageverzoek.pdf", PDF_BYTES),),
        ),
        "intrekking": lambda: t(
            consent_for="het uitwisselen van het OPP met de jeugdarts van de GGD",
            given_on=date(2026, 3, 2),
        ),
        "verkort_verslag": lambda: t(
            report="psychodiagnostisch onderzoek, maart 2026",
            school="Openbare Scholengemeenschap De Klimop",
            purpose="het opstellen van het ontwikkelingsperspectief",
        ),
        "aanbieding": lambda: t(
            purpose="de aanvraag van een toelaatbaarheidsverklaring",
            documents=(
                "het ontwikkelingsperspectief",
                "de conclusie en adviezen van De Vlinderboom",
            ),
            keep_until="tot het besluit over de aanvraag",
            attachments=(
                Attachment("opp.pdf", PDF_BYTES),
                Attachment("vlinderboom-conclusie.pdf", PDF_BYTES),
            ),
        ),
        "mentor_update": lambda: MentorUpdateInput(
            school_year="2026-2027",
            talents=("tekenen", "rekenen"),
            difficulties=("drukte in de aula",),
            helps=("een vaste plek in de klas", "vooraf weten wat er komt"),
            does_not_help=("onverwachte invallers zonder uitleg",),
            previous=SchoolYearNotes(
                school_year="2025-2026",
                talents=("tekenen",),
                difficulties=("groepswerk",),
                helps=("een koptelefoon",),
                does_not_help=("roepen door de klas",),
            ),
        ),
        "geen_toestemming": lambda: t(
            form="toestemming voor uitwisseling met alle betrokken instanties",
            defects=(
                "Er staat geen concreet doel in.",
                "De ontvangers worden niet bij naam genoemd.",
                "Er staat niet hoe lang de toestemming geldt.",
            ),
            received_on=date(2026, 8, 20),
        ),
        "machtiging": lambda: t(),
        "informatie": lambda: t(extra=("de uitslag van het onderzoek naar dyslexie",)),
        "verslag_reactie": lambda: t(
            meeting_date=date(2026, 11, 12),
            subject="de overstap naar het vso",
            points=(
                "Uw verslag: 'moeder was erg emotioneel'. Besproken is dat Sanne thuis huilt.",
                "Uw verslag: 'na de zomervakantie'. Afgesproken was: uiterlijk 1 december.",
            ),
            own_report=Attachment("eigen-verslag.pdf", PDF_BYTES),
        ),
        "gesprek_voorbereiding": lambda: t(
            meeting_date=date(2026, 12, 10),
            subject="de ondersteuning in de klas",
            meeting_time="14.30 uur",
            place="De Klimop, kamer van de intern begeleider",
            purpose="Afspreken welke hulp Sanne krijgt bij rekenen.",
            agenda=("Hoe gaat het in de klas", "Het onderzoek naar dyscalculie"),
            participants=(
                "Marieke de Vries (intern begeleider): leidt het gesprek",
                "Tom Bakker (mentor): vertelt hoe het in de klas gaat",
            ),
            documents=("Het groeidocument (Tom Bakker heeft het al)",),
        ),
    }
    return samples[kind]()


def context_for(kind: str) -> LetterContext:
    """The context a kind is written in (some kinds need a later date or another writer)."""
    if kind == "machtiging":
        return sixteen_plus_context(Writer.OUDERS_MET_MACHTIGING)
    if kind == "informatie":
        return family_context(signers=(JOOST_ZONDER_GEZAG,), other_parents=())
    if kind == "verkort_verslag":
        return family_context(
            recipient=Organisation(
                "Kinder- en Jeugdpraktijk De Vlinderboom",
                Address("Vlinderlaan 8", "3583 VB", "Utrecht"),
                "praktijk@vlinderboom.example",
            )
        )
    return family_context()
