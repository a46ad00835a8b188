"""Writes to the dossier: importing through the one pipeline, versions, deleting for real."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs import contributions
from dossierwijs.core.documents.incoming import IncomingDocument, Source
from dossierwijs.core.documents.metadata import CARE_TYPES
from dossierwijs.core.documents.pipeline import (
    PipelineContext,
    PipelineStep,
    StepOutcome,
    run_pipeline,
)
from dossierwijs.vault import journal, readers
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.journal_model import Action
from dossierwijs.vault.models import BuddyGrant

from . import orphans, search
from .models import Document, DocumentType, DocumentVersion, ImportJob, Origin


class Duplicate(Exception):
    def __init__(self, document: Document):
        super().__init__(str(document.pk))
        self.document = document


@dataclass
class ImportOutcome:
    filename: str
    document: Document | None
    duplicate_of: Document | None
    errors: list[str]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors


def _store() -> BlobStore:
    return BlobStore.for_data_dir(settings.DATA_DIR)


# File names a scanner, phone or camera makes up: "scan_0001.pdf", "IMG_20260314_0932.jpg",
# "Document (3).pdf", "20260314093210.pdf". They say nothing; the document's own title does.
_MADE_UP_NAME = re.compile(
    r"^(?:scan|img|image|dsc|dscn|pxl|photo|foto|document|doc|file|bestand|afbeelding|"
    r"naamloos|untitled|scanned|cam|whatsapp image)?[\s_\-]*[\d\s_\-()]*$",
    re.IGNORECASE,
)


def _title_for(doc: IncomingDocument) -> str:
    if doc.email and doc.email.subject:
        return doc.email.subject[:300]
    name = doc.filename.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if doc.metadata and doc.metadata.title and _MADE_UP_NAME.match(stem):
        return doc.metadata.title[:300]
    return (stem.replace("_", " ").strip() or name)[:300]


def store_step(doc: IncomingDocument, context: PipelineContext) -> StepOutcome:
    """Encrypt and store the file, and record it as a document or as a new version."""
    vault = context.extra["vault"]
    store = _store()
    blob_id = store.blob_id(doc.data)
    existing = DocumentVersion.objects.filter(vault=vault, content_hash=blob_id).first()
    if existing is not None:
        doc.app_data["duplicate_of"] = existing.document
        doc.warnings.append(
            _("Dit bestand staat al in het dossier (%(title)s). Het is niet nog eens bewaard.")
            % {"title": existing.document.title}
        )
        return StepOutcome.DECLINED
    written: list[str] = []  # new blobs, removed again if the rows are not stored
    try:
        _store_blobs_and_rows(doc, context, store, blob_id, written)
    except BaseException:
        orphans.discard(store, written)
        raise
    return StepOutcome.DONE


def _store_blobs_and_rows(doc, context, store, blob_id: str, written: list[str]) -> None:
    vault = context.extra["vault"]
    member = context.extra.get("member")
    if orphans.put(store, doc.data)[1]:
        written.append(blob_id)
    pdf_blob_id = ""
    if doc.searchable_pdf:
        pdf_blob_id, new = orphans.put(store, doc.searchable_pdf)
        if new:
            written.append(pdf_blob_id)
    meta = doc.metadata
    suggested_type = meta.document_type.value if meta else DocumentType.OVERIG
    overrides = context.extra.get("overrides", {}) if doc.parent is None else {}
    with transaction.atomic():
        target = context.extra.get("new_version_of") if doc.parent is None else None
        if target is None:
            doc_type = overrides.get("doc_type") or suggested_type
            document = Document.objects.create(
                vault=vault,
                title=overrides.get("title") or _title_for(doc),
                doc_type=doc_type,
                organisation=(meta.organisation or "") if meta else "",
                author=((meta.author or "") if meta else "")[:300],
                document_date=meta.date if meta else None,
                received_date=timezone.localdate(),
                special_category=overrides.get(
                    "special_category",
                    (meta.special_category if meta else False) or doc_type in CARE_TYPES,
                ),
                origin=overrides.get("origin", Origin.UNKNOWN),
                email=doc.parent.app_data.get("document") if doc.parent else None,
                derived_from=overrides.get("derived_from"),
                created_by=member,
            )
            number = 1
        else:
            document = target
            number = (
                document.versions.order_by("-number").values_list("number", flat=True).first() or 0
            ) + 1
        DocumentVersion.objects.create(
            vault=vault,
            document=document,
            number=number,
            blob_id=blob_id,
            pdf_blob_id=pdf_blob_id,
            filename=doc.filename.rsplit("/", 1)[-1][:300],
            file_kind=str(doc.kind),
            size=len(doc.data),
            content_hash=blob_id,
            page_count=len(doc.pages),
            text=doc.text,
            ocr_pages=doc.ocr_pages,
            warnings=list(doc.warnings),
            note=overrides.get("note", ""),
            created_by=member,
        )
        search.index_document(document)
        journal.record(
            vault=vault,
            actor=member,
            action=Action.UPLOAD if number == 1 else Action.EDIT,
            obj=document,
            summary=_("Document toegevoegd")
            if number == 1
            else _("Nieuwe versie %(n)s") % {"n": number},
        )
        orphans.settle(written)
    doc.app_data["document"] = document


STORE = PipelineStep("store", "Versleuteld bewaren en doorzoekbaar maken", store_step)


def import_file(
    *,
    vault,
    by,
    filename: str,
    data: bytes,
    source: Source = Source.WEB,
    progress=None,
    new_version_of: Document | None = None,
    overrides: dict | None = None,
    should_stop=None,
) -> list[ImportOutcome]:
    """Run the one pipeline on one file (and its e-mail attachments); never raises for bad input."""
    incoming = IncomingDocument(filename=filename, data=data, source=source)
    context = PipelineContext(
        should_stop=should_stop,
        extra={
            "vault": vault,
            "member": by,
            "new_version_of": new_version_of,
            "overrides": overrides or {},
        },
    )
    result = run_pipeline(incoming, [STORE], progress, context=context)
    return [
        ImportOutcome(
            filename=d.filename,
            document=d.app_data.get("document"),
            duplicate_of=d.app_data.get("duplicate_of"),
            errors=list(d.errors),
            warnings=list(d.warnings),
        )
        for d in result.documents
    ]


def add_document(
    *,
    vault,
    by,
    filename: str,
    data: bytes,
    doc_type: str | None = None,
    title: str | None = None,
    origin: str = Origin.OWN,
    derived_from: Document | None = None,
    special_category: bool | None = None,
) -> Document:
    """Put a file that dossierwijs made (a letter, an abridged copy) into the dossier.

    Raises ``ValueError`` with a Dutch message if the file could not be stored.
    """
    overrides: dict = {"origin": origin}
    if doc_type:
        overrides["doc_type"] = doc_type
    if title:
        overrides["title"] = title
    if derived_from is not None:
        overrides["derived_from"] = derived_from
    if special_category is not None:
        overrides["special_category"] = special_category
    outcome = import_file(vault=vault, by=by, filename=filename, data=data, overrides=overrides)[0]
    if outcome.document is not None:
        return outcome.document
    if outcome.duplicate_of is not None:
        return outcome.duplicate_of
    raise ValueError(" ".join(outcome.errors) or _("Het document kon niet worden bewaard."))


def rebuild_search_index(*, vault, by) -> int:
    """Index every document of the vault again; returns how many (journaled)."""
    with transaction.atomic():
        count = search.rebuild(vault)
        journal.record(
            vault=vault,
            actor=by,
            action=Action.EDIT,
            object_type="search_index",
            summary=_("Zoekfunctie hersteld: %(n)s documenten opnieuw geïndexeerd") % {"n": count},
        )
    return count


def update_metadata(*, document: Document, by, **fields) -> None:
    with transaction.atomic():
        for name, value in fields.items():
            setattr(document, name, value)
        document.metadata_confirmed = True
        document.save()
        readers.sync_document(document.pk)
        search.index_document(document)
        journal.record(
            vault=document.vault,
            actor=by,
            action=Action.EDIT,
            obj=document,
            summary=_("Gegevens van een document gewijzigd"),
        )


def delete_document(*, document: Document, by) -> None:
    """Delete for real: every version's blob and the search entry. The journal keeps only that it happened."""
    from django.contrib.contenttypes.models import ContentType

    store = _store()
    blob_ids = set()
    for version in document.versions.all():
        blob_ids.update(b for b in (version.blob_id, version.pdf_blob_id) if b)
    with transaction.atomic():
        # What other apps derived from this document goes with it, before the row itself.
        contributions.call_all("before_document_delete", document, by)
        readers.sync_document(document.pk)  # before its grants go: whose store lists it
        BuddyGrant.objects.filter(
            content_type=ContentType.objects.get_for_model(Document), object_id=str(document.pk)
        ).delete()
        search.remove_document(document.pk)
        journal.record(
            vault=document.vault,
            actor=by,
            action=Action.DELETE,
            object_type="document",
            object_id=str(document.pk),
            summary=_("Document verwijderd"),
        )
        document.delete()
    still_used = set(
        DocumentVersion.objects.filter(blob_id__in=blob_ids).values_list("blob_id", flat=True)
    ) | set(
        DocumentVersion.objects.filter(pdf_blob_id__in=blob_ids).values_list(
            "pdf_blob_id", flat=True
        )
    )
    for blob_id in blob_ids - still_used:
        store.delete(blob_id)


def export_documents(vault, options: frozenset[str] = frozenset()):
    """Every version of every document in its original form, for "Alles downloaden"."""
    store = _store()
    index = []
    for document in Document.objects.filter(vault=vault).prefetch_related("versions"):
        for version in document.versions.all():
            name = f"documenten/{document.pk}/v{version.number}-{version.filename}"
            index.append(
                {
                    "document": str(document.pk),
                    "titel": document.title,
                    "versie": version.number,
                    "bestand": name,
                }
            )
            yield name, store.get(version.blob_id)
    yield "documenten/index.json", json.dumps(index, ensure_ascii=False, indent=2).encode()


def plant_canary(*, vault, member, filename: str, text: str):
    """Used by the canary test: store a document through the real pipeline."""
    return import_file(vault=vault, by=member, filename=filename, data=text.encode("utf-8"))


def clear_finished_imports(*, vault) -> None:
    """Remove the finished lines from the import progress list (the documents stay)."""
    ImportJob.objects.filter(vault=vault, finished_at__isnull=False).delete()
