"""The signs of several exchanges under one choice, weighed by what they were worth at first
sight (sealed105-148, each judged by the checker of its day before anyone read the form):
the sure signs make a defect, the weak ones are shown to the parent as a doubt that does not
count. Letters of our own, with the neighbour that must keep its reading."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.several_exchanges import (
    covers_several_things,
    may_cover_several_things,
)
from dossierwijs.core.letters.kinds import geen_toestemming as g

from .granular_reading import reading

_LETTER = (
    "Beste ouders van Mees,\n\n"
    "Wij willen het handelingsplan lezen van Mees mailen naar logopedist Ruth Bakker van "
    "Praktijk Klankrijk, zodat zij haar oefeningen kan afstemmen op de klas. {extra}\n"
    "Het plan staat in ons leerlingvolgsysteem ParnasSys en wordt daar twee jaar na het "
    "vertrek van Mees verwijderd. Uw toestemming geldt tot 1 juli 2027. U mag nee zeggen; "
    "Mees krijgt dan gewoon dezelfde hulp in de klas. Intrekken kan altijd via "
    "ib@deakker.example.nl.\n\n"
    "Mag het plan naar Ruth Bakker?\n☐ ja ☐ nee\n\n"
    "Naam ouder: ____________  Handtekening: ____________\n"
)

_WEAK_SIGNS = [
    "Daarnaast sturen wij het plan naar de jeugdarts van GGD Noordkust.",
    "Wij bespreken het plan ook met het zorgteam van de stichting.",
    "Wij sturen het plan ook naar Bureau Leesdraad, naar Stichting Taalkring en naar "
    "Huiswerkhuis Zonneveld.",
]


def _form(extra: str) -> Form:
    return Form(_LETTER.format(extra=extra))


def test_one_exchange_with_one_choice_is_plainly_in_order():
    judged = judge_granulair(_form(""))
    assert reading(judged) == "ok"
    assert "Misschien" not in judged.uitleg


@pytest.mark.parametrize("extra", _WEAK_SIGNS)
def test_a_weak_sign_is_shown_as_a_doubt_and_not_counted(extra):
    form = _form(extra)
    choices = form.choices()
    assert may_cover_several_things(form, choices)
    assert not covers_several_things(form, choices)
    judged = judge_granulair(form)
    assert reading(judged) == "twijfel"
    # The parent is told what to look at and why it does not count.
    assert "telt het niet mee in de uitkomst" in judged.uitleg
    assert "apart ja of nee op kunnen zeggen" in judged.uitleg
    assert "Vraag dan om een apart vakje" in judged.uitleg
    # ... and points at the sentence that shows the sign, beside the one choice.
    assert any(extra[:40] in quote for quote in judged.bewijs), judged.bewijs
    assert any("☐ ja ☐ nee" in quote for quote in judged.bewijs), judged.bewijs


@pytest.mark.parametrize("extra", _WEAK_SIGNS)
def test_a_weak_sign_alone_leaves_a_careful_form_valid(extra):
    result = check_consent_form(_LETTER.format(extra=extra), by_meaning=False)
    assert result.criteria["granulair"].oordeel == "ok"
    assert result.verdict == "geldig"


def test_a_doubt_does_not_go_into_the_letter_to_the_school():
    # (even with every doubtful point confirmed: a doubt that does not count is no defect)
    result = check_consent_form(_LETTER.format(extra=_WEAK_SIGNS[0]), by_meaning=False)
    as_json = {
        "criteria": {
            code: {"oordeel": j.oordeel, "uitleg": j.uitleg, "bewijs": list(j.bewijs)}
            for code, j in result.criteria.items()
        }
    }
    lines = g.defects_from_check(as_json, confirmed=tuple(result.criteria))
    assert not any("per doel of per organisatie" in line for line in lines), lines


@pytest.mark.parametrize(
    "extra",
    [
        # an open group of recipients: right 26 times in 35 at first sight
        "Wij delen het plan daarnaast met andere instanties in de regio.",
        # open purposes: right 10 of 10
        "Het plan mag ook gebruikt worden voor alle doeleinden van de Jeugdwet.",
        # a list of three parties in one breath
        "Wij sturen het plan ook naar de huisarts, de GGD en de jeugdhulp.",
    ],
)
def test_a_sure_sign_stays_a_defect(extra):
    form = _form(extra)
    assert covers_several_things(form, form.choices())
    assert judge_granulair(form).oordeel == "gebrek"


def test_answers_per_part_the_choices_missed_are_not_doubted():
    text = (
        "Beste ouders,\n\nVoor de excursie naar Museum Waterkant vragen wij twee dingen.\n"
        "1. Wij geven de allergieën van uw kind door aan de kantine van het museum.\n"
        "2. Wij delen foto's van de dag in de Parro-groep van de klas.\n"
        "Antwoord per punt: 1 ja / nee   2 ja / nee\n"
        "Intrekken kan altijd bij de leerkracht.\n"
    )
    judged = judge_granulair(Form(text))
    assert reading(judged) == "ok", judged.uitleg


def test_a_choice_per_part_is_not_doubted():
    text = _LETTER.format(extra=_WEAK_SIGNS[0]).replace(
        "☐ ja ☐ nee\n", "☐ ja ☐ nee\nMag het plan naar de jeugdarts?\n☐ ja ☐ nee\n"
    )
    judged = judge_granulair(Form(text))
    assert judged.oordeel == "ok"
    assert "Misschien" not in judged.uitleg
