"""What the page quotes for 'welke gegevens': the sentence that names the data, not every
sentence under a form title that happens to say 'gegevens' (parent walk: the greeting
"Beste ouders van Noor de Vries (groep 5)," was quoted as naming the data)."""

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.which_data import judge_gegevens

_TITLED = (
    "Toestemming gegevens delen\n\n"
    "Beste ouders van Noor (groep 5),\n\n"
    "{body}\n"
    "Haar begeleiding in de klas verandert daardoor niet.\n"
)


def test_the_sentence_naming_the_data_is_the_evidence_not_the_greeting():
    body = "Wij willen het handelingsplan van Noor sturen aan Kinderpraktijk Vlinder."
    judgement = judge_gegevens(Form(_TITLED.format(body=body)))
    assert judgement.oordeel == "ok"
    assert judgement.bewijs == (body,)


def test_under_a_data_heading_each_item_still_names_the_data():
    text = "Welke gegevens delen wij?\n\nDe uitslag van de leestoets van groep 5.\n"
    judgement = judge_gegevens(Form(text))
    assert judgement.oordeel == "ok"
    assert "De uitslag van de leestoets van groep 5." in judgement.bewijs
