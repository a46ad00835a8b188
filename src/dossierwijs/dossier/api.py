"""The dossier's document API: how every other app reads, adds, replaces and deletes documents.

No other app touches the blob store: what an app keeps of a document's bytes (a PDF made
from a Word file for the abridge steps, say) is a *working file* kept here, encrypted like
every document, and deleted when nothing uses it any more.
"""

from __future__ import annotations

from django.conf import settings

from dossierwijs.vault.blobs import BlobStore, BlobWriter

from .models import Document, DocumentType, DocumentVersion, Origin
from .services import add_document, delete_document, import_file, update_metadata

__all__ = [
    "Document",
    "DocumentType",
    "DocumentVersion",
    "Origin",
    "add_document",
    "delete_document",
    "file_id_of",
    "forget_working_file",
    "import_file",
    "is_dossier_file",
    "keep_working_file",
    "read_original",
    "read_viewable",
    "read_working_file",
    "read_working_file_range",
    "replace_document",
    "update_metadata",
    "working_file_size",
    "working_file_writer",
]


def _store() -> BlobStore:
    return BlobStore.for_data_dir(settings.DATA_DIR)


def read_original(version: DocumentVersion) -> bytes:
    """The version's bytes as they were added (decrypted in memory)."""
    return _store().get(version.blob_id)


def read_viewable(version: DocumentVersion) -> bytes:
    """The PDF a person looks at: the original PDF, or the PDF made from a photo or scan."""
    return _store().get(version.viewable_blob_id())


def replace_document(*, vault, by, document: Document, filename: str, data: bytes):
    """Add a new version of ``document`` through the one import pipeline."""
    return import_file(vault=vault, by=by, filename=filename, data=data, new_version_of=document)


def keep_working_file(data: bytes) -> str:
    """Keep bytes an app made from a document (encrypted); returns their id."""
    blob_id, _new = _store().put(data)
    return blob_id


def read_working_file(blob_id: str) -> bytes:
    return _store().get(blob_id)


def working_file_writer() -> BlobWriter:
    """Keep a large working file (a recording) as it arrives, encrypted chunk by chunk.

    ``write(bytes)`` as often as needed, then ``close()`` → (id, new) or ``abort()``.
    """
    return _store().writer()


def working_file_size(blob_id: str) -> int:
    return _store().size(blob_id)


def read_working_file_range(blob_id: str, start: int = 0, end: int | None = None):
    """Yield bytes ``start``..``end`` (inclusive) of a working file, decrypting only those."""
    return _store().iter_range(blob_id, start, end)


def file_id_of(data: bytes) -> str:
    """The id these bytes have (or would have) in the dossier; reveals nothing of them."""
    return _store().blob_id(data)


def is_dossier_file(file_id: str) -> bool:
    """Whether some document version still holds exactly these bytes."""
    return DocumentVersion.objects.filter(content_hash=file_id).exists()


def forget_working_file(blob_id: str, *, still_used: bool = False) -> None:
    """Delete a working file unless a document version (or the caller, ``still_used``) uses it.

    Identical bytes share one encrypted file, so a working file may also be a document's.
    """
    if still_used:
        return
    in_use = (
        DocumentVersion.objects.filter(blob_id=blob_id).exists()
        or DocumentVersion.objects.filter(pdf_blob_id=blob_id).exists()
    )
    if not in_use:
        _store().delete(blob_id)
