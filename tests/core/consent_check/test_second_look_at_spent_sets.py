"""One-defect forms of the spent sets that passed, and false alarms there, each closed in a
general shape and tested here in sentences of our own: a required consent box, a loss
named after "zonder" and the thing a choice is about, a service waiting while consent is
missing, purposes in general words, the whole file in other words, a box that refuses, a
purpose with "te kiezen", silence "niets van u gehoord", a study's question verb first."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_granulair, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.which_data import judge_gegevens

from .granular_reading import reading

_TWO_BOXES = (
    "[ ] Ik geef toestemming dat mentor Rik Smit het OPP van Iris opvraagt bij De Kiem, om de "
    "begeleiding in de brugklas te plannen.{mark}\n"
    "[ ] Ik geef toestemming dat de school Iris' naam doorgeeft aan Bibliotheek Oost, voor "
    "een gratis pas.\n"
)


def test_a_consent_box_marked_required_is_no_free_choice():
    text = "Velden met een * zijn verplicht om verder te gaan.\n" + _TWO_BOXES.format(mark="  *")
    assert judge_vrij(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "text",
    [
        # A star with no legend means nothing yet.
        _TWO_BOXES.format(mark="  *"),
        "Velden met een * zijn verplicht.\n" + _TWO_BOXES.format(mark=""),
    ],
)
def test_no_required_box_without_both_the_legend_and_the_mark(text):
    assert judge_vrij(Form(text + "U bent vrij om nee te zeggen.\n")).oordeel == "ok"


def test_a_box_labelled_verplicht_is_no_free_choice():
    assert judge_vrij(Form(_TWO_BOXES.format(mark=" (verplicht)"))).oordeel == "gebrek"


_RIDE = (
    "( ) ja ( ) nee  1. Medicijnplan voor de begeleider\n"
    "   De begeleider krijgt een kopie van het medicijnplan van Bo.\n"
    "( ) ja ( ) nee  2. Foto op de ritlijst\n"
    "   Op de ritlijst komt een pasfoto van Bo.\n"
)


def test_without_the_thing_a_choice_is_about_the_child_is_not_taken_along():
    text = _RIDE + "Vraag 2 is vrij. Zonder medicijnplan kunnen wij Bo helaas niet vervoeren.\n"
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_without_something_no_choice_is_about_is_no_condition():
    text = _RIDE + "Zonder reservesleutel kunnen wij de bus niet starten.\nU mag nee zeggen.\n"
    assert judge_vrij(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "waiting",
    [
        "Zolang die toestemming ontbreekt, gaat het arrangement niet van start.",
        "Bij het ontbreken van uw toestemming vervalt de toekenning van de extra begeleiding.",
    ],
)
def test_support_waiting_while_consent_is_missing_is_no_free_choice(waiting):
    text = (
        "Mag de ambulant begeleider van het samenwerkingsverband het OPP van Sem inzien, om "
        "de aanpak in de klas te bepalen? [ ] ja [ ] nee\n" + waiting + "\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "vague",
    [
        "Het eindverslag gaat naar de intern begeleider, voor een goede afstemming.",
        "Het verslag gaat naar het Steunpunt, ten behoeve van de begeleiding in brede zin.",
        "Als de therapeut dat tijdens de behandeling nodig vindt, belt zij de mentor.",
        "Wij delen het verslag met de huisarts om de hulp voor Mees goed te laten aansluiten.",
    ],
)
def test_a_purpose_in_general_words_is_no_concrete_purpose(vague):
    assert judge_doel(Form(vague + "\n[ ] ja [ ] nee\n")).oordeel == "gebrek"


def test_fitting_one_thing_to_another_is_a_concrete_purpose():
    text = (
        "Wij sturen de toetsuitslag naar de logopedist, zodat zij haar oefeningen kan laten "
        "aansluiten bij de leesaanpak in de klas.\n[ ] ja [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_study_question_with_the_verb_first_is_a_purpose():
    text = (
        "In de groepen 5 onderzoeken wij dit jaar hoe rekenangst en werkgeheugen samenhangen.\n"
        "[ ] Mijn kind doet mee aan de rekentaak en de korte vragenlijst.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "whole_file",
    [
        "Elke deelnemer mag in het overleg alles uit het eigen dossier over Noor inbrengen.",
        "De kinderarts stuurt een afschrift van het medisch dossier van Noor naar de school.",
        "Wie u aankruist, mag vertellen wat er in het eigen dossier over Noor staat.",
    ],
)
def test_the_whole_file_in_other_words_is_no_list_of_data(whole_file):
    assert judge_gegevens(Form(whole_file + "\n[ ] ja [ ] nee\n")).oordeel == "gebrek"


def test_a_box_that_refuses_in_a_sentence_is_no_second_choice():
    text = (
        "1. Wij sturen het verzuimoverzicht naar jeugdarts Lies Brouwer van GGD Rijnland, om "
        "na te gaan of er een medische oorzaak is.\n"
        "2. Wij sturen het OPP naar de consulent van Samenwerkingsverband VO Oost, om te "
        "beoordelen of een plek in de rebound past.\n"
        "[ ] Ik geef toestemming voor punt 1 en 2.\n"
        "[ ] Ik geef geen toestemming.\n"
    )
    assert len(Form(text).choices()) == 1
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_a_purpose_ending_in_te_kiezen_does_not_hide_a_choice():
    text = (
        "1. Ik geef WEL / GEEN toestemming dat de school dit groeidocument bespreekt met de "
        "onderwijsadviseur, om samen een aanpak voor groep 4 te kiezen.\n"
        "2. Ik geef WEL / GEEN toestemming dat de jeugdverpleegkundige van de GGD dit "
        "groeidocument krijgt, om te beoordelen of een gehoortest zinvol is.\n"
    )
    assert len(Form(text).choices()) == 2
    assert judge_granulair(Form(text)).oordeel == "ok"


_ASK = "Wilt u dit verslag ondertekend terugsturen?\nHandtekening ouder: ____________\n"


def test_silence_as_niets_van_u_gehoord_takes_it_as_a_yes():
    text = _ASK + (
        "Hebben wij binnen twee weken niets van u gehoord, dan beschouwen wij de toestemming "
        "als gegeven.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"
    # and "binnen twee weken" there is the deadline of the silence, not the consent's end
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_an_advice_for_the_classroom_carries_its_purpose():
    text = (
        "Mag de jeugdarts na de afspraak aan de leerkracht doorgeven welk advies zij heeft "
        "voor in de klas?\n( ) ja, dat mag   ( ) nee, liever niet\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_switch_per_place_on_a_screen_about_pictures_names_its_use():
    text = (
        "Foto's van Noor\n"
        "Je kiest zelf per plek of foto's van Noor gebruikt mogen worden.\n\n"
        "Klasfeed groep 5 in Parro                        ◯─── UIT\n"
        "  Zichtbaar voor de ouders en leerkrachten van groep 5.\n\n"
        "Schoolgids 2026 (papier, alleen voor gezinnen van de school)\n"
        "  Eén groepsfoto op de pagina van groep 5       ◯─── UIT\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_switches_on_a_screen_not_about_pictures_name_no_use():
    text = (
        "Gegevens van Noor\n"
        "Je kiest zelf per plek of de gegevens van Noor gebruikt mogen worden.\n\n"
        "Klasfeed groep 5 in Parro                        ◯─── UIT\n"
        "  Zichtbaar voor de ouders en leerkrachten van groep 5.\n\n"
        "Schoolgids 2026 (papier, alleen voor gezinnen van de school)\n"
        "  Naam en groep                                  ◯─── UIT\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_verder_niets_closes_the_list_and_opens_no_second_exchange():
    text = (
        "Mevrouw Dijkstra van Expertisecentrum Gehoor Noord krijgt van ons het groepsplan van "
        "Jesse, om haar observatie in groep 6 voor te bereiden. Verder wisselen wij niets uit.\n"
        "[ ] Ik geef toestemming.\n[ ] Ik geef geen toestemming.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"
    opened = text.replace("Verder wisselen wij niets uit.", "Verder sturen wij haar het OPP.")
    assert reading(judge_granulair(Form(opened))) == "twijfel"


@pytest.mark.parametrize(
    "free",
    [
        "Zegt u nee, dan krijgt Jula gewoon de extra leesbegeleiding in de klas.",
        "Geeft u geen toestemming, dan blijft de mentor Jayden gewoon begeleiden zoals nu.",
        "Alles op UIT laten is prima: Noor doet gewoon overal aan mee.",
    ],
)
def test_what_goes_on_as_usual_after_a_no_is_free_choice(free):
    judged = judge_vrij(Form("Mag de school het verslag delen? [ ] ja [ ] nee\n" + free + "\n"))
    assert judged.oordeel == "ok" and "twijfel" not in judged.uitleg.lower()


@pytest.mark.parametrize(
    "not_free",
    [
        "Zegt u nee, dan krijgt Jula gewoon geen extra leesbegeleiding.",
        "Zegt u nee, dan komt Jula gewoon op de wachtlijst.",
    ],
)
def test_a_loss_said_with_gewoon_is_no_free_choice(not_free):
    judged = judge_vrij(Form("Mag de school het verslag delen? [ ] ja [ ] nee\n" + not_free + "\n"))
    assert "zonder nadeel" not in judged.uitleg


def test_what_it_brings_about_and_a_passive_question_about_the_data():
    text = (
        "Na elke vakantie kijken luizenouders de haren van alle kinderen na. Zo ontdekken wij "
        "hoofdluis op tijd.\n\nWat wordt er genoteerd?\nAlleen of er bij uw kind luizen "
        "gevonden zijn.\n\n☐ Ja, de luizenouders mogen mijn kind controleren.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_what_is_looked_at_is_a_purpose_and_a_one_off_screening_is_an_end():
    text = (
        "Juf Anouk van Logopedie Spreekwijs kijkt twintig minuten hoe een kind praat en "
        "klanken maakt. Zij krijgt van ons de uitslag van de taalobservatie.\n"
        "Uw handtekening geldt alleen voor deze screening van dit voorjaar.\n"
        "☐ Ja, juf Anouk mag de taalobservatie krijgen en mijn kind screenen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_looking_how_things_go_is_no_purpose_and_a_screening_and_more_no_end():
    text = (
        "Juf Anouk van Logopedie Spreekwijs kijkt hoe het met de klas gaat. Zij krijgt van "
        "ons de uitslag van de taalobservatie.\n"
        "Uw handtekening geldt alleen voor deze screening en alle vervolgafspraken.\n"
        "☐ Ja, juf Anouk mag de taalobservatie krijgen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_an_english_part_states_its_purpose_and_free_choice():
    text = (
        "What we ask\nThe study tests whether weekly coaching of the teacher helps children "
        "with ADHD at school. We collect two questionnaires from you and from the teacher.\n"
        "Taking part is voluntary. Saying no has no effect on your child's care.\n"
        "[ ] yes  [ ] no   I agree that my child takes part.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    judged = judge_vrij(Form(text))
    assert judged.oordeel == "ok" and "twijfel" not in judged.uitleg.lower()
