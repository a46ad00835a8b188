"""consent_covering: which consent covers an exchange, and which does not."""

from __future__ import annotations

from datetime import date, timedelta

from dossierwijs.consent.models import Status
from dossierwijs.consent.services import consent_covering
from dossierwijs.sharing.services import consent_for
from tests.consent.factories import consent, organisation


def test_a_consent_covers_the_same_purpose_in_other_words(family):
    item = consent(family, purpose="de overstap van Sanne naar het VSO")
    school = organisation(family)
    assert (
        consent_covering(
            vault=family.vault, organisation=school, purpose="overstap naar het vso", data=None
        )
        == item
    )
    assert (
        consent_covering(
            vault=family.vault, organisation=school, purpose="Overstap (VSO)!", data=None
        )
        == item
    )


def test_a_broader_purpose_is_not_covered(family):
    consent(family, purpose="de overstap naar het vso")
    school = organisation(family)
    assert (
        consent_covering(
            vault=family.vault,
            organisation=school,
            purpose="de overstap naar het vso en de jeugdarts",
            data=None,
        )
        is None
    )
    assert (
        consent_covering(
            vault=family.vault, organisation=school, purpose="voor het kind", data=None
        )
        is None
    )


def test_another_organisation_is_not_covered(family):
    consent(family)
    other = organisation(family, "Logopedie De Klank", "zorg")
    assert (
        consent_covering(
            vault=family.vault, organisation=other, purpose="de overstap naar het vso", data=None
        )
        is None
    )


def test_the_organisation_it_may_share_with_is_covered(family):
    ggd = organisation(family, "GGD Utrecht", "ggd")
    item = consent(family, to_organisation=ggd)
    assert (
        consent_covering(vault=family.vault, organisation=ggd, purpose="overstap vso", data=None)
        == item
    )


def test_an_expired_consent_covers_nothing(family):
    consent(family, valid_until=date.today() - timedelta(days=1))
    assert (
        consent_covering(
            vault=family.vault,
            organisation=organisation(family),
            purpose="de overstap naar het vso",
            data=None,
        )
        is None
    )


def test_a_consent_is_current_through_its_last_day(family):
    item = consent(family, valid_until=date.today())
    assert (
        consent_covering(
            vault=family.vault,
            organisation=organisation(family),
            purpose="de overstap naar het vso",
            data=None,
        )
        == item
    )


def test_an_ended_trajectory_or_a_withdrawal_covers_nothing(family):
    school = organisation(family)
    consent(family, valid_until=None, trajectory="de begeleiding", trajectory_ended=True)
    consent(family, status=Status.INGETROKKEN)
    consent(family, status=Status.GEWEIGERD)
    assert (
        consent_covering(
            vault=family.vault, organisation=school, purpose="de overstap naar het vso", data=None
        )
        is None
    )


def test_data_must_be_part_of_the_consent(family):
    school = organisation(family)
    item = consent(family, data="het OPP van dit schooljaar\nhet verslag van de logopedist")

    def covering(data):
        return consent_covering(
            vault=family.vault, organisation=school, purpose="overstap vso", data=data
        )

    assert covering("het OPP") == item
    assert covering(["het OPP", "het verslag van de logopedist"]) == item
    assert covering("het psychologisch onderzoek") is None


def test_a_document_named_in_the_consent_is_covered(family):
    from tests.test_authorization_matrix import family_document

    document = family_document(family)
    item = consent(family, data="het verslag")
    item.documents.add(document)
    assert (
        consent_covering(
            vault=family.vault,
            organisation=organisation(family),
            purpose="overstap vso",
            data=[document],
        )
        == item
    )


def test_another_vaults_consent_covers_nothing(family):
    consent(family)
    from dossierwijs.addressbook.models import Organisation

    theirs = Organisation.objects.create(
        vault=family.outsider.vault, name="OSG De Klimop", kind="school"
    )
    assert (
        consent_covering(
            vault=family.outsider.vault,
            organisation=theirs,
            purpose="de overstap naar het vso",
            data=None,
        )
        is None
    )


def test_the_sharing_app_finds_the_consent(family):
    item = consent(family)
    assert (
        consent_for(
            vault=family.vault, organisation=organisation(family), purpose="overstap naar het vso"
        )
        == item
    )


def test_a_care_provider_asks_for_the_wgbo_answer_and_a_school_for_the_avg_one(family):
    from dossierwijs.consent.services import regime_for, who_signs

    school = organisation(family)
    therapist = organisation(family, "Logopedie De Klank", "zorg")
    assert regime_for([school]) == "avg"
    assert regime_for([school, therapist]) == "wgbo"
    # Sanne is 13: the school asks the parents, a care provider the child and the parents.
    assert who_signs(vault=family.vault, organisations=[school]).deciders == ["ouders"]
    assert set(who_signs(vault=family.vault, organisations=[therapist]).deciders) == {
        "kind",
        "ouders",
    }


def test_a_consent_from_one_organisation_to_another_passes_the_checker(family):
    from dossierwijs.consent.services import ConsentContent, consent_give
    from dossierwijs.core.consent_check import check_consent_form

    content = ConsentContent(
        given_by=["ouders"],
        from_organisation=organisation(family),
        to_organisation=organisation(family, "GGD Utrecht", "ggd"),
        purpose="het gesprek met de jeugdarts over schoolverzuim",
        data="de verzuimregistratie van dit schooljaar",
        storage="het digitaal dossier jeugdgezondheidszorg",
        withdraw_contact="de intern begeleider, ib@klimop.example",
        trajectory="de begeleiding door de jeugdarts",
    )
    item = consent_give(vault=family.vault, by=family.ouder, content=content)
    assert check_consent_form(item.text).verdict == "geldig"
    assert "Van OSG De Klimop naar GGD Utrecht" in item.text


def test_the_refusal_names_the_form_by_its_title_not_the_letterhead():
    from dossierwijs.consent.checking import form_name

    text = (
        "Openbare Basisschool De Kameleon\nSluisweg 14, 3311 AB Dordrecht\n\n"
        "Toestemmingsformulier uitwisseling gegevens leerlingzorg\n\nBeste ouders,\n"
        "Met dit formulier geeft u de school toestemming om gegevens te delen.\n"
    )
    assert form_name(text) == "Toestemmingsformulier uitwisseling gegevens leerlingzorg"
    assert form_name("Betreft: machtiging gegevensuitwisseling\nBeste ouders,") == (
        "machtiging gegevensuitwisseling"
    )
    # no line names the paper: the first line, as before
    assert form_name("Praktijk Klankrijk\nBeste ouders,\n") == "Praktijk Klankrijk"
    assert form_name("", "Formulier.pdf") == "Formulier.pdf"


def test_a_long_first_line_as_the_title_is_cut_at_a_word():
    from dossierwijs.consent.checking import form_name

    line = (
        "Wij willen graag met de logopedist en de fysiotherapeut van uw kind overleggen over de "
        "oefeningen die uw kind thuis en op school doet, want dat helpt"
    )
    title = form_name(line + "\n")
    assert title.endswith("…")
    assert len(title) <= 118
    assert line.startswith(title[:-1])
    assert title[-2] != " " and line[len(title) - 1] == " "


def test_a_letter_opening_with_a_salutation_is_named_by_who_signs_it():
    from dossierwijs.consent.checking import form_name

    letter = (
        "Beste ouders van Fenna,\n\nWe organiseren op 12 maart een overleg over Fenna.\n\n"
        "Met vriendelijke groet,\n\nMarleen de Vries\nIntern begeleider OBS De Wilg\n"
    )
    assert form_name(letter) == "Brief van Marleen de Vries, intern begeleider OBS De Wilg"
    # an organisation under the name keeps its capitals
    school = letter.replace("Intern begeleider OBS De Wilg", "OBS De Wilg")
    assert form_name(school) == "Brief van Marleen de Vries, OBS De Wilg"
    # unsigned: the first line after the salutation
    unsigned = "Beste ouders,\nWe organiseren op 12 maart een overleg over Fenna.\n"
    assert form_name(unsigned) == "We organiseren op 12 maart een overleg over Fenna."
    # a message in one long line: its first sentence
    sms = "Ouderraad: vr 16 mei is de sponsorloop! Om het geld te innen geven we namen door."
    assert form_name(sms) == "Ouderraad: vr 16 mei is de sponsorloop!"


def test_a_message_is_named_by_its_subject_or_sender_not_by_the_app():
    from dossierwijs.consent.checking import form_name

    sms = (
        "SMS-berichten - exporteren\n"
        "Van: +31 6 2093 4471 (Ellen Dijkman, OBS De Springplank)\n\n"
        "[15:41] (1/3) Dag mevrouw Kowalska, met Ellen Dijkman.\n"
    )
    assert form_name(sms) == "Bericht van Ellen Dijkman, OBS De Springplank"
    assert form_name("WhatsApp-chat met Juf Anke\nVan: Juf Anke <anke@school.nl>\n") == (
        "Bericht van Juf Anke"
    )
    mail = "Van: Pieter Bos <p.bos@dewaaier.nl>\nOnderwerp: rekentoetsen Zofia\n\nBeste ouders,"
    assert form_name(mail) == "rekentoetsen Zofia"
    # an export with neither: the first line that is the message's own
    assert form_name("Chat exporteren\n[15:41] Mag ik het verslag sturen?") == (
        "Mag ik het verslag sturen?"
    )
    assert form_name("Chat exporteren\n[15:41]\nMag ik het verslag sturen?") == (
        "Mag ik het verslag sturen?"
    )
    # a chat export without a "Van:" line: who wrote its first message
    chat = (
        "WhatsApp-chat met VV De Meerkoet – JO10-2 ouders\n"
        "[12-10-2026 19:02] Ruud (trainer JO10-2): Het clubblad wil de teamfoto plaatsen.\n"
        "[12-10-2026 19:11] Sanne: ✅ privé gestuurd\n"
    )
    assert form_name(chat) == "Bericht van Ruud (trainer JO10-2)"
    # a name outside the brackets is the sender; a blank field names no one
    assert form_name("Van: Marloes de Vries (mentor groep 7) <m@school.nl>\nBeste ouders") == (
        "Bericht van Marloes de Vries"
    )
    assert form_name("Overdracht naar het voortgezet onderwijs\nVan: ……") == (
        "Overdracht naar het voortgezet onderwijs"
    )
    # words that only look like an app's: a title about news messages, an empty box
    assert form_name("Toestemming plaatsen in nieuwsberichten\nBeste ouders,") == (
        "Toestemming plaatsen in nieuwsberichten"
    )
    assert form_name("Basisschool De Waaier\n[ ] Ik geef toestemming voor foto's") == (
        "Basisschool De Waaier"
    )
