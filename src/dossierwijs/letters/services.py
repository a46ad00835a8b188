"""Producing letters: write through the letter engine, keep the PDF in the dossier, journal it.

Public API (used by the letters views, the CLI and the rights app)::

    letter_context(*, vault, by, organisation=None, sign_as_both=True, extra=None)
    produce_letter(*, vault, by, kind, tone, fields, organisation=None,
                   sign_as_both=True, edited_text=None, attachments=(), extra=None)
        -> ProducedLetter
    compose(*, vault, by, kind, tone, fields, organisation=None, sign_as_both=True,
            extra=None) -> core Letter   (for the preview; nothing stored)
    editable_text(letter) -> str          (what the preview textarea holds)
    render(letter_row, fmt) -> core ProducedLetter (download again: pdf, docx, eml, txt)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from dataclasses import fields as dc_fields
from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import Contact, ContactRole, Organisation, OrganisationKind
from dossierwijs.core import letters as engine
from dossierwijs.core.letters import Letter, LetterError, MissingData
from dossierwijs.core.letters.kinds.mentor_update import SchoolYearNotes
from dossierwijs.core.letters.mailto import mailto_link, mailto_warnings
from dossierwijs.core.letters.model import Writer, dutch_date
from dossierwijs.dossier import api as dossier_api
from dossierwijs.dossier.models import DocumentType, Origin
from dossierwijs.dossier.services import add_document, delete_document
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .context import EXTRA_KEYS, letter_context, parents_of, parse_address
from .models import Letter as LetterRow
from .stored import letter_from_json, letter_to_json

__all__ = [
    "EXTRA_KEYS",
    "ProducedLetter",
    "compose",
    "editable_text",
    "kind_title",
    "letter_context",
    "letter_from_json",
    "letter_to_json",
    "parents_of",
    "parse_address",
    "produce_letter",
    "render",
]


@dataclass
class ProducedLetter:
    """What produce_letter made. ``eml`` is None and ``mailto`` "" without an e-mail address."""

    letter: LetterRow
    core: Letter
    pdf: bytes
    docx: bytes
    eml: bytes | None
    mailto: str
    mailto_warnings: list[str] = field(default_factory=list)
    authorisation: LetterRow | None = None  # the machtiging for a 16+ child, when produced


def kind_title(kind: str) -> str:
    """``"Inzageverzoek (artikel 15 AVG)"`` -> ``"Inzageverzoek"``."""
    label = engine.get_kind(kind).label
    return re.sub(r"\s*\(.*\)\s*$", "", label.split(":")[0]).strip()


def _input(kind: str, fields: dict) -> Any:
    input_type = engine.input_type(kind)
    names = {f.name for f in dc_fields(input_type)}
    unknown = set(fields) - names
    if unknown:
        raise LetterError(
            _("Onbekende velden voor deze brief: %(v)s.") % {"v": ", ".join(sorted(unknown))}
        )
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
    try:
        return input_type(**values)
    except TypeError:
        missing = [f.label for f in engine.form_fields(kind) if f.required and f.name not in values]
        raise MissingData(missing) from None


def compose(
    *,
    vault,
    by,
    kind: str,
    tone: str,
    fields: dict,
    organisation=None,
    sign_as_both: bool = True,
    extra: dict | None = None,
    attachments=(),
):
    """Write the letter (nothing stored). Returns ``(letter, data, ctx)``.

    Raises MissingData (Dutch labels of what to ask for) or LetterError.
    """
    ctx = letter_context(
        vault=vault, by=by, organisation=organisation, sign_as_both=sign_as_both, extra=extra
    )
    if attachments:
        ctx = replace(ctx, attachments=(*ctx.attachments, *attachments))
    if kind == "mentor_update":
        if "previous" not in fields:
            fields = {**fields, "previous": last_school_year(vault, fields.get("school_year", ""))}
        ctx = replace(ctx, recipient=_to_the_mentor(ctx.recipient, organisation, extra or {}))
    data = _input(kind, fields)
    return engine.write_letter(kind, data, ctx, tone), data, ctx


def _to_the_mentor(recipient, organisation, extra: dict):
    """The mentor letter goes to the mentor's own address, never the general mailbox.

    The mentor is the contact chosen in the form, or the organisation's contact with the
    role mentor. Without a mentor's e-mail address the letter has no e-mail recipient (to
    print, or to fill in by hand) rather than the school's general address.
    """
    mentor = extra.get("contact_person")
    if not isinstance(mentor, Contact):
        row = _organisation_row(organisation)
        mentor = (
            row.contacts.filter(role=ContactRole.MENTOR).order_by("name").first()
            if row is not None
            else None
        )
    if mentor is None:
        return replace(recipient, email="")
    return replace(recipient, email=mentor.email or "", contact_person=mentor.name)


def last_school_year(vault, school_year: str):
    """Last year's mentor letter as SchoolYearNotes, so the new one can compare (or None)."""
    names = [f.name for f in dc_fields(SchoolYearNotes)]
    for row in LetterRow.objects.filter(vault=vault, kind="mentor_update").order_by("-created_at"):
        data = row.fields_data or {}
        if not data.get("school_year") or data["school_year"].strip() == school_year.strip():
            continue
        try:
            return SchoolYearNotes(
                **{n: tuple(data[n]) if isinstance(data[n], list) else data[n] for n in names}
            )
        except (KeyError, TypeError):
            continue
    return None


def editable_text(letter: Letter) -> str:
    """The paragraphs of the letter as the parent edits them (blank line between blocks)."""
    blocks = []
    for paragraph in letter.paragraphs:
        lines = [paragraph.text] if paragraph.text else []
        lines += [f"- {item}" for item in paragraph.items]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def apply_edit(letter: Letter, edited_text: str, data, ctx) -> Letter:
    """The letter with the parent's text; refuses when an essential fact was edited away."""
    if not edited_text or not edited_text.strip():
        raise LetterError(_("De tekst van de brief is leeg."))
    edited = letter.with_edited_body(edited_text.replace("\r\n", "\n"))
    lost = engine.check_edited(edited, data, ctx)
    if lost:
        raise LetterError(
            _(
                "Na uw aanpassing mist de brief iets wat er altijd in moet staan: %(facts)s. "
                "Zet dat terug in de tekst, of begin opnieuw met de voorgestelde tekst."
            )
            % {"facts": "; ".join(lost)}
        )
    leftovers = engine.placeholders_in(edited.full_text())
    if leftovers:
        raise LetterError(
            _(
                "In de tekst staat nog iets dat op een open plek lijkt (%(p)s). "
                "Vul het in of haal het weg."
            )
            % {"p": ", ".join(dict.fromkeys(leftovers))}
        )
    return edited


def render(row: LetterRow, fmt: str):
    """The stored letter again as a core ProducedLetter in ``fmt`` (pdf, docx, eml, txt)."""
    if fmt == "pdf" and row.document is not None:
        version = row.document.versions.order_by("-number").first()
        if version is not None:
            content = dossier_api.read_original(version)
            return engine.ProducedLetter(version.filename, engine.FORMATS["pdf"][0], content)
    return engine.produce(letter_from_json(row.letter_data), fmt)


def _organisation_row(organisation):
    return organisation if isinstance(organisation, Organisation) else None


def _plain_fields(fields: dict) -> dict:
    """The answers that can be kept as JSON (files and objects left out)."""
    kept: dict = {}
    for name, value in fields.items():
        if isinstance(value, str | bool | int) or value is None:
            kept[name] = value
        elif isinstance(value, date):
            kept[name] = value.isoformat()
        elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            kept[name] = list(value)
    return kept


def _store(
    *, vault, by, kind, tone, letter: Letter, organisation, title: str, fields: dict | None = None
) -> tuple[LetterRow, bytes]:
    pdf = engine.produce(letter, "pdf")
    document = add_document(
        vault=vault,
        by=by,
        filename=pdf.filename,
        data=pdf.content,
        doc_type=DocumentType.BRIEF,
        title=title[:300],
        origin=Origin.OWN,
    )
    row = LetterRow.objects.create(
        vault=vault,
        kind=kind,
        tone=tone,
        title=title[:300],
        organisation=_organisation_row(organisation),
        organisation_name=letter.recipient_lines[0] if letter.recipient_lines else "",
        document=document,
        text=letter.full_text(),
        letter_data=letter_to_json(letter),
        fields_data=_plain_fields(fields or {}),
        created_by=by,
    )
    journal.record(
        vault=vault,
        actor=by,
        action=Action.LETTER,
        obj=row,
        summary=_("%(kind)s gemaakt") % {"kind": kind_title(kind)},
    )
    return row, pdf.content


def produce_letter(
    *,
    vault,
    by,
    kind: str,
    tone: str,
    fields: dict,
    organisation=None,
    sign_as_both: bool = True,
    edited_text: str | None = None,
    attachments=(),
    extra: dict | None = None,
) -> ProducedLetter:
    """Write, render and keep one letter.

    ``fields``: the kind's input values (``core.letters.form_fields(kind)`` names;
    lists become tuples). ``attachments``: core Attachments that go with the letter
    (e-mail attachments, listed under "Bijlagen"). ``extra``: see
    ``context.EXTRA_KEYS`` (address typed in, writer for a 16+ child, date, ...).
    The PDF goes into the dossier as a document of type "brief"; the journal
    records Action.LETTER. When the parents write for a child of 16+
    (``extra["writer"] = "ouders_met_machtiging"``), the young person's written
    authorisation is produced and stored too (``result.authorisation``).

    Raises MissingData (Dutch labels of what is missing) or LetterError (a Dutch
    message, e.g. an essential fact edited away). Nothing is stored then.
    """
    letter, data, ctx = compose(
        vault=vault,
        by=by,
        kind=kind,
        tone=tone,
        fields=fields,
        organisation=organisation,
        sign_as_both=sign_as_both,
        extra=extra,
        attachments=attachments,
    )
    if edited_text is not None:
        letter = apply_edit(letter, edited_text, data, ctx)
    authorisation_letter = _authorisation_letter(kind, fields, ctx, tone)
    docx = engine.produce(letter, "docx").content
    eml = engine.produce(letter, "eml").content if letter.to else None
    mailto = mailto_link(letter) if letter.to else ""
    warnings = mailto_warnings(letter) if letter.to else []
    with transaction.atomic():
        if kind != "mentor_update":  # the mentor's own address is not the organisation's
            organisation = remember_organisation(
                vault=vault, by=by, organisation=organisation, recipient=ctx.recipient
            )
        row, pdf = _store(
            vault=vault,
            by=by,
            kind=kind,
            tone=tone,
            letter=letter,
            organisation=organisation,
            title=_letter_title(kind, tone, ctx),
            fields=fields,
        )
        companion = None
        if authorisation_letter is not None:
            companion = _store_authorisation(
                vault=vault,
                by=by,
                tone=tone,
                letter=authorisation_letter,
                organisation=organisation,
                ctx=ctx,
                main=row,
            )
    return ProducedLetter(
        letter=row,
        core=letter,
        pdf=pdf,
        docx=docx,
        eml=eml,
        mailto=mailto,
        mailto_warnings=warnings,
        authorisation=companion,
    )


def _authorisation_letter(kind: str, fields: dict, ctx, tone: str) -> Letter | None:
    """The young person's written authorisation, when the parents write for a child of 16+."""
    if ctx.writer is not Writer.OUDERS_MET_MACHTIGING or kind == "machtiging":
        return None
    # The machtiging covers this request only (a reminder: the request it follows up).
    request = fields.get("request_kind", "inzage") if kind == "herinnering" else kind
    return engine.write_letter(
        "machtiging", engine.input_type("machtiging")(request=request), ctx, tone
    )


def _letter_title(kind: str, tone: str, ctx) -> str:
    # The tone is in the title: three versions of one letter are told apart in every list.
    return _("%(kind)s aan %(org)s – %(date)s (%(tone)s)") % {
        "kind": kind_title(kind),
        "org": ctx.recipient.name,
        "date": dutch_date(ctx.date),
        "tone": engine.TONE_LABELS.get(tone, tone).lower(),
    }


def _store_authorisation(
    *, vault, by, tone: str, letter: Letter, organisation, ctx, main: LetterRow
) -> LetterRow:
    """Keep the authorisation as its own letter, linked to the letter it goes with."""
    companion, _pdf = _store(
        vault=vault,
        by=by,
        kind="machtiging",
        tone=tone,
        letter=letter,
        organisation=organisation,
        title=_("Machtiging van %(child)s voor %(org)s – %(date)s")
        % {"child": ctx.child.name, "org": ctx.recipient.name, "date": dutch_date(ctx.date)},
    )
    main.companion = companion
    main.save(update_fields=["companion"])
    return companion


def remember_organisation(*, vault, by, organisation, recipient):
    """Keep the organisation typed into a letter in the address book (one place for all apps).

    A name typed instead of chosen becomes an address-book entry (or finds the one with the
    same name); an e-mail address or postal address typed for a known organisation fills
    its empty fields. The next letter and the share e-mail then have a recipient.
    Returns the address-book row, or None when there is no name.
    """
    row = _organisation_row(organisation)
    name = (recipient.name or "").strip()
    if row is None:
        if not name:
            return None
        row = Organisation.objects.filter(vault=vault, name__iexact=name).first()
        if row is None:
            school = name.lower() == (vault.school_name or "").strip().lower()
            row = Organisation.objects.create(
                vault=vault,
                name=name,
                kind=OrganisationKind.SCHOOL if school else OrganisationKind.OVERIG,
            )
            journal.record(
                vault=vault,
                actor=by,
                action=Action.EDIT,
                obj=row,
                summary=_("Organisatie toegevoegd vanuit een brief"),
            )
    changed = []
    if recipient.email and not row.email:
        row.email = recipient.email
        changed.append("email")
    if recipient.address is not None and not row.address.strip():
        row.address = "\n".join(recipient.address.lines())
        changed.append("address")
    if changed:
        row.save(update_fields=changed)
        journal.record(
            vault=vault,
            actor=by,
            action=Action.EDIT,
            obj=row,
            summary=_("Adresgegevens van de organisatie aangevuld vanuit een brief"),
        )
    return row


def save_missing_data(
    *, vault, member, address: str = "", email: str = "", birth_date: date | None = None
) -> list[str]:
    """Keep data typed into a letter form for next time; returns Dutch labels of what was saved."""
    saved = []
    address = "\n".join(line.strip() for line in address.strip().splitlines() if line.strip())
    with transaction.atomic():
        changed = []
        if address and address != member.postal_address.strip().replace("\r\n", "\n"):
            member.postal_address = address
            changed.append("postal_address")
            saved.append(_("uw adres"))
        if email.strip() and email.strip() != member.email:
            member.email = email.strip()
            changed.append("email")
            saved.append(_("uw e-mailadres"))
        if changed:
            member.save(update_fields=changed)
            journal.record(
                vault=vault,
                actor=member,
                action=Action.EDIT,
                obj=member,
                summary=_("Contactgegevens aangevuld vanuit een brief"),
            )
        if birth_date is not None and vault.child_birth_date != birth_date:
            vault.child_birth_date = birth_date
            vault.save(update_fields=["child_birth_date"])
            journal.record(
                vault=vault,
                actor=member,
                action=Action.EDIT,
                obj=vault,
                summary=_("Geboortedatum van het kind ingevuld"),
            )
            saved.append(_("de geboortedatum van uw kind"))
    return saved


def forget_letters_of(document, by) -> None:
    """A letter's PDF is deleted from the dossier: its text goes too (deleting is for real).

    Called by the dossier inside its delete transaction (``before_document_delete``).
    """
    LetterRow.objects.filter(document=document).delete()


def delete_letter(*, letter: LetterRow, by) -> None:
    """Delete a letter for real: its record, its text and its PDF in the dossier."""
    with transaction.atomic():
        document = letter.document
        journal.record(
            vault=letter.vault,
            actor=by,
            action=Action.DELETE,
            object_type="letter",
            object_id=str(letter.pk),
            summary=_("Brief verwijderd"),
        )
        letter.delete()
        if document is not None:
            delete_document(document=document, by=by)
