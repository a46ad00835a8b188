"""Shapes misread on sealed221-228 (opened after their first score), in sentences of our own,
each with a near miss that keeps its old reading.

- gegevens (AVG art. 4 lid 11; overweging 42): "alle gegevens" in a sentence that deletes them
  with the subject after the verb ("Op 31 augustus wist KluisWijs alle gegevens"), or takes them
  out of a system ("haalt de gemeente alle gegevens uit BelWijzer"), what an interpreter
  translates ("De tolk vertaalt alles wat ... gezegd wordt"), and what the parent receives ("u
  krijgt alle informatie in het Nederlands") describe no shared data.
"""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.which_data import judge_gegevens

_FORM = (
    "Beste ouders,\n\nDe school geeft de naam en de groep van uw kind door aan KluisWijs, zodat "
    "uw kind een telefoonkluisje krijgt. {sentence}\n\n☐ ja ☐ nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Op 31 augustus 2026 wist KluisWijs alle gegevens van onze leerlingen.", "ok"),
        ("Op 1 oktober haalt de gemeente alle gegevens uit BelWijzer.", "ok"),
        ("De tolk vertaalt alles wat tijdens het overleg gezegd wordt.", "ok"),
        (
            "Zegt u nee? Dan krijgt uw kind een sleutel, en u krijgt alle informatie op papier.",
            "ok",
        ),
        # passed on after all: the open phrase stays open
        (
            "Op 1 oktober haalt de school alle gegevens uit het dossier en stuurt ze naar de GGD.",
            "gebrek",
        ),
        ("De leiding wist niet alle gegevens, dus de school geeft alle gegevens door.", "gebrek"),
        ("De tolk krijgt alles wat wij over uw kind weten.", "gebrek"),
    ],
)
def test_all_data_deleted_translated_or_received_is_no_open_sharing(sentence, oordeel):
    judgement = judge_gegevens(Form(_FORM.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg
