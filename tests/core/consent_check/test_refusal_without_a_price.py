"""A refusal that only leaves the exchange out, or whose loss the form names only to deny
it, is no price on saying no (AVG art. 7 lid 4; overweging 42 en 43). Found on spent
sealed forms ("U heeft geen echte keuze" where the form said the opposite); each shape in
sentences of our own, with the neighbour that must stay a defect."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form

_ASK = (
    "Beste ouders,\n\n"
    "De intern begeleider wil het handelingsplan van Joris bespreken met de "
    "schoolmaatschappelijk werker van Welzijn Oost, om advies te vragen over zijn "
    "concentratie in de klas.\n"
    "[ ] Ja, ik geef toestemming.\n[ ] Nee, ik geef geen toestemming.\n"
)


@pytest.mark.parametrize(
    "refusal",
    [
        # the loss named only to deny it
        "Zonder toestemming bespreken wij Joris zonder naam; zijn begeleiding in de klas "
        "verandert daardoor niet.",
        "Het tekenen van dit formulier is geen voorwaarde voor de aanmelding.",
        "Kiest u nee, dan wordt de aanvraag voor extra begeleiding om die reden niet afgewezen.",
        "De logeerweek gaat ook door als u niet tekent.",
        "Ook leerlingen zonder toestemming mogen de rustplek in de klas gebruiken.",
        # only the exchange is left out
        "Geeft u geen toestemming, dan bespreken wij Joris niet bij naam.",
        "Zonder toestemming let de fotograaf erop dat Joris niet in beeld komt.",
        "Kiest u nee, dan zetten we op die plek geen foto's van Joris.",
        "Hebben we niets van u gehoord, dan doet Joris niet mee.",
        "Kiest u bij een regel voor nee, dan gaat dat stuk niet mee.",  # sealed79, after scoring
        # a price for something else than the consent
        "Meld een afspraak op tijd af. Anders rekenen wij € 25.",
    ],
)
def test_no_price_on_saying_no(refusal):
    judgement = judge_vrij(Form(_ASK + refusal + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    "refusal",
    [
        "Zonder toestemming kan Joris geen begeleiding in de klas krijgen.",
        "Leerlingen zonder toestemming mogen de rustplek in de klas niet gebruiken.",
        "Geeft u geen toestemming, dan krijgt Joris geen extra begeleiding.",
        "Kiest u nee, dan krijgt Joris op die plek geen extra begeleiding.",
        "Geeft u geen toestemming, dan doet Joris niet mee met het schoolreisje.",
        "Kiest u nee, dan gaat dat verslag niet mee en kan Joris niet mee op kamp.",
        "Tekent u niet? Anders rekenen wij € 25 voor de intake.",
        "De aanmelding is alleen mogelijk als u dit formulier tekent.",
    ],
)
def test_a_loss_for_the_child_stays_a_price(refusal):
    assert judge_vrij(Form(_ASK + refusal + "\n")).oordeel == "gebrek"
