"""Writes for sharing: recording a share, the package, asking for deletion, the answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dossierwijs.addressbook.models import Organisation, OrganisationKind
from dossierwijs.consent.models import Consent, Status
from dossierwijs.consent.services import consent_covering, models_q_for
from dossierwijs.core.letters.kinds.aanbieding import for_purpose, purpose_text
from dossierwijs.core.rules.retention import retention
from dossierwijs.core.sharing.package import PackagePart, build_package, footer_text, text_to_pdf
from dossierwijs.dossier import api as dossier_api
from dossierwijs.dossier.models import Document
from dossierwijs.letters.services import produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import (
    Basis,
    HoldingStatus,
    SharedItem,
    ShareDraft,
    ShareEvent,
    ShareMethod,
)


def keep_until(organisation: Organisation, shared_on: date) -> tuple[date | None, str]:
    """Until when the organisation may keep what it received (from the rules core)."""
    if organisation.kind == OrganisationKind.SAMENWERKINGSVERBAND:
        rule = retention("samenwerkingsverband", shared_on)
        return rule.keep_until, rule.explanation
    if organisation.kind == OrganisationKind.SCHOOL:
        rule = retention("leerlingdossier", shared_on).rule
        # The term runs from leaving the school, which we do not know yet.
        return None, _("Meestal hooguit %(years)s jaar %(start)s. %(hedge)s") % {
            "years": rule.years,
            "start": rule.starts_at,
            "hedge": rule.hedge,
        }
    return None, _("Hiervoor is geen vaste termijn. Vraag de organisatie hoe lang zij het bewaart.")


def consent_for(*, vault, organisation, purpose: str):
    """The current consent that covers this exchange, if the consent register has one."""
    return consent_covering(vault=vault, organisation=organisation, purpose=purpose, data=None)


def other_consents(*, vault, organisation) -> list:
    """Current consents for this organisation: a new purpose needs a new, specific consent."""
    if organisation is None:
        return []
    today = timezone.localdate()
    found = Consent.objects.filter(vault=vault, status=Status.GEGEVEN).filter(
        models_q_for(organisation)
    )
    return [consent for consent in found if consent.is_current(today)]


def _version_pdf(version) -> bytes:
    if version.renders_as_pdf():
        return dossier_api.read_viewable(version)
    return text_to_pdf(version.text, version.document.title)


def _basis(draft: ShareDraft, from_organisation: Organisation | None) -> str:
    """On what ground the data went: a current consent, the parents' own choice, or (passed on
    by another organisation) not known to us."""
    if from_organisation is not None:
        return Basis.UNKNOWN
    consent = consent_for(vault=draft.vault, organisation=draft.organisation, purpose=draft.purpose)
    return Basis.CONSENT if consent is not None else Basis.PARENTS


def _record_items(share: ShareEvent, draft: ShareDraft, documents) -> None:
    """One SharedItem per document, with the version shared and how long it may be kept."""
    until, until_text = keep_until(draft.organisation, share.shared_on)
    for document in documents:
        version = document.current
        SharedItem.objects.create(
            vault=draft.vault,
            share=share,
            document=document,
            title=document.title,
            version_number=version.number if version else 1,
            left_out_pages=sorted(draft.left_out.get(str(document.pk), [])),
            keep_until=until,
            keep_until_text=until_text,
        )


@transaction.atomic
def record_share(
    *,
    draft: ShareDraft,
    by,
    method: str,
    shared_on: date | None = None,
    from_organisation: Organisation | None = None,
    note: str = "",
    rules_answer: dict | None = None,
) -> ShareEvent:
    shared_on = shared_on or timezone.localdate()
    share = ShareEvent.objects.create(
        vault=draft.vault,
        organisation=draft.organisation,
        from_organisation=from_organisation,
        purpose_key=draft.purpose_key,
        purpose=draft.purpose,
        school_purpose=draft.school_purpose,
        partner_purpose=draft.partner_purpose,
        joint_purpose=draft.joint_purpose,
        compatible=draft.compatible,
        needs=draft.needs,
        stored_where=draft.stored_where,
        keep_for=draft.keep_for,
        who_sees=draft.who_sees,
        basis=_basis(draft, from_organisation),
        rules_answer=rules_answer or {},
        method=method,
        shared_on=shared_on,
        note=note,
        created_by=by,
    )
    documents = Document.objects.filter(vault=draft.vault, pk__in=draft.document_ids)
    _record_items(share, draft, documents)
    journal.record(
        vault=draft.vault,
        actor=by,
        action=Action.SHARE,
        obj=share,
        summary=ngettext(
            "%(n)s document gedeeld", "%(n)s documenten gedeeld", n := documents.count()
        )
        % {"n": n},
    )
    draft.delete()
    return share


def _until_for_school(items) -> str:
    dates = [item.keep_until for item in items if item.keep_until]
    return f"tot en met {date_format(min(dates), 'j F Y')}" if dates else ""


def cover_letter_for(share: ShareEvent, *, by) -> bytes:
    """The aanbiedingsbrief through the letter engine, stored in the dossier once."""
    items = list(share.items.all())
    produced = produce_letter(
        vault=share.vault,
        by=by,
        kind="aanbieding",
        tone="zakelijk",
        organisation=share.organisation,
        fields={
            "purpose": share.purpose,
            "documents": tuple(item.title for item in items),
            # Only a date reaches the school: keep_until_text is advice for the parent.
            "keep_until": _until_for_school(items),
        },
    )
    share.cover_letter = produced.letter.document
    share.save(update_fields=["cover_letter"])
    return produced.pdf


def package_pdf(share: ShareEvent, *, by) -> bytes:
    """Cover letter, then exactly the selected documents, each page with the footer burned in."""
    if share.cover_letter is not None and share.cover_letter.current is not None:
        cover = dossier_api.read_original(share.cover_letter.current)
    else:
        cover = cover_letter_for(share, by=by)
    parts = [PackagePart(_("Aanbiedingsbrief"), cover)]
    for item in share.items.select_related("document"):
        if item.document is None:
            continue
        version = (
            item.document.versions.filter(number=item.version_number).first()
            or item.document.current
        )
        parts.append(PackagePart(item.title, _version_pdf(version), set(item.left_out_pages)))
    footer = footer_text(
        share.organisation.name, date_format(share.shared_on, "j F Y"), share.purpose
    )
    return build_package(parts, footer)


def package_eml(share: ShareEvent, pdf: bytes) -> bytes:
    """An e-mail with the package attached, to open in the parent's own mail program."""
    message = EmailMessage()
    message["X-Unsent"] = "1"  # mail programs open it as a draft: the parent sends it
    if share.organisation.email:
        message["To"] = share.organisation.email
    # The purpose reads as part of the sentence, as in the cover letter (not pasted as typed).
    purpose = purpose_text(share.purpose)
    message["Subject"] = _("Documenten over %(child)s (doel: %(purpose)s)") % {
        "child": share.vault.child_name,
        "purpose": purpose,
    }
    message.set_content(
        _(
            "Geachte heer, mevrouw,\n\nIn de bijlage vindt u de documenten over %(child)s"
            "%(for_purpose)s, met een begeleidende brief.\n\nMet vriendelijke groet,\n\n%(name)s\n"
        )
        % {
            "child": share.vault.child_first_name(),
            "for_purpose": for_purpose(purpose),
            # Signed like the cover letter: the school reads who sent it.
            "name": share.created_by.display_name if share.created_by else "",
        }
    )
    message.add_attachment(
        pdf,
        maintype="application",
        subtype="pdf",
        filename=f"gedeeld-{share.shared_on.isoformat()}.pdf",
    )
    return message.as_bytes()


def request_deletion(*, items: list[SharedItem], by) -> object | None:
    """Ask an organisation to delete what it no longer needs (AVG art. 17), through a letter."""
    if not items:
        return None
    organisation = items[0].share.organisation
    with transaction.atomic():
        produced = produce_letter(
            vault=organisation.vault,
            by=by,
            kind="verwijdering",
            tone="zakelijk",
            organisation=organisation,
            fields={"items": tuple(item.title for item in items), "ground": "niet_meer_nodig"},
        )
        today = timezone.localdate()
        for item in items:
            item.set_status(HoldingStatus.DELETION_ASKED, today)
        journal.record(
            vault=organisation.vault,
            actor=by,
            action=Action.EDIT,
            obj=items[0].share,
            summary=ngettext(
                "Verwijdering gevraagd van %(n)s document",
                "Verwijdering gevraagd van %(n)s documenten",
                len(items),
            )
            % {"n": len(items)},
        )
    return produced


def record_answer(*, item: SharedItem, status: str, answer: str, by) -> None:
    with transaction.atomic():
        item.set_status(status, timezone.localdate(), answer)
        journal.record(
            vault=item.vault,
            actor=by,
            action=Action.EDIT,
            obj=item.share,
            summary=_("Antwoord van de organisatie vastgelegd"),
        )


@dataclass
class LedgerLine:
    item: SharedItem
    outdated: bool  # the organisation has an older version than the dossier now holds


@dataclass
class OrganisationLedger:
    organisation: Organisation
    lines: list[LedgerLine] = field(default_factory=list)


def ledger(vault, organisation: Organisation | None = None) -> list[OrganisationLedger]:
    items = (
        SharedItem.objects.filter(vault=vault)
        .select_related("share", "share__organisation", "share__from_organisation", "document")
        .order_by("share__organisation__name", "-share__shared_on")
    )
    if organisation is not None:
        items = items.filter(share__organisation=organisation)
    grouped: dict = {}
    for item in items:
        current = item.document.current if item.document else None
        outdated = bool(current and current.number > item.version_number)
        grouped.setdefault(item.share.organisation, []).append(LedgerLine(item, outdated))
    return [OrganisationLedger(org, lines) for org, lines in grouped.items()]


__all__ = ["ShareMethod", "keep_until", "ledger", "package_pdf", "record_share"]


DRAFT_FIELDS = (
    "organisation",
    "sender",
    "purpose_key",
    "purpose",
    "school_purpose",
    "partner_purpose",
    "joint_purpose",
    "compatible",
    "needs",
    "stored_where",
    "keep_for",
    "who_sees",
    "enrolled",
    "school_wants_to_send",
)


def start_draft(*, vault, by, **answers) -> ShareDraft:
    """A share in the making: the organisation and the answers to the purpose questions."""
    return ShareDraft.objects.create(
        vault=vault, created_by=by, **{k: v for k, v in answers.items() if k in DRAFT_FIELDS}
    )


def choose_documents(*, draft: ShareDraft, document_ids, left_out: dict) -> None:
    """The documents (and pages left out of them) the parent chose for this share."""
    draft.document_ids = sorted(document_ids)
    draft.left_out = left_out
    draft.save(update_fields=["document_ids", "left_out"])
