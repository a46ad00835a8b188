"""A purpose the rules did not find, on a form with fewer than three findings, reads as ok
with doubt: at first sight over 3,156 unseen forms such findings were right 0 times in 54
(doubt.purpose_absence_as_doubt). With three or more findings, on a note of a few lines, or for
a purpose in general words, the defect stands."""

import pytest

from dossierwijs.core.consent_check import GEBREK, OK, Judgement, check_consent_form
from dossierwijs.core.consent_check.doubt import (
    CAREFUL_FORM_WORDS,
    PURPOSE_ABSENCE,
    PURPOSE_NOT_FOUND,
    purpose_absence_as_doubt,
)
from tests.core.consent_check.explanations import written_explanations

FINE = Judgement(OK, "Het formulier zegt het precies.")
LONG = "woord " * 200


def judged(**findings: Judgement) -> dict[str, Judgement]:
    codes = ("doel", "gegevens", "ontvangers", "opslag", "termijn", "vrij", "ondubbelzinnig")
    return {code: FINE for code in (*codes, "granulair", "intrekken")} | findings


@pytest.mark.parametrize("start", PURPOSE_ABSENCE)
def test_each_kind_is_an_explanation_the_checker_writes(start):
    assert start in written_explanations()


@pytest.mark.parametrize("start", PURPOSE_ABSENCE)
def test_on_a_careful_form_the_absence_is_a_doubt_with_its_evidence(start):
    finding = Judgement(GEBREK, f"{start}. Meer uitleg.", ("Wij sturen het verslag.",))
    others = {"termijn": Judgement(GEBREK, "Het formulier zegt niet hoe lang.")}
    result = purpose_absence_as_doubt(judged(doel=finding, **others), LONG)
    assert result["doel"] == Judgement(OK, PURPOSE_NOT_FOUND, finding.bewijs)
    assert result["termijn"].oordeel == GEBREK
    assert "Twijfel:" in PURPOSE_NOT_FOUND and "AVG art. 4 lid 11" in PURPOSE_NOT_FOUND


def test_with_three_findings_the_absence_stands():
    findings = judged(
        doel=Judgement(GEBREK, f"{PURPOSE_ABSENCE[0]}."),
        termijn=Judgement(GEBREK, "Het formulier zegt niet hoe lang."),
        intrekken=Judgement(GEBREK, "Het formulier zegt niet dat u kunt intrekken."),
    )
    assert purpose_absence_as_doubt(findings, LONG) == findings


def test_on_a_short_letter_the_absence_stands():
    findings = judged(doel=Judgement(GEBREK, f"{PURPOSE_ABSENCE[0]}."))
    assert purpose_absence_as_doubt(findings, "woord " * (CAREFUL_FORM_WORDS - 1)) == findings


def test_a_purpose_in_general_words_stands():
    findings = judged(doel=Judgement(GEBREK, "Het doel is niet concreet. Het formulier ..."))
    assert purpose_absence_as_doubt(findings, LONG) == findings


_LETTER = """Beste ouders van Fenna,

Fenna krijgt sinds januari logopedie bij Logopediepraktijk De Klank in Dalfsen. De
logopedist, mevrouw Ruiters, heeft ons gevraagd om het laatste verslag van de leestoetsen
van groep 5 (de DMT en de AVI-toets van januari) en het handelingsplan lezen.

Wij sturen alleen die twee documenten, per beveiligde mail, naar mevrouw Ruiters. De
praktijk bewaart ze in haar eigen dossiersysteem en verwijdert ze als de behandeling is
afgerond, uiterlijk 1 juli 2027. Deze toestemming geldt tot die datum.

U bent vrij om nee te zeggen; de begeleiding van Fenna op school verandert daardoor niet. U
kunt uw toestemming altijd intrekken met een mailtje aan de intern begeleider,
ib@deklimop.nl.

[ ] Ja, de school mag deze twee documenten naar mevrouw Ruiters sturen.
[ ] Nee, liever niet.

Handtekening ouder: ______________________

Verder deze maand: op woensdag 14 oktober is de school om 12.00 uur uit, en op de
ouderavond van 21 oktober gaat het over de nieuwe rekenmethode. De
schoolfotograaf komt op 3 november; u krijgt daarover nog een aparte brief.
"""


def test_the_price_a_careful_letter_without_a_purpose_sentence_passes_with_the_doubt():
    # Why the logopedist wants the reports is not said: a careful reader would call that a
    # defect. The checker now says it did not find the purpose and asks the parent to look,
    # instead of calling the consent invalid (it was wrong 54 times in 54 on such forms).
    result = check_consent_form(_LETTER)
    assert result.criteria["doel"] == Judgement(OK, PURPOSE_NOT_FOUND, ())
    assert result.verdict == "geldig"
