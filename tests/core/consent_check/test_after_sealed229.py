"""Shapes misread on sealed229-236 (opened after their first score) and in a parent walk, in
sentences of our own, each with a near miss that keeps its old reading.

- vrij (AVG art. 7 lid 4): "voor uw kind verandert er verder niets" keeps what the child has;
  "Zonder ingevuld strookje / Zonder 'JA' doet uw kind niet mee", "staat uw kind niet op de
  webpagina", "ziet de invaller uw kind niet in Kompas LVS" and "krijgt uw kind geen pasje"
  leave out only the exchange asked for.
- opslag (AVG art. 13): a safe server beside a place owned by a name, the recipient's own
  register ("komt in hun bezoekersregistratie"), "Waar het staat: in LeerlingNet" and "in haar
  eigen websitebeheer" name where.
- ondubbelzinnig (AVG art. 4 lid 11; overweging 32): a message with the asked items ("stuur mij
  een privéberichtje met:"), a reply with a set sentence or word, a button that offers yes and
  no, and a box "Ik geef toestemming" on the linked page are acts of the parent's own.
- doel and gegevens: "van u. Zo komt elk kind veilig terecht ..." is two sentences (the pronoun
  "u", not an initial), and "Op die lijst zetten we de naam van uw kind ..." names the data.
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.sentences import split_form
from dossierwijs.core.consent_check.which_data import judge_gegevens

_WRITING_AID = (
    "Beste ouders,\n\nDe school wil de naam en groep van uw kind doorgeven aan Schrijfhulp B.V., "
    "zodat uw kind een account krijgt voor de schrijfassistent. {sentence}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Zonder ingevuld strookje doet uw kind niet mee.", "ok"),
        ("Zonder 'JA' doet uw kind niet mee.", "ok"),
        ("Zonder onderdeel 1 staat uw kind niet op de gemeentelijke webpagina.", "ok"),
        ("Zonder toestemming ziet de invaller uw kind niet in Kompas LVS.", "ok"),
        (
            "Geeft u geen toestemming, dan krijgt uw kind geen pasje en speelt het net zo vrij "
            "als nu.",
            "ok",
        ),
        # the child loses something beside the exchange
        ("Zonder 'JA' doet uw kind niet mee aan de excursie.", "gebrek"),
        ("Zonder toestemming krijgt uw kind geen extra begeleiding.", "gebrek"),
        (
            "Zonder toestemming verandert er verder niets, maar uw kind mag niet mee op kamp.",
            "gebrek",
        ),
    ],
)
def test_refusing_leaves_out_only_the_exchange(sentence, oordeel):
    judgement = judge_vrij(Form(_WRITING_AID.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_nothing_else_changes_for_the_child():
    form = Form(
        "Beste ouders,\n\nDe school geeft het logboek van uw kind aan de GGD, voor het onderzoek "
        "naar bouwlawaai. Zonder uw toestemming blijft het logboek van uw kind op school en telt "
        "het niet mee in wat wij doorgeven; voor uw kind verandert er verder niets.\n\n"
        "☐ Ja ☐ Nee\n"
    )
    judgement = judge_vrij(form)
    assert judgement.oordeel == "ok", judgement.uitleg


_DASHBOARD = (
    "Beste ouders,\n\nWij geven de voornaam en een foto van uw kind aan Sensa Klimaat BV, voor "
    "het dashboard in de klas.\n\n{sentence}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "De voornamen en foto's staan in de beheeromgeving van Sensa Klimaat BV, op een "
            "server in Nederland.",
            "ok",
        ),
        (
            "De lijst komt in hun bezoekersregistratie en wordt 14 dagen na het bezoek verwijderd.",
            "ok",
        ),
        ("• Waar het staat: in LeerlingNet, onze leerlingadministratie.", "ok"),
        ("Foto en namen bewaart zij in haar eigen websitebeheer.", "ok"),
        # a server without its owner, or hands instead of a register
        ("De voornamen en foto's staan op een server in Nederland.", "gebrek"),
        ("De lijst komt in hun handen en wordt 14 dagen na het bezoek verwijderd.", "gebrek"),
    ],
)
def test_where_the_data_are_kept_named_in_words_of_its_own(sentence, oordeel):
    judgement = judge_opslag(Form(_DASHBOARD.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_ALLERGY = (
    "Beste ouders,\n\nAls uw kind een allergie heeft, houd ik daar in het noodlokaal rekening mee. "
    "Ik noteer dan de voornaam en de allergie op een lijstje in de klas. {sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Als u wilt dat ik hier rekening mee houd, stuur mij dan een privéberichtje met:\n"
            "- de voornaam van uw kind\n- de allergie",
            "ok",
        ),
        (
            "Stuur vóór 28 mei een antwoord op deze mail met de naam van uw kind en de zin: "
            '"Ik geef toestemming voor het lijstje."',
            "ok",
        ),
        (
            "Antwoord op deze mail met alleen het woord JA (voornaam op het lijstje) of NEE "
            "(liever niet).",
            "ok",
        ),
        ("Uw keuze geeft u door via de knop hieronder, waar u 'ja' of 'nee' kunt kiezen.", "ok"),
        ('Op de eerste pagina van de vragenlijst vindt u een vakje "Ik geef toestemming".', "ok"),
        # a message about questions is no answer
        ("Heeft u vragen, stuur mij dan een berichtje.", "gebrek"),
    ],
)
def test_a_reply_or_a_box_elsewhere_is_an_act_of_the_parents_own(sentence, oordeel):
    judgement = judge_ondubbelzinnig(Form(_ALLERGY.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_the_pronoun_u_ends_a_sentence_an_hour_does_not():
    texts = [
        s.text
        for s in split_form(
            "Wij noteren een mobiel nummer van u. Zo komt elk kind bij de juiste volwassene. "
            "De bus vertrekt om 09.40 u. Daarna gaan we naar binnen."
        )
    ]
    assert "Zo komt elk kind bij de juiste volwassene." in texts
    assert not any(t.startswith("Daarna") for t in texts)


_PICK_UP = (
    "Kindcentrum De Wilgenhoek\n\nBeste ouders,\n\nVanaf 1 februari werkt de BSO met een "
    "ophaallijst in de app HaalOp van HaalOp B.V. {sentence}\n\n☐ Ja ☐ Nee\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Op die lijst zetten we de naam van uw kind en een mobiel nummer van u. Zo komt elk "
            "kind veilig terecht bij de juiste volwassene.",
            "ok",
        ),
        (
            "Op die lijst zetten we de naam van uw kind en een mobiel nummer van u. Zo is het "
            "geregeld.",
            "gebrek",
        ),
    ],
)
def test_the_purpose_after_the_pronoun_u(sentence, oordeel):
    judgement = judge_doel(Form(_PICK_UP.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Op die lijst zetten we de naam van uw kind en een mobiel nummer van u.", "ok"),
        ("Op die lijst zetten we wat nodig is.", "gebrek"),
    ],
)
def test_data_put_on_a_list_named_before(sentence, oordeel):
    judgement = judge_gegevens(Form(_PICK_UP.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Levert u geen strookje in, dan nemen we de foto's van uw kind niet mee en "
            "verdwijnen ze samen met de oude website.",
            "ok",
        ),
        # the child itself stays behind
        ("Levert u geen strookje in, dan gaat uw kind niet mee op schoolreis.", "gebrek"),
    ],
)
def test_pictures_not_taken_along_after_a_no(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nDe foto's van de oude website gaan naar het album van de nieuwe "
        "school. U kunt per onderdeel ja of nee zeggen. Nee zeggen heeft geen enkel gevolg voor "
        f"uw kind of voor u. {sentence}\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_vrij(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("answer", "oordeel"),
    [
        # one tick on a linked page covers all, as a signature does
        (
            'Op de eerste pagina van de vragenlijst vindt u een vakje "Ik geef toestemming".',
            "gebrek",
        ),
        ('Antwoord op deze mail met "Ja, ik doe mee".', "ok"),
    ],
)
def test_an_open_group_under_a_box_on_a_linked_page_stays_a_bundle(answer, oordeel):
    form = Form(
        "Beste ouders,\n\nDe GGD gebruikt de gezondheidsgegevens van uw kind voor het onderzoek "
        "naar de luchtkwaliteit. Waar dat nodig is, delen wij deze gegevens met betrokken "
        f"instanties.\n\n{answer}\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == oordeel, judgement.uitleg
