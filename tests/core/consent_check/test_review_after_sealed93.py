"""Counterexamples from an outside review of the changes after sealed89-96: wordings the
new patterns must not pass (a motto before "daarvoor", a moment hedged or denied, "alles"
sent to a party, parties sharing a first word, pressure after an opt-in). Each keeps the
judgment the checker gave before those changes."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_ontvangers,
    judge_opslag,
    judge_termijn,
)
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair

JUDGES = {
    "doel": judge_doel,
    "gegevens": judge_gegevens,
    "ontvangers": judge_ontvangers,
    "opslag": judge_opslag,
    "termijn": judge_termijn,
    "vrij": judge_vrij,
    "ondubbelzinnig": judge_ondubbelzinnig,
    "granulair": judge_granulair,
}
CASES = [
    (
        "doel",
        "Wij vinden goede communicatie met ouders erg belangrijk op onze school. Mogen wij daarom de gegevens van uw kind delen met andere organisaties?\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "doel",
        "Onze school werkt al jaren samen met veel partners in de wijk. Mogen wij daarvoor de gegevens van uw kind doorgeven?\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    ("doel", "Mogen wij foto's van uw kind gebruiken op de website?\n[ ] Ja [ ] Nee\n", "gebrek"),
    (
        "doel",
        "Mag de naam van uw kind via de app gedeeld worden met derden?\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "doel",
        "Ik geef toestemming voor:\n[ ] het verwerken van de persoonsgegevens van mijn kind\n[ ] het delen van gegevens met derden\n",
        "gebrek",
    ),
    (
        "doel",
        "Wij willen het verslag van uw kind opvragen bij de vorige school. Dan kunnen wij verder.\n[ ] Ja [ ] Nee\n",
        "ok",
    ),
    (
        "doel",
        "Wij sturen het dossier van uw kind naar de gemeente. Daarmee kunnen zij het gebruiken.\n[ ] Ja [ ] Nee\n",
        "ok",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's op de website.\nDe foto's blijven minstens 5 jaar online en worden daarna niet verwijderd.\n[ ] Ja [ ] Nee\n",
        "ok",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's in het album.\nHet album blijft in ieder geval tot 1 september online, en daarna ook.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nNeem het formulier voor 1 oktober mee terug naar school.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nDe toestemming geldt voor seizoen 2025-2026 en wordt daarna steeds automatisch verlengd.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nEind 2026 bekijken we of we de foto's verwijderen.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nVoor 1 juli gooien wij niets weg.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen.\nAlleen als u nee kiest, plaatsen wij niets; als wij niets van u horen, gaan wij ervan uit dat u akkoord bent.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen.\nPas als u niets invult, gaan wij ervan uit dat u toestemming geeft.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen.\nAls wij niets van u horen, gaan wij ervan uit dat u akkoord bent.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Geen toestemming? Laat het ons weten\nWij willen foto's van uw kind op de website plaatsen. Bent u akkoord? Dan hoeft u niets te doen.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen. Bent u akkoord? Dan hoeft u niets te doen.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen. Vink alleen iets aan als u bezwaar heeft.\n[ ] Ik heb bezwaar\n",
        "ok",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen. Heeft u geen bezwaar, dan gaan wij er dan ook van uit dat u akkoord bent.\n",
        "gebrek",
    ),
    (
        "vrij",
        "Wij willen de gegevens van uw kind delen met de reisorganisatie. Dit doen wij alleen als u toestemming geeft, anders kan uw kind helaas niet meedoen met de schoolreis.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "vrij",
        "Wij willen de gegevens van uw kind delen met de reisorganisatie. Zonder toestemming kan uw kind helaas niet meedoen met de schoolreis.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "vrij",
        "Wij willen de gegevens van uw kind delen met de reisorganisatie. Wij zijn verplicht de gegevens door te geven, dus zonder uw toestemming kan uw kind niet mee op schoolreis.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "vrij",
        "Wij willen de gegevens van uw kind delen met de reisorganisatie. Toestemming is wettelijk niet verplicht, maar zonder toestemming kan uw kind niet mee op schoolreis.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "vrij",
        "Wij willen de gegevens van uw kind delen met de reisorganisatie. Zonder toestemming kan uw kind niet mee op schoolreis, omdat wij verplicht zijn de deelnemerslijst door te geven.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Ik geef toestemming dat de school alles deelt met de GGD.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    ("gegevens", "Wij delen alles met de GGD.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n", "gebrek"),
    (
        "gegevens",
        "Na afloop geven wij u een kopie, en delen we alles wat we weten met de jeugdhulp.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij halen alles wat wij over uw kind hebben uit het dossier en sturen het naar de gemeente.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij geven alles wat wij over uw kind weten door, het blijft bij de nieuwe school.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "granulair",
        "Ik geef toestemming dat de school gegevens van mijn kind deelt met Stichting Jeugdzorg Utrecht, Stichting Leerplicht Midden en Stichting Sportclub Zeist.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "granulair",
        "Ik geef toestemming dat de school gegevens van mijn kind deelt met Gemeente Utrecht, Gemeente Zeist en Gemeente Houten.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "opslag",
        "Ik geef toestemming voor het delen van het verslag met de GGD. Trekt u de toestemming in, dan stoppen we in ons systeem direct met delen.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen.\nAlleen wat u zelf aanvinkt telt, maar als wij niets van u horen, gaan wij ervan uit dat u akkoord bent.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wij willen foto's van uw kind op de website plaatsen.\nPas als u zelf bezwaar aankruist, plaatsen we niets; als wij niets van u horen, gaan wij ervan uit dat u akkoord bent.\n",
        "gebrek",
    ),
    (
        "ondubbelzinnig",
        "Wettelijke taak en toestemming\nWij willen foto's van uw kind op de website plaatsen. Daarvoor hoeft u niets te doen.\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij willen het leerlingdossier van uw kind delen. Alles wat wij over uw kind weten blijft bij de GGD en wordt verstrekt aan de gemeente.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij willen het leerlingdossier van uw kind delen. Wij delen alles met de jeugdarts van de GGD.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij willen het leerlingdossier van uw kind delen. Ik stuur u een bevestiging, en wij delen alles met de gemeente.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nDe downloadlink werkt zeker tot 1 september open, daarna blijft het album gewoon online.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's in het album.\nHet album is tot 1 september zichtbaar voor iedereen en daarna alleen voor leden.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nDe foto's staan minimaal 1 jaar op de site en worden pas verwijderd als u dat vraagt.\n[ ] Ja [ ] Nee\n",
        "ok",
    ),
    (
        "termijn",
        "Ik geef toestemming voor het plaatsen van foto's.\nIn de zomer van 2027 verwijderen we ze niet, ze blijven in het archief.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "doel",
        "Mogen wij de foto's van uw kind gebruiken in de app en voor andere doeleinden?\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "doel",
        "Wij houden van een open sfeer. Mogen wij daarom foto's, namen en adressen van alle leerlingen delen?\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "granulair",
        "Ik geef toestemming dat de school gegevens deelt met Zorgteam Noord, Zorgteam Zuid en Zorgteam Oost.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij delen de naam en de toetsresultaten van uw kind met de GGD. Ook delen wij alles met de jeugdarts.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
    (
        "gegevens",
        "Wij delen de naam en de toetsresultaten van uw kind met de GGD. Wij halen ook alles uit het dossier en sturen het naar de gemeente.\nIk geef toestemming.\n[ ] Ja [ ] Nee\n",
        "gebrek",
    ),
]


@pytest.mark.parametrize("criterion, text, oordeel", CASES)
def test_a_counterexample_keeps_its_judgment(criterion, text, oordeel):
    assert JUDGES[criterion](Form(text)).oordeel == oordeel
