"""Shapes misread on sealed213-220 (opened after their first score), in sentences of our own,
each with a near miss that keeps its old reading.

- ondubbelzinnig (AVG art. 4 lid 11; overweging 32): the parent's wish asked above the boxes
  ("Wil je op het rijschema?"), a table whose column header is a question, and a small "o"
  opening each choice's line are boxes to tick.
- intrekken (AVG art. 7 lid 3): "Wil je later van de lijst af?" with a way to say so.
- ontvangers (AVG art. 13 lid 1 onder e): the helpers of one trip are a closed group; "alle
  betrokkenen", "met betrokkenen" and "of een andere zorgaanbieder" are open.
- opslag (AVG art. 13): "op een rij" and a button "Alles opslaan" keep nothing; a file on a
  school drive and replies in a mailbox are kept somewhere named.
- termijn (AVG art. 5 lid 1 onder e): an app that closes on a date is no end of the consent.
- granulair (overweging 32 en 43): "drie onderdelen waarvoor wij uw toestemming nodig hebben"
  and "willen wij drie dingen doen:" under one signature bundle; a programme's name after
  "het rooster van" is no second recipient; people "betrokken" at one treat are one exchange.
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_DRIVERS = (
    "Beste ouders,\n\nVoor de uitjes van de welpen zoeken we ouders die willen rijden. Op het "
    "rijschema staan je naam en je mobiele nummer.\n\n{question}\n   ( ) Ja, zet mij op het "
    "rijschema\n   ( ) Nee\n"
)


@pytest.mark.parametrize(
    ("question", "oordeel"),
    [
        ("Wil je op het rijschema?", "ok"),
        ("Wilt u meedoen met het rijschema?", "ok"),
        # numbered, as on a paper form (review)
        ("1. Wil je op het rijschema?", "ok"),
        ("Wilt u hieronder kiezen?", "ok"),
        # a fact about the child is no request for consent
        ("Heeft uw kind een zitverhoger?", "gebrek"),
    ],
)
def test_a_wish_asked_above_the_boxes_is_a_choice(question, oordeel):
    judgement = judge_ondubbelzinnig(Form(_DRIVERS.format(question=question)))
    assert judgement.oordeel == oordeel, judgement.uitleg


# A wish to help or come, or not to be on it, is no consent asked: the letter is opt-out.
_OPT_OUT = (
    "Beste ouders,\n\nWij zetten de foto's van het kamp op de website. Bent u het er niet mee "
    "eens, laat het dan weten.\n\n{question}\n   ( ) Ja\n   ( ) Nee\n"
)


@pytest.mark.parametrize(
    "question",
    ["Wil je helpen bij het kamp?", "Doet u mee met de ouderavond?", "Wilt u niet op de website?"],
)
def test_a_wish_about_something_else_is_no_choice(question):
    judgement = judge_ondubbelzinnig(Form(_OPT_OUT.format(question=question)))
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_a_fact_asked_in_a_column_header_is_no_choice():
    form = Form(
        "Beste ouders,\n\nWij zetten de foto's van het kamp op de website. Bent u het er niet "
        "mee eens, laat het dan weten.\n\n"
        "| Heeft uw kind een allergie? | ja | nee |\n"
        "|---|---|---|\n"
        "| Noten | ○ | ○ |\n"
        "| Melk | ○ | ○ |\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_a_yes_no_column_header_about_the_exchange_is_a_choice():
    form = Form(
        "Per college kiest u apart.\n\n"
        "| College | Gegevens doorgeven? |\n"
        "|---|---|\n"
        "| ROC Marledorp | [ ] ja [ ] nee |\n"
        "| Groen College Eikenrode | [ ] ja [ ] nee |\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == "ok", judgement.uitleg


def test_a_table_row_under_a_question_header_is_a_choice():
    form = Form(
        "Wij willen het werkstuk van uw kind op twee plekken laten zien. Kies per regel ja of "
        "nee.\n\n"
        "| Waar laten we het zien? | Wat gebruiken we? | ja | nee |\n"
        "|---|---|---|---|\n"
        "| Scherm in de hal op de open dag | foto van het werkstuk, voornaam | ○ | ○ |\n"
        "| Nieuwsbrief van mei | foto van het werkstuk, voornaam | ○ | ○ |\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    ("lines", "oordeel"),
    [
        ("o  ja, zet de verjaardag van mijn kind op de lijst\no  nee, liever niet\n", "ok"),
        ("o  Ja, zet de verjaardag van mijn kind op de lijst\no  Nee, liever niet\n", "ok"),
        # sub-bullets of a list, no boxes (review)
        ("Op de lijst komt:\no  wel de voornaam en de verjaardag\no  niet het adres\n", "gebrek"),
        # one capital "O ja," is the exclamation, no box
        ("O ja, en vergeet de gymspullen niet.\n", "gebrek"),
    ],
)
def test_a_small_o_opening_each_line_is_a_box(lines, oordeel):
    form = Form(
        "Lieve ouders,\n\nWij maken een verjaardagslijst met de voornaam en de verjaardag van "
        "ieder kind, zodat jullie elkaar kunnen uitnodigen.\n\n" + lines
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Wil je later van de lijst af? Stuur een mailtje naar lijst@devlinder.nl, dan halen "
            "we je eraf.",
            "ok",
        ),
        ("Wil je later van de lijst af?", "gebrek"),
        (
            "Wil je later van de verjaardagslijst van groep 4 af? Stuur een mailtje naar "
            "lijst@devlinder.nl.",
            "ok",
        ),
        # a request on the schoolyard, no change of mind (review)
        (
            "Wilt u van de stoep af blijven bij het ophalen? Mail vragen naar lijst@devlinder.nl.",
            "gebrek",
        ),
    ],
)
def test_wanting_off_the_list_with_a_way_is_a_withdrawal(sentence, oordeel):
    form = Form(
        "Wij zetten de voornaam en de verjaardag van je kind op de verjaardagslijst van de "
        f"klas. {sentence}\n\n☐ ja ☐ nee\n"
    )
    judgement = judge_intrekken(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("letter", "oordeel"),
    [
        (
            "Op 15 oktober gaan we naar de kinderboerderij. Gaat u mee als begeleider? Om "
            "elkaar te bereiken sturen wij alle begeleiders een lijstje met de namen en "
            "nummers van de andere begeleiders en van meester Joost.",
            "ok",
        ),
        # without a trip the helpers go on, "alle begeleiders" of the school stay open
        (
            "Wij sturen de naam en het nummer van uw kind naar alle begeleiders van onze "
            "stichting.",
            "gebrek",
        ),
        (
            "Het rijschema wordt verstuurd aan Stichting Kidsrit en aan alle betrokkenen bij die "
            "excursie.",
            "gebrek",
        ),
        (
            "Wij delen het overzicht met Stichting Kidsrit en met betrokkenen.",
            "gebrek",
        ),
        (
            "Het verslag stuur ik naar Logopediepraktijk De Klank of een andere zorgaanbieder in "
            "de regio die plek heeft.",
            "gebrek",
        ),
        ("Het verslag stuur ik naar Logopediepraktijk De Klank in Velderhoven.", "ok"),
        # "als begeleider" as a job, and the helpers of a foundation, stay open (review)
        (
            "Mevrouw Smit van Samenwerkingsverband Kwakkelbroek werkt als begeleider passend "
            "onderwijs. Wij delen het ontwikkelingsperspectief met Samenwerkingsverband "
            "Kwakkelbroek en met alle begeleiders.",
            "gebrek",
        ),
        (
            "Op 15 oktober gaan we naar de kinderboerderij. Gaat u mee als begeleider? Wij delen "
            "de medische gegevens van uw kind met Kinderboerderij De Pimpelmees en met alle "
            "begeleiders van onze stichting.",
            "gebrek",
        ),
        # thanked or bound to secrecy: no recipients (review)
        (
            "Het verslag stuur ik naar Logopediepraktijk De Klank in Velderhoven. Dank aan alle "
            "betrokkenen voor de fijne samenwerking!",
            "ok",
        ),
        (
            "Het verslag stuur ik naar Logopediepraktijk De Klank in Velderhoven. Alle "
            "betrokkenen hebben een geheimhoudingsplicht.",
            "ok",
        ),
        (
            "Het verslag stuur ik naar Logopediepraktijk De Klank in Velderhoven. Wij gaan "
            "zorgvuldig om met de privacy van alle betrokkenen.",
            "ok",
        ),
        (
            "Het verslag stuur ik naar Logopediepraktijk De Klank of een vergelijkbare "
            "zorgaanbieder in de regio.",
            "gebrek",
        ),
    ],
)
def test_who_gets_it_on_a_trip_and_beside_an_alternative(letter, oordeel):
    judgement = judge_ontvangers(Form(f"Beste ouders,\n\n{letter}\n\n☐ ja ☐ nee\n"))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Zoals afgesproken zet ik op een rij wat er nog geregeld moet worden voordat Daan "
            "in Drieborgh begint.",
            "gebrek",
        ),
        (
            'U kunt zelf de foto\'s downloaden via "Album > Alles opslaan" in Hummelpost.',
            "gebrek",
        ),
        (
            "Het bestand van het boekje staat op de beveiligde schoolschijf van De Linde.",
            "ok",
        ),
        ("Jullie antwoorden bewaren we in de mailbox van de ouderraad.", "ok"),
        # a list put somewhere named stays a place
        ("Ik zet de lijst op de beveiligde schijf van De Linde.", "ok"),
        # a quoted sentence ends on its verb; a file with a form to fill in is no data (review)
        ('Meester Tom schreef: "de lijst ga ik in het leerlingvolgsysteem opslaan"', "ok"),
        ("Het bestand met het aanmeldformulier staat in de app.", "gebrek"),
    ],
)
def test_where_it_is_kept(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nDe school stuurt de naam van uw kind naar Montessorischool De "
        f"Linde. {sentence}\n\n☐ ja ☐ nee\n"
    )
    judgement = judge_opslag(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "In onze ouderapp staan de foto's van uw kind. Die app stopt op 31 december 2025.",
            "gebrek",
        ),
        ("Uw toestemming stopt op 31 december 2025.", "ok"),
        # the app is not the subject: the sharing or the yes stops (review)
        ("Het delen via de app stopt op 31 juli 2026.", "ok"),
        ("Uw ja voor het portaal stopt op 31 juli 2026.", "ok"),
    ],
)
def test_an_app_that_closes_is_no_end_of_the_consent(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nWij dragen de foto's van uw kind over aan Kinderopvang Zonnehoek. "
        f"{sentence}\n\n[ ] Ik geef toestemming.\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


_THREE = (
    "Beste ouders,\n\n{intro}\n\n1. Een verjaardagskalender in het lokaal met de voornaam en "
    "de verjaardag.\n\n2. Een foto van de jarige in de groep in OuderLink.\n\n3. De klassenouder "
    "krijgt het huisadres om een kaart te sturen.\n\nIk geef toestemming voor de kalender, de "
    "foto in OuderLink en het adres voor de klassenouder.\n\nHandtekening: ..............\n"
)


@pytest.mark.parametrize(
    ("intro", "oordeel"),
    [
        ("Dit jaar willen wij rond verjaardagen drie dingen doen:", "gebrek"),
        ("Er zijn drie onderdelen waarvoor wij uw toestemming nodig hebben.", "gebrek"),
        # the subject first, and words between (review)
        ("Wij willen drie dingen met uw gegevens doen:", "gebrek"),
        ("Wij willen met uw gegevens drie dingen doen:", "gebrek"),
    ],
)
def test_three_parts_announced_under_one_signature_are_bundled(intro, oordeel):
    judgement = judge_granulair(Form(_THREE.format(intro=intro)))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_games_of_one_day_are_no_parts():
    # three things to do that pass no data on, under one consent for a photo (review)
    form = Form(
        "Beste ouders,\n\nOp de sportdag gaan we drie dingen doen:\n\n1. Voetballen op het "
        "grote veld.\n\n2. Zwemmen in De Wetering.\n\n3. Een picknick in het park.\n\n"
        "Tijdens de sportdag maakt juf Anna foto's. Ik geef toestemming dat de school een foto "
        "van mijn kind op de website van de school zet.\n\nHandtekening: ..............\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    "each",
    [
        "In de klas vieren we iedere verjaardag.",
        # the same shape (review)
        "Iedere leerling krijgt een kroon.",
        "Iedereen is welkom bij het feest.",
        "Voor elk kind maken we een kroon.",
    ],
)
def test_each_birthday_is_no_choice_per_part(each):
    form = Form(
        f"Beste ouders,\n\n{each} Dit jaar willen wij rond "
        "verjaardagen drie dingen doen:\n\n1. Een kalender in het lokaal.\n\n2. Een foto in "
        "OuderLink.\n\n3. Een kaart van de klassenouder.\n\nIk geef toestemming voor de "
        "kalender, de foto en de kaart.\n\nHandtekening: ..............\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


@pytest.mark.parametrize(
    ("consent", "oordeel"),
    [
        (
            "Ik geef de school toestemming om naam en groep door te geven aan Muziekschool De "
            "Klankkast voor de lesgroepen en het rooster van Muziek na de Bel: ja / nee*",
            "ok",
        ),
        (
            "Ik geef de club toestemming om de naam te delen met de KNVB en met Bakkerij Jansen, "
            "voor de spelerspassen en de teamfoto: ja / nee*",
            "gebrek",
        ),
        # a club that gives the lessons is a party (review)
        (
            "Ik geef de club toestemming om de naam te delen met de KNVB, voor de spelerspassen, "
            "en met de lessen van Zwemvereniging De Dolfijn, voor de zwemles: ja / nee*",
            "gebrek",
        ),
    ],
)
def test_a_programme_named_after_its_timetable_is_no_second_recipient(consent, oordeel):
    form = Form(f"Beste ouders,\n\nDe cursus begint in oktober.\n\n{consent}\n\n* doorhalen\n")
    judgement = judge_granulair(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_people_involved_in_one_treat_are_one_exchange():
    form = Form(
        "Beste ouder, zodat traktaties in de klas veilig verlopen, delen wij waar nodig "
        "relevante informatie over uw kind met betrokkenen. Gaat u akkoord? Antwoord JA of NEE "
        "op dit nummer."
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    ("before", "oordeel"),
    [
        ("Voor de afscheidsavond sturen we elk kind een uitnodiging per post.", "ok"),
        ("In december sturen wij alle kinderen een kerstkaart.", "ok"),
        # no thing sent to each child: the request's purpose stays unsaid
        ("De afscheidsavond is op 8 juli in de aula.", "gebrek"),
    ],
)
def test_what_each_child_is_sent_is_the_purpose_of_the_address(before, oordeel):
    form = Form(
        f"SMS van IKC Kompasrond: {before} Mag juf Hanneke de naam en het huisadres van uw "
        "kind doorgeven aan de werkgroep afscheid? Akkoord? Stuur JA terug."
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == oordeel, judgement.uitleg
