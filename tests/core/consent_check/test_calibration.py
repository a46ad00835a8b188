"""The finding calibration (calibration.py): a lone finding of a kind that proved wrong more
often than right on unseen forms reads as ``ok`` with doubt, keeping its words and evidence;
a reliable finding stands; a form with three or more findings keeps them all."""

import json

from dossierwijs.core.consent_check import CRITERIA, check_consent_form, verdict_for
from dossierwijs.core.consent_check.calibration import (
    WEIGHTS,
    calibrated,
    chance_right,
    finding_features,
)
from dossierwijs.core.consent_check.form import GEBREK, OK, Judgement

_CODES = tuple(CRITERIA)
# A kind doubt.py already doubts: right 10 of 17 times at first sight, and less when alone.
_ONE_CHOICE = Judgement(
    GEBREK,
    "Het formulier gaat over meer dan één organisatie of doel, maar u kunt maar één keer "
    "kiezen. U moet per doel of per organisatie apart ja of nee kunnen zeggen (overweging 32 "
    "en 43 bij de AVG).",
    ("Ik geef toestemming dat de logopedist het verslag naar school stuurt.",),
)
_ALL_PAPERS = Judgement(
    GEBREK,
    "Er staat niet precies welke gegevens worden gedeeld: “alle stukken”. Zo'n open "
    "omschrijving kan het hele dossier betekenen.",
    ("De consulent krijgt van ons alle stukken.",),
)
_NO_END = Judgement(
    GEBREK,
    "De toestemming heeft geen echt einde: “tot wederopzegging”. Zonder einde blijft ze gelden.",
    ("Deze toestemming geldt tot wederopzegging.",),
)


def _form_with(**found: Judgement) -> dict[str, Judgement]:
    fine = Judgement(OK, "In orde.", ("Een zin.",))
    return {code: found.get(code, fine) for code in _CODES}


def test_a_lone_finding_that_proved_unreliable_reads_as_ok_with_doubt():
    result = calibrated(_form_with(granulair=_ONE_CHOICE))
    judged = result["granulair"]
    assert judged.oordeel == OK
    # the parent still reads the finding, and then why it does not count
    assert judged.uitleg.startswith(_ONE_CHOICE.uitleg)
    assert "Twijfel:" in judged.uitleg and "telt het niet mee" in judged.uitleg
    assert judged.bewijs == _ONE_CHOICE.bewijs
    assert verdict_for({c: j.oordeel for c, j in result.items()}) == "geldig"


def test_a_reliable_finding_stands():
    result = calibrated(_form_with(termijn=_NO_END))
    assert result["termijn"] == _NO_END


def test_a_finding_that_quotes_a_typical_defect_stands():
    # "alle stukken": the open quantifier CRITERIA.md names ("alle relevante gegevens")
    result = calibrated(_form_with(gegevens=_ALL_PAPERS))
    assert result["gegevens"] == _ALL_PAPERS


def test_three_findings_are_all_kept():
    vague = Judgement(GEBREK, "Het doel is niet concreet: “ter ondersteuning”.", ("x",))
    found = _form_with(granulair=_ONE_CHOICE, doel=vague, termijn=_NO_END)
    assert calibrated(found) == found


def test_the_model_is_plain_data_and_weighs_what_the_training_weighs():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["threshold"] == 0.5
    weights = data["weights"]
    assert weights and all(isinstance(v, float) for v in weights.values())
    features = finding_features(
        "granulair", {"granulair": GEBREK}, _ONE_CHOICE.uitleg, _ONE_CHOICE.bewijs
    )
    assert {"b:granulair", "n:granulair:0", "e:granulair:logopedist"} <= set(features)
    assert any(name in weights for name in features)
    assert 0.0 < chance_right(weights, features) < 0.5


def test_the_checker_weighs_its_findings_only_when_asked():
    # a careful form whose only finding is that no box or signature was found
    text = (
        "Basisschool De Regenboog, Zwolle\n"
        "Toestemming voor het delen van gegevens met de logopedist\n\n"
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit van Praktijk "
        "Spraakwater, zodat zij haar behandeling kan afstemmen op wat Sem in de klas leert.\n"
        "De gegevens staan in ParnasSys en worden bewaard tot het einde van dit schooljaar.\n"
        "Deze toestemming geldt tot 31 juli 2027.\n"
        "U bent vrij om nee te zeggen; Sem krijgt dan gewoon dezelfde begeleiding.\n"
        "U kunt uw toestemming altijd intrekken met een mail aan ib@regenboog.example.nl.\n"
    )
    before = check_consent_form(text, by_meaning=False)
    after = check_consent_form(text, by_meaning=False, calibrated=True)
    assert [code for code, *_ in before.defects] == ["ondubbelzinnig"]
    assert before.verdict == "ongeldig"
    assert after.criteria["ondubbelzinnig"].oordeel == OK
    assert after.verdict == "geldig"
    said = after.criteria["ondubbelzinnig"].uitleg
    assert said.startswith("Het formulier heeft geen leeg vakje")
    assert "telt het niet mee" in said and ". Misschien ontbreekt" in said
    # with three or more findings the calibration leaves them all
    thin = "Toestemming logopedie\nWij willen het verslag van de logopedist delen met anderen.\n"
    assert len(check_consent_form(thin, by_meaning=False).defects) >= 3
    assert (
        check_consent_form(thin, by_meaning=False, calibrated=True).criteria
        == check_consent_form(thin, by_meaning=False).criteria
    )
