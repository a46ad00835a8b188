"""Shapes seen wrong on sealed165-172 (after scoring), each in sentences of our own, with the
neighbour that must keep its judgment (most of the neighbours come from an outside review).

- A word a scan broke in two is read whole ("instant ies"); two words stay two.
- Who gets it is not known yet: an open recipient (AVG art. 13 lid 1 onder e; overweging 42);
  who may look inside the school's own system closes no group of recipients.
- A call to the parent "zo nodig" leaves no purpose open; "nu en later" after the recipients
  is about them; "voor onderzoeksdoeleinden" is no purpose; what the receiver does with the
  data is one (AVG art. 4 lid 11 en art. 6 lid 1 onder a; overweging 32 en 42).
- Data named as a list the club needs, as what stands on a card, by "ik deel" (AVG art. 4
  lid 11; overweging 42).
- A table column that says where the data is kept (AVG art. 13).
- One "Akkoord" for three numbered exchanges, one "JA" for both (overweging 32 en 43).
- A refusal that costs the child its support or its place is no free choice (AVG art. 7 lid 4).
"""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.ocr_words import mend_ocr_words
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.which_data import judge_gegevens

_YES_NO = "\n[ ] Ja, ik geef toestemming.\n[ ] Nee, ik geef geen toestemming.\n"


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        (
            "met de school en andere betrokken instant ies",
            "met de school en andere betrokken instanties",
        ),
        ("met de betrokken instan ties", "met de betrokken instanties"),
        ("de toestemm ing geldt", "de toestemming geldt"),
        ("niets meer", "niets meer"),
        ("ingeschreven en", "ingeschreven en"),
        ("the team works well", "the team works well"),
        ("behalve uzelf", "behalve uzelf"),
    ],
)
def test_a_word_a_scan_broke_in_two_is_read_whole(scanned, read):
    assert mend_ocr_words(scanned) == read


@pytest.mark.parametrize(
    ("said", "oordeel"),
    [
        ("Welk bedrijf dat precies wordt, weten wij nog niet.", "gebrek"),
        ("Wie dat wordt, weten we nog niet.", "gebrek"),
        ("Welke praktijk dat precies wordt, is nog niet bekend.", "gebrek"),
        # which of the two named, which parent, which day: no open recipient
        ("Wie van hen tweeën het gesprek voert, weten we nog niet.", "ok"),
        ("Wie van u beiden komt, weten we nog niet.", "ok"),
        ("Welke dag het wordt, weten we nog niet.", "ok"),
    ],
)
def test_a_recipient_not_known_yet_is_an_open_recipient(said, oordeel):
    form = Form(
        "Beste ouders,\n\nWij willen het behandelplan van Emre sturen naar Fysiotherapie De "
        "Sprong (mevrouw Aalders of meneer Dirks), zodat de behandeling aansluit op de gymles. "
        f"{said}{_YES_NO}"
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("kept", "oordeel"),
    [
        ("De stukken staan in ParnasSys, waar alleen de mentor en ik bij kunnen.", "gebrek"),
        ("Alleen de zorgcoördinator kan het verslag daar inzien.", "gebrek"),
        ("Wij delen het alleen met de GGD en met niemand anders.", "ok"),
    ],
)
def test_who_may_look_inside_the_school_closes_no_group_of_recipients(kept, oordeel):
    form = Form(
        "Beste ouders,\n\nVoor de aanpak in de klas vragen wij advies aan de GGD; daarbij "
        f"praten ook externe deskundigen mee over het verslag van Sanne. {kept}{_YES_NO}"
    )
    assert judge_ontvangers(form).oordeel == oordeel


_NUMBER = (
    "Beste ouders,\n\nNa een incident in de pauze schrijft de overblijfkracht een kort briefje "
    "voor de leerkracht, zodat de leerkracht het dezelfde middag met uw kind kan bespreken. "
)


@pytest.mark.parametrize(
    ("said", "oordeel"),
    [
        ("De leerkracht belt u zo nodig dezelfde dag.", "ok"),
        (
            "Wij mogen uw telefoonnummer geven aan de ouders van de andere kinderen, zodat zij "
            "u zelf kunnen bellen als dat nodig is.",
            "ok",
        ),
        ("Wij sturen het briefje zo nodig door naar de intern begeleider.", "gebrek"),
    ],
)
def test_a_call_to_the_parent_if_needed_leaves_no_purpose_open(said, oordeel):
    judgement = judge_doel(Form(_NUMBER + said + _YES_NO))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("said", "oordeel"),
    [
        (
            "Om het vervoer van Milan veilig te regelen, geven wij het signaleringsplan aan de "
            "vervoerders die het vervoer uitvoeren, nu en later.",
            "ok",
        ),
        (
            "De mediator wil telefonisch met de leerkracht spreken, nu en later in het traject, "
            "zodat zij weet hoe Milan het op school doet.",
            "ok",
        ),
        (
            "Wij delen het signaleringsplan met de vervoerder voor een goede begeleiding van "
            "Milan, nu en later.",
            "gebrek",
        ),
    ],
)
def test_now_and_later_after_the_recipients_is_about_them(said, oordeel):
    judgement = judge_doel(Form("Beste ouders,\n\n" + said + _YES_NO))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("said", "oordeel"),
    [
        ("Wij geven de toetsscores aan de hogeschool voor onderzoeksdoeleinden.", "gebrek"),
        (
            "De hogeschool onderzoekt hoe kinderen met dyslexie leren lezen. Voor deze "
            "onderzoeksdoeleinden geven wij de toetsscores aan de hogeschool.",
            "ok",
        ),
        (
            "Wij geven de antwoorden van de proeftoets aan Leerpeil. Leerpeil wil zo testen of "
            "de vragen goed werken.",
            "ok",
        ),
        (
            "Wij mailen de mentor de weekplanning. De mentor gebruikt dit in het mentorgesprek "
            "met uw kind.",
            "ok",
        ),
    ],
)
def test_research_purposes_are_no_purpose_and_a_use_is_one(said, oordeel):
    judgement = judge_doel(Form("Beste ouders,\n\n" + said + _YES_NO))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_consent_to_share_is_no_reason_that_makes_the_open_purpose_an_introduction():
    form = Form(
        "Beste ouders,\n\nWij willen de onderstaande stukken delen met Jeugdteam Zuid, ter "
        "ondersteuning van de begeleiding van Lotte.\n- het verslag van het gesprek\n"
        "[ ] Ja, ik geef toestemming om de stukken te delen met Jeugdteam Zuid.\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == "gebrek"
    assert "ter ondersteuning" in judgement.uitleg


@pytest.mark.parametrize(
    "said",
    [
        "Ik deel dan de volgende gegevens met het jeugdteam: de naam en geboortedatum van Lotte.",
        "Daarvoor heeft de club de volgende gegevens van uw kind nodig:\n- voornaam\n- geboortedatum\n",
        "Ik geef de chauffeur een kaartje. Daarop staat wat hij spannend vindt. Uw "
        "telefoonnummer staat er ook op.",
        "Ik zou de weekplanning elke maandag naar de mentor mailen.",
    ],
)
def test_data_named_in_other_words(said):
    judgement = judge_gegevens(Form("Beste ouders,\n\n" + said + _YES_NO))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_the_letter_itself_is_no_data():
    judgement = judge_gegevens(
        Form("Beste ouders,\n\nDe aanmelding is pas compleet als deze pagina is ondertekend.\n")
    )
    assert judgement.oordeel == "gebrek"


_TABLE = (
    "Beste ouders,\n\nIn de tabel hieronder staat per regel wat we willen delen.\n\n"
    "| wat | met wie | {head} | ja | nee |\n|---|---|---|---|---|\n"
    "| allergieën | Smakelijk Samen | {cell} | ☐ | ☐ |\n"
)


@pytest.mark.parametrize(
    ("head", "cell", "oordeel"),
    [
        ("waar en hoe lang", "in het kinddossier van Smakelijk Samen; t/m 31-07-2026", "ok"),
        ("opslag", "SamenPlan van Smakelijk Samen", "ok"),
        ("waar", "tijdens het gesprek bij Kentalis in Zwolle", "gebrek"),
    ],
)
def test_a_column_that_says_where_it_is_kept(head, cell, oordeel):
    judgement = judge_opslag(Form(_TABLE.format(head=head, cell=cell)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_STEPS = (
    "Beste mevrouw Aydın,\n\nWij stellen drie stappen voor:\n\n"
    "1. Coaching. Een coach van Stichting Opstap begeleidt Selin. De coach krijgt haar naam "
    "en absentieoverzicht.\n\n2. Wijkteam. Het wijkteam krijgt uw telefoonnummer.\n\n"
    "3. Jeugdarts. De jeugdarts van de GGD krijgt de lijst met ziekmeldingen.\n\n"
    "U kunt uw toestemming op ieder moment intrekken.\n"
)


@pytest.mark.parametrize(
    ("text", "oordeel"),
    [
        (
            _STEPS + "Als u het met deze drie stappen eens bent, antwoord 'Akkoord' op deze mail.",
            "gebrek",
        ),
        (
            "Wij sturen naam en klas naar Autobedrijf Tiemersma. Tiemersma zet een groepsfoto op "
            "Instagram. Antwoord JA om akkoord te gaan met beide.",
            "gebrek",
        ),
        # steps of one exchange, and a choice offered per part
        (
            "Wij sturen het overdrachtsformulier naar het Stedelijk Gymnasium. Dat gebeurt in "
            "drie stappen: wij vullen het in, u leest het na, en wij sturen het via OSO. Als u "
            "het met deze drie stappen eens bent, antwoord 'Akkoord'.",
            "ok",
        ),
        (
            "Wij geven de medicijnlijst aan de EHBO'ers van het kamp en zetten een foto op de "
            "website. Antwoord A voor alleen de medicijnlijst, B voor alleen de foto, of JA om "
            "akkoord te gaan met beide.",
            "ok",
        ),
    ],
)
def test_one_answer_for_several_exchanges(text, oordeel):
    judgement = judge_granulair(Form(text))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("said", "oordeel"),
    [
        (
            "Wanneer u deze toestemming niet verleent, kunnen wij niet instaan voor passende "
            "ondersteuning van uw kind.",
            "gebrek",
        ),
        (
            "Het verlenen van deze toestemming is noodzakelijk om uw aanvraag in behandeling te "
            "kunnen nemen.",
            "gebrek",
        ),
        (
            "Wij kunnen alleen leerlingen inschrijven van wie de gegevens aan de reisorganisatie "
            "mogen worden doorgegeven.",
            "gebrek",
        ),
        (
            "Wanneer u deze toestemming niet verleent, krijgt uw kind gewoon dezelfde begeleiding.",
            "ok",
        ),
    ],
)
def test_a_refusal_that_costs_the_child_is_no_free_choice(said, oordeel):
    judgement = judge_vrij(
        Form("Beste ouders,\n\nWij sturen het OPP van Noor naar het SWV. " + said + _YES_NO)
    )
    assert judgement.oordeel == oordeel, judgement.uitleg


# A careful letter long enough for the calibration to weigh its findings: who gets it not
# known yet stands, in every form of "weten" (sealed176, after scoring: "weet ik nog niet"
# was doubted away).
_CASE_MEETING = (
    "Beste mevrouw El Idrissi,\n\nOp 12 maart is er een casusoverleg over Rayan in het "
    "Veiligheidshuis Zeeland. Ik wil daar het verslag van ons gesprek van 3 maart en zijn "
    "verzuimoverzicht van dit schooljaar inbrengen, zodat de deelnemers samen een plan kunnen "
    "maken voor zijn terugkeer naar school. {who} De stukken staan in zijn dossier in "
    "Magister en worden een jaar na het overleg verwijderd. Deze toestemming geldt tot 1 juli "
    "2027. U bent vrij om nee te zeggen; Rayan krijgt dan dezelfde begeleiding van zijn "
    "mentor. U kunt uw toestemming altijd intrekken door mij te mailen op "
    "zorg@deschelde.example.nl of te bellen.\n\n[ ] Ja, ik geef toestemming\n"
    "[ ] Nee, ik geef geen toestemming\n\nHandtekening ouder: ____________\n"
)


@pytest.mark.parametrize(
    "who",
    [
        "Wie er precies aan tafel zitten, weet ik nog niet.",
        "Wie er precies aan tafel zitten, weten wij nog niet.",
        "Welke instanties er aan tafel zitten, is nog niet bekend.",
    ],
)
def test_who_gets_it_not_known_yet_is_not_doubted_away(who):
    judgement = check_consent_form(_CASE_MEETING.format(who=who)).criteria["ontvangers"]
    assert judgement.oordeel == "gebrek", judgement.uitleg
    assert not judgement.uitleg.startswith("Misschien"), judgement.uitleg
