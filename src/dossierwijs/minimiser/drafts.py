"""A draft of an abridged copy: started from the document's current version (a Word file
converted, a scan read again), thrown away when outdated or when the document goes.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import run_limited
from dossierwijs.core.minimiser import analysis
from dossierwijs.core.minimiser.docx import ConversionError, docx_to_pdf
from dossierwijs.dossier import api as documents

from .models import AbridgeDraft


class AbridgeError(Exception):
    """A step could not be done; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def source_kind(document) -> str | None:
    """How the steps get a PDF with words in place, or None: this cannot be abridged.

    "pdf": a PDF with text, or the searchable PDF of a photo; "scan": a scanned PDF whose
    text came from OCR (read again, with the words' places); "docx": converted first.
    """
    version = document.current
    if version is None:
        return None
    if version.file_kind == "pdf" and not version.pdf_blob_id and version.ocr_pages:
        return "scan"
    if version.renders_as_pdf():
        return "pdf"
    if version.file_kind == "docx":
        return "docx"
    return None


def current_draft(drafts, document) -> AbridgeDraft | None:
    """The draft of this document's current version; an outdated one is thrown away."""
    version = document.current
    for draft in drafts.filter(document=document, made_copy__isnull=True):
        if version is not None and draft.version_number == version.number:
            return draft
        discard(draft)
    return None


def start_draft(*, document, by) -> AbridgeDraft:
    """Begin: a Word file is converted, a scan read again (in a limited child; takes a moment)."""
    kind = source_kind(document)
    version = document.current
    if kind is None or version is None:
        raise AbridgeError(_("Van dit soort bestand kan dossierwijs geen verkorte versie maken."))
    converted = kind in ("docx", "scan")
    if converted:
        original = documents.read_original(version)
        try:
            if kind == "docx":
                pdf = run_limited(docx_to_pdf, original, seconds=150, cpu_seconds=120)
            else:
                seconds = min(900, 60 + 60 * max(version.page_count, 1))
                pdf = run_limited(analysis.searchable_scan, original, seconds=seconds)
        except ConversionError as error:
            raise AbridgeError(error.message) from None
        except DocumentError as error:
            raise AbridgeError(error.message) from None
        source_blob_id = documents.keep_working_file(pdf)
    else:
        source_blob_id = version.viewable_blob_id()
        pdf = documents.read_viewable(version)
    try:
        layout = run_limited(analysis.read_layout, pdf, seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    return AbridgeDraft.objects.create(
        vault=document.vault,
        document=document,
        version_number=version.number,
        source_blob_id=source_blob_id,
        converted=converted,
        layout=layout,
        created_by=by,
    )


def layout_of(document) -> dict:
    """The sections and page sizes of a PDF document, read without making a draft."""
    version = document.current
    try:
        return run_limited(analysis.read_layout, documents.read_viewable(version), seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None


def discard(draft: AbridgeDraft) -> None:
    """Remove a draft; its own PDF (from a Word file or scan) goes with it."""
    draft.delete()
    forget_source(draft)


def forget_drafts_of(document, by) -> None:
    """The document is being deleted: its drafts and the PDFs made for them go too.

    Called by the dossier inside its delete transaction (``before_document_delete``).
    """
    for draft in AbridgeDraft.objects.filter(document=document):
        discard(draft)


def forget_source(draft: AbridgeDraft) -> None:
    """After a draft is deleted: delete the PDF made for it alone, once nothing uses it."""
    blob_id = draft.source_blob_id if draft.converted else ""
    if not blob_id:
        return

    def delete_if_unused():
        documents.forget_working_file(
            blob_id, still_used=AbridgeDraft.objects.filter(source_blob_id=blob_id).exists()
        )

    transaction.on_commit(delete_if_unused)


def source_pdf(draft: AbridgeDraft) -> bytes:
    return documents.read_working_file(draft.source_blob_id)
