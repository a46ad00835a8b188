"""Producing a letter: write it, render it, keep the PDF in the dossier, journal it.

When the parents write for a child of 16+, the young person's written authorisation is
produced and kept with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.core import letters as engine
from dossierwijs.core.letters import Letter
from dossierwijs.core.letters.mailto import mailto_link, mailto_warnings
from dossierwijs.core.letters.model import Writer, dutch_date
from dossierwijs.dossier.models import DocumentType, Origin
from dossierwijs.dossier.services import add_document
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .for_next_time import remember_organisation
from .models import Letter as LetterRow
from .stored import letter_to_json
from .writing import address_book_row, apply_edit, compose, kind_title


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
        organisation=address_book_row(organisation),
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
