"""Shapes seen wrong on sealed213-220 (after scoring), in sentences of our own.

- ondubbelzinnig (AVG art. 4 lid 11; overweging 32): "daarvoor hoeft u niets te doen" after a
  legal basis or the ordinary lessons (what needs no consent), and "Heeft uw kind geen dieet, dan hoeft u niets te doen" about a child
  the form does not concern, take no silence as consent. A no anywhere after "Krijgen we geen
  antwoord, dan zetten we ..." makes silence a no.
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form

_FORM = (
    "Beste ouders,\n\nDe traiteur krijgt de naam en het dieet van uw kind, zodat hij een "
    "passend kerstdiner maakt. {sentence}\n\n☐ Ja, de naam en het dieet mogen naar de "
    "traiteur.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("De lessen horen bij het gewone lesprogramma; daarvoor hoeft u niets te doen.", "ok"),
        ("Heeft uw kind geen dieet of allergie, dan hoeft u niets te doen.", "ok"),
        ("Krijgen we geen antwoord, dan zetten we de naam en het dieet niet op de lijst.", "ok"),
        (
            "Die geven wij door op basis van de Verordening leerlingenvervoer; daarvoor hoeft u "
            "niets te doen.",
            "ok",
        ),
        # silence taken as consent stays one
        ("Wij geven de naam door aan de traiteur. Daarvoor hoeft u niets te doen.", "gebrek"),
        ("Bent u akkoord, dan hoeft u niets te doen.", "gebrek"),
        ("Heeft uw kind een dieet? Dan hoeft u niets te doen, wij geven het door.", "gebrek"),
        ("Krijgen we geen antwoord, dan zetten we de naam en het dieet op de lijst.", "gebrek"),
    ],
)
def test_nothing_to_do_is_silence_only_when_it_stands_for_a_yes(sentence, oordeel):
    judgement = judge_ondubbelzinnig(Form(_FORM.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg
