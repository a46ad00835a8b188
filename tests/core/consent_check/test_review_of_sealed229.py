"""An outside review of the readings made after sealed229-236 (test_read_from_sealed229,
test_after_sealed229): sentences of our own where a reading was too wide or too narrow.

- vrij (AVG art. 7 lid 4): not coming to what the choice only mentions ("niet op de
  sportdag", "niet in het team") is a loss, as is leaving the class "tijdens de opnames"; a thing
  that "blijft op school" or "thuis" is no child left behind.
- granulair (overweging 32 en 43): "met het oog op" says what the one is for; a day's programme
  ("- naar de kinderboerderij") is no list of exchanges; ticked items beside one left open are a
  choice each; "Geef hieronder aan of ..." is the form's own question, not where the parent
  writes to.
- ontvangers (AVG art. 13 lid 1 onder e): a name that opens with "De" or "Het"; the colleague
  by name or first; a first name alone ("Mag Anne uw kind ...?") names no party.
- opslag (AVG art. 13): a blank form "alleen op papier verkrijgbaar" says nothing of where.
- ondubbelzinnig (AVG art. 4 lid 11): "Leerlingen die ... niet inleveren" is silence.
- intrekken (AVG art. 7 lid 3): taken away again with no list named.
- doel: "in de toekomst nog beter" is a gain, not an open purpose.
- termijn: shown "minstens" or "zeker tot" a date, or on "daarna", is no end (as
  test_review_after_sealed93 has it; the reading of "staan ... online" skipped that).
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
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_SPORTS_DAY = (
    "Beste ouders,\n\nOp de sportdag maken we foto's. Mogen wij foto's van de sportdag van uw "
    "kind op de website van het team zetten? {sentence}\n\n☐ ja ☐ nee\n"
)
_PORTFOLIO = (
    "Beste ouders,\n\nWij bewaren het portfolio van uw kind. Mogen wij werk van uw kind op de "
    "website zetten? {sentence}\n\n☐ ja ☐ nee\n"
)


@pytest.mark.parametrize(
    ("template", "sentence", "oordeel"),
    [
        # what the choice only mentions, not where it shows the child
        (_SPORTS_DAY, "Zegt u nee, dan komt uw kind niet op de sportdag.", "gebrek"),
        (_SPORTS_DAY, "Zegt u nee, dan komt uw kind niet in het team.", "gebrek"),
        # the time the pictures are made, not the pictures left out
        (
            _SPORTS_DAY,
            "Zegt u nee, dan mag uw kind tijdens de opnames niet in de klas blijven.",
            "gebrek",
        ),
        # a thing stays, not the child
        (_PORTFOLIO, "Geeft u geen toestemming, dan blijft de map op school.", "ok"),
        (_PORTFOLIO, "Geeft u geen toestemming, dan blijft het werkstuk thuis.", "ok"),
    ],
)
def test_what_a_refusal_costs(template, sentence, oordeel):
    judgement = judge_vrij(Form(template.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("text", "oordeel"),
    [
        (
            "VERKLARING\n\nOndergetekende verklaart akkoord te gaan met het doorgeven van naam en "
            "groep aan Klimaat B.V., met het oog op een goede overdracht.\n\n"
            "Handtekening: ______________\n",
            "ok",
        ),
        (
            "Beste ouders,\n\nHet programma van de dag:\n- naar de kinderboerderij\n- naar het "
            "museum\n\nWe maken foto's van de kinderen voor het album in de ouderapp.\n\n"
            "☐ Ik geef toestemming voor bovenstaande.\n",
            "ok",
        ),
        # ticked items with one left open, or the parent asked to tick: a choice per item
        (
            "Aanmelding sportklas\n\nDoor ondertekening van dit formulier gaat u akkoord met:\n"
            "☒ het doorgeven van naam en maat aan Teamwear B.V. voor het tenue;\n"
            "☒ het plaatsen van de teamfoto op de website van school;\n"
            "☐ het delen van een filmpje op Instagram.\n\nHandtekening ouder: ________\n",
            "ok",
        ),
        (
            "Aanmelding sportklas\n\nMet mijn handtekening ga ik akkoord met (aankruisen wat van "
            "toepassing is):\n☒ het doorgeven van naam en maat aan Teamwear B.V. voor het tenue;\n"
            "☒ het plaatsen van de teamfoto op de website van school.\n\n"
            "Handtekening ouder: ________\n",
            "ok",
        ),
        (
            "Beste ouders,\n\nWij geven de naam van uw kind aan Leesbureau Taalkracht voor de "
            "leesgroep.\n\nGeef hieronder aan of wij het verslag mogen delen met de GGD, de "
            "logopedist en de huisarts.\n\n☐ Ja ☐ Nee\n",
            "gebrek",
        ),
    ],
)
def test_one_choice_or_several(text, oordeel):
    judgement = judge_granulair(Form(text))
    assert judgement.oordeel == oordeel, judgement.uitleg


_HAY_FEVER = (
    "Hallo allemaal,\n\nHeeft uw kind hooikoorts? Stuur mij dan een berichtje met de naam van "
    "uw kind. {sentence}\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _HAY_FEVER.format(sentence="Alleen ik en juf Ellen kennen dit lijstje."),
        _HAY_FEVER.format(sentence="Alleen mijn duo-collega en ik kennen dit lijstje."),
        "OBS De Hoek: volgende week. Mag De Reddingsboei het diploma van uw kind registreren in "
        "het diplomaregister? Antwoord JA of NEE.",
        "OBS De Hoek: volgende week. Mag Het Klokhuis uw kind filmen voor de uitzending? "
        "Antwoord JA of NEE.",
    ],
)
def test_who_gets_it_named(text):
    judgement = judge_ontvangers(Form(text))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_a_first_name_alone_is_no_party():
    form = Form(
        "OBS De Hoek: volgende week meet een installateur de ventilatie. Mag Anne uw kind vijf "
        "vragen stellen over tocht en de antwoorden met voornaam noteren? Antwoord JA of NEE."
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_a_blank_form_on_paper_is_no_place():
    form = Form(
        "Beste ouders,\n\nVoor de sportdag geven wij de naam en het telefoonnummer van uw kind "
        "aan de begeleiders van Sportbureau Zwaai, zodat zij u kunnen bellen. Het formulier is "
        "alleen op papier verkrijgbaar bij de administratie.\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_opslag(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_children_who_hand_nothing_in_are_silence():
    form = Form(
        "Beste ouders,\n\nDe school geeft de voornaam van uw kind aan Rekenlab B.V. voor een "
        "account in de rekenhulp. Leerlingen die het strookje niet inleveren, krijgen "
        "automatisch een account.\n\n( ) Ja, mijn kind mag meedoen\n( ) Nee\n"
    )
    judgement = judge_ondubbelzinnig(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "Wilt u later dat ik de naam van uw kind weer weghaal? Een berichtje aan mij is genoeg.",
        "Wilt u later dat wij de foto verwijderen? Een berichtje is genoeg.",
    ],
)
def test_taken_away_again(sentence):
    form = Form(
        "Hallo allemaal,\n\nHeeft uw kind hooikoorts? Stuur mij de naam van uw kind, dan zet "
        f"ik hem vlak bij het raam. {sentence}\n"
    )
    judgement = judge_intrekken(form)
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "Het filmpje staat minstens tot 1 september online; daarna blijft het gewoon staan.",
        "De foto's blijven zeker tot 1 juli 2026 op de website, daarna blijven ze nog in het "
        "archief.",
    ],
)
def test_shown_at_least_until_is_no_end(sentence):
    form = Form(
        "Ik geef toestemming voor het plaatsen van foto's op de website.\n"
        f"{sentence}\n[ ] Ja [ ] Nee\n"
    )
    judgement = judge_termijn(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg


def test_a_gain_to_come_is_no_open_purpose():
    form = Form(
        "Beste ouders,\n\nDe school stuurt de werkstukken van uw kind naar Tekstwacht B.V., "
        "zodat de docent ziet of een tekst zelf is geschreven. De leverancier mag de werkstukken "
        "ook gebruiken, zodat tekst in de toekomst nog beter wordt herkend.\n\n☐ Ja ☐ Nee\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == "ok", judgement.uitleg
