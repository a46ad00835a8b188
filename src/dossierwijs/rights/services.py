"""Writes for rights requests: each in one transaction, each written to the journal.

Letters (the request itself, the reminder, the complaint to the Autoriteit Persoonsgegevens)
are produced by the letters app (``dossierwijs.letters.services.produce_letter``), which also
stores them in the dossier. Never put names or document text in a journal summary.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import Organisation, OrganisationKind
from dossierwijs.core.letters import Attachment
from dossierwijs.core.letters.kinds.timeline import Reply
from dossierwijs.dossier import api as dossier_api
from dossierwijs.dossier.models import Origin
from dossierwijs.dossier.services import add_document
from dossierwijs.letters.services import produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import (
    CalendarToken,
    ReplyKind,
    RightsReply,
    RightsRequest,
    SentHow,
    new_calendar_secret,
)

# A letter by post usually arrives within two working days; the parent can change the date.
# Not a legal rule (the AVG counts from actual receipt), only a starting suggestion.
POST_DAYS = 2


def suggested_received_on(sent_on: date, how: str) -> date:
    """When the organisation probably received the request: the same day, or 2 days for post."""
    if how == SentHow.POST:
        return sent_on + timedelta(days=POST_DAYS)
    return sent_on


def _record(rights_request: RightsRequest, by, summary: str, action: str = Action.EDIT) -> None:
    journal.record(
        vault=rights_request.vault, actor=by, action=action, obj=rights_request, summary=summary
    )


def start_request(
    *,
    vault,
    by,
    kind: str,
    organisation,
    tone: str,
    fields: dict,
    on_behalf_of_both: bool = True,
    extra: dict | None = None,
    notes: str = "",
):
    """Produce the request letter through the letters app and start tracking it.

    Returns ``(request, produced)``. Raises the letter engine's MissingData or LetterError
    (Dutch messages) before anything is stored.
    """
    with transaction.atomic():
        produced = produce_letter(
            vault=vault,
            by=by,
            kind=kind,
            tone=tone,
            fields=fields,
            organisation=organisation,
            sign_as_both=on_behalf_of_both,
            extra=extra,
        )
        rights_request = RightsRequest.objects.create(
            vault=vault,
            kind=kind,
            organisation=organisation,
            on_behalf_of_both=on_behalf_of_both,
            letter=produced.letter.document,
            notes=notes,
            created_by=by,
        )
        _record(rights_request, by, _("Verzoek gestart"))
    return rights_request, produced


def organisation_for_letter(*, vault, letter):
    """The address-book organisation a produced letter went to; added when it was typed in."""
    if letter.organisation_id is not None:
        return letter.organisation
    name = (letter.organisation_name or "").strip() or _("Onbekende organisatie")
    found = Organisation.objects.filter(vault=vault, name=name).first()
    if found is not None:
        return found
    kind = OrganisationKind.SCHOOL if name == vault.school_name else OrganisationKind.OVERIG
    return Organisation.objects.create(vault=vault, name=name, kind=kind)


def signed_by_several(letter) -> bool:
    """True when more than one person signed the produced letter (both parents)."""
    import json

    return len(json.loads(letter.letter_data or "{}").get("signatures") or ()) > 1


def track_letter(*, vault, by, letter, notes: str = "") -> RightsRequest:
    """Start tracking a rights request whose letter was made on the Brieven pages."""
    with transaction.atomic():
        rights_request = RightsRequest.objects.create(
            vault=vault,
            kind=letter.kind,
            organisation=organisation_for_letter(vault=vault, letter=letter),
            on_behalf_of_both=signed_by_several(letter),
            letter=letter.document,
            notes=notes,
            created_by=by,
        )
        _record(rights_request, by, _("Verzoek gestart"))
    return rights_request


def mark_sent(
    *, rights_request: RightsRequest, by, on: date, how: str, received_on: date | None = None
):
    with transaction.atomic():
        rights_request.mark_sent(
            on=on, how=how, received_on=received_on or suggested_received_on(on, how)
        )
        _record(rights_request, by, _("Verzoek gemarkeerd als verstuurd"))


def record_extension(*, rights_request: RightsRequest, by, announced_on: date, with_reasons: bool):
    with transaction.atomic():
        rights_request.record_extension(announced_on=announced_on, with_reasons=with_reasons)
        _record(rights_request, by, _("Verlenging vastgelegd"))


def record_reply(
    *,
    rights_request: RightsRequest,
    by,
    received_on: date,
    kind: str,
    note: str = "",
    upload: tuple[str, bytes] | None = None,
    document=None,
    with_reasons: bool = False,
) -> RightsReply:
    """Keep a reply: an uploaded file goes into the dossier first, or an existing document.

    A reply of kind "verlenging" also records the extension (date = the day it came in).
    Raises ValueError (Dutch) when the upload could not be stored.
    """
    with transaction.atomic():
        if upload is not None:
            filename, data = upload
            document = add_document(
                vault=rights_request.vault,
                by=by,
                filename=filename,
                data=data,
                origin=Origin.RECEIVED,
            )
            fresh = timezone.localtime(document.created_at).date() == timezone.localdate()
            if fresh and document.received_date != received_on:  # not a duplicate of an old one
                document.received_date = received_on
                document.organisation = document.organisation or rights_request.organisation.name
                document.save(update_fields=["received_date", "organisation"])
        reply = RightsReply.objects.create(
            vault=rights_request.vault,
            request=rights_request,
            received_on=received_on,
            kind=kind,
            document=document,
            note=note,
            created_by=by,
        )
        if kind == ReplyKind.VERLENGING:
            rights_request.record_extension(announced_on=received_on, with_reasons=with_reasons)
        else:
            rights_request.record_reply_status(kind)
        _record(rights_request, by, _("Reactie vastgelegd"))
    return reply


def _history_fields(rights_request: RightsRequest) -> dict:
    return {
        "request_kind": rights_request.kind,
        "sent_on": rights_request.sent_on,
        "how": rights_request.how or SentHow.EMAIL,
        "received_on": rights_request.received_on,
        "extension_on": rights_request.extension_announced_on,
        "extension_with_reasons": rights_request.extension_with_reasons,
        "replies": tuple(
            Reply(r.received_on, r.note.strip() or str(ReplyKind(r.kind).label).lower())
            for r in rights_request.replies.all()
        ),
        "reminder_on": rights_request.reminder_on,
    }


def _letter_attachments(rights_request: RightsRequest) -> tuple:
    """The request, the reminder and the replies, to send along with the complaint.

    The AP asks for copies of the request, the reminder and what came back; they are read
    from the dossier (decrypted in memory only).
    """
    import mimetypes

    documents = [rights_request.letter, rights_request.reminder_letter]
    documents += [reply.document for reply in rights_request.replies.select_related("document")]
    found, seen = [], set()
    for document in documents:
        version = document.current if document is not None else None
        if version is None or version.blob_id in seen:
            continue
        seen.add(version.blob_id)
        mime = mimetypes.guess_type(version.filename)[0] or "application/octet-stream"
        found.append(Attachment(version.filename, dossier_api.read_original(version), mime))
    return tuple(found)


def make_reminder(*, rights_request: RightsRequest, by, tone: str, answer_within_days: int = 14):
    """Produce the herinnering (only after the deadline passed: the engine refuses before)."""
    fields = _history_fields(rights_request)
    fields.pop("reminder_on")
    fields["answer_within_days"] = answer_within_days
    with transaction.atomic():
        produced = produce_letter(
            vault=rights_request.vault,
            by=by,
            kind="herinnering",
            tone=tone,
            fields=fields,
            organisation=rights_request.organisation,
            sign_as_both=rights_request.on_behalf_of_both,
        )
        rights_request.reminder_letter = produced.letter.document
        rights_request.record_reminder(on=timezone.localdate())
        _record(rights_request, by, _("Herinnering gemaakt"))
    return produced


def make_complaint(*, rights_request: RightsRequest, by, tone: str, problem: str = ""):
    """Produce the complaint to the Autoriteit Persoonsgegevens with the timeline filled in."""
    fields = _history_fields(rights_request)
    fields.update(
        organisation=rights_request.organisation.name,
        problem=problem,
        attachments=_letter_attachments(rights_request),
    )
    with transaction.atomic():
        produced = produce_letter(
            vault=rights_request.vault,
            by=by,
            kind="klacht_ap",
            tone=tone,
            fields=fields,
            organisation=rights_request.organisation,
            sign_as_both=rights_request.on_behalf_of_both,
        )
        rights_request.complaint_letter = produced.letter.document
        rights_request.save(update_fields=["complaint_letter"])
        _record(rights_request, by, _("Klacht voor de Autoriteit Persoonsgegevens gemaakt"))
    return produced


def record_complaint_filed(*, rights_request: RightsRequest, by, on: date):
    with transaction.atomic():
        rights_request.record_complaint(on=on)
        _record(rights_request, by, _("Klacht ingediend bij de Autoriteit Persoonsgegevens"))


def mark_done(*, rights_request: RightsRequest, by):
    with transaction.atomic():
        rights_request.mark_done()
        _record(rights_request, by, _("Verzoek afgerond"))


def update_notes(*, rights_request: RightsRequest, by, notes: str):
    with transaction.atomic():
        rights_request.notes = notes
        rights_request.save(update_fields=["notes"])
        _record(rights_request, by, _("Notities bij een verzoek gewijzigd"))


def calendar_token(vault) -> CalendarToken:
    """The vault's calendar token, made on first use."""
    token, _created = CalendarToken.objects.get_or_create(vault=vault)
    return token


def regenerate_calendar_token(*, vault, by) -> CalendarToken:
    """A new secret: the old subscription link stops working at once."""
    with transaction.atomic():
        token = calendar_token(vault)
        token.token = new_calendar_secret()
        token.created_at = timezone.now()
        token.save()
        journal.record(
            vault=vault,
            actor=by,
            action=Action.EDIT,
            obj=token,
            summary=_("Nieuwe agenda-link gemaakt"),
        )
    return token
