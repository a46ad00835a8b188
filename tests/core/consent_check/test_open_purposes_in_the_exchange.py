"""Open words that are the only reason an exchange gives ("zodat zij haar indien nodig kunnen
ondersteunen", "waar het van pas komt", "voor communicatiedoeleinden") leave the purpose open,
each with a neighbour whose purpose is concrete. Found after sealed117-120 were scored (tuned,
not a measure). Rules alone, without the calibration."""

import pytest

from dossierwijs.core.consent_check import check_consent_form

_LETTER = (
    "Beste ouders van Lotte,\n\n"
    "Lotte gaat na de zomer naar het Baken College in Westerhaar. {intro}\n\n"
    "Het gaat om:\n"
    "• de uitslagen van de rekentoetsen van groep 8\n"
    "• het leesverslag van juni\n\n"
    "Het Baken College zet deze stukken in Lottes dossier in Magister. U hoeft niet mee te doen; "
    "als u nee zegt, heeft dat geen gevolgen. Uw toestemming geldt tot 1 oktober 2026. Wilt u "
    "stoppen? Mail dan ib@klimop.example.nl, dan sturen we niets meer.\n\n"
    "Rekentoetsen delen met het Baken College\n[ Ja ]   [ Nee ]\n\n"
    "Leesverslag delen met het Baken College\n[ Ja ]   [ Nee ]\n"
)


def _doel(intro: str) -> str:
    text = _LETTER.format(intro=intro)
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria["doel"].oordeel


def test_an_introduction_whose_only_reason_is_open_leaves_the_purpose_open():
    intro = (
        "Voor een goede begeleiding willen we graag wat informatie met het Baken College delen, "
        "zodat zij Lotte indien nodig kunnen ondersteunen."
    )
    assert _doel(intro) == "gebrek"


def test_an_introduction_with_a_concrete_reason_of_its_own_keeps_it():
    intro = (
        "Voor een goede start willen we graag wat informatie met het Baken College delen, "
        "zodat de mentor weet welke rekenstof Lotte al beheerst."
    )
    assert _doel(intro) == "ok"


@pytest.mark.parametrize(
    "intro",
    [
        "Wij delen graag wat informatie. Zo kunnen ze Lotte de best mogelijke begeleiding bieden.",
        "Wij delen wat informatie, voor communicatie- en kwaliteitsdoeleinden.",
        "Wij delen wat informatie, voor van alles wat verder handig is.",
        "Wij delen wat informatie, die de mentor gebruikt waar het van pas komt.",
        "Wij delen graag wat informatie, zodat ze Lotte beter kunnen helpen als dat nodig is.",
        "Wij delen graag wat informatie, zodat ze Lotte beter kunnen helpen als er iets speelt.",
    ],
)
def test_open_words_as_the_only_reason_leave_the_purpose_open(intro):
    assert _doel(intro) == "gebrek"


@pytest.mark.parametrize(
    "intro",
    [
        "Wij delen graag wat informatie, zodat ze Lotte beter kunnen begeleiden bij het rekenen.",
        "Wij delen graag wat informatie, zodat de mentor de rekengroep voor Lotte kan kiezen.",
        # (after sealed125-128 were scored: a named moment, a named thing known)
        "Wij delen graag wat informatie, zodat ze Lotte beter kunnen helpen als ze overprikkeld raakt.",
        "Wij delen graag wat informatie. Zo kan de mentor Lotte beter helpen als wij het advies van "
        "de logopedist kennen.",
    ],
)
def test_a_reason_narrowed_to_one_thing_stays_concrete(intro):
    assert _doel(intro) == "ok"


_CONTACT = (
    "Beste ouders van Daan,\n\n"
    "Daan komt sinds de zomer bij ons op het spreekuur. {ask}\n"
    "Het gaat om de uitslag van het gehooronderzoek van 3 september. Uw toestemming geldt tot 1 "
    "juli 2026; wij bewaren alleen een notitie in Daans medisch dossier. U bent niet verplicht "
    "toestemming te geven; het heeft geen gevolgen voor de zorg. Intrekken kan altijd, telefonisch "
    "bij de assistente.\n\n"
    "[ ] ja   [ ] nee   contact met juf Iris van De Klimop over de uitslag\n"
)


def _contact_doel(ask: str) -> str:
    text = _CONTACT.format(ask=ask)
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria["doel"].oordeel


def test_consent_to_take_contact_if_needed_is_an_open_purpose():
    ask = (
        "Wij vragen u toestemming om, indien nodig, contact op te nemen met juf Iris van De Klimop."
    )
    assert _contact_doel(ask) == "gebrek"


def test_how_to_reach_us_if_needed_is_no_purpose():
    ask = (
        "Wij vragen u toestemming om juf Iris van De Klimop te bellen, zodat zij weet dat Daan "
        "vooraan moet zitten. Heeft u vragen, neem dan indien nodig contact op met de assistente."
    )
    assert _contact_doel(ask) == "ok"
