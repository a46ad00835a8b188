"""Writing a letter through the letter engine, for the preview and before it is kept:
nothing is stored here.
"""

from __future__ import annotations

import re
from dataclasses import fields as dc_fields
from dataclasses import replace
from typing import Any

from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import Contact, ContactRole, Organisation
from dossierwijs.core import letters as engine
from dossierwijs.core.letters import Letter, LetterError, MissingData
from dossierwijs.core.letters.kinds.mentor_update import SchoolYearNotes

from .context import letter_context
from .models import Letter as LetterRow


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
        row = address_book_row(organisation)
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


def address_book_row(organisation):
    """The address-book Organisation a letter is to, or None when it was typed in."""
    return organisation if isinstance(organisation, Organisation) else None
