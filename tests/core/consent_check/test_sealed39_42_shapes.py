"""The unsafe misses of sealed39-42 (a form with one defect called valid), in sentences of our
own: a condition on refusing worded in ways the rules did not read, and silence taken as a yes
in 'dan ga ik uit van ja'. Their first-sight figures are recorded before these changes; the
changes are measured on no unseen form yet."""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.tables import _joined

_BOXES = "  [ ] ja   [ ] nee\n"
_ASK = "Mogen wij het verslag van de logopedist delen met de intern begeleider?\n" + _BOXES


@pytest.mark.parametrize(
    "condition",
    [
        # home visits scheduled only once the signed part is back
        "De jeugdverpleegkundige plant de huisbezoeken pas in nadat wij deel B ondertekend "
        "terug hebben.",
        # a yes in the reverse order ('met "ja" zijn ingevuld') as the ticket
        "De mentor kan alleen een stageplek aanvragen voor leerlingen van wie vraag 1 en 2 met "
        '"ja" zijn ingevuld.',
        # without the signed part the application is not taken up
        "Een aanvraag zonder ingevuld onderdeel D is niet compleet en wordt door het loket niet "
        "behandeld.",
    ],
)
def test_a_service_tied_to_the_consent_is_no_free_choice(condition):
    judgement = judge_vrij(Form(_ASK + condition + "\n"))
    assert judgement.oordeel == "gebrek"
    assert condition[:30].lower() in " ".join(judgement.bewijs).lower()


@pytest.mark.parametrize(
    "free",
    [
        # the exchange itself waits for the signature: that is what consent is for
        "Wij sturen het verslag pas nadat u het formulier ondertekend terug heeft gestuurd.",
        "Zonder ondertekend formulier delen wij niets met de logopedist.",
    ],
)
def test_the_exchange_waiting_for_the_signature_is_no_condition(free):
    assert judge_vrij(Form(_ASK + free + "\n")).oordeel == "ok"


def test_assuming_a_yes_when_nobody_replies_is_silence_as_consent():
    text = _ASK + "Lukt het niet om het strookje in te leveren, dan ga ik uit van twee keer ja.\n"
    judgement = judge_ondubbelzinnig(Form(text))
    assert judgement.oordeel == "gebrek"
    assert "uit van twee keer ja" in " ".join(judgement.bewijs)


@pytest.mark.parametrize(
    "no_reply_is_no",
    [
        "Krijgen wij geen reactie, dan gaan wij uit van een nee.",
        "Als u niet reageert, gaan we uit van geen toestemming.",
    ],
)
def test_assuming_a_no_when_nobody_replies_is_fine(no_reply_is_no):
    assert judge_ondubbelzinnig(Form(_ASK + no_reply_is_no + "\n")).oordeel == "ok"


ZORGTEAM_TABLE = """Toestemming overleg zorgteam

Wie krijgt wat?
+------------------------------+---------------------------+------------------------+-----+-----+
| ontvanger                    | welke gegevens            | waarvoor               | ja  | nee |
+------------------------------+---------------------------+------------------------+-----+-----+
| logopedist, Praktijk de Mond | laatste logopedie-        | afstemmen van de       | [ ] | [ ] |
|                              | verslag                   | leesaanpak             |     |     |
+------------------------------+---------------------------+------------------------+-----+-----+
| en andere betrokken zorgver- | het ontwikkelings-        | meedenken over het     | [ ] | [ ] |
| leners, via de IB            | perspectief               | plan voor groep 6      |     |     |
+------------------------------+---------------------------+------------------------+-----+-----+
"""


def test_an_open_group_broken_over_two_lines_of_a_cell_is_read_whole():
    judgement = judge_ontvangers(Form(ZORGTEAM_TABLE))
    assert judgement.oordeel == "gebrek"
    assert "betrokken zorgverleners" in judgement.uitleg


def test_a_word_broken_at_a_line_end_is_joined_but_a_part_left_open_is_not():
    assert _joined("het ontwikkelings-", "perspectief") == "het ontwikkelingsperspectief"
    assert _joined("de taal-", "en rekentoetsen") == "de taal- en rekentoetsen"
    assert _joined("GGD-", "Noord") == "GGD- Noord"


def test_purposes_related_to_a_named_one_are_open():
    text = (
        "Het samenwerkingsverband gebruikt de uitslagen ook voor de analyse van het "
        "ondersteuningsaanbod en daarmee samenhangende doeleinden.\n" + _BOXES
    )
    judgement = judge_doel(Form(text))
    assert judgement.oordeel == "gebrek"
    assert "daarmee samenhangende doeleinden" in judgement.uitleg


def test_silence_as_yes_with_the_quoted_yes_on_the_next_line():
    text = (
        _ASK + "Lukt het niet om te reageren vóór dinsdag 16 september, dan ga ik uit van twee "
        'keer\n"ja", anders wordt het organiseren erg lastig 😅\n'
    )
    judgement = judge_ondubbelzinnig(Form(text))
    assert judgement.oordeel == "gebrek"
    assert "niet reageren" in judgement.uitleg
