"""A purpose named with "voor" and a thing in the request itself ("doorgeeft voor een
thuislicentie", "De groep is alleen voor het rijschema") or said of the recipient after the
exchange ("Het Lyceum kan hem dan in de tweede ronde meenemen"). At first sight on
sealed149-156, "Het formulier zegt niet waarvoor" was wrong 5 times in 6, on such forms. A named
thing reads as a weak purpose: ``ok`` with the twijfel to read it; general words stay a defect.
Letters of our own."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.purpose import judge_doel

_KEEP = (
    "De gegevens staan in het portaal van Lexa B.V. in Utrecht en worden op 31 juli 2027 "
    "gewist. U kunt uw toestemming altijd intrekken bij de mentor.\n"
)


@pytest.mark.parametrize(
    "request_",
    [
        "Ik geef toestemming dat de school de naam en de klas van mijn kind aan Lexa B.V. "
        "doorgeeft voor een persoonlijke thuislicentie van de voorleessoftware.\n"
        "[ ] Ja\n[ ] Nee\n",
        "Ik wil een appgroep maken met uw naam en telefoonnummer. De groep is alleen voor het "
        "rijschema naar de uitwedstrijden.\nDoe je mee? Stuur JA terug.\n",
        "Voor het rijden naar de uitwedstrijden wil ik een appgroep maken met uw naam en "
        "telefoonnummer.\nDoe je mee? Stuur JA terug.\n",
        "Mijn onderzoeksvraag is: hoe lossen kinderen van groep 6 ruzies op tijdens het "
        "buitenspelen?\n[ ] Ja, mijn kind mag worden geobserveerd.\n[ ] Nee\n",
    ],
)
def test_a_named_use_is_a_weak_purpose(request_):
    judgement = judge_doel(Form("Beste ouders,\n\n" + request_ + _KEEP))
    assert judgement.oordeel == "ok", judgement.uitleg
    assert "Twijfel" in judgement.uitleg


def test_the_recipient_then_does_something():
    form = Form(
        "Als Jesse op de wachtlijst komt, kan het Atheneum zijn aanmeldgegevens doorsturen "
        "naar het Lyceum, uw tweede keuze. Het Lyceum kan Jesse dan in de tweede ronde al "
        "meenemen.\n[ ] Ja\n[ ] Nee\n" + _KEEP
    )
    assert judge_doel(form).oordeel == "ok"


@pytest.mark.parametrize(
    "request_",
    [
        # what is consented to, for whom, for how long: no purpose
        "Ik geef toestemming voor het delen van het verslag met de logopedist.\n[ ] Ja\n[ ] Nee\n",
        "Wij sturen het verslag voor de duur van het schooljaar naar de logopedist.\n"
        "[ ] Ja\n[ ] Nee\n",
        "Wij sturen het verslag voor uw kind naar de logopedist.\n[ ] Ja\n[ ] Nee\n",
    ],
)
def test_no_named_use_stays_a_defect(request_):
    assert judge_doel(Form("Beste ouders,\n\n" + request_ + _KEEP)).oordeel == "gebrek"


def test_general_words_after_voor_stay_a_defect():
    form = Form(
        "Beste ouders,\n\nWij delen het dossier met de jeugdarts voor een goede begeleiding "
        "van uw kind, indien nodig.\n[ ] Ja\n[ ] Nee\n" + _KEEP
    )
    assert judge_doel(form).oordeel == "gebrek"
