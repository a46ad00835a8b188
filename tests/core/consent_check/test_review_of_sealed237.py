"""An outside review of the shapes read from sealed237-244: sentences where a new reading was
too wide (it fired where the wording says something else) or too narrow (an obvious variant
of the same meaning), each in a sentence of our own.

- gegevens: "compleet is" only as a whether-clause ("of het dossier compleet is"); "wat nodig
  is" only when an emergency service is told in an emergency, also "alles wat nodig is".
- doel: undoing a change of mind takes something off or passes the change on, not "Indien
  nodig geven wij gegevens door aan de jeugdarts"; "moeten wij u kunnen bereiken" as "willen";
  "Deze brief is bedoeld als toelichting" is no purpose.
- granulair: "U hoeft niet met alle drie de onderdelen akkoord te gaan" and the school's "Uw
  kind doet gewoon mee aan alle onderdelen, ook als u geen toestemming geeft" bundle nothing.
- ontvangers: "de verschillende partijen die hieronder staan", "organisaties die hieronder
  staan" are listed; "Anderen ... kunnen de lijst niet zien" as "zien niets".
- termijn: "geldt alleen voor het telefoonnummer" is no one-off issue; "het volgende nummer"
  and "de musical" are.
- ondubbelzinnig: silence leads to the refusal's outcome only where the refusal says it
  without "niet".
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.consent_term import judge_termijn
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.which_data import judge_gegevens

_CAMP = (
    "Beste ouders,\n\nVoor het kamp geven wij de naam, het telefoonnummer van een ouder en "
    "de allergieën van uw kind aan de kampleiding. {}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("De kampleiding krijgt alle informatie zodra die volledig is.", "gebrek"),
        ("Wij geven alle gegevens door als die actueel zijn.", "gebrek"),
        ("De begeleiders vertellen de jeugdzorg wat nodig is, ook bij een noodgeval.", "gebrek"),
        (
            "In een noodgeval vertellen de begeleiders de ambulance alles wat nodig is om uw "
            "kind te helpen.",
            "ok",
        ),
    ],
)
def test_whether_complete_and_what_an_emergency_needs(sentence, oordeel):
    judgement = judge_gegevens(Form(_CAMP.format(sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_VLOG = (
    "Beste ouders,\n\nTijdens de kunstweek maken de kinderen een vlog. Wij plaatsen die op het "
    "YouTube-kanaal van de school, zodat familie kan meekijken. U kunt uw toestemming altijd "
    "intrekken bij de leerkracht. {}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Indien nodig geven wij gegevens door aan de jeugdarts.",
        "Zo nodig halen wij informatie op van de vorige school.",
    ],
)
def test_a_new_exchange_after_the_withdrawal_is_no_undoing(sentence):
    judgement = judge_doel(Form(_VLOG.format(sentence)))
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_a_need_to_reach_the_parent():
    form = Form(
        "Beste ouders,\n\nBij een ontruiming moeten wij u direct per sms kunnen bereiken. Mogen "
        "wij daarvoor uw mobiele nummer doorgeven aan sms-dienst AlarmLijn BV?\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == "ok", judgement.uitleg


def test_what_the_letter_is_meant_as_is_no_purpose():
    form = Form(
        "Beste ouders,\n\nDeze brief is bedoeld als toelichting. Wij geven de naam van uw kind "
        "aan Sportbedrijf Oost. Mag dat?\n\n○ Ja ○ Nee\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


_PHOTOS = (
    "Beste ouders,\n\nOp de sportdag maakt meester Tim foto's voor de schoolwebsite. {}\n\n"
    "Ik geef toestemming voor foto's op de website: ☐ Ja ☐ Nee\n"
    "Ik geef toestemming voor foto's in de nieuwsbrief: ☐ Ja ☐ Nee\n\nHandtekening: ______\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "U hoeft niet met alle drie de onderdelen akkoord te gaan.",
        "Uw kind doet gewoon mee aan alle onderdelen van de sportdag, ook als u geen toestemming "
        "geeft voor foto's.",
    ],
)
def test_no_bundle_in_a_freedom_or_a_promise(sentence):
    judgement = judge_granulair(Form(_PHOTOS.format(sentence)))
    assert judgement.oordeel == "ok", judgement.uitleg


_CLUB = (
    "Beste ouders,\n\nVV Roodwit zet de allergieën van uw kind in de app TeamNood, zodat de "
    "trainer bij een wedstrijd weet wat te doen. Alleen de twee trainers van VV Roodwit zien dat. "
    "{}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "De trainers delen het lijstje met de verschillende partijen die hieronder staan: de KNVB "
        "en de sporthal.",
        "De trainers geven de lijst alleen aan organisaties die hieronder staan: de KNVB en de "
        "sporthal.",
        "Anderen, zoals ouders van teamgenoten, kunnen de lijst niet zien.",
    ],
)
def test_groups_listed_below_or_seeing_nothing(sentence):
    judgement = judge_ontvangers(Form(_CLUB.format(sentence)))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Deze toestemming geldt alleen voor het telefoonnummer van de ouder.", "gebrek"),
        ("Deze toestemming geldt alleen voor het volgende nummer van De Klimop.", "ok"),
        ("Deze toestemming geldt alleen voor de musical van groep 8.", "ok"),
    ],
)
def test_one_issue_not_a_number(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nMogen wij de foto van uw kind in de schoolkrant 'De Klimop' zetten, "
        f"zodat ouders kunnen zien wat er gebeurde? {sentence}\n\no ja o nee\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_silence_that_leads_to_what_a_refusal_rules_out():
    form = Form(
        "Beste ouders,\n\nOnze schoolfotograaf maakt foto's voor de website van de school tijdens "
        "de schoolreis. Geeft u geen toestemming, dan wordt uw kind niet gefotografeerd tijdens de "
        "schoolreis. Levert u de strook niet in, dan wordt uw kind gewoon gefotografeerd tijdens "
        "de schoolreis.\n\no ja o nee\n\nHandtekening: ______\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg
