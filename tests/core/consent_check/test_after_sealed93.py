"""Wordings found after scoring sealed93-96, each with a neighbour that must keep its
judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.which_data import judge_gegevens

from .granular_reading import reading

REQUEST = "Wij willen foto's van uw kind in het album van de ouderapp zetten.\n"

# AVG art. 4 lid 11; overweging 32: a yes given by an act of one's own, in an app or a reply.
ACTIVE_YES = {
    "a yes button in its own words": (
        "Groetjes,\njuf Anna\n\n      [ Ja, mijn kind mag in het album ]      [ Nee, liever niet ]"
        "\n\nUw antwoord: nog niet beantwoord"
    ),
    "a tap on the button below": "Goed? Tik op de knop hieronder.\n\n[ Toestaan ]",
    "a reply with a word": "Vindt u het goed, antwoord dan op dit bericht met het woord 'akkoord'.",
    "a tick on a website": "Akkoord? Vink 'ja, dat mag' aan op onzeclub.nl/fotos.",
    "a labelled radio pair": "Jouw keuze:      ( ) Ja      ( ) Nee",
    "blanks in a spaced table": (
        "    A  Leesverslag naar de logopedist              _ ja   _ nee\n"
        "    B  Gesprek met de nieuwe school               _ ja   _ nee"
    ),
}


@pytest.mark.parametrize("answer", ACTIVE_YES.values(), ids=ACTIVE_YES.keys())
def test_an_active_yes_in_an_app_or_a_reply_is_unambiguous(answer):
    judgement = judge_ondubbelzinnig(Form(REQUEST + "\n" + answer + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    "answer",
    ["[ Nee, liever niet ]", "Tik op de knop 'Nee' als u het niet wilt.", "Groep: ( ) 5 ( ) 6"],
)
def test_a_refusal_button_or_a_fact_field_is_no_way_to_say_yes(answer):
    assert judge_ondubbelzinnig(Form(REQUEST + "\n" + answer + "\n")).oordeel == "gebrek"


# AVG art. 5 lid 1 onder e: an end of the sharing, said in a message's words.
ENDS = (
    "Het verslag staat een jaar op de website van de krant en verdwijnt dan.",
    "De ouders krijgen een link die tot 1 september werkt.",
    "Wat u hier kiest, geldt voor seizoen 2026-2027.",
    "Op 20 juni heft de coach de groep op en gooit hij de lijst weg.",
    "De badmeester bewaart het protocol en gooit zijn print op 26 januari weg.",
)
NOT_ENDS = (
    "Het verslag staat een jaar later in de krant.",
    "De link werkt ook in de app.",
    "Het seizoen 2026-2027 begint in september.",
)


@pytest.mark.parametrize("sentence", ENDS)
def test_an_end_of_the_sharing_in_a_messages_words(sentence):
    judgement = judge_termijn(Form(sentence + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize("sentence", NOT_ENDS)
def test_a_time_that_ends_nothing_is_no_end(sentence):
    assert judge_termijn(Form(sentence + "\n")).oordeel == "gebrek"


# AVG art. 7 lid 4: the organisation's duty, or an exchange that waits for the yes, is no
# condition put on the parent.
FREE = (
    "Het dossier gaat naar de nieuwe school. Dat is wettelijk verplicht en daarvoor is uw "
    "toestemming dus niet nodig.",
    "Ik heb het gesplitst in wat wij als school verplicht zijn te doen en waarvoor wij uw "
    "toestemming vragen.",
    "Wij kunnen het verslag ook met de plusklas delen. Dat willen we alleen doen als u daar "
    "uitdrukkelijk mee instemt.",
)


@pytest.mark.parametrize("sentence", FREE)
def test_a_duty_of_the_school_or_a_waiting_exchange_is_no_pressure(sentence):
    judgement = judge_vrij(Form(sentence + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_consent_made_a_condition_stays_pressure():
    form = Form("Uw toestemming is verplicht voor de inschrijving in de plusklas.\n")
    assert judge_vrij(form).oordeel == "gebrek"


# AVG art. 4 lid 11; overweging 42: "alles" as how the items travel or what the parent reads.
NAMED = "Ik stuur het leesverslag en de toetsuitslagen naar de dyslexiepraktijk. "


@pytest.mark.parametrize(
    "sentence, oordeel",
    [
        ("Ik verstuur alles via beveiligde mail.", "ok"),
        ("Hierbij stuur ik u een overzicht van alles wat er rond de overstap gebeurt.", "ok"),
        ("Ik stuur de praktijk ook alles wat er in het dossier staat.", "gebrek"),
    ],
)
def test_everything_sent_along_a_route_or_to_the_parent_leaves_the_data_named(sentence, oordeel):
    assert judge_gegevens(Form(NAMED + sentence + "\n")).oordeel == oordeel


def test_a_yes_button_beside_consent_by_going_on_stays_a_defect():
    form = Form(
        REQUEST + "Door verder te klikken op deze website gaat u akkoord.\n\n"
        "[ Akkoord ]      [ Weigeren ]\n"
    )
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"


@pytest.mark.parametrize(
    "line, signs",
    [
        ("[ Ja, foto's van mijn kind mogen op het scherm ]   [ Nee, liever niet ]", True),
        ("[ Akkoord, de club mag het nummer gebruiken ]", True),
        ("Uw keuze: [ Ja ▼ ]", False),
        ("[ Nee, liever niet ]", False),
    ],
)
def test_a_yes_button_in_its_own_words_is_an_act_of_the_parent(line, signs):
    from dossierwijs.core.consent_check import phrases_choice as pc
    from dossierwijs.core.consent_check.sentences import normalise

    assert bool(pc.SIGNATURE.search(normalise(line))) is signs


@pytest.mark.parametrize(
    "second, oordeel",
    [
        ("De verjaardagenlijst houden we bij in ons Mailwolk-account.", "ok"),
        # (a second party added is a doubt, not a defect: several_exchanges._WEAK)
        ("Wij sturen de lijst ook naar Drukkerij Verhoef.", "twijfel"),
    ],
)
def test_one_tool_named_twice_is_one_recipient(second, oordeel):
    # Overweging 32 en 43: a choice per recipient, counted once each.
    from dossierwijs.core.consent_check.granular import judge_granulair

    form = Form(
        "Wij versturen de nieuwsbrief met Mailwolk van Postduif Digitaal BV. "
        + second
        + " Aanmelden voor de nieuwsbrief kan bij Jorien.\n"
    )
    assert reading(judge_granulair(form)) == oordeel


@pytest.mark.parametrize(
    "sentence, oordeel",
    [
        ("Video-opnames in de klas, voor onderwijsdoeleinden.", "gebrek"),
        ("Wij gebruiken de opnames voor educatieve doeleinden.", "gebrek"),
        ("Wij gebruiken de opnames om de leerkracht te coachen bij de instructie.", "ok"),
    ],
)
def test_a_field_of_work_as_the_purpose_is_open(sentence, oordeel):
    # AVG art. 5 lid 1 onder b; overweging 32 en 42: a purpose must be concrete.
    from dossierwijs.core.consent_check.criteria import judge_doel

    judgement = judge_doel(Form("[ ] ja [ ] nee " + sentence + "\n"))
    assert judgement.oordeel == oordeel
    if oordeel == "gebrek":
        assert "doeleinden" in judgement.uitleg  # named as open, not as missing


SILENT_YES = (
    "Ontvangen wij dit formulier niet uiterlijk 1 oktober terug, dan noteren wij bij alle "
    "regels 'ja'.",
    "Komt het strookje niet terug, dan gaan wij er dus van uit dat u akkoord bent.",
)


@pytest.mark.parametrize("sentence", SILENT_YES)
def test_silence_written_down_as_a_yes_is_no_consent(sentence):
    # AVG art. 4 lid 11; overweging 32: silence is no consent.
    form = Form(
        "[ ] ja [ ] nee Wij sturen het rapport naar de nieuwe school.\n\n" + sentence + "\n"
    )
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"


def test_silence_written_down_as_a_no_stays_no_defect():
    form = Form(
        "[ ] ja [ ] nee Wij sturen het rapport naar de nieuwe school.\n\n"
        "Ontvangen wij dit formulier niet terug, dan noteren wij bij alle regels 'nee'.\n"
    )
    assert judge_ondubbelzinnig(form).oordeel == "ok"


def test_a_voice_note_names_its_purpose_data_and_place():
    # A transcribed voice message says it all in speech: what for (a consequence that also
    # says what is spared), which data (a schedule) and where it goes (put in a file).
    from dossierwijs.core.consent_check.criteria import judge_doel, judge_opslag

    form = Form(
        "Is het goed dat ik Sara haar oefenschema voor haar enkel naar juf Bos stuur?\n"
        "Alleen de vier oefeningen met de tekeningen.\n"
        "Dan weet zij wat Sara bij gym kan en hoeft Sara niet de hele les aan de kant.\n"
        "Juf Bos stopt het in Sara haar map in het gymdossier op school.\n"
    )
    assert judge_doel(form).oordeel == "ok"
    assert judge_gegevens(form).oordeel == "ok"
    assert judge_opslag(form).oordeel == "ok"
