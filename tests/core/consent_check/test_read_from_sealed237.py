"""Shapes misread on sealed237-244 (read a second time after their first score), in
sentences of our own, each with a near miss that keeps its old reading.

- vrij (AVG art. 7 lid 4; overweging 42 en 43): others not photographing the child, the
  questionnaire not filled in, "niets door en doet uw kind niet mee" are the refusal itself; a
  duty said to lie outside the consent, and a parent's consent needed below 16 (UAVG art. 5),
  are no price on it.
- ontvangers (AVG art. 13 lid 1 onder e): an open group as the subject of "zien niets" is no
  recipient; "hulpdiensten" where the form names fire brigade, ambulance and police is that
  list; "verschillende partners" and "fondsen die ..." are open.
- ondubbelzinnig (AVG art. 4 lid 11; overweging 32): silence that leads to what the form says a
  refusal leads to is a no; "Beantwoord deze mail met twee regels:" asks for an own answer.
- gegevens (overweging 42): the data spelled out in brackets; plural names ("de voornamen").
- doel: "Het is bedoeld als spreekoefening", a podcast played at a presentation or broadcast in
  a named programme, the child's own card sent to a partner class.
- opslag / termijn (AVG art. 13): "gaat via de uploadomgeving van X ... en wordt daar
  bewaard"; "bewaren wij de bladzijden in de stamgroepkast"; "loopt tot diezelfde datum".
- granulair (overweging 43): "Ik geef toestemming voor punt 1 en punt 2" over one JA / NEE.
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

_PHOTOS = (
    "Beste ouders,\n\nTijdens de open dag maken bezoekers van de gemeente foto's in de klas voor "
    "het jaarverslag van de gemeente. Mogen zij daarbij ook uw kind fotograferen? {sentence}\n\n"
    "☐ Ja ☐ Nee\n\nHandtekening: ________\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Geeft u geen toestemming, dan fotograferen de bezoekers uw kind niet.", "ok"),
        # a loss beside it
        (
            "Geeft u geen toestemming, dan fotograferen de bezoekers uw kind niet en mag het "
            "niet mee naar de open dag.",
            "gebrek",
        ),
    ],
)
def test_others_not_photographing_is_the_refusal(sentence, oordeel):
    judgement = judge_vrij(Form(_PHOTOS.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_SURVEY = (
    "Beste ouders,\n\nDe GGD vraagt leerlingen van klas 2 een vragenlijst over slaap in te "
    "vullen, om te zien hoe de school de lessen over slaap kan verbeteren. Mag uw kind de "
    "vragenlijst invullen en mogen de antwoorden naar de GGD? {sentence}\n\n○ Ja ○ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Kiest u nee, dan vult uw kind de vragenlijst niet in.", "ok"),
        ("Kiest u nee, dan geven wij niets door en doet uw kind niet mee.", "ok"),
        # a loss after it
        (
            "Kiest u nee, dan vult uw kind de vragenlijst niet in en krijgt het geen begeleiding "
            "van de jeugdverpleegkundige.",
            "gebrek",
        ),
        (
            "Kiest u nee, dan krijgt uw kind geen begeleiding en doet uw kind niet mee.",
            "gebrek",
        ),
    ],
)
def test_the_questionnaire_not_filled_in_is_the_refusal(sentence, oordeel):
    judgement = judge_vrij(Form(_SURVEY.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "De gemeente controleert uw inkomen bij de Belastingdienst. Dat is wettelijk "
            "verplicht bij elke aanvraag en valt buiten deze toestemming.",
            "ok",
        ),
        ("Toestemming ouder of verzorger (verplicht voor deelnemers jonger dan 16 jaar).", "ok"),
        # consent made the price of the application
        ("Deze toestemming is verplicht bij elke aanvraag.", "gebrek"),
        ("Toestemming is verplicht voor alle deelnemers.", "gebrek"),
    ],
)
def test_duties_outside_the_consent_and_the_age_of_consent(sentence, oordeel):
    form = Form(
        "Aanvraag kindpakket\n\nMogen wij de naam van uw kind doorgeven aan Stichting Leergeld, "
        f"zodat zij de schoolreis kan betalen? {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_vrij(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


_CLUB = (
    "Beste ouders,\n\nVV Roodwit zet de allergieën van uw kind in de app TeamNood, zodat de "
    "trainer bij een wedstrijd weet wat te doen. Alleen de twee trainers van VV Roodwit zien dat. "
    "{sentence}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Anderen, zoals ouders van teamgenoten of leden van andere teams, zien niets.", "ok"),
        # the same group as receivers
        ("Anderen, zoals ouders van teamgenoten, krijgen ook een overzicht.", "gebrek"),
        ("De trainers delen het met verschillende partners van de club.", "gebrek"),
        ("De trainers geven de lijst ook aan organisaties die toernooien regelen.", "gebrek"),
    ],
)
def test_who_sees_nothing_and_groups_left_open(sentence, oordeel):
    judgement = judge_ontvangers(Form(_CLUB.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("named", "oordeel"),
    [
        ("samen met brandweer, ambulancedienst en politie", "ok"),
        # no list of services anywhere
        ("samen met de gemeente", "gebrek"),
    ],
)
def test_emergency_services_the_form_names(named, oordeel):
    form = Form(
        f"Beste ouders,\n\nOp 27 november oefent Veiligheidsregio Noord {named} een groot "
        "incident in onze gymzaal. De veiligheidsregio wil foto's van de oefening gebruiken in het "
        "interne oefenverslag. De foto's gaan naar Veiligheidsregio Noord. Het verslag is alleen "
        "voor de deelnemende hulpdiensten.\n\n"
        "o ja o nee\n\nHandtekening: ______\n"
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("silence", "oordeel"),
    [
        ("Levert u de strook niet in, dan krijgt uw kind ook een oranje polsbandje.", "ok"),
        # silence leads to something else than the refusal does
        ("Levert u de strook niet in, dan maakt de fotograaf gewoon foto's van uw kind.", "gebrek"),
    ],
)
def test_silence_that_leads_to_what_a_refusal_leads_to(silence, oordeel):
    form = Form(
        "Beste ouders,\n\nOnze schoolfotograaf maakt foto's voor de website van de school. Geeft u "
        "geen toestemming, dan doet uw kind gewoon mee. Uw kind krijgt dan een oranje polsbandje, "
        f"zodat de fotograaf weet dat het niet herkenbaar in beeld mag. {silence}\n\n"
        "o ja o nee\n\nHandtekening: ______\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("ask", "oordeel"),
    [
        ("Beantwoord deze mail met twee regels:\nA: ja of nee\nB: ja of nee", "ok"),
        # no answer of the parent's own is asked
        ("Hieronder leest u hoe het werkt:\nA: de stichting\nB: de nieuwsbrief", "gebrek"),
    ],
)
def test_a_reply_in_set_lines(ask, oordeel):
    form = Form(
        "Beste ouders,\n\nA. De stichting wil de voornaam en de groep van uw kind, zodat zij de "
        "prijs kan opsturen.\nB. In de nieuwsbrief noemen we de voornamen van de beste verkopers."
        f"\n\n{ask}\n\nGroet, juf Marloes\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Na die week zetten de leerlingen de gegevens van het bandje (inslaaptijd, wektijd, "
            "slaapduur en onrust) over in de app SlaapLab.",
            "ok",
        ),
        (
            "We geven de voornamen en de speltak van de teamleden door aan Stichting Speelkansen.",
            "ok",
        ),
        # nothing spelled out
        (
            "Na die week zetten de leerlingen de gegevens van het bandje over in de app SlaapLab.",
            "gebrek",
        ),
    ],
)
def test_data_spelled_out_in_brackets_and_plural_names(sentence, oordeel):
    form = Form(f"Beste ouders,\n\n{sentence}\n\nMag dat? ○ Ja ○ Nee\n")
    judgement = judge_gegevens(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Groep 8 gaat één keer per maand videobellen met onze partnerschool in Spanje. Het "
            "is bedoeld als spreekoefening Engels.",
            "ok",
        ),
        (
            "Groep 4 stuurt in december zelfgemaakte kerstkaarten naar onze partnerklas in "
            "Portugal. Op de kaart staat de voornaam van uw kind.",
            "ok",
        ),
        # no use said
        (
            "Groep 8 gaat één keer per maand videobellen met onze partnerschool in Spanje. De "
            "kinderen zien elkaar via de camera.",
            "gebrek",
        ),
    ],
)
def test_purposes_said_as_what_it_is_meant_as(sentence, oordeel):
    form = Form(f"Beste ouders,\n\n{sentence} Mag uw kind meedoen?\n\n○ Ja ○ Nee\n")
    judgement = judge_doel(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("item", "oordeel"),
    [
        (
            "De podcast met de stem van mijn kind mag worden afgespeeld tijdens de presentatie "
            "voor ouders op vrijdag.",
            "ok",
        ),
        (
            "De podcast met de stem van mijn kind mag worden uitgezonden door Omroep Linde in het "
            "kinderprogramma 'Boekenbrug'.",
            "ok",
        ),
        # played, but where and why unsaid
        ("De podcast met de stem van mijn kind mag worden gebruikt.", "gebrek"),
    ],
)
def test_a_podcast_played_or_broadcast(item, oordeel):
    form = Form(
        "Podcastlab\n\nIn de vakantie maken de kinderen een eigen podcast over boeken.\n\n"
        f"□ {item}\n\nHandtekening: ______\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            'De opname gaat via de beveiligde uploadomgeving van Ashcombe, de "Centre Portal", en '
            "wordt daar door Ashcombe bewaard.",
            "ok",
        ),
        ("Tot het vertrek bewaren wij de bladzijden in de stamgroepkast.", "ok"),
        # kept, nowhere said
        ("De opname wordt door Ashcombe een jaar bewaard.", "gebrek"),
    ],
)
def test_where_kept_said_with_there_or_a_cupboard(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nMogen wij de opname van het spreekexamen en de bladzijde van uw kind "
        f"naar Ashcombe sturen, voor de controle van de beoordelaars? {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_opslag(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Het boek blijft tot 31 juli 2027 in Denemarken. Uw toestemming loopt tot diezelfde datum.",
            "ok",
        ),
        # no date to point back to
        ("Het boek blijft in Denemarken. Uw toestemming loopt tot diezelfde datum.", "gebrek"),
    ],
)
def test_consent_running_to_the_same_date(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nMag de bladzijde van uw kind in het klassenboek voor onze partnerschool? "
        f"{sentence}\n\no ja o nee\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("strook", "oordeel"),
    [
        ("Ik geef toestemming voor punt 1 en punt 2 uit de brief:   JA / NEE", "gebrek"),
        # a yes or no per point
        (
            "Ik geef toestemming voor punt 1: JA / NEE\nIk geef toestemming voor punt 2: JA / NEE",
            "ok",
        ),
    ],
)
def test_one_answer_for_two_numbered_points(strook, oordeel):
    form = Form(
        "Beste ouders,\n\n1. De administratie geeft de kampcommissie een lijst met de naam van uw "
        "kind, zodat zij weet wie betaald heeft.\n\n2. Wint uw kind de fiets, dan geven wij de naam "
        "aan Fietsenhandel Kooistra voor de garantie.\n\n"
        f"Naam kind: ______\n\n{strook}\n\nHandtekening: ______\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("line", "oordeel"),
    [
        (
            "☒ Mijn kind doet mee aan alle onderdelen van het programma en ik geef toestemming "
            "voor het delen van de gegevens zoals hierboven beschreven.",
            "gebrek",
        ),
        (
            "[x] Ik ga akkoord met onderdeel D (video-observaties, leerlingenquête en het delen "
            "van toetscijfers).",
            "gebrek",
        ),
        # one part, one thing
        ("[ ] Ik ga akkoord met onderdeel D (het delen van toetscijfers met Raster).", "ok"),
    ],
)
def test_one_box_for_all_parts(line, oordeel):
    form = Form(
        "Aanmelding\n\nDe school geeft de klassenlijst aan coach Daphne, zodat zij groepjes kan "
        "maken. De slaapdagboeken gaan naar GGD Oost, om de school te adviseren. Foto's komen op "
        f"het Instagramaccount van de coach.\n\n{line}\n\nHandtekening: ______\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("silence", "oordeel"),
    [
        (
            "Horen we niets, dan gaan we ervan uit dat u met alle drie de onderdelen akkoord bent.",
            "gebrek",
        ),
        # a reply per part
        ("Laat per onderdeel weten of u akkoord bent: 1 ja/nee, 2 ja/nee, 3 ja/nee.", "ok"),
    ],
)
def test_silence_over_all_three_parts(silence, oordeel):
    form = Form(
        "Hallo allemaal,\n\n– de afleveringen komen op Spotify, zodat familie kan meeluisteren;\n"
        "– Radio Teuvelde zendt een aflevering uit in het middagprogramma;\n– fragmentjes zetten we "
        f"op het Instagram-account van de school.\n\n{silence}\n\nGroetjes, juf Saskia\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "U kunt uw keuze op ieder moment wijzigen door het vinkje hier weg te halen en op "
            "Opslaan te klikken.",
            "ok",
        ),
        (
            "Wilt u uw kind later toch uit het project halen, dan kan dat altijd: een berichtje aan "
            "mij is genoeg.",
            "ok",
        ),
        (
            "Ook later kunt u op elk moment nog bezwaar maken: stuur een bericht via deze app, dan "
            "vragen wij de stichting de gegevens te verwijderen.",
            "ok",
        ),
        # how, left out
        ("U kunt uw keuze op ieder moment wijzigen.", "gebrek"),
        # the child taken out of a lesson, no withdrawal
        ("Wilt u uw kind uit de gymles halen, meld het dan bij de conciërge.", "gebrek"),
    ],
)
def test_ways_to_withdraw(sentence, oordeel):
    from dossierwijs.core.consent_check.withdrawal import judge_intrekken

    form = Form(
        "Beste ouders,\n\nMogen wij de naam van uw kind doorgeven aan Stichting Hulphond, voor de "
        f"bedankpagina in haar blad? {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_intrekken(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Deze toestemming geldt alleen voor het decembernummer 2025 van 'Kwispel'.", "ok"),
        ("Deze toestemming geldt alleen voor het jaarverslag 2025.", "ok"),
        ("Erik verwijdert het lijstje op woensdag 4 februari.", "ok"),
        # a lasting channel, no one-off
        ("Deze toestemming geldt alleen voor de website van de stichting.", "gebrek"),
        ("Erik bewaart het lijstje op woensdag 4 februari in de map.", "gebrek"),
    ],
)
def test_one_issue_and_a_weekday_before_the_date(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nMogen de voornaam en de leeftijd van uw kind naar Stichting Hulphond, voor "
        f"de bedankpagina in haar donateursblad? {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_how_long_two_points_last_is_no_bundle():
    form = Form(
        "Beste ouders,\n\n1. Mag de GGD het verslag aan de huisarts sturen?\n☐ Ja ☐ Nee\n\n"
        "2. Mag de GGD uw kind nog één keer bellen?\n☐ Ja ☐ Nee\n\n"
        "- Uw toestemming voor vraag 1 en 2 geldt tot 31 maart 2026.\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == "ok", judgement.uitleg


def test_parties_that_asked_are_no_recipients():
    form = Form(
        "Beste ouders,\n\nRond het ongeval lopen nu meerdere trajecten, en verschillende partijen "
        "hebben ons om informatie gevraagd. Mogen wij het verslag van de gymleraar sturen aan "
        "verzekeraar Veilig Verzekerd NV, zodat zij de schade kan afhandelen?\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == "ok", judgement.uitleg
