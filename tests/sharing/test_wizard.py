import email
import email.policy

import pymupdf
from django.urls import reverse

from dossierwijs.sharing.models import HoldingStatus, SharedItem, ShareDraft, ShareEvent


def _start(c, swv, purpose="de aanvraag van een toelaatbaarheidsverklaring voor het vso"):
    return c.post(
        reverse("sharing:new"),
        {
            "organisation": swv.pk,
            "sender": "school",
            "purpose_key": "tlv",
            "purpose": purpose,
            "school_purpose": "Het geven van passend onderwijs aan Sanne op De Klimop",
            "partner_purpose": "Beslissen over de toelaatbaarheid tot het voortgezet speciaal onderwijs",
            "joint_purpose": "Een besluit over de TLV voor Sanne in het komende schooljaar",
            "compatible": "ja",
            "enrolled": "ja",
        },
    )


def test_the_four_questions_lead_to_the_rules_answer(client_for, family, swv):
    c = client_for("ouder")
    response = _start(c, swv)
    draft = ShareDraft.objects.get()
    assert response["Location"] == reverse("sharing:draft_consent", args=[draft.pk])
    page = c.get(response["Location"]).content.decode()
    # The parent shares her own copy: the step says so, and words the rules as "if the
    # school passed it on" (issue 16), never "Nee: daarvoor is uw toestemming nodig".
    assert "U deelt zelf uw eigen kopie" in page
    assert "Als de school het zelf doorgeeft, is daar geen toestemming voor nodig." in page
    assert "daarvoor is uw toestemming nodig" not in page
    assert "U heeft de vier vragen over het doel beantwoord" in page


def test_a_vague_purpose_is_called_vague(client_for, family, swv):
    c = client_for("ouder")
    response = _start(c, swv, purpose="voor een goede begeleiding")
    page = c.get(response["Location"]).content.decode()
    assert "is geen concreet doel" in page


def test_documents_step_warns_for_a_full_report_and_an_unrelated_type(
    client_for, family, swv, documents
):
    c = client_for("ouder")
    draft_url = _start(c, swv)["Location"]
    draft = ShareDraft.objects.get()
    page = c.get(reverse("sharing:draft_documents", args=[draft.pk])).content.decode()
    assert 'data-warning="volledig_verslag"' in page
    assert 'data-warning="bijzonder"' in page
    assert draft_url


def test_sharing_the_whole_dossier_is_warned_against(client_for, family, swv, documents):
    c = client_for("ouder")
    _start(c, swv)
    draft = ShareDraft.objects.get()
    c.post(
        reverse("sharing:draft_documents", args=[draft.pk]),
        {"documents": [d.pk for d in documents]},
    )
    page = c.get(reverse("sharing:draft_finish", args=[draft.pk])).content.decode()
    assert "het hele dossier te delen" in page


def test_a_recorded_share_puts_the_documents_in_the_ledger_with_retention(
    client_for, family, swv, documents
):
    report, opp, _other = documents
    c = client_for("ouder")
    _start(c, swv)
    draft = ShareDraft.objects.get()
    c.post(
        reverse("sharing:draft_documents", args=[draft.pk]),
        {"documents": [report.pk, opp.pk], f"leave_out_{report.pk}": ""},
    )
    response = c.post(
        reverse("sharing:draft_finish", args=[draft.pk]),
        {"method": "anders", "shared_on": "2026-11-20"},
    )
    share = ShareEvent.objects.get()
    assert response["Location"] == reverse("sharing:detail", args=[share.pk])
    items = SharedItem.objects.filter(share=share)
    assert {i.title for i in items} == {report.title, opp.title}
    assert all(i.keep_until.isoformat() == "2029-11-20" for i in items)
    ledger = c.get(reverse("sharing:ledger")).content.decode()
    assert swv.name in ledger and opp.title in ledger and "20 november 2029" in ledger


def test_the_package_carries_the_footer_on_every_page_and_only_the_selected_documents(
    client_for, family, swv, documents, settings
):
    from dossierwijs.sharing import services

    report, opp, other = documents
    c = client_for("ouder")
    _start(c, swv)
    draft = ShareDraft.objects.get()
    draft.document_ids = [str(opp.pk)]
    draft.save()
    share = services.record_share(draft=draft, by=family.ouder, method="pakket")
    family.ouder.postal_address = "Vogellaan 1\n1234 AB Amstelveen"
    family.ouder.save()
    pdf = c.get(reverse("sharing:package", args=[share.pk, "pdf"])).content
    document = pymupdf.open(stream=pdf, filetype="pdf")
    text = "\n".join(page.get_text() for page in document)
    for page in document:
        content = page.get_text()
        assert "Gedeeld door de ouders met Samenwerkingsverband" in content
        assert "Niet verder verspreiden, tenzij de wet u daartoe verplicht" in content
        assert not list(page.annots())
    assert "Uitstroomprofiel" in text
    assert "Anamnese" not in text and "bestelformulier" not in text
    eml = c.get(reverse("sharing:package", args=[share.pk, "eml"])).content
    message = email.message_from_bytes(eml, policy=email.policy.default)
    assert message["To"] == "tlv@swv.example"
    assert any(part.get_filename() for part in message.walk())
    assert message["Subject"] == (
        "Documenten over Sanne Canarisvogel (doel: de aanvraag van een "
        "toelaatbaarheidsverklaring voor het vso)"
    )
    body = message.get_body(("plain",)).get_content()
    assert "de documenten over Sanne voor de aanvraag van een toelaatbaarheidsverklaring" in body
    assert body.rstrip().endswith("Met vriendelijke groet,\n\nEva Canarisvogel")


def test_asking_for_deletion_marks_the_items_and_the_answer_is_recorded(
    client_for, family, swv, documents
):
    from dossierwijs.sharing import services

    _report, opp, _other = documents
    c = client_for("ouder")
    _start(c, swv)
    draft = ShareDraft.objects.get()
    draft.document_ids = [str(opp.pk)]
    draft.save()
    share = services.record_share(draft=draft, by=family.ouder, method="anders")
    family.ouder.postal_address = "Vogellaan 1\n1234 AB Amstelveen"
    family.ouder.save()
    c.post(reverse("sharing:ask_deletion", args=[share.pk]))
    item = SharedItem.objects.get()
    assert item.status == HoldingStatus.DELETION_ASKED
    prefix = f"i{item.pk.hex[:8]}"
    c.post(
        reverse("sharing:item_answer", args=[item.pk]),
        {"prefix": prefix, f"{prefix}-status": "verwijderd", f"{prefix}-answer": "Is gewist."},
    )
    item.refresh_from_db()
    assert item.status == HoldingStatus.DELETED and item.answer == "Is gewist."


def test_the_parents_four_questions_are_asked_recorded_and_shown(
    client_for, family, swv, documents
):
    c = client_for("ouder")
    response = c.post(
        reverse("sharing:new"),
        {
            "organisation": swv.pk,
            "sender": "school",
            "purpose_key": "tlv",
            "purpose": "de aanvraag van een toelaatbaarheidsverklaring voor het vso",
            "needs": "alleen de conclusie en het advies",
            "stored_where": "in het dossier van de commissie",
            "keep_for": "",
            "who_sees": "de commissie toelaatbaarheid",
            "enrolled": "ja",
        },
    )
    draft = ShareDraft.objects.get()
    assert draft.needs == "alleen de conclusie en het advies"
    page = c.get(response["Location"]).content.decode()
    assert "alleen de conclusie en het advies" in page
    assert "Nog open: Hoe lang mag de ontvanger het bewaren?" in page
    assert "GPO 106807" in page and "GPO 108241" in page
    from dossierwijs.sharing import services

    _report, opp, _other = documents
    draft.document_ids = [str(opp.pk)]
    draft.save()
    share = services.record_share(draft=draft, by=family.ouder, method="pakket")
    assert (share.needs, share.stored_where, share.who_sees) == (
        "alleen de conclusie en het advies",
        "in het dossier van de commissie",
        "de commissie toelaatbaarheid",
    )
    detail = c.get(reverse("sharing:detail", args=[share.pk])).content.decode()
    assert "Wat de ontvanger antwoordde" in detail and "in het dossier van de commissie" in detail


def test_a_new_purpose_for_an_organisation_with_a_consent_asks_a_new_consent(
    client_for, family, swv
):
    from datetime import date

    from dossierwijs.addressbook.models import Organisation
    from dossierwijs.consent.models import Consent

    school = Organisation.objects.create(vault=family.vault, name="OSG De Klimop", kind="school")
    Consent.objects.create(
        vault=family.vault,
        from_organisation=school,
        to_organisation=swv,
        purpose="het arrangement voor extra begeleiding in de klas",
        data="het OPP",
        given_on=date(2026, 1, 5),
    )
    c = client_for("ouder")
    response = c.post(
        reverse("sharing:new"),
        {
            "organisation": swv.pk,
            "sender": "school",
            "purpose_key": "tlv",
            "purpose": "de aanvraag van een toelaatbaarheidsverklaring voor het vso",
            "enrolled": "ja",
            "school_wants_to_send": "on",
        },
    )
    page = c.get(response["Location"]).content.decode()
    assert "eerder toestemming, maar voor een ander doel" in page
    assert "nieuwe, specifieke toestemming nodig" in page
