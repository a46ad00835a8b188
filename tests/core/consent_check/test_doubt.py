"""Findings that proved unreliable on unseen forms say 'twijfel', and keep their gebrek."""

import pytest

from dossierwijs.core.consent_check import GEBREK, OK, Judgement, check_consent_form
from dossierwijs.core.consent_check.doubt import UNRELIABLE, with_measured_doubt
from tests.core.consent_check.explanations import written_explanations


@pytest.mark.parametrize(("code", "start"), list(UNRELIABLE))
def test_each_unreliable_kind_is_an_explanation_the_checker_writes(code, start):
    # Renaming an explanation must not silently switch its doubt off.
    assert start in written_explanations()


@pytest.mark.parametrize(("code", "start"), list(UNRELIABLE))
def test_an_unreliable_finding_says_twijfel_and_stays_a_defect(code, start):
    judged = with_measured_doubt(code, Judgement(GEBREK, f"{start}. Meer uitleg (AVG art. 7)."))
    assert judged.oordeel == GEBREK
    assert "Twijfel:" in judged.uitleg
    assert judged.uitleg.startswith(start)


def test_other_findings_and_ok_judgments_are_left_alone():
    certain = Judgement(GEBREK, "Het formulier zegt nergens waar de gegevens worden bewaard.")
    assert with_measured_doubt("opslag", certain) == certain
    fine = Judgement(OK, "Het formulier zegt niet dat u uw toestemming kunt intrekken")
    assert with_measured_doubt("intrekken", fine) == fine
    # the same words under another criterion are not that kind of finding
    other = Judgement(GEBREK, "Er staan vakjes die al vooraf zijn aangekruist.")
    assert with_measured_doubt("granulair", other) == other


def test_a_finding_that_already_doubts_gets_no_second_doubt():
    doubted = Judgement(
        GEBREK, "Het formulier zegt niet waarvoor de gegevens worden gebruikt. Twijfel: x."
    )
    assert with_measured_doubt("doel", doubted) == doubted


def test_a_form_without_a_withdrawal_clause_is_a_defect_with_doubt():
    form = (
        "Toestemming logopedie\n\n"
        "Wij vragen u of juf Anna de Vries (logopedist, Praktijk Taalrijk) het verslag van het "
        "logopedisch onderzoek van uw zoon aan de intern begeleider van OBS De Linde mag geven, "
        "zodat de school de leesoefeningen kan afstemmen.\n"
        "Het verslag wordt bewaard in het leerlingdossier in ParnasSys, tot het einde van dit "
        "schooljaar.\n"
        "U bent vrij om nee te zeggen; dat heeft geen gevolgen voor de hulp aan uw kind.\n\n"
        "☐ Ja, ik geef toestemming   ☐ Nee, ik geef geen toestemming\n\n"
        "Naam ouder: ______________  Handtekening: ______________\n"
    )
    judged = check_consent_form(form).criteria["intrekken"]
    assert judged.oordeel == GEBREK
    assert "Twijfel:" in judged.uitleg
    assert "(AVG art. 7 lid 3)" in judged.uitleg


def test_relevante_gegevens_and_silence_beside_ticked_boxes_stay_certain():
    relevant = Judgement(
        GEBREK, "Er staat niet precies welke gegevens worden gedeeld: “alle relevante gegevens”."
    )
    assert with_measured_doubt("gegevens", relevant) == relevant
    dossier = Judgement(
        GEBREK, "Er staat niet precies welke gegevens worden gedeeld: “het dossier”."
    )
    assert "Twijfel:" in with_measured_doubt("gegevens", dossier).uitleg
    both = Judgement(
        GEBREK,
        "Er staan vakjes die al vooraf zijn aangekruist. Niets doen of niet reageren telt "
        "volgens het formulier als toestemming.",
    )
    assert with_measured_doubt("ondubbelzinnig", both) == both
    ticked = Judgement(GEBREK, "Er staan vakjes die al vooraf zijn aangekruist.")
    assert "Twijfel:" in with_measured_doubt("ondubbelzinnig", ticked).uitleg
