"""A second outside reviewer's counterexamples of the eighteenth round (bench/data/consent/
review8): each general rule the checker missed, in a base form of our own. Unsafe passes
first, then false alarms on well-made forms."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

from .granular_reading import reading

_BASE = (
    "De school stuurt het leesverslag naar Logopedie Het Klankbord, zodat de logopedist haar "
    "oefeningen kan afstemmen op de leesles.\n"
    "[ ] Ja, dat mag.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    "pressure",
    [
        "Toestemming geven is niet verplicht, maar zonder deze gegevens kan uw kind helaas niet "
        "aan de plusklas deelnemen.",
        "Weigeren heeft geen gevolgen voor de begeleiding in de klas. Wel kan de school dan "
        "geen extra uren voor haar aanvragen.",
        "Als dank voor uw medewerking ontvangt u na afloop een boekenbon van € 15.",
    ],
)
def test_a_loss_taken_back_or_a_gift_for_taking_part_is_no_free_choice(pressure):
    assert judge_vrij(Form(_BASE + pressure + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "costly",
    [
        "U kunt uw toestemming later intrekken door mij te mailen. Houd er wel rekening mee dat "
        "ik de begeleiding dan moet afsluiten.",
        "Het is voldoende als één ouder tekent. U kunt uw toestemming intrekken met een brief "
        "die door beide ouders is ondertekend.",
    ],
)
def test_withdrawing_at_a_cost_or_with_more_than_consenting_took_is_not_free(costly):
    assert judge_intrekken(Form(_BASE + costly + "\n")).oordeel == "gebrek"


def test_the_other_parents_silence_taken_as_a_yes_is_no_active_consent():
    text = (
        _BASE + "Tekent één ouder, dan gaan wij ervan uit dat de andere ouder het er ook mee "
        "eens is, tenzij die ouder zelf bezwaar maakt.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_signature_for_seen_is_no_consent():
    text = (
        "De school stuurt het leesverslag naar Logopedie Het Klankbord.\n"
        "Wij vragen u deze brief voor gezien te tekenen.\n"
        "Voor gezien getekend, handtekening ouder: ____________\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_consent_that_runs_on_after_its_date_until_the_parent_speaks_has_no_end():
    text = (
        _BASE + "Deze toestemming geldt tot 1 augustus 2026. Daarna blijft zij van kracht, "
        "totdat u laat weten dat het niet meer hoeft.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "open_purpose",
    [
        "Daarnaast gebruikt de gemeente de gegevens ook voor onderzoek en beleid.",
        "Dit doen wij om een compleet beeld van uw kind te krijgen.",
        "Dit is ten behoeve van de samenwerking tussen praktijk en opvang.",
    ],
)
def test_purposes_in_broad_words_are_not_concrete(open_purpose):
    assert judge_doel(Form(_BASE + open_purpose + "\n")).oordeel == "gebrek"


def test_other_purposes_ruled_out_are_no_open_purpose():
    text = _BASE + "Wij gebruiken deze gegevens niet voor andere doeleinden.\n"
    form = Form(text)
    assert judge_doel(form).oordeel == "ok"
    assert judge_granulair(form).oordeel == "ok"


@pytest.mark.parametrize(
    "open_data",
    [
        "Wij vragen de school de persoonsgegevens van uw kind aan ons door te geven.",
        "Wat geven wij door?\nGegevens over de ontwikkeling van uw kinderen en over de "
        "gezinssituatie.",
    ],
)
def test_data_as_a_whole_category_is_not_specific(open_data):
    text = "Mag de school gegevens delen met Zwembad De Kreek? [ ] ja [ ] nee\n\n" + open_data
    assert judge_gegevens(Form(text + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "tied_group",
    [
        "De consulent stuurt het plan naar de jeugdhulpaanbieders waarmee de gemeente een "
        "contract heeft.",
        "Wij sturen het naar de organisaties voor vroegschoolse educatie in de wijk waarmee "
        "Zonnestraal samenwerkt.",
    ],
)
def test_a_group_defined_by_its_tie_to_the_sender_is_open(tied_group):
    assert judge_ontvangers(Form(_BASE + tied_group + "\n")).oordeel == "gebrek"


def test_one_box_for_sharing_health_data_and_using_pictures_bundles_them():
    text = (
        "[ ] Ik ga akkoord met het delen van de gezondheidsinformatie met de GGD en het gebruik "
        "van beeldmateriaal op de website.\n[ ] Ik ga niet akkoord.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_no_answer_said_to_mean_nothing_is_sent_is_no_opt_out():
    text = (
        "Mag ik de toetsuitslagen naar de logopedist mailen, zodat zij de oefeningen afstemt? "
        "Zet dan 'ja' in je antwoord op deze mail.\n"
        "Geen antwoord of 'nee' betekent dat ik niets stuur, en Noor krijgt dezelfde hulp.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "kept",
    [
        "Het samenwerkingsverband bewaart de aanvraag in Kindkans.",
        "Mijn cv en brief blijven in de beveiligde map van de Talentfabriek in SharePoint staan.",
    ],
)
def test_storage_said_with_the_organisation_or_the_place_first(kept):
    assert judge_opslag(Form(_BASE + kept + "\n")).oordeel == "ok"


def test_boxes_that_say_who_signs_are_no_choice_per_exchange():
    text = (
        "1. De begeleider bespreekt de doelen met de school, zodat de mentor kan helpen.\n"
        "2. De gemeente krijgt het verslag, om de indicatie te verlengen.\n"
        "3. Foto's van de activiteiten komen op Facebook.\n"
        "Ik verklaar dat ik (kruis aan):\n[ ] ouder met gezag ben\n[ ] voogd ben\n"
        "en geef toestemming voor het bovenstaande.\nHandtekening: ______\n"
    )
    # (not "U kunt per onderdeel apart kiezen"; the numbered uses are a doubt, not a defect)
    assert reading(judge_granulair(Form(text))) == "twijfel"


def test_a_reward_for_a_yes_is_explained_as_a_reward():
    judged = judge_vrij(Form(_BASE + "Ouders die deze toestemming geven, krijgen voorrang.\n"))
    assert judged.oordeel == "gebrek"
    assert "wie ja zegt, krijgt er iets voor" in judged.uitleg


def test_consent_made_part_of_the_enrolment_is_not_explained_as_a_reward():
    judged = judge_vrij(
        Form(_BASE + "Het ondertekenen van deze bijlage hoort bij de inschrijving.\n")
    )
    assert judged.oordeel == "gebrek"
    assert "wie ja zegt" not in judged.uitleg
