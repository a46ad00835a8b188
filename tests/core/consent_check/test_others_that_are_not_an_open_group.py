"""Words like "met anderen" that are no open group of recipients (AVG art. 13 lid 1 onder
e): a sentence that announces the parts below, each with its own choice; a principle
("Voordat ik iets met anderen deel, wil ik uw toestemming"); a refusal after boxes in a row;
"other organisations than named above" denied; how the child gets on with others. Found on
spent sealed forms; in sentences of our own, with the neighbours that stay open."""

import pytest

from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form

_PARTS = (
    "Beste ouders,\n\n"
    "{line}\n\n"
    "1. Wij sturen de leestoets van Bram naar Leespraktijk Tekstwijs, zodat de begeleider "
    "weet waar hij staat.\n[ ] ja [ ] nee\n"
    "2. Wij zetten een foto van Bram op de website van OBS De Linde.\n[ ] ja [ ] nee\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Hieronder vindt u twee onderwerpen waarbij wij gegevens van Bram met anderen willen "
        "delen.",
        "Dit jaar werken wij op twee manieren samen met anderen.",
        "Voordat wij iets met anderen delen, vragen wij uw toestemming.",
        "Wij geven niets door aan andere ouders of aan andere organisaties dan hieronder genoemd.",
        "In het gesprek vertelt de leerkracht hoe Bram met anderen omgaat.",
        # after opening sealed77-78
        "Soms is het nuttig om met anderen af te stemmen. In onderstaand overzicht staat per "
        "organisatie welke informatie wij zouden uitwisselen.",
        "Ik wil een paar dingen met anderen delen, maar alleen als jullie dat goed vinden.",
    ],
)
def test_words_about_others_that_name_no_open_group(line):
    judgement = judge_ontvangers(Form(_PARTS.format(line=line)))
    assert judgement.oordeel == "ok", judgement


@pytest.mark.parametrize(
    "line",
    [
        "Wij delen de gegevens hieronder ook met andere organisaties.",
        "Daarnaast delen wij de gegevens hieronder met externe deskundigen die wij uitnodigen.",
        "Wij geven de gegevens ook aan andere organisaties dan hieronder genoemd.",
    ],
)
def test_an_open_group_beside_the_parts_stays_open(line):
    judgement = judge_ontvangers(Form(_PARTS.format(line=line)))
    assert judgement.oordeel == "gebrek", judgement
