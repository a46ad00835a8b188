"""Withdrawal, conditions, purposes and data said in other words than the usual ones.

Every sentence here is written for the test (issue 13, fourth round). A parent reads
"Verandert u van gedachten? Laat het ons weten" as a right to withdraw, and "een plaats
is mogelijk nadat u toestemming heeft gegeven" as a condition; so must the checker.
"""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_vrij
from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_ontvangers,
    judge_opslag,
)
from dossierwijs.core.consent_check.form import Form

FORM_START = "De logopedist stuurt de leestoets naar de leerkracht van groep 4.\n"


@pytest.mark.parametrize(
    "withdrawal",
    [
        "Verandert u van gedachten? Laat het ons weten, dan sturen wij niets meer.",
        "Wilt u later iets terugnemen, mail dan de intern begeleider.",
        "Bedenkt u zich na het terugsturen, bel dan het JGZ-team (088-1234567).",
        "U kunt op elk moment een ja in een nee veranderen; bel of mail de school.",
        "U kunt de toestemming altijd intrekken bij mevrouw Kaya.",
        "U kunt uw keuze tot het einde van de stage in Parro aanpassen of intrekken.",
        "Toestemming terugdraaien mag altijd: zeg het tegen Yvonne.",
        "Wilt u stoppen met delen? Geef dit door aan de mentor.",
        "U kunt deze toestemming altijd intrekken. Neem hiervoor contact op met de administratie.",
        "Als u later geen toestemming meer wilt geven, kunt u dat schriftelijk laten weten.",
        "U kunt uw toestemming altijd stopzetten: een telefoontje naar de praktijk is genoeg.",
        "U mag op elk moment nee zeggen tegen verder delen; laat het de mentor weten.",
        "Terugkomen op uw toestemming kan altijd; bel ons op 010-1234567.",
        "U kunt ons altijd laten weten dat het niet meer mag, per mail aan info@school.nl.",
    ],
)
def test_withdrawal_said_indirectly_counts_with_its_way(withdrawal):
    judged = judge_intrekken(Form(FORM_START + withdrawal))
    assert judged.oordeel == "ok", judged.uitleg
    assert judged.bewijs


def test_a_deadline_for_objections_is_no_withdrawal():
    text = FORM_START + "Heeft u bezwaar, stuur dan vóór 1 oktober een bericht aan de leerkracht."
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


def test_a_service_made_possible_only_after_consent_is_a_condition():
    text = (
        FORM_START + "Een plaats in de VE-groep is mogelijk nadat u deze toestemming heeft gegeven."
    )
    judged = judge_vrij(Form(text))
    assert judged.oordeel == "gebrek"
    assert any("VE-groep" in quote for quote in judged.bewijs)


def test_sharing_once_consent_is_given_is_no_condition():
    text = FORM_START + "Zodra u toestemming heeft gegeven, sturen wij de leestoets op."
    assert judge_vrij(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "storage",
    [
        "De opnames staan op de beveiligde schijf van de Pabo.",
        "Kees schrijft de afspraken in het kindvolgsysteem van de BSO (Konnect).",
    ],
)
def test_a_place_kept_in_other_words_is_storage(storage):
    judged = judge_opslag(Form(FORM_START + storage))
    assert judged.oordeel == "ok" and judged.bewijs == (storage,)


def test_writing_a_letter_to_someone_is_no_storage():
    assert judge_opslag(
        Form(FORM_START + "De juf schrijft een brief aan de huisarts.")
    ).oordeel == ("gebrek")


INTRO_WISH = "Om de overstap goed te laten verlopen, vragen wij u per punt een vakje te kiezen.\n"


def test_a_general_wish_in_the_introduction_is_not_the_purpose_of_reasoned_exchanges():
    text = (
        INTRO_WISH
        + "A. Wij sturen het OPP naar De Eik, zodat zij de doelen overneemt. □ ja □ nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_the_same_wish_counts_when_no_exchange_gives_its_own_reason():
    text = INTRO_WISH + "A. Wij sturen het OPP naar De Eik. □ ja □ nee\n"
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_zo_nodig_that_widens_the_recipients_leaves_a_concrete_purpose_alone():
    text = (
        "De orthopedagoog bespreekt het verslag met de leerkracht, om te bepalen welke "
        "leesaanpak uw kind krijgt. Zo nodig betrekt zij daarbij ook andere deskundigen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_sharing_waar_nodig_is_still_an_open_purpose():
    text = "Deze gegevens delen wij, waar nodig, met alle medewerkers van De Ballon.\n"
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_voor_dit_onderzoek_states_a_purpose():
    text = "Voor dit onderzoek vragen wij de leerkracht een korte vragenlijst in te vullen.\n"
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "told",
    [
        "Yvonne wil de juf van De Klimop vertellen wat wij in de peutergroep hebben gezien.",
        "Kees vertelt de leerkracht alleen hoe uw zoon binnenkomt en hoe hij speelt.",
        "Het overdrachtsformulier uit ons kindvolgsysteem      ◯ wel   ◯ niet",
    ],
)
def test_data_said_as_a_clause_of_telling_or_a_carrying_form_is_named(told):
    judged = judge_gegevens(Form(told))
    assert judged.oordeel == "ok" and judged.bewijs


@pytest.mark.parametrize(
    "open_data",
    [
        "De intern begeleider bespreekt met de GGD wat nodig is.",
        "Wij willen graag laten weten of u akkoord gaat met het gesprek met de GGD.",
        "Lever het ingevulde toestemmingsformulier in bij de leerkracht.",
    ],
)
def test_an_open_clause_a_yes_no_question_or_the_consent_form_itself_names_no_data(open_data):
    assert judge_gegevens(Form(open_data)).oordeel == "gebrek"


def test_agreements_from_a_plan_are_data():
    text = "Wij sturen de planningsafspraken naar de mentor van Het Lyceum."
    assert judge_gegevens(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "condition",
    [
        "Zonder deze gegevens kunnen wij geen passend aanbod doen.",
        "De begeleiding kan pas starten als wij uw handtekening hebben.",
        "Wie niet tekent, kan helaas niet deelnemen aan het project.",
        "Toestemming is nodig om uw kind in te schrijven.",
        "Zonder deze toestemming kan de intake niet plaatsvinden.",
        "Wij nemen uw kind alleen op de wachtlijst als u toestemming geeft.",
    ],
)
def test_a_condition_in_other_words_makes_the_choice_unfree(condition):
    judged = judge_vrij(Form(FORM_START + condition))
    assert judged.oordeel == "gebrek" and judged.bewijs == (condition,)


def test_whoever_is_involved_is_an_open_group_of_recipients():
    text = "Het verslag gaat naar de leerkracht en naar wie verder bij de begeleiding betrokken is."
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_several_purposes_unnamed_are_no_concrete_purpose():
    reasoned = (
        "De logopedist stuurt de leestoets naar de juf, zodat zij dezelfde oefeningen doet.\n"
    )
    text = reasoned + "Wij gebruiken de gegevens ook voor verschillende doeleinden."
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_system_to_stand_in_is_storage():
    judged = judge_opslag(Form(FORM_START + "Het verslag komt in Magister te staan."))
    assert judged.oordeel == "ok"


def test_an_advice_told_carries_an_implied_purpose_with_doubt():
    text = "Wij willen de leerkracht van De Springplank vertellen dat hij beter vooraan kan zitten."
    judged = judge_doel(Form(text))
    assert judged.oordeel == "ok" and "twijfel" in judged.uitleg.lower()
    assert judged.bewijs == (text,)


def test_a_fact_told_without_an_advice_has_no_purpose():
    text = "Wij willen de leerkracht van De Springplank vertellen dat hij slecht hoort."
    assert judge_doel(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "open_group",
    [
        "Wij delen het verslag met Jeugdhulp De Vonk en de partijen waarmee wij samenwerken.",
        "Het verslag gaat naar de leerkracht en naar wie dat nodig heeft.",
    ],
)
def test_a_group_by_cooperation_or_need_is_open(open_group):
    assert judge_ontvangers(Form(open_group)).oordeel == "gebrek"


def test_a_consequence_for_the_recipient_is_a_purpose():
    text = "De juf van groep 3 krijgt de uitslag, dan weet ze welke letters hij moet oefenen."
    judged = judge_doel(Form(text))
    assert judged.oordeel == "ok" and judged.bewijs == (text,)


def test_a_consequence_of_refusing_is_no_purpose():
    text = "De juf krijgt de uitslag. Zegt u nee, dan kan de juf niet oefenen."
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_consequence_sentence_after_the_exchange_is_its_purpose():
    text = (
        "De logopedist vroeg of ik haar de uitslag van de woordenschattoets wil mailen. "
        "Dan kan zij de oefeningen daarop laten aansluiten."
    )
    judged = judge_doel(Form(text))
    assert judged.oordeel == "ok" and "Dan kan zij" in judged.bewijs[-1]


@pytest.mark.parametrize(
    "vague",
    [
        "Dan weten ze meteen wat er speelt en kunnen ze haar goed opvangen.",
        "Dan kunnen we samen kijken wat hij nodig heeft.",
    ],
)
def test_a_vague_consequence_is_no_concrete_purpose(vague):
    text = "Is het goed als ik de toetsen doorstuur naar de zorgcoördinator? " + vague
    assert judge_doel(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize("question", ["Vindt u dat goed?", "Mag dat?", "Bent u daarmee akkoord?"])
def test_a_question_asking_permission_is_answered_actively(question):
    from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig

    text = "Ik wil de uitslag van de leestoets naar de logopedist van Praktijk Babbel mailen. "
    judged = judge_ondubbelzinnig(Form(text + question))
    assert judged.oordeel == "ok" and "twijfel" in judged.uitleg.lower()


def test_a_purpose_as_a_noun_is_a_purpose():
    text = (
        "Ik machtig de consulent jeugd om voor de beoordeling van de aanvraag voor dyslexiezorg "
        "het leesdossier op te vragen bij OBS De Meander."
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_an_instruction_to_act_on_carries_its_purpose_with_doubt():
    text = (
        "Onze diabetesverpleegkundige wil de school uitleg geven over het meten van de "
        "bloedsuiker en wat te doen bij een hypo."
    )
    judged = judge_doel(Form(text))
    assert judged.oordeel == "ok" and "twijfel" in judged.uitleg.lower()
