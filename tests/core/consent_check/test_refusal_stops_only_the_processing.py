"""What a refusal stops may be the processing that was asked for: the child is not filmed,
the papers are not sent, the child stays out of the study. That is what refusing means, not a
price on it (AVG art. 7 lid 4; overweging 42 en 43). The widest reading of a refusal in
``choice`` took such sentences as "U heeft geen echte keuze": at first sight on sealed149-156
it was right 5 times in 13. Each shape in sentences of our own, with the neighbour that must
stay a defect."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.lemmas import shares_by_lemma

_ASK = (
    "Beste ouders,\n\n"
    "Juf Mirjam van groep 4 volgt de opleiding tot leraar aan Hogeschool Zeewolde. Voor een "
    "opdracht wil zij twee lessen rekenen filmen en de beelden met haar docent bekijken, om "
    "haar uitleg te verbeteren.\n"
    "[ ] Ja, mijn kind mag gefilmd worden.\n[ ] Nee, liever niet.\n"
)


@pytest.mark.parametrize(
    "refusal",
    [
        "Zonder ingevuld strookje film ik uw kind niet.",
        "Als u geen toestemming geeft, zit uw kind tijdens de opnamen buiten beeld en gebruikt "
        "de student geen gegevens van uw kind.",
        "Krijg ik van u geen antwoord, dan ga ik ervan uit dat u geen toestemming geeft, en dan "
        "komt uw kind niet in beeld.",
        "Wij sturen de beelden alleen door als u daarvoor hieronder toestemming geeft.",
        "Dat regelen wij alleen als u er allebei mee instemt.",
        # who is meant, not a refusal: a parent without custody
        "Een ouder zonder gezag kan de lesbrief bij de school opvragen; wij sturen die dan toe.",
    ],
)
def test_refusing_the_processing_costs_nothing(refusal):
    judgement = judge_vrij(Form(_ASK + refusal + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_staying_out_of_a_study_is_the_refusal_itself():
    form = Form(
        "Beste ouders,\n\nVoor haar afstudeeronderzoek aan de hogeschool onderzoekt Lotte hoe "
        "kinderen samenwerken. Het onderzoek bestaat uit twee observaties in de klas.\n"
        "Geeft u geen toestemming, dan werkt uw kind gewoon in de klas, maar komt het niet in "
        "het onderzoek.\n[ ] Ja\n[ ] Nee\n"
    )
    assert judge_vrij(form).oordeel == "ok"


@pytest.mark.parametrize(
    "refusal",
    [
        "Zonder ingevuld strookje kan uw kind niet mee op de excursie naar de studio.",
        "Zonder toestemming kan uw kind in periode 2 niet herkansen.",
        # the child received, not data: "ontvangen" is also a verb of sharing
        "Zonder deze toestemming kunnen wij uw kind niet langer op de opvang ontvangen.",
        "Zonder deze toestemming kan het begeleidingstraject niet van start gaan.",
        "Wij kunnen een leerling alleen plaatsen als de ouders hiermee akkoord gaan.",
        "Zonder dat verslag kunnen we de inschrijving helaas niet afronden.",
        "Als u geen toestemming geeft, wordt uw kind niet gefilmd en krijgt het geen extra "
        "rekenbegeleiding.",
        # after scoring, from the outside review: the data not shared and a service lost
        "Zonder toestemming kunnen wij het dossier niet delen en kan uw kind niet naar de "
        "logopedie op school.",
        "Zonder toestemming kunnen wij de gegevens niet doorgeven en krijgt uw kind geen laptop "
        "van school.",
        "Zonder toestemming kunnen wij het verslag niet naar de jeugdarts sturen en kan uw kind "
        "niet op het spreekuur terecht.",
        "Zonder ingevuld strookje bespreek ik uw kind niet met de leerkracht en krijgt uw kind "
        "geen aangepaste aanpak in de klas.",
    ],
)
def test_a_loss_beside_the_processing_stays_a_price(refusal):
    assert judge_vrij(Form(_ASK + refusal + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence", ["Wij sturen de documenten naar de nieuwe school.", "Wij delen het verslag."]
)
def test_the_plural_of_a_sharing_verb_is_sharing(sentence):
    # simplemma reads "sturen" and "delen" as plurals of the nouns "stuur" and "deel"
    assert shares_by_lemma(sentence.lower())
