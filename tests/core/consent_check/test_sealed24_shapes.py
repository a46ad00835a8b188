"""What the spent sealed24 showed, in sentences of our own."""

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

_TWO = (
    "1. De leerkracht stuurt de uitslag van de leestoets naar Praktijk Letterlijn, zodat de "
    "remedial teacher dezelfde woorden oefent.\n"
    "2. De remedial teacher mailt de leerkracht elke maand een kort verslag, zodat zij de "
    "instructie aanpast.\n"
)


def test_one_signature_said_to_hold_for_both_parts_together_is_a_bundle():
    text = _TWO + "Eén handtekening hieronder geldt voor 1 en 2 samen.\nHandtekening: ......\n"
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_a_condition_in_a_ps_with_what_the_data_is_used_for_is_no_free_choice():
    text = _TWO + (
        "[ ] ja  [ ] nee\nP.S. Zonder uw ja bij punt 1 kunnen we Daan helaas niet aanmelden voor "
        "de plusklas: de leerkracht maakt de groepen op basis van die gegevens.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_thinking_otherwise_later_with_verb_first_is_withdrawal():
    text = _TWO + (
        "Denkt u er over een paar maanden anders over, laat het mij weten; dan stop ik "
        "dezelfde week.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_a_yes_or_a_no_back_per_question_is_an_active_answer():
    text = _TWO + "Graag per vraag een ja of een nee terug, per mail of op het briefje.\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_one_more_unnamed_expert_is_an_open_recipient_not_a_vague_purpose():
    text = _TWO + ("3. Een andere deskundige die de school er zo nodig bij vraagt.  ☐ ja  ☐ nee\n")
    form = Form(text)
    assert judge_ontvangers(form).oordeel == "gebrek"
    assert judge_doel(form).oordeel == "ok"


def test_another_organisation_after_a_move_is_not_an_open_group_by_itself():
    text = (
        "U verhuist naar een gemeente buiten onze regio. Daar zorgt een andere organisatie voor "
        "de jeugdgezondheidszorg. Wij sturen het JGZ-dossier naar GGD Hollands Oosten, zodat "
        "de jeugdarts daar verder kan.\n[ ] ja  [ ] nee\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_an_english_study_of_how_and_a_research_server_are_purpose_and_place():
    text = (
        "The school takes part in FOCUS, a study of how children with ADHD keep their "
        "attention.\nMay the school send the reading scores to the FOCUS team?  ☐ yes  ☐ no\n"
        "Everything is stored on the secure research server of the university.\n"
    )
    form = Form(text)
    assert judge_doel(form).oordeel == "ok"
    assert judge_opslag(form).oordeel == "ok"


def test_initials_behind_each_part_are_a_choice_per_item():
    text = (
        "Zet uw paraaf achter elk onderdeel dat u goed vindt.\n"
        "(a) Ik geef de gymleraar van De Wegwijzer de testscores, zodat hij de les aanpast. "
        "paraaf: ........\n"
        "(b) Ik stuur de kinderarts van Ziekenhuis De Linde het verslag, zodat zij kan "
        "beslissen over vervolgonderzoek. paraaf: ........\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"
