"""Shapes seen wrong on sealed197-204 (after scoring), in sentences of our own.

- ontvangers (AVG art. 13 lid 1 onder e): "onze partners" points back only to organisations
  other than the sender. The school's own name, its pupils ("Oud-leerlingen van ...") and a
  department named in passing ("de afdeling Horeca") leave the group open.
  Those who see a board in the hall, and guests at an open house, are no open group of
  recipients.
- intrekken (AVG art. 7 lid 3): "Later toch anders beslissen?" asks about withdrawing; "pas
  het formulier aan" is how, not a limit; telling the recipient "dat zij moet stoppen" costs
  the child nothing.
- doel (AVG art. 4 lid 11, art. 6 lid 1 onder a): uses given only by example ("voor diverse
  activiteiten, bijvoorbeeld ...") are an open purpose; uses listed in full are not. Knowing
  "wat er aan de hand is" in an emergency, "zo nodig" that opens the data, adjusting a named
  approach if needed, a general wish above exchanges listed each with a reason, and what the
  recipient then does or makes ("Dan staat ... net zo ingesteld", "Met die maten maakt het
  atelier ...") are no open purpose.
- granulair (overweging 32 en 43): one objection "voor de hele avond: livestream en foto's samen"
  bundles two uses.
- vrij (AVG art. 7 lid 4; overweging 42 en 43): a loan, an audition, the lunchtime club or a
  planning system that a child only gets with the consent is a loss; a required box that only
  accepts the terms of a service, beside a consent box of its own, is not.
"""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_LETTERHEAD = "Vakcollege De Steiger\nHavenstraat 12\n8801 AB Wierum\n\n"


@pytest.mark.parametrize(
    "named",
    [
        # the school itself and its own pupils, then a department of the school
        "Oud-leerlingen van De Steiger vertellen over hun werk. De lunch verzorgt de afdeling "
        "Horeca.",
        # the sender's short name twice
        "Op De Steiger is het feest. Iedereen van De Steiger is welkom.",
    ],
)
def test_partners_after_the_senders_own_names_stay_open(named):
    form = Form(
        _LETTERHEAD + f"Beste ouders,\n\n{named} Wij delen de adressen met onze partners in het "
        "netwerk, zodat zij uw kind kunnen benaderen.\n\n[ ] Ja, dat mag.   [ ] Nee.\n"
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == "gebrek", judgement.uitleg
    assert "open groep" in judgement.uitleg


@pytest.mark.parametrize(
    "named",
    [
        "Dit jaar werken wij samen met Bouwbedrijf Kramer en Zorggroep Het Anker.",
        # one-word names count where something goes to them, also further on in a list
        # (outside review)
        "Dit jaar werken wij samen met Kramerbouw en met Ankerzorg.",
        "Dit jaar werken wij samen met Kramerbouw en Ankerzorg.",
        "Dit jaar werken wij samen met Kentalis, Auris en de GGD.",
    ],
)
def test_partners_after_two_other_organisations_point_back(named):
    form = Form(
        _LETTERHEAD + f"Beste ouders,\n\n{named} Wij delen de adressen met onze partners, zodat "
        "zij uw kind kunnen benaderen.\n\n[ ] Ja, dat mag.   [ ] Nee.\n"
    )
    assert judge_ontvangers(form).oordeel == "ok"


_USES = (
    "Beste ouders,\n\nWij willen na de alumnidag een netwerk van oud-leerlingen opbouwen. "
    "Wij gebruiken naam en e-mailadres van uw kind {sentence}\n\n[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "voor diverse activiteiten rond het netwerk, bijvoorbeeld om uw kind uit te nodigen "
            "voor de volgende alumnidag en om het de nieuwsbrief te sturen.",
            "gebrek",
        ),
        (
            "voor verschillende activiteiten, zoals een uitnodiging voor de volgende alumnidag.",
            "gebrek",
        ),
        # the uses listed in full
        (
            "voor twee activiteiten, namelijk om uw kind uit te nodigen voor de volgende "
            "alumnidag en om het de nieuwsbrief van het netwerk te sturen.",
            "ok",
        ),
        ("om uw kind uit te nodigen voor de alumnidag van 12 mei 2027.", "ok"),
    ],
)
def test_uses_given_only_by_example_are_open(sentence, oordeel):
    judgement = judge_doel(Form(_USES.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg
    if oordeel == "gebrek":
        assert "open woorden" in judgement.uitleg


_EMERGENCY = (
    "Beste ouders,\n\nMogen wij wat u hierboven invult doorgeven aan de badmeesters van Zwembad "
    "De Kolk, {sentence}\n\nDe badmeesters bewaren het in een dichte envelop in de EHBO-post en "
    "vernietigen die op 31 juli 2027.\n\n[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("zodat zij bij een noodgeval tijdens de les weten wat er aan de hand is?", "ok"),
        (
            "zodat zij bij een aanval in het water weten wat er aan de hand is en wie zij bellen?",
            "ok",
        ),
        # knowing what goes on, in general, stays open; "noodzakelijk" is no emergency
        ("zodat zij altijd weten wat er aan de hand is?", "gebrek"),
        ("zodat zij bij een noodzakelijk overleg weten wat er aan de hand is?", "gebrek"),
    ],
)
def test_knowing_what_is_wrong_in_an_emergency_is_a_purpose(sentence, oordeel):
    judgement = judge_doel(Form(_EMERGENCY.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_IF_NEEDED = (
    "Beste ouders,\n\nWij vragen uw toestemming om de video aan Examenbureau Pootaan te geven, "
    "zodat zij het examen van de therapiehond kunnen beoordelen. {sentence}\n\n"
    "[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        # "zo nodig" that opens the data is a matter of gegevens, not of the purpose
        ("Daarbij worden zo nodig ook andere relevante gegevens over uw kind gedeeld.", "ok"),
        ("Daarbij worden beeld en andere gegevens van uw kind gebruikt, voor zover nodig.", "ok"),
        # "zo nodig" over the exchange itself stays an open purpose, and so does one beside
        # data that are no open list (outside review)
        ("Zo nodig delen wij de video ook met de trainer.", "gebrek"),
        ("Wij delen ook andere informatie met de trainer, voor zover nodig.", "gebrek"),
    ],
)
def test_if_needed_about_the_data_is_no_open_purpose(sentence, oordeel):
    judgement = judge_doel(Form(_IF_NEEDED.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("en om die aanpak zo nodig samen met de school bij te stellen.", "ok"),
        # an open "zo nodig" that adjusts nothing named
        ("en om zo nodig andere dingen te doen.", "gebrek"),
    ],
)
def test_adjusting_a_named_approach_if_needed_is_concrete(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nWij sturen het overdrachtsplan naar meneer Scholten van Praktijk De "
        "Boog. Het doel is om te kijken of de aanpak uit het plan in de klas werkt, "
        f"{sentence}\n\n[ ] Ja.   [ ] Nee.\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_exchanges_listed_each_with_a_reason_below_a_general_wish():
    form = Form(
        "Beste ouders,\n\nOm de begeleiding goed te laten verlopen, vinden de volgende "
        "uitwisselingen plaats:\n\n"
        "1. Leerhuis Noord ontvangt het rooster van uw kind, zodat de begeleiders weten welke "
        "toetsen eraan komen.\n"
        "2. Leerhuis Noord stuurt elke maand een kort verslag aan de mentor, zodat de mentor het "
        "kan bespreken in het oudergesprek.\n\n"
        "[ ] Ja, ik ga akkoord met punt 1 en 2.\n"
    )
    assert judge_doel(form).oordeel == "ok"


def test_a_general_wish_above_a_list_of_data_stays_open():
    form = Form(
        "Beste ouders,\n\nOm de begeleiding goed te laten verlopen, delen wij de volgende "
        "gegevens met Leerhuis Noord:\n\n- het rooster\n- de cijfers\n\n[ ] Ja.   [ ] Nee.\n"
    )
    assert judge_doel(form).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        # the same set-up at the recipient
        "Dan staat het leesprogramma op school net zo ingesteld als bij ons.",
        # what the recipient makes with the data
        "Met die maten en de naam maakt het atelier voor ieder kind een kostuum.",
        # one use, named
        "Die lijst gebruiken we voor één ding: de uitnodiging voor de reünie toesturen.",
    ],
)
def test_a_use_said_as_what_the_recipient_then_does(sentence):
    # (the near misses are in test_no_use_said_in_the_same_words below)
    form = Form(
        "Beste ouders,\n\nMogen wij de lengte, de maten en de instellingen van uw kind mailen "
        f"naar Atelier De Draad? {sentence}\n\n[ ] Ja.   [ ] Nee.\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == "ok", judgement.uitleg
    assert "Twijfel" not in judgement.uitleg


_LOSS = (
    "Beste ouders,\n\nWij geven de naam en de klas van uw kind aan Leesbureau Tekstmaat, zodat "
    "uw kind een account krijgt. Tekstmaat bewaart dit op zijn server tot 31 juli 2027. {sentence}"
    "\n\nIntrekken kan altijd met een mail aan de mentor.\n\n[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Alleen leerlingen van wie de ouders akkoord gaan, kunnen een laptop lenen.", "gebrek"),
        ("De laptop wordt alleen uitgeleend als u hieronder toestemming geeft.", "gebrek"),
        ("Alleen kinderen met toestemming mogen auditie doen voor een hoofdrol.", "gebrek"),
        (
            "Kinderen die niet aan de controle meedoen, kunnen die week niet naar de overblijf.",
            "gebrek",
        ),
        (
            "Kinderen van wie de gegevens niet in het systeem staan, kunnen niet worden ingepland.",
            "gebrek",
        ),
        # the same words with nothing lost
        ("Ook zonder toestemming kan uw kind gewoon een laptop lenen.", "ok"),
        ("Kinderen die niet meedoen, gaan gewoon naar de overblijf.", "ok"),
        # passing nothing on to the after-school club is the exchange itself, not a loss
        ("Krijgen wij het strookje niet terug, dan geven wij niets door aan de BSO.", "ok"),
    ],
)
def test_a_thing_the_child_gets_only_with_the_consent(sentence, oordeel):
    judgement = judge_vrij(Form(_LOSS.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("box", "oordeel"),
    [
        ("☐ Ik ga akkoord met de lesvoorwaarden van Zwemschool De Kolk (verplicht)", "ok"),
        # a required box that names the data is a required consent
        (
            "☐ Ik ga akkoord met de lesvoorwaarden en het delen van de gegevens (verplicht)",
            "gebrek",
        ),
    ],
)
def test_a_required_box_for_the_terms_beside_the_consent(box, oordeel):
    form = Form(
        "Aanmelden zwemles\n\nWij sturen de naam van uw kind en het behaalde diploma naar de "
        "administratie van uw school, zodat de school weet wie niet meer mee hoeft met het "
        "schoolzwemmen. Aanmelden kan ook zonder dit vinkje.\n\n"
        f"☐ Ja, stuur het diplomaresultaat naar de school.\n\n{box}\n"
    )
    judgement = judge_vrij(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Een bezwaar geldt voor de hele avond: livestream en foto's samen.", "gebrek"),
        ("U kunt apart bezwaar maken tegen de livestream en tegen de foto's.", "ok"),
    ],
)
def test_one_objection_for_two_uses(sentence, oordeel):
    form = Form(
        "Beste ouders,\n\nDe gemeente zendt de talentenjacht live uit op YouTube. Ook plaatsen "
        "wij foto's op Instagram. Heeft u bezwaar? Mail dan vóór 1 maart naar "
        f"communicatie@gemeente.nl. {sentence}\n"
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "De foto hangt op het bord bij de hoofdingang, te zien voor iedereen die het gebouw "
            "binnenkomt.",
            "ok",
        ),
        (
            "Wij geven de foto's aan Beeldbank Noord. 's Middags is er een open huis voor iedereen "
            "die ooit bij ons op school zat.",
            "ok",
        ),
        # passing the pictures on to anyone who asks stays open, after a feast too, and so
        # does a digital board in the classroom (outside review)
        ("Wij sturen de foto's naar iedereen die erom vraagt.", "gebrek"),
        ("Na de voorstelling voor iedereen die erom vraagt sturen wij de foto's op.", "gebrek"),
        (
            "Iedereen die in de klas het digibord gebruikt, kan de foto's van uw kind inzien.",
            "gebrek",
        ),
    ],
)
def test_an_audience_is_no_open_group(sentence, oordeel):
    form = Form(
        f"Beste ouders,\n\nWij maken een portretfoto van uw kind voor de leerlingenraad. {sentence}"
        "\n\n[ ] Ja.   [ ] Nee.\n"
    )
    judgement = judge_ontvangers(form)
    assert ("open groep" in judgement.uitleg) == (oordeel == "gebrek"), judgement.uitleg


_WITHDRAW = (
    "Beste ouders,\n\nWij geven de uitslag van de leestoets aan Praktijk De Bongerd, zodat de "
    "logopedist de oefeningen kan kiezen. {sentence}\n\n[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Later toch anders beslissen? Dat mag altijd. Stuur juf Ilse een bericht in de "
            "ouderapp.",
            "ok",
        ),
        (
            "Intrekken kan altijd: pas het formulier aan in de ouderapp of stuur een mail naar "
            "juf Ilse.",
            "ok",
        ),
        (
            "U kunt uw toestemming altijd intrekken door mij te mailen. Ik laat De Bongerd dan "
            "meteen weten dat zij moet stoppen.",
            "ok",
        ),
        # a real limit stays one
        ("Intrekken kan altijd, maar pas na afloop van de periode.", "gebrek"),
        (
            "U kunt uw toestemming altijd intrekken door mij te mailen. De begeleiding moet dan "
            "wel stoppen.",
            "gebrek",
        ),
    ],
)
def test_how_to_withdraw_is_no_limit(sentence, oordeel):
    judgement = judge_intrekken(Form(_WITHDRAW.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "Zo werken alle scholen in de regio op dezelfde manier.",
        "Daarmee werken wij net zo als vorig jaar.",
        "Met die gegevens regelt het atelier alles wat nodig is.",
        "Met die maten maakt het atelier alles wat nodig is.",
        "Het atelier gebruikt ze alleen voor een doel waar u eerder mee instemde.",
    ],
)
def test_no_use_said_in_the_same_words(sentence):
    # near misses of the uses above (outside review): no purpose is said
    form = Form(
        "Beste ouders,\n\nMogen wij de lengte, de maten en de instellingen van uw kind mailen "
        f"naar Atelier De Draad? {sentence}\n\n[ ] Ja.   [ ] Nee.\n"
    )
    assert judge_doel(form).oordeel == "gebrek"


@pytest.mark.parametrize(
    "box",
    [
        "☐ Ik ga akkoord met de privacyvoorwaarden van Zwemschool De Kolk (verplicht)",
        "☐ Ik ga akkoord met het fotoreglement (verplicht)",
    ],
)
def test_a_required_box_for_data_terms_stays_required(box):
    form = Form(
        "Aanmelden zwemles\n\nWij sturen de naam van uw kind en het behaalde diploma naar de "
        "administratie van uw school, zodat de school weet wie niet meer mee hoeft met het "
        "schoolzwemmen.\n\n"
        f"☐ Ja, stuur het diplomaresultaat naar de school.\n\n{box}\n"
    )
    assert judge_vrij(form).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Alleen als u toestemming geeft, zetten wij de leesapp op de laptop van uw kind.",
        "Alleen met uw toestemming geven wij de maten door aan de leverancier van het hulpmiddel.",
    ],
)
def test_where_the_exchange_lands_is_no_loss(sentence):
    # the laptop or the aid is where the data go, not something the child loses (outside review)
    judgement = judge_vrij(Form(_LOSS.format(sentence=sentence)))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_an_objection_for_pictures_made_together_with_others_bundles_nothing():
    form = Form(
        "Beste ouders,\n\nDe gemeente zendt de talentenjacht live uit op YouTube. Ook plaatsen "
        "wij foto's op Instagram. U kunt apart bezwaar maken tegen de livestream en tegen de "
        "foto's: mail naar communicatie@gemeente.nl. Uw bezwaar geldt voor de foto's die wij "
        "samen met de ouderraad maken.\n"
    )
    assert judge_granulair(form).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Intrekken kan, maar pas de eerste dag van de maand, aan het begin van een nieuwe periode.",
        "U kunt uw toestemming altijd intrekken door mij te mailen. Ik laat de logopedist dan "
        "weten dat zij moet stoppen met de behandeling van uw kind.",
    ],
)
def test_a_limit_or_a_loss_on_withdrawal_stays_one(sentence):
    # near misses of the withdrawals above (outside review)
    assert judge_intrekken(Form(_WITHDRAW.format(sentence=sentence))).oordeel == "gebrek"
