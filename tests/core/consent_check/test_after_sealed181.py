"""Shapes seen wrong on sealed181-188 (after scoring), in sentences of our own.

- opslag (AVG art. 13): "Daar blijven de stukken bewaard" points back to the system named in
  the sentence before; "in de pauze" is a moment, not a place where data is kept.
- gegevens (AVG art. 4 lid 11; overweging 42): what was said in one recorded talk, care for
  the data, and open words after "heeft geen gevolgen" leave no data open; whatever the parent
  tells in general still does.
- ondubbelzinnig (overweging 32): "Wilt u dat niet, dan hoeft u niets te doen" makes silence a
  no; nothing to do about a payment is no silence taken as consent.
- ontvangers (AVG art. 13 lid 1 onder e): "iedereen die" in a sentence that passes no data on,
  or those present at one meeting, is no open group; "iedereen die het nodig heeft" stays one.
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.which_data import judge_gegevens

_LETTER = (
    "Beste ouders,\n\nNa de val van uw dochter bij het turnen laten wij het ongeval onderzoeken "
    "door Bureau Valpunt. {middle}\n\nWij geven het verslag van de gymdocent aan Bureau Valpunt, "
    "zodat het bureau kan nagaan of de mat goed lag. U kunt uw toestemming altijd intrekken met "
    "een mail aan de directeur.\n\n[ ] Ja, dat mag.   [ ] Nee, dat mag niet.\n"
)


@pytest.mark.parametrize(
    ("middle", "oordeel"),
    [
        (
            "Het bureau leest de stukken alleen in Meldwijzer, het incidentensysteem van ons "
            "bestuur. Daar blijven ze bewaard tot het eind van het schooljaar.",
            "ok",
        ),
        # A place nobody named: "daar" points at nothing.
        ("Het bureau leest de stukken bij ons. Daar blijven ze bewaard tot de zomer.", "gebrek"),
        (
            "Lotte houdt haar eigen kaart bij zich en mag in de pauze binnen blijven. De stukken "
            "bewaren wij tot de zomer.",
            "gebrek",
        ),
    ],
)
def test_there_points_back_to_the_named_system(middle, oordeel):
    judgement = judge_opslag(Form(_LETTER.format(middle=middle)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_TALK = (
    "Beste meneer Bakker,\n\nOp 3 juni hebben wij een gesprek over Mees met de orthopedagoog "
    "van Kompaswerk. {sentence} Wij delen de opname alleen met de orthopedagoog, zodat zij haar "
    "advies kan schrijven. De opname staat op de schijf van Kompaswerk en wordt op 1 juli "
    "gewist.\n\n( ) Ja, het gesprek mag worden opgenomen.  ( ) Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Op de opname staat alles wat er in het gesprek gezegd wordt.", "ok"),
        ("Daarna krijgt u een verslag van alles wat we besproken hebben.", "ok"),
        ("U krijgt de opname, zodat u weet wat we over Mees hebben afgesproken.", "ok"),
        ("Kompaswerk gaat zorgvuldig met alle gegevens om.", "ok"),
        (
            "Niet meedoen heeft geen gevolgen: het advies en alles wat daarbij hoort, komt er "
            "gewoon.",
            "ok",
        ),
        # Whatever the parent tells, in general, stays open.
        ("Wij delen daarnaast alles wat u ons over thuis vertelt met Kompaswerk.", "gebrek"),
        ("Wij geven Kompaswerk ook alles wat wij over Mees weten.", "gebrek"),
    ],
)
def test_what_one_recorded_talk_holds_is_no_open_data(sentence, oordeel):
    judgement = judge_gegevens(Form(_TALK.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_MAIL = (
    "Beste ouders,\n\nDe club werkt samen met Stichting Steunpunt Verlies. Wij willen de naam en "
    "het telefoonnummer van uw kind aan het Steunpunt geven, zodat een begeleider u kan bellen "
    "voor een gesprek. Het Steunpunt bewaart dit in zijn cliëntsysteem Rouwkompas tot 1 "
    "september. U kunt altijd intrekken door te mailen naar de secretaris.\n\n"
    'Wilt u dit? Beantwoord deze mail dan met "Ja, dat mag."\n\n{after}\n'
)


@pytest.mark.parametrize(
    ("after", "oordeel"),
    [
        ("Wilt u dat niet, dan hoeft u niets te doen; wij geven dan niets door.", "ok"),
        ("Wilt u geen gesprek, dan hoeft u niets te doen.", "ok"),
        (
            "De contributie voor maart wordt gewoon afgeschreven. Daarover hoeft u niets te doen.",
            "ok",
        ),
        ("Bent u akkoord, dan hoeft u niets te doen.", "gebrek"),
        ("Wij geven de gegevens door aan het Steunpunt. Daarvoor hoeft u niets te doen.", "gebrek"),
    ],
)
def test_nothing_to_do_for_a_no_is_no_silent_yes(after, oordeel):
    judgement = judge_ondubbelzinnig(Form(_MAIL.format(after=after)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_CLUB = (
    "Beste ouders,\n\nZaterdag is onze trainer Kees overleden. {sentence}\n\nDe club werkt "
    "samen met Stichting Steunpunt Verlies. Wij willen de naam en het telefoonnummer van uw kind "
    "aan het Steunpunt geven, zodat een begeleider u kan bellen voor een gesprek.\n\n"
    "[ ] Ja, dat mag.  [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Het clubhuis is woensdag open voor iedereen die even samen wil zijn.", "ok"),
        ("Wij leven mee met de familie en met iedereen die hem kende.", "ok"),
        ("Het verslag van de avond krijgt iedereen die aanwezig was per mail.", "ok"),
        ("Het verslag krijgt iedereen die het nodig heeft.", "gebrek"),
        ("Wij sturen de gegevens ook aan iedereen die bij de begeleiding betrokken is.", "gebrek"),
    ],
)
def test_everyone_who_only_counts_where_data_goes(sentence, oordeel):
    judgement = judge_ontvangers(Form(_CLUB.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_SURVEY = (
    "Beste ouders,\n\nWij vragen u een vragenlijst over ons schoolplan in te vullen. Uw antwoorden "
    "gaan naar Bureau Peilpunt, zodat het bureau een rapport voor de MR kan maken. Peilpunt "
    "bewaart de antwoorden in zijn eigen enquêtesysteem tot 1 augustus. U kunt altijd intrekken "
    "met een mail aan de directeur.\n\n{refusal}\n\n[ ] Ja, ik doe mee.  [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("refusal", "oordeel"),
    [
        (
            "Doet u liever niet mee, of geeft u geen toestemming? Dat heeft nergens invloed op, "
            "ook niet op de plaatsing van uw kind.",
            "ok",
        ),
        ("Geeft u geen toestemming, dan kan uw kind niet mee op schoolreis.", "gebrek"),
    ],
)
def test_a_refusal_asked_as_a_question_costs_nothing(refusal, oordeel):
    judgement = judge_vrij(Form(_SURVEY.format(refusal=refusal)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_TERM = (
    "Beste ouders,\n\nOp woensdag lezen twee vrijwilligers van de bibliotheek voor in groep 3. "
    "Wij geven hun de voornaam en het AVI-niveau van uw kind, zodat zij een passend boek kiezen. "
    "Het lijstje ligt in de groepsmap van de juf. {term} U kunt altijd intrekken met een "
    "berichtje aan de juf.\n\n[ ] Ja, dat mag.  [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("term", "oordeel"),
    [
        ("Het lijstje gaat 19 dec door de versnipperaar, dan stopt het voorlezen.", "ok"),
        ("Na 30 dagen wordt het lijstje automatisch overschreven.", "ok"),
        ("Dit formulier geldt tot 31 juli 2027.", "ok"),
        # Handing in or talking through the form is no end of the consent.
        ("Wilt u het formulier binnen een week ingevuld meegeven aan uw kind?", "gebrek"),
        ("Dit formulier nemen wij samen met u door tijdens het gesprek op 3 maart 2027.", "gebrek"),
        ("Op 19 dec bespreken wij hoe het voorlezen is gegaan.", "gebrek"),
    ],
)
def test_what_ends_the_consent_and_what_only_hands_in_the_form(term, oordeel):
    judgement = judge_termijn(Form(_TERM.format(term=term)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_ONE_BOX = (
    "Beste ouders,\n\nOp de ouderavond van 4 maart willen wij het gesprek opnemen, de notulen "
    "naar de MR sturen en enkele uitspraken in de nieuwsbrief zetten. De opname staat op de "
    "schoolschijf en wordt op 1 april gewist. U kunt altijd intrekken via de directeur.\n\n"
    "{choice}\n"
)


@pytest.mark.parametrize(
    ("choice", "oordeel"),
    [
        (
            "[ ] Ik ga akkoord met de opname van het gesprek, het sturen van de notulen naar de "
            "MR en het gebruik van mijn uitspraken in de nieuwsbrief.",
            "gebrek",
        ),
        (
            "[ ] Ik geef toestemming voor het delen van de notulen met de leesouders, de "
            "klassenouder en de overblijfvrijwilligers.",
            "gebrek",
        ),
        ("Reageer met een duim als je akkoord gaat met allebei.", "gebrek"),
        (
            "Opname: [ ] ja [ ] nee\nNotulen naar de MR: [ ] ja [ ] nee\n"
            "Uitspraken in de nieuwsbrief: [ ] ja [ ] nee",
            "ok",
        ),
    ],
)
def test_one_box_for_three_things_is_not_granular(choice, oordeel):
    judgement = judge_granulair(Form(_ONE_BOX.format(choice=choice)))
    assert judgement.oordeel == oordeel, judgement.uitleg
