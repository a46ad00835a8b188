"""Page previews, rendered on demand in a limited child process and never stored."""

from __future__ import annotations

from django.conf import settings

from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import run_limited
from dossierwijs.vault.blobs import BlobStore


def page_count(version) -> int:
    if version is None or not version.renders_as_pdf():
        return 0
    return version.page_count


def render_page(version, page: int, dpi: int = 100) -> bytes | None:
    if not version.renders_as_pdf() or not 1 <= page <= max(version.page_count, 1):
        return None
    data = BlobStore.for_data_dir(settings.DATA_DIR).get(version.viewable_blob_id())
    try:
        # render_preview lives in core, so the parsing child never imports the web app.
        # start-up weight: formats.pdf loads PyMuPDF.
        from dossierwijs.core.documents.formats.pdf import render_preview

        return run_limited(render_preview, data, page, dpi, seconds=30)
    except DocumentError:
        return None
