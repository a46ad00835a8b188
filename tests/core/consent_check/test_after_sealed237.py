"""Shapes misread on sealed237-244 (opened after their first score), in sentences of our own,
each with a near miss that keeps its old reading.

- doel (AVG art. 4 lid 11): "zo nodig" in carrying out a change of mind ("Beslist u later
  anders ... Binnen een week passen we de vlog aan; zo nodig halen we hem eerst van het
  kanaal") is no open purpose of the exchange.
- gegevens (AVG art. 4 lid 11; overweging 42): "Alle gegevens op dit formulier" points to the
  fields the form names; "noteert alleen of het dossier compleet is" shares no file; telling
  the ambulance "wat nodig is" in a life-threatening situation is no open data of the exchange.
"""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.which_data import judge_gegevens

_VLOG = (
    "Beste ouders,\n\nTijdens de kunstweek maken de kinderen een vlog. Wij plaatsen die op het "
    "YouTube-kanaal van de school, zodat familie kan meekijken. {before} {after}\n\n"
    "☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("before", "after", "oordeel"),
    [
        (
            "Beslist u later anders, dan kan dat altijd: mail de leerkracht.",
            "Binnen een week passen we de vlog aan; zo nodig halen we hem eerst van het kanaal.",
            "ok",
        ),
        (
            "Elke toestemming kunt u op ieder moment weer intrekken.",
            "Mail de leerkracht; binnen vijf werkdagen passen wij het aan en geven we het zo "
            "nodig door aan de stichting.",
            "ok",
        ),
        # a new use, said after the change of mind
        (
            "Beslist u later anders, dan kan dat altijd: mail de leerkracht.",
            "Zo nodig gebruiken we de vlog ook voor andere doelen.",
            "gebrek",
        ),
    ],
)
def test_if_needed_in_carrying_out_a_change_of_mind(before, after, oordeel):
    judgement = judge_doel(Form(_VLOG.format(before=before, after=after)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Alle gegevens op dit formulier worden gebruikt door de leiding, zodat zij bij een "
            "ongeval eerste hulp kunnen geven.",
            "ok",
        ),
        ("De auditor krijgt geen kopieën en noteert alleen of het dossier compleet is.", "ok"),
        (
            "In een levensbedreigende situatie vertellen de begeleiders aan de ambulance wat "
            "nodig is om uw kind te helpen.",
            "ok",
        ),
        # open words that do bear on the exchange
        ("Alle gegevens van uw kind worden gebruikt door de leiding.", "gebrek"),
        ("De auditor krijgt het dossier van uw kind.", "gebrek"),
        ("De begeleiders vertellen de kampleiding wat nodig is.", "gebrek"),
    ],
)
def test_open_words_that_name_no_open_data(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nVoor het kamp geven wij de naam, het telefoonnummer van een ouder en "
        f"de allergieën van uw kind aan de kampleiding. {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_gegevens(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("before", "oordeel"),
    [
        (
            "Bij een ontruiming of noodsituatie willen we u direct per sms kunnen waarschuwen, "
            "bijvoorbeeld waar u uw kind kunt ophalen.",
            "ok",
        ),
        # a motto says no use
        ("Op onze school vinden wij een open sfeer met ouders heel belangrijk.", "gebrek"),
    ],
)
def test_whom_the_sender_wants_to_reach(before, oordeel):
    form = Form(
        f"Beste ouders,\n\n{before} Mogen wij daarvoor uw mobiele nummer doorgeven aan "
        "sms-dienst AlarmLijn BV?\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == oordeel, judgement.uitleg
