"""A lone finding that a recipient or one exchange's purpose is missing, on a form that says
the rest precisely, reads as ok with doubt: at first sight such findings were nearly always
wrong. Two of what, to whom and what for missing keep their defects."""

import pytest

from dossierwijs.core.consent_check import GEBREK, OK, Judgement, check_consent_form
from dossierwijs.core.consent_check.doubt import LONE_ABSENCE, lone_absence_as_doubt
from tests.core.consent_check.explanations import written_explanations

FINE = Judgement(OK, "Het formulier zegt het precies.")


def judged(**findings: Judgement) -> dict[str, Judgement]:
    return {"doel": FINE, "gegevens": FINE, "ontvangers": FINE} | findings


@pytest.mark.parametrize(("code", "start"), list(LONE_ABSENCE))
def test_each_kind_is_an_explanation_the_checker_writes(code, start):
    assert start in written_explanations()


@pytest.mark.parametrize(("code", "start"), list(LONE_ABSENCE))
def test_a_lone_absence_is_ok_with_doubt_and_keeps_its_evidence(code, start):
    finding = Judgement(GEBREK, f"{start}. Meer uitleg.", ("Daarnaast sturen wij het verslag.",))
    result = lone_absence_as_doubt(judged(**{code: finding}))
    assert result[code].oordeel == OK
    assert "Twijfel:" in result[code].uitleg and "AVG art." in result[code].uitleg
    assert result[code].bewijs == finding.bewijs


@pytest.mark.parametrize(("code", "start"), list(LONE_ABSENCE))
def test_with_a_second_gap_in_what_whom_or_why_the_absence_stays_a_defect(code, start):
    finding = Judgement(GEBREK, f"{start}.")
    other = "gegevens" if code != "gegevens" else "doel"
    findings = judged(**{code: finding, other: Judgement(GEBREK, "Er staat niet precies ...")})
    assert lone_absence_as_doubt(findings) == findings


def test_no_purpose_at_all_and_vague_findings_stay_defects():
    for code, uitleg in [
        ("doel", "Het formulier zegt niet waarvoor de gegevens worden gebruikt."),
        ("gegevens", "Het formulier zegt niet welke gegevens of documenten worden gedeeld."),
        ("ontvangers", "Het formulier noemt geen vaste lijst van organisaties, maar een open"),
    ]:
        findings = judged(**{code: Judgement(GEBREK, uitleg)})
        assert lone_absence_as_doubt(findings) == findings


ONE_COPY_WITHOUT_REASON = """Toestemming verslag leesonderzoek

Beste ouders van Ilse van Dam (groep 6),

Ilse is in oktober onderzocht op lezen en spellen door drs. M. Kok, orthopedagoog.
Wij willen het verslag van dit leesonderzoek (de conclusie en de adviezen, niet de
testgegevens) doorsturen aan Leescentrum Lexa in Zwolle, zodat de leesbegeleiding in
groep 7 op tijd kan beginnen.
Daarnaast sturen wij een kopie van het verslag aan de jeugdarts van GGD Noord.
Het verslag komt in het leerlingdossier in ParnasSys en wordt bewaard tot 31 juli 2027,
daarna vernietigd. Deze toestemming geldt tot 31 juli 2027.
U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider
(ib@dewilg-voorbeeld.nl). Weigeren heeft geen gevolgen voor de begeleiding van Ilse.

[ ] Ja, het verslag mag naar Leescentrum Lexa.
[ ] Ja, een kopie mag naar de jeugdarts van GGD Noord.

Naam ouder: ____________________   Handtekening: ____________________
"""


def test_an_exchange_without_its_own_reason_on_a_precise_form_says_so_with_doubt():
    # The copy to the GGD has no reason of its own. That may be a real gap, and the parent is
    # told to look; stating it as a defect was wrong 0 times of 11 on unseen forms.
    result = check_consent_form(ONE_COPY_WITHOUT_REASON)
    doel = result.criteria["doel"]
    assert doel.oordeel == OK and "Twijfel:" in doel.uitleg
    assert doel.bewijs == (
        "Daarnaast sturen wij een kopie van het verslag aan de jeugdarts van GGD Noord.",
    )
    assert "doel" in result.doubtful


def test_the_same_form_with_vague_data_keeps_the_exchange_as_a_defect():
    vague = ONE_COPY_WITHOUT_REASON.replace(
        "het verslag van dit leesonderzoek (de conclusie en de adviezen, niet de\ntestgegevens)",
        "alle relevante gegevens",
    )
    result = check_consent_form(vague)
    assert result.criteria["gegevens"].oordeel == GEBREK
    assert result.criteria["doel"].oordeel == GEBREK
    assert result.verdict == "ongeldig"
