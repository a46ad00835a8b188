"""A letter once kept: download it again, or delete it for real."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.core import letters as engine
from dossierwijs.dossier import api as dossier_api
from dossierwijs.dossier.services import delete_document
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import Letter as LetterRow
from .stored import letter_from_json


def render(row: LetterRow, fmt: str):
    """The stored letter again as a core ProducedLetter in ``fmt`` (pdf, docx, eml, txt)."""
    if fmt == "pdf" and row.document is not None:
        version = row.document.versions.order_by("-number").first()
        if version is not None:
            content = dossier_api.read_original(version)
            return engine.ProducedLetter(version.filename, engine.FORMATS["pdf"][0], content)
    return engine.produce(letter_from_json(row.letter_data), fmt)


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
