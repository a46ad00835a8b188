"""One choice for several numbered uses or counted recipients, and a section that asks no
consent: wordings found after the twenty-fifth round (sealed89-92). The sentences here are
our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair

NUMBERED = (
    "1. Foto's van het kamp op de website van de club.\n"
    "2. Een filmpje van de bonte avond op Instagram.\n"
    "3. De namen van de kinderen met een allergie voor de kok.\n"
)


@pytest.mark.parametrize(
    "box",
    ["o Ik geef toestemming voor 1, 2 en 3 hierboven.", "[ ] Ik geef toestemming voor 1 t/m 3."],
)
def test_one_box_for_the_numbered_uses_is_not_granular(box):
    # Overweging 32 en 43: a separate choice per purpose.
    judgement = judge_granulair(Form(NUMBERED + "\n" + box + "\no Ik geef geen toestemming.\n"))
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_a_box_per_numbered_use_stays_granular():
    boxes = "1: [ ] ja [ ] nee\n2: [ ] ja [ ] nee\n3: [ ] ja [ ] nee\n"
    assert judge_granulair(Form(NUMBERED + "\n" + boxes)).oordeel == "ok"


def test_data_to_two_counted_recipients_under_one_signature_is_not_granular():
    form = Form(
        "Voor de pilot sturen wij de toetsgegevens van uw kind naar LeesLab B.V. en "
        "naar Praktijk Letterwijs. De gegevens gaan naar deze twee organisaties.\n"
        "Ondergetekende geeft toestemming voor deelname aan de pilot.\n"
        "Handtekening: ____________\n"
    )
    assert judge_granulair(form).oordeel == "gebrek"


def test_data_kept_from_two_counted_recipients_is_no_second_exchange():
    form = Form(
        "Wij sturen het verslag naar de logopedist. Wij delen niets met deze twee organisaties "
        "die u noemde.\nHandtekening: ____________\n"
    )
    assert judge_granulair(form).oordeel == "ok"


NOTHING_ASKED = (
    "Waarvoor wij geen toestemming vragen\n"
    "Het oefenprogramma in de klas hoort bij het gewone onderwijs. Daarvoor hoeft u niets te "
    "doen.\n\n"
    "Waarvoor wel\n"
    "[ ] ja [ ] nee De school mag uw e-mailadres aan RekenRijk geven voor de thuislogin.\n"
)


def test_nothing_to_do_for_what_needs_no_consent_is_no_silent_yes():
    # AVG art. 4 lid 11; overweging 32: only silence taken as a yes is a defect.
    judgement = judge_ondubbelzinnig(Form(NOTHING_ASKED))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_nothing_to_do_to_consent_stays_a_silent_yes():
    form = Form(
        "Thuis oefenen\nBent u akkoord, dan hoeft u niets te doen. "
        "De school geeft uw e-mailadres aan RekenRijk.\n"
    )
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence, oordeel",
    [
        ("Alleen wat u zelf aanzet, geldt als toestemming.", "ok"),
        ("Pas als u het vakje zelf aankruist, geldt dat als toestemming.", "ok"),
        ("Niet reageren geldt als toestemming.", "gebrek"),
    ],
)
def test_the_parents_own_act_as_the_only_yes_is_no_silence(sentence, oordeel):
    form = Form(
        "[ ] De app mag de toetsscores van mijn kind aan de uitgever sturen. UIT\n"
        + sentence
        + "\n"
    )
    assert judge_ondubbelzinnig(form).oordeel == oordeel


def test_how_long_the_consent_for_lettered_parts_lasts_is_no_bundle():
    form = Form(
        "a. [ ] ja [ ] nee De onderzoeker mag Lisa's slaapdagboek lezen.\n"
        "b. [ ] ja [ ] nee De onderzoeker mag Lisa's cijfers opvragen.\n"
        "Je toestemming voor de onderdelen a en b geldt tot en met 30 juni 2027.\n"
    )
    assert judge_granulair(form).oordeel == "ok"
    bundled = Form(form.text.replace(" geldt tot en met 30 juni 2027.", "."))
    assert judge_granulair(bundled).oordeel == "gebrek"


def test_data_listed_only_with_consent_is_no_condition_on_the_child():
    # AVG art. 7 lid 4: a condition puts a service at stake, an opt-in item of data does not.
    from dossierwijs.core.consent_check.choice import judge_vrij

    listed = Form(
        "Wij sturen de onderzoekers:\n"
        "- de leeftijd en de groep van uw kind;\n"
        "- alleen als u daarvoor toestemming geeft (deel B): de score van de laatste toets "
        "voor rekenen.\n"
        "Nee zeggen heeft geen gevolgen voor de lessen van uw kind.\n"
    )
    assert judge_vrij(listed).oordeel == "ok"
    gated = Form("Uw kind kan alleen meedoen aan de rekentoets als u toestemming geeft.\n")
    assert judge_vrij(gated).oordeel == "gebrek"
