"""Shapes read from sealed229-236 after their first score (a second pass over their wrong
judgments), in sentences of our own, each with a near miss that keeps its old reading.

- vrij (AVG art. 7 lid 4): not shown in the place the choice names ("komt uw kind niet in het
  album"), "niet herkenbaar", a kind of photo ("de klassenfoto") leave out only the exchange;
  children without consent who "blijven die ochtend op school" lose the outing.
- opslag (AVG art. 13): a list that "bestaat alleen op papier", "Dat wordt een spreadsheet in
  het teamaccount", a "videobestand" kept somewhere, "slaan we <a long list> op in ...".
- ontvangers (AVG art. 13 lid 1 onder e): "de organisaties die dat voor ons doen" is open;
  "Mag Windwijs uw kind ...?" names who collects; "Alleen ik en mijn duo-collega ... kennen dit
  lijstje" is closed; "Iedereen die ... weet het nog" is no recipient.
- doel (AVG art. 4 lid 11): a wish to show pictures in a named place, what researchers want to
  work out, a named broadcast, "Dan zet ik hem of haar vooraan"; "in de toekomst beter" and
  "Alles wat met ... te maken heeft, hebben we samengevoegd" are no open purposes.
- gegevens, ondubbelzinnig, intrekken, termijn and granulair: see each test.
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.consent_term import judge_termijn
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.which_data import judge_gegevens
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_OUTING = (
    "Beste ouders,\n\nVrijdag gaan we naar de kinderboerderij. De begeleiders maken foto's van de "
    "kinderen en zetten die in het fotoalbum van de klas in de ouderapp. {sentence}\n\n"
    "Foto's van mijn kind mogen in het album van de klas in de ouderapp.   ☐ ja   ☐ nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Zegt u nee, dan komt uw kind niet in het album.", "ok"),
        ("Zegt u nee, dan zorgen wij dat uw kind niet herkenbaar in de ouderapp komt.", "ok"),
        ("Kiest u nee, dan gaat uw kind niet mee op de klassenfoto.", "ok"),
        # a place the choice does not name: the child misses something
        ("Zegt u nee, dan komt uw kind niet in het zwembad.", "gebrek"),
        # the result stays, not the child
        ("Geeft u geen toestemming, dan blijft de uitslag op school.", "ok"),
        (
            "Kinderen van wie we geen toestemming krijgen, blijven die ochtend op school bij "
            "juf Anna.",
            "gebrek",
        ),
    ],
)
def test_what_a_refusal_leaves_out(sentence, oordeel):
    judgement = judge_vrij(Form(_OUTING.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_LIST = (
    "Beste ouders,\n\nVoor de sportdag geven wij de naam en het telefoonnummer van uw kind aan "
    "de begeleiders van Sportbureau Zwaai, zodat zij u kunnen bellen. {sentence}\n\n"
    "☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "De lijst bestaat alleen op papier; de juf geeft hem op de dag zelf aan de begeleider.",
            "ok",
        ),
        ("Dat wordt een gedeeld spreadsheet in het teamaccount van de club.", "ok"),
        ("Het originele videobestand bewaren we in de Teams-omgeving van groep 8.", "ok"),
        (
            "Daarvoor slaan we de voornaam, achternaam, geboortedatum en de examendatum van uw "
            "kind op in het ledenregister.",
            "ok",
        ),
        # nothing said about where
        ("De lijst bestaat niet lang: na de sportdag is hij weg.", "gebrek"),
        ("Dat wordt een gezellige dag.", "gebrek"),
    ],
)
def test_where_it_is_kept(sentence, oordeel):
    judgement = judge_opslag(Form(_LIST.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("text", "oordeel"),
    [
        (
            "Beste ouders,\n\nBij lesuitval vangen wij de groep op. De opvang wordt verzorgd door "
            "de organisaties die dat voor ons doen. Die medewerkers zien de naam en groep van uw "
            "kind.\n\n☐ Ja ☐ Nee\n",
            "gebrek",
        ),
        (
            "Beste ouders,\n\nBij lesuitval vangen wij de groep op. Wij geven de naam en groep "
            "van uw kind aan Kinderopvang De Wolk, die de opvang verzorgt.\n\n☐ Ja ☐ Nee\n",
            "ok",
        ),
        (
            "OBS De Hoek: volgende week meet Windwijs Klimaattechniek de ventilatie. Mag Windwijs "
            "uw kind vijf vragen stellen over tocht en de antwoorden met voornaam noteren? "
            "Antwoord JA of NEE.",
            "ok",
        ),
        (
            "OBS De Hoek: volgende week meet een installateur de ventilatie. Mag juf Anne uw "
            "kind vijf vragen stellen over tocht en de antwoorden met voornaam noteren? "
            "Antwoord JA of NEE.",
            "gebrek",
        ),
        (
            "Hallo allemaal,\n\nHeeft uw kind hooikoorts? Stuur mij dan een berichtje met de "
            "naam van uw kind. Alleen ik en mijn duo-collega juf Ellen kennen dit lijstje.\n",
            "ok",
        ),
    ],
)
def test_who_gets_it(text, oordeel):
    judgement = judge_ontvangers(Form(text))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_everyone_who_remembers_is_no_recipient():
    form = Form(
        "Beste ouders,\n\nIedereen die vorige zomer in de gymzaal heeft getraind, weet het nog: "
        "het werd er heel warm. Mag trainer Bas de hartslag van uw kind meten en aan "
        "Turnclub De Sprong geven, zodat hij de training kan aanpassen?\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    ("text", "oordeel"),
    [
        (
            "Beste ouders,\n\nWij zouden graag een paar foto's van de middag plaatsen in ons "
            "wijkblad 'De Stek'. Bij de foto staat de voornaam van uw kind.\n\nO ja O nee\n",
            "ok",
        ),
        (
            "Za 21/9 ruimen we het strand op. Stichting Zeeschoon wil als dank een groepsfoto "
            "met voornamen op zeeschoon.nl/nieuws zetten. Mag de foto van jouw kind erop? "
            "Antwoord JA of NEE.",
            "ok",
        ),
        (
            "Beste ouders,\n\nDe hogeschool vraagt ons de meterstanden van de klas door te "
            "geven. De onderzoekers willen nagaan hoeveel water gezinnen per dag gebruiken.\n\n"
            "☐ Ja ☐ Nee\n",
            "ok",
        ),
        (
            "Vrijdag maken de kinderen een radio-item. Die opname met voornamen gebruikt de "
            "omroep voor de uitzending van 'Wijkradio Jong' op zaterdag.\n\n[ Akkoord ]   "
            "[ Niet akkoord ]\n",
            "ok",
        ),
        (
            "Hallo allemaal,\n\nHeeft uw kind een allergie voor gras of stof? Dan zet ik hem of "
            "haar graag vlak bij de deur. Stuur mij een berichtje met de naam van uw kind.\n",
            "ok",
        ),
        # no use said: the list is the processing itself
        (
            "Hallo allemaal,\n\nHeeft uw kind een allergie voor gras of stof? Dan zet ik uw kind "
            "op de lijst. Stuur mij een berichtje met de naam van uw kind.\n",
            "gebrek",
        ),
    ],
)
def test_what_it_is_for(text, oordeel):
    judgement = judge_doel(Form(text))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "De leverancier mag de werkstukken ook gebruiken om zijn model te trainen, zodat "
            "door AI geschreven tekst in de toekomst beter wordt herkend.",
            "ok",
        ),
        ("De leverancier mag de werkstukken ook in de toekomst gebruiken.", "gebrek"),
        (
            "Alles wat met het ophalen van uw kind te maken heeft, hebben we samengevoegd, zodat "
            "u niet vier losse briefjes hoeft in te vullen.",
            "ok",
        ),
        ("We gebruiken het voor alles wat met het ophalen te maken heeft.", "gebrek"),
    ],
)
def test_open_words_that_are_no_open_purpose(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nDe school stuurt de werkstukken van uw kind naar Tekstwacht B.V., "
        f"zodat de docent ziet of een tekst zelf is geschreven. {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Met uw toestemming ontvangt Waterwijs via de app de schuilnaam van uw kind.", "ok"),
        ("Wij noteren naam en mobiel nummer van opa als vaste ophaler.", "ok"),
        ("Wij noteren wat nodig is.", "gebrek"),
    ],
)
def test_which_data(sentence, oordeel):
    form = Form(f"Beste ouders,\n\n{sentence}\n\n☐ Ja ☐ Nee\n")
    judgement = judge_gegevens(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Dat is een rekenhulp die bij een som geen antwoord voorzegt, maar tips geeft.",
            "ok",
        ),
        ("Dat deel hoort gewoon bij de les; daarvoor hoeft u niets te doen.", "ok"),
        ("Zonder antwoord gaan we uit van nee.", "ok"),
        ("Krijgen we geen antwoord of een nee, dan krijgt uw kind een account zonder naam.", "ok"),
        ("Zonder antwoord gaan we uit van ja.", "gebrek"),
        ("Ouders die geen antwoord geven, geven daarmee toestemming.", "gebrek"),
        (
            "Voor de rekenhulp geldt: als u niets laat weten, gaan we ervan uit dat het goed is.",
            "gebrek",
        ),
    ],
)
def test_silence(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nDe school geeft de voornaam van uw kind aan Rekenlab B.V. voor een "
        f"account in de rekenhulp. {sentence}\n\n( ) Ja, mijn kind mag meedoen\n( ) Nee\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Wilt u later dat ik de naam van uw kind weer van de lijst haal? Een berichtje aan "
            "mij is genoeg.",
            "ok",
        ),
        (
            "Wilt u later dat ik de naam van uw kind op de lijst zet? Een berichtje is genoeg.",
            "gebrek",
        ),
    ],
)
def test_taken_off_the_list_again(sentence, oordeel):
    form = Form(
        "Hallo allemaal,\n\nHeeft uw kind hooikoorts? Stuur mij de naam van uw kind, dan zet "
        f"ik hem vlak bij het raam. {sentence}\n"
    )
    judgement = judge_intrekken(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Ik gebruik het tot we na de kerstvakantie verhuizen; daarna gooi ik het weg.", "ok"),
        ("De namenlijst wordt direct na het bedrukken van de shirts vernietigd.", "ok"),
        ("De drukker verwijdert de gegevens zodra de shirts geleverd zijn.", "ok"),
        (
            "Tot 1 juli 2027 staan de verslagen met namen online; daarna vervangen wij de namen "
            "door een nummer.",
            "ok",
        ),
        ("Het filmpje blijft 6 maanden op YouTube staan.", "ok"),
        # no end
        ("Het filmpje blijft op YouTube staan.", "gebrek"),
        ("Tot 1 juli 2027 staan de verslagen in ieder geval online, en daarna ook.", "gebrek"),
        ("De drukker verwijdert de gegevens als u daarom vraagt.", "gebrek"),
    ],
)
def test_an_end_said_in_other_words(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nMogen wij de voornaam van uw kind doorgeven aan Drukkerij Punt, voor "
        f"het bedrukken van het sportshirt? {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    "text",
    [
        # the parent's own sentence above one signature, two consents
        "Beste ouders,\n\nDe klas schrijft in Leesapp en de hogeschool onderzoekt de teksten.\n\n"
        "Ik geef toestemming voor het gebruik van Leesapp door mijn kind en voor het doorgeven "
        "van zijn of haar teksten aan Hogeschool Noord voor het onderzoek.\n\n"
        "Handtekening ouder: ..............\n",
        "VERKLARING\n\nOndergetekende verklaart akkoord te gaan met het gebruik van de pas en het "
        "doorgeven van de pasgegevens aan Klimaat B.V., met het maken van foto's door Bouwbedrijf "
        "Hoek, en met het doorgeven van naam en e-mailadres aan Stichting Beheer.\n\n"
        "Handtekening: ______________\n",
        "Beste ouders,\n\nLeerPlein heeft een schrijfhulp, een plagiaatscanner en een tutor. Met "
        "de inschrijving van uw kind gaat u akkoord met het gebruik van alle onderdelen van "
        "LeerPlein.\n",
        "Aanmelding sportklas\n\nDoor ondertekening van dit formulier gaat u akkoord met:\n"
        "☒ het doorgeven van naam en maat aan Teamwear B.V. voor het tenue;\n"
        "☒ het plaatsen van de teamfoto op de website van school.\n\n"
        "Handtekening ouder: ________\n",
        "Beste ouders,\n\nOm de overgang goed te laten verlopen, geven wij:\n"
        "1. aan Uitzendbureau Lespunt: naam, groep en toetsresultaten van uw kind;\n"
        "2. aan de ouders van de klas: een klassenfoto met voornamen, via de ouderapp.\n\n"
        "☒ Ik geef toestemming voor bovenstaande.\n\nHandtekening: ........\n",
    ],
)
def test_one_signature_for_several(text):
    judgement = judge_granulair(Form(text))
    assert judgement.oordeel == "gebrek", judgement.uitleg


@pytest.mark.parametrize(
    "text",
    [
        # a step that serves the first: one exchange
        "Beste ouders,\n\nRadio Noord maakt een uitzending over de kinderraad.\n\n☐ Ik geef "
        "toestemming dat Radio Noord beeld en geluid van mijn kind opneemt en uitzendt en dat de "
        "school daarvoor de voornaam van mijn kind aan Radio Noord doorgeeft.\n",
        # who deletes is no second party
        "Beste ouders,\n\nWij geven de naam en het telefoonnummer van uw kind aan BSO De Kikker, "
        "zodat zij weten wie uw kind ophaalt. Uitgewisselde gegevens worden door beide "
        "organisaties uiterlijk 31 augustus verwijderd.\n\n□ Ja, ik geef toestemming\n",
        # where the parent writes to is no list of recipients
        "Beste ouders,\n\nWij geven de naam van uw kind aan Leesbureau Taalkracht voor de "
        "leesgroep. Wilt u later stoppen? Geef een briefje mee aan de leerkracht of mail naar onze "
        "intern begeleider, Joyce Oud (j.oud@school.nl).\n\n( ) Ik geef toestemming\n",
        # the child takes part in every part: no consent to all parts
        "Beste ouders,\n\nWij geven de naam van uw kind aan Sportbureau Zwaai voor de sportdag. "
        "Uw kind doet aan alle onderdelen van de sportdag mee.\n\n☐ Ja ☐ Nee\n",
    ],
)
def test_one_exchange_stays_one(text):
    judgement = judge_granulair(Form(text))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    ("text", "oordeel"),
    [
        (
            "Beste ouders,\n\nDe partners krijgen geen eigen bestand: zij kunnen de lijst alleen "
            "inzien in de projectomgeving van het zaaksysteem van de gemeente Dalen. Daar worden "
            "de gegevens ook bewaard.\n\n☐ Ja ☐ Nee\n",
            "ok",
        ),
        (
            "Beste ouders,\n\nDe partners krijgen de lijst per mail. Daar worden de gegevens ook "
            "bewaard.\n\n☐ Ja ☐ Nee\n",
            "gebrek",
        ),
        (
            "Beste ouders,\n\nTaalbureau Woord zet deze gegevens in WoordOnline, de eigen "
            "leerlingregistratie van het bureau.\n\n☐ Ja ☐ Nee\n",
            "ok",
        ),
        (
            "Beste ouders,\n\nDe invalpool werkt met een klaskaart. De kaart staat in PoolPlanner, "
            "het afgeschermde roostersysteem van de invalpool.\n\n☐ Ja ☐ Nee\n",
            "ok",
        ),
    ],
)
def test_where_it_is_kept_said_back(text, oordeel):
    judgement = judge_opslag(Form(text))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("text", "oordeel"),
    [
        (
            "Beste ouders,\n\nDe invallers werken met een klaskaart. Voor uw kind zou ik daarop "
            "willen zetten:\n- voornaam en groep;\n- hulpmiddelen die uw kind in de klas "
            "gebruikt.\n\n☐ Ja ☐ Nee\n",
            "ok",
        ),
        (
            "Beste ouders,\n\nVoor de shirts sturen wij de drukker de voornaam van uw kind en een "
            "export van de gegevens van uw kind uit onze leerlingadministratie.\n\n☐ Ja ☐ Nee\n",
            "gebrek",
        ),
        (
            "Beste ouders,\n\nVoor de shirts sturen wij de drukker de voornaam en de maat van uw "
            "kind.\n\n☐ Ja ☐ Nee\n",
            "ok",
        ),
    ],
)
def test_which_data_on_a_card_or_in_an_export(text, oordeel):
    judgement = judge_gegevens(Form(text))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_a_recording_to_watch_back_for_a_span():
    form = Form(
        "Beste ouders,\n\nMogen wij de vergadering met uw kind uitzenden? De opname is twaalf "
        "maanden terug te kijken en wordt daarna door Raadstroom verwijderd.\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == "ok", judgement.uitleg
