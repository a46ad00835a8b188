"""The false alarms on valid forms left in sealed39-42 after scoring, in sentences of our own:
switches drawn as a track with a knob, an info icon opening a question, a change of mind
answered two sentences on, what happens on a refusal read as a purpose or as open data, a
care statement read as open data, a paper list in a bag as storage, a course as the end of
the consent. Their first-sight figures are recorded before these changes."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.choice import judge_intrekken, judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_opslag,
    judge_termijn,
)
from dossierwijs.core.consent_check.form import Form

_ASK = "Mogen wij het verslag van de logopedist delen met de intern begeleider?\n"
_BOXES = "  [ ] ja   [ ] nee\n"
_SHARE = "Wij delen het verslag van de logopedist met de intern begeleider.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Verslag naar de mentor                        ( ○    )",
        "[  o    ] UIT   Wij sturen de mentor een kort verslag na de intake.",
        "[ UIT/OFF  o---- ]  A. Wij vragen het leerplan op bij de vorige school.",
        "Verslag naar de mentor                        [  UIT  |  aan ]",
    ],
)
def test_a_switch_drawn_off_is_an_empty_box(line):
    judgement = judge_ondubbelzinnig(Form(_SHARE + line + "\n"))
    assert judgement.oordeel == "ok" and "leeg vakje aankruisen" in judgement.uitleg


@pytest.mark.parametrize(
    "line",
    [
        "Verslag naar de mentor                        (    ● )",
        "Verslag naar de mentor                  Uit [    o ]  Aan",
        "Verslag naar de mentor                        [  uit  |  AAN ]",
        "[ AAN/ON  ----● ]  A. Wij vragen het leerplan op bij de vorige school.",
    ],
)
def test_a_switch_drawn_on_is_ticked_in_advance(line):
    judgement = judge_ondubbelzinnig(Form(_SHARE + line + "\n"))
    assert judgement.oordeel == "gebrek"
    assert "vooraf" in judgement.uitleg


def test_a_legend_of_the_switch_is_no_choice():
    form = Form(_SHARE + "( ○    ) = uit      (    ● ) = aan\n")
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"
    assert "geen leeg vakje" in judge_ondubbelzinnig(form).uitleg


def test_a_switch_on_alone_under_its_text_is_shown_by_that_text():
    text = _SHARE + "  Gegevens: de startbrief van de huisarts\n" + " " * 50 + "[  uit  |  AAN ]*\n"
    assert "startbrief" in " ".join(judge_ondubbelzinnig(Form(text)).bewijs)


def test_an_info_icon_opens_its_own_question():
    text = (
        _ASK + _BOXES + "ⓘ Waar staat dit? In Parro, de app van de school.\n"
        "ⓘ Later anders? Zet een keuze hier op elk moment terug naar Nee.\n"
    )
    form = Form(text)
    assert judge_opslag(form).oordeel == "ok"
    assert judge_intrekken(form).oordeel == "ok"


def test_a_change_of_mind_answered_two_sentences_on():
    text = (
        _ASK
        + _BOXES
        + "U kunt altijd stoppen. Ook als u eerst ja zei. Bel ons of stuur een mail.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "U mag altijd nee zeggen. Uw kind krijgt dan toch de hulp die de school al geeft.",
        "Niets aanzetten mag ook: Sophie krijgt dan precies dezelfde behandeling.",
        "Of u iets kiest of niet: uw kind merkt er niets van.",
    ],
)
def test_free_choice_in_plain_words(sentence):
    judgement = judge_vrij(Form(_ASK + _BOXES + sentence + "\n"))
    assert judgement.oordeel == "ok" and "twijfel" not in judgement.uitleg.lower()


def test_what_happens_on_a_refusal_is_no_purpose():
    text = (
        "Waarom dit formulier?\nOp de schoolreis willen wij weten welke medicijnen uw kind "
        "nodig heeft, zodat ze op tijd gegeven kunnen worden.\n\n"
        'U bent niet verplicht dit in te vullen. Vult u niets in of kiest u "nee", dan gaat uw '
        "kind gewoon mee; wij bellen u dan als uw kind onderweg iets nodig lijkt te hebben.\n\n"
        "1. [ ] Ja, de leerkracht mag mijn kind de medicijnen geven.\n   [ ] Nee.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_talk_with_the_parent_is_no_open_data():
    text = (
        "Wij willen twee dingen doen, maar alleen als u dat wilt. Geeft u geen toestemming, dan "
        "krijgt Lotte dezelfde hulp en praten wij gewoon met u over wat nodig is.\n\n"
        "1. De school stuurt het OPP van Lotte naar de leerplichtambtenaar, zodat wij een plan "
        "kunnen maken.\n" + _BOXES
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_care_for_the_data_is_no_open_data():
    text = (
        "Wij sturen het OPP van Lotte naar de leerplichtambtenaar.\n"
        + _BOXES
        + "Ik ga zorgvuldig en vertrouwelijk om met alle gegevens.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_open_data_shared_stays_open():
    text = "Wij sturen alle gegevens naar de leerplichtambtenaar.\n" + _BOXES
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_a_list_on_paper_in_a_bag_is_kept_somewhere():
    text = (
        _ASK + "Ik zet naam en medicijn op een briefje. Het zit in de EHBO-tas en ik versnipper "
        "het na de schoolreis.\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_a_treatment_in_a_purpose_is_no_open_end():
    text = (
        _ASK + "Doel: een rustige werkplek in de klas, zolang de behandeling bij ons loopt.\n"
        "Deze toestemming geldt tot het einde van de behandeling en uiterlijk tot 1 maart 2026.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze toestemming geldt zolang uw kind bij ons op school zit.",
        "Deze toestemming geldt zolang de begeleiding bij ons nodig is.",
    ],
)
def test_a_stay_at_school_is_still_an_open_end(sentence):
    assert judge_termijn(Form(_ASK + sentence + "\n")).oordeel == "gebrek"


def test_a_valid_switch_screen_is_valid():
    text = (
        "Privacy › Delen met school. Alles staat uit tot u het aanzet. Niets aanzetten mag ook: "
        "uw kind krijgt dan dezelfde behandeling.\n\n"
        "Belastbaarheidsbrief naar de LO-docent van Het Rietland College      ( ○    )\n"
        "  Een brief met welke oefeningen Sophie bij gym mag doen, zodat de docent de les kan "
        "aanpassen.\n\n"
        "ⓘ Opslag: uw keuzes staan in ons dossier (Intramed); school bewaart de brief in Magister.\n"
        "ⓘ Geldig tot 19-12-2025.\n"
        "ⓘ Intrekken: zet de schakelaar weer uit, altijd. Of bel de praktijk: 0513-482270.\n"
    )
    assert check_consent_form(text).verdict == "geldig"
