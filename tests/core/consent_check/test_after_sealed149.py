"""Shapes seen wrong at first sight on sealed149-156 (after scoring), each in sentences of our
own, with the neighbour that must stay a defect.

- "Wilt u geen pas? Dan hoeft u niets te doen.": nothing to do for a no is silence read as a
  no, not as consent (AVG art. 4 lid 11; overweging 32).
- "drie vaste partners", "De partners leggen ... vast": partners counted or pointed back to
  are the named ones, not an open group (AVG art. 13 lid 1 onder e).
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.meaning_defects import _names_an_open_group

_LIBRARY = (
    "Beste ouders,\n\nBibliotheek Het Leesrijk maakt voor alle kinderen van groep 5 een gratis "
    "pas. Daarvoor geven wij de naam en de geboortedatum van uw kind door aan de bibliotheek, "
    "zodat die de pas kan aanmaken.\n"
)


@pytest.mark.parametrize(
    "nothing",
    [
        "Wilt u een pas? Kruis dan hieronder ja aan.\nWilt u geen pas? Dan hoeft u niets te "
        "doen.\n[ ] Ja, maak een pas voor mijn kind.\n",
        "Wilt u dat liever niet? Dan hoeft u verder niets te doen.\n"
        "[ ] Ja, maak een pas voor mijn kind.\n",
    ],
)
def test_nothing_to_do_for_a_no_is_no_silent_yes(nothing):
    judgement = judge_ondubbelzinnig(Form(_LIBRARY + nothing))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    "nothing",
    [
        "Heeft u geen bezwaar? Dan hoeft u niets te doen.\n",
        "Vindt u het goed? Dan hoeft u niets te doen.\n",
        "Wij geven de naam door aan de bibliotheek. Daarvoor hoeft u niets te doen.\n",
        # after scoring, from the outside review: the opt-out itself, a yes taken outright,
        # and a sentence before that passes nothing yet includes every child
        "Wilt u uw kind niet afmelden? Dan hoeft u niets te doen.\n",
        "Wilt u geen apart strookje inleveren? Dan hoeft u niets te doen en gaan wij ervan uit "
        "dat u akkoord bent.\n",
        "Alle kinderen komen automatisch op de klassenlijst van de bibliotheek. Daarvoor hoeft u "
        "niets te doen.\n",
    ],
)
def test_nothing_to_do_for_a_yes_stays_a_silent_yes(nothing):
    assert judge_ondubbelzinnig(Form(_LIBRARY + nothing)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "daarnaast schuiven drie vaste partners van buiten school aan.",
        "de partners leggen hun aantekeningen vast in het dossier van ggd noordmeer.",
    ],
)
def test_partners_counted_or_pointed_back_to_are_no_open_group(sentence):
    assert not _names_an_open_group(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "wij delen het verslag ook met onze partners in de wijk.",
        "het verslag gaat naar andere instanties.",
        "daarnaast schuiven drie vaste partners en andere betrokkenen aan.",
    ],
)
def test_an_open_group_stays_open(sentence):
    assert _names_an_open_group(sentence)
