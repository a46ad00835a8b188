"""The example family (the Canarisvogels of ../shared/design/scenario.md) in a vault of its own.

Everything is made through the apps' own services, so the example shows what the real thing
does: generated documents in the dossier, a rights request under way, a consent in the
register, a share in the ledger, letters. The vault says ``is_demo`` on every page and is
only ever made in an empty data folder (the wizard's folder before any real vault, or a
folder of its own from ``dossierwijs demo``).
"""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from dossierwijs.addressbook.models import Organisation, OrganisationKind
from dossierwijs.consent.services import consent_register
from dossierwijs.dossier import api as dossier_api
from dossierwijs.rights.services import mark_sent, start_request
from dossierwijs.sharing.models import ShareDraft
from dossierwijs.sharing.services import record_share
from dossierwijs.vault import services as vault_services
from dossierwijs.vault.roles import Gezag

from .documents import (
    blanket_consent_form,
    invitation_letter,
    meeting_report,
    opp,
    psychological_report,
)

PASSPHRASE = "voorbeeldgezin kijkt rustig rond"  # noqa: S105 - an example, printed for all
ADDRESS = "Lijsterbeslaan 14, 3581 AB Utrecht"


def build(*, progress=None) -> vault_services.NewVault:
    """Make the example vault in the (empty) data folder; returns what create_vault returns."""
    say = progress or (lambda text: None)
    say("kluis maken")
    created = vault_services.create_vault(
        child_name="Sanne Canarisvogel",
        child_birth_date=date(2013, 4, 12),
        school_name="OSG De Klimop",
        parent_name="Eva Canarisvogel",
        parent_gezag=Gezag.MET,
        other_parent_name="Joost Canarisvogel",
        other_parent_gezag=Gezag.MET,
        passphrase=PASSPHRASE,
        is_demo=True,
    )
    vault, eva = created.vault, created.member
    eva.postal_address = ADDRESS
    eva.email = "eva@voorbeeld.example"
    eva.save(update_fields=["postal_address", "email"])

    say("adresboek")
    school, swv, practice = _address_book(vault)

    say("documenten")
    documents = {}
    for filename, data, metadata in _papers():
        outcome = dossier_api.import_file(vault=vault, by=eva, filename=filename, data=data)[0]
        dossier_api.update_metadata(document=outcome.document, by=eva, **metadata)
        documents[filename] = outcome.document
    # Just added and not looked at yet: the home page asks to check what was suggested.
    dossier_api.import_file(
        vault=vault, by=eva, filename="uitnodiging-gesprek.pdf", data=invitation_letter()
    )

    today = timezone.localdate()
    say("inzageverzoek")
    request, _produced = start_request(
        vault=vault,
        by=eva,
        kind="inzage",
        organisation=school,
        tone="vriendelijk",
        fields={"pupil_system": "Magister"},
        on_behalf_of_both=False,
    )
    mark_sent(rights_request=request, by=eva, on=today - timedelta(days=12), how="email")

    say("toestemming")
    consent_register(
        vault=vault,
        by=eva,
        given_by=["ouders"],
        from_organisation=school,
        to_organisation=swv,
        purpose="de aanvraag van een toelaatbaarheidsverklaring (TLV) voor Sanne",
        data="het OPP van dit schooljaar",
        storage="het dossier van het samenwerkingsverband",
        # Ends within the month, so the home page shows what that means.
        valid_until=today + timedelta(days=25),
        given_on=today - timedelta(days=30),
    )

    say("deling")
    draft = ShareDraft.objects.create(
        vault=vault,
        organisation=swv,
        purpose="de aanvraag van een toelaatbaarheidsverklaring (TLV)",
        purpose_key="tlv",
        document_ids=[str(documents["opp-klimop.pdf"].pk)],
    )
    share = record_share(draft=draft, by=eva, method="email", shared_on=today - timedelta(days=20))
    # The samenwerkingsverband said it keeps the OPP until its decision, in two weeks: the
    # home page and Termijnen then show when to ask for deletion.
    share.items.update(keep_until=today + timedelta(days=14))
    del practice  # in the address book, shared nothing: as the family intends
    return created


def _address_book(vault):
    school = Organisation.objects.create(
        vault=vault,
        name="OSG De Klimop",
        kind=OrganisationKind.SCHOOL,
        school_relation="huidig",
        address="Schoolstraat 1, 3511 AA Utrecht",
        email="privacy@klimop.example",
    )
    swv = Organisation.objects.create(
        vault=vault,
        name="Samenwerkingsverband VO Utrecht",
        kind=OrganisationKind.SAMENWERKINGSVERBAND,
        email="loket@swv-utrecht.example",
    )
    practice = Organisation.objects.create(
        vault=vault,
        name="Kinder- en Jeugdpraktijk De Vlinderboom",
        kind=OrganisationKind.ZORGAANBIEDER,
        email="secretariaat@vlinderboom.example",
    )
    return school, swv, practice


def _papers():
    """(file name, bytes, what the parent would confirm about it) per paper."""
    return [
        (
            "psychodiagnostisch-onderzoek-vlinderboom.pdf",
            psychological_report(),
            {
                "title": "Psychodiagnostisch onderzoek De Vlinderboom",
                "doc_type": "onderzoeksverslag",
                "organisation": "Kinder- en Jeugdpraktijk De Vlinderboom",
                "author": "drs. M. de Vries",
                "document_date": date(2026, 10, 14),
                "special_category": True,
            },
        ),
        (
            "opp-klimop.pdf",
            opp(),
            {
                "title": "OPP leerjaar 1",
                "doc_type": "opp",
                "organisation": "OSG De Klimop",
                "document_date": date(2026, 10, 1),
            },
        ),
        (
            "verslag-opp-gesprek.pdf",
            meeting_report(),
            {
                "title": "Ons verslag van het OPP-gesprek",
                "doc_type": "gespreksverslag",
                "origin": "eigen",
                "document_date": date(2026, 11, 5),
            },
        ),
        (
            "toestemmingsformulier-klimop.pdf",
            blanket_consent_form(),
            {
                "title": "Toestemmingsformulier van De Klimop",
                "doc_type": "toestemmingsformulier",
                "organisation": "OSG De Klimop",
                "document_date": date(2026, 9, 1),
            },
        ),
    ]
