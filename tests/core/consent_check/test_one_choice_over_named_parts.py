"""One choice over several named parts is no choice per purpose (overweging 32 en 43 bij de
AVG): "akkoord met de drie afspraken", one box "zoals hierboven beschreven (punt 1, 2 en
3)", one box for a use and a passing on ("toestemming voor het gebruik ..., en voor het
doorgeven ..."). Found on spent sealed forms; in sentences of our own, with the neighbour
that asks for each part apart."""

import pytest

from dossierwijs.core.consent_check.choice import judge_granulair
from dossierwijs.core.consent_check.form import Form

_PARTS = (
    "Beste ouders,\n\n"
    "1. De logopedist van Praktijk Spraakwater mag het verslag van Ravi lezen.\n"
    "2. De logopedist mag een les van Ravi filmen, om zijn uitspraak te bekijken.\n"
    "3. De logopedist bespreekt haar advies met de mentor.\n\n"
    "{choice}\n"
)


@pytest.mark.parametrize(
    "choice",
    [
        "Met mijn handtekening ga ik akkoord met de drie afspraken die hierboven staan.\n"
        "Handtekening: ________",
        "[ ] Ik geef toestemming voor de uitwisseling zoals hierboven beschreven (punt 1, 2 en 3).",
        "[x] Ja, ik geef toestemming voor het gebruik van foto's in de schoolgids, op de website "
        "www.despraakwater.nl en in de nieuwsbrief, en voor het doorgeven van zijn naam aan de "
        "schoolfotograaf.",
    ],
)
def test_one_choice_over_named_parts_is_bundled(choice):
    assert judge_granulair(Form(_PARTS.format(choice=choice))).oordeel == "gebrek"


def test_a_consent_asked_for_each_part_apart_is_no_bundle():
    choice = (
        "Voor alle punten vragen wij apart uw toestemming.\n"
        "[ ] Ja, punt 1\n[ ] Ja, punt 2\n[ ] Ja, punt 3"
    )
    assert judge_granulair(Form(_PARTS.format(choice=choice))).oordeel == "ok"
