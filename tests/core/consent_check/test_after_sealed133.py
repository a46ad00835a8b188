"""Readings found after sealed133-140 were scored once (tuned, not a measure): marks that show
where a portal is or how to fill in the form are no boxes ticked beforehand. Each with the
neighbour that must keep its old reading. Rules alone, without the calibration."""

import pytest

from dossierwijs.core.consent_check import check_consent_form

_FORM = (
    "Beste ouders,\n\n{top}\n\n"
    "De GGD doet op school een gehoortest bij uw kind. De jeugdverpleegkundige stuurt de uitslag "
    "naar u en naar de huisarts, zodat die kan kijken of er iets moet gebeuren. De uitslag staat "
    "in het dossier van de GGD tot uw kind 18 is. U mag nee zeggen; dat heeft geen gevolgen. "
    "Intrekken kan altijd via jgz@ggd.example.nl.\n\n"
    "Mag de uitslag naar de huisarts?\n{answer}\n"
)


def _active(top: str, answer: str = "☐ ja ☐ nee") -> str:
    text = _FORM.format(top=top, answer=answer)
    return (
        check_consent_form(text, by_meaning=False, calibrated=False)
        .criteria["ondubbelzinnig"]
        .oordeel
    )


@pytest.mark.parametrize(
    "top",
    [
        "Stap 2 van 3 ●●○",
        "Status: ● nog niet ingevuld",
        "Zo kruist u aan:  ☒   (dus niet met een vinkje of een rondje)",
    ],
)
def test_a_mark_that_shows_the_step_the_status_or_how_to_tick_is_no_box(top):
    assert _active(top) == "ok"


def test_a_yes_ticked_beforehand_stays_a_box_ticked_beforehand():
    assert _active("Stap 2 van 3 ●●○", answer="☒ ja ☐ nee") == "gebrek"


_LETTER = (
    "Beste ouders van Sem,\n\n{extra}\n"
    "Wij willen het leesverslag van Sem van oktober mailen naar juf Ilse van Logopedie De "
    "Klinker, zodat zij haar oefeningen kan afstemmen op wat Sem in de klas leest. Het verslag "
    "staat in ParnasSys. Uw toestemming geldt tot 1 juli 2026. U mag nee zeggen; dat heeft geen "
    "gevolgen. U kunt uw toestemming altijd intrekken via ib@klinker.example.nl.\n\n"
    "Mag het leesverslag naar juf Ilse?\n☐ ja ☐ nee\n"
)


def _judged(criterion: str, extra: str) -> str:
    text = _LETTER.format(extra=extra)
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion].oordeel


@pytest.mark.parametrize(
    ("criterion", "extra", "expected"),
    [
        (
            "vrij",
            "Kinderen zonder toestemming doen aan alles mee; wij zorgen ervoor dat zij niet "
            "herkenbaar in beeld komen.",
            "ok",
        ),
        ("vrij", "Kinderen zonder toestemming kunnen niet mee op kamp.", "gebrek"),
        (
            "vrij",
            "Het Lindeveld College — Toestemming informatie-uitwisseling jeugd-GGZ Velden met * "
            "zijn verplicht.",
            "ok",
        ),
        ("vrij", "Het vakje toestemming is verplicht om uw kind aan te melden.", "gebrek"),
        (
            "gegevens",
            "De rijdende ouders geven hun lijstje na afloop aan mij terug en ik versnipper alles op "
            "woensdag 4 februari.",
            "ok",
        ),
        (
            "gegevens",
            "De ouders geven hun lijstje aan mij en ik stuur alles naar de GGD.",
            "gebrek",
        ),
        (
            "gegevens",
            "De GGD gebruikt de uitkomsten van alle onderzoeken zonder namen voor de monitor.",
            "ok",
        ),
        (
            "gegevens",
            "Daarnaast sturen wij de uitkomsten van alle onderzoeken naar de GGD.",
            "gebrek",
        ),
    ],
)
def test_refusing_deleting_and_filling_in_read_for_what_they_say(criterion, extra, expected):
    assert _judged(criterion, extra) == expected
