"""An exchange that seems to come without its own reason, next to purposes the form does state,
is a doubt and not a defect (AVG art. 4 lid 11): at first sight that finding was right 0 of
15 times ("Daarnaast kan hij extra les volgen bij ...", "Ook kunt u het reglement opvragen"
were read as exchanges). Alone, with no purpose stated anywhere, it stays a finding."""

from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form

_STATED = (
    "Beste ouders,\n\n"
    "Wij willen de uitslag van de taaltoets van Tomás naar Taalhuis Oost sturen, zodat hij "
    "daar meteen in de juiste groep begint.\n"
    "Ook kunt u bij de administratie een papieren exemplaar van het reglement opvragen.\n"
    "[ ] Ja [ ] Nee\n"
)


def test_next_to_a_stated_purpose_it_is_a_doubt():
    judgement = judge_doel(Form(_STATED))
    assert judgement.oordeel == "ok", judgement
    assert "Twijfel: bij een van de uitwisselingen" in judgement.uitleg


def test_without_any_stated_purpose_it_stays_a_finding():
    text = (
        "Beste ouders,\n\n"
        "Wij sturen het OPP van Tomás naar Taalhuis Oost.\n"
        "Daarnaast geven wij het verslag van de logopedist aan de GGD.\n"
        "[ ] Ja [ ] Nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"
