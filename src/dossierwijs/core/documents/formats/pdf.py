"""PDF: text per page with pymupdf; pages without a text layer are marked for OCR."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pymupdf

from .. import errors
from ..errors import DocumentError
from ..limits import FileLimits, check_page_count
from . import Extracted

# A page with fewer letters than this is treated as a scan (a page number alone is not text).
MIN_TEXT_LAYER = 15

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def open_pdf(data: bytes) -> pymupdf.Document:
    try:
        document = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        raise DocumentError(errors.PDF_DAMAGED) from exc
    if document.needs_pass:
        raise DocumentError(errors.PDF_PASSWORD)
    if document.page_count == 0:
        raise DocumentError(errors.PDF_DAMAGED)
    return document


def read_pdf(data: bytes, max_pages: int) -> Extracted:
    """Text of each page; the page count is checked before any page is read."""
    document = open_pdf(data)
    check_page_count(document.page_count, FileLimits(max_pages=max_pages))
    result = Extracted()
    for number in range(1, document.page_count + 1):
        page = document[number - 1]
        try:
            # Unsorted: content-stream order is reading order for nearly every exported PDF,
            # and sorting costs ~20x the time of reading.
            text = page.get_text()
        except Exception:
            text = ""
            result.warnings.append(errors.PDF_REPAIRED)
        result.pages.append(text)
        if sum(char.isalnum() for char in text) < MIN_TEXT_LAYER:
            result.needs_ocr.append(number)
    if document.is_repaired and errors.PDF_REPAIRED not in result.warnings:
        result.warnings.append(errors.PDF_REPAIRED)
    found = active_content(document)
    if found:
        what = " en ".join(errors.PDF_ACTIVE_KINDS[kind] for kind in found)
        result.warnings.append(errors.PDF_ACTIVE_CONTENT.format(what=what))
    return result


_ACTIVE_KEYS = {
    "javascript": re.compile(r"/(JavaScript|JS)\b"),
    "launch": re.compile(r"/S\s*/Launch\b"),
    "embedded_file": re.compile(r"/(EmbeddedFiles?|FileAttachment)\b"),
}
# Objects looked at: enough for any letter or report; a file with more is read only this far.
MAX_OBJECTS = 200_000


def active_content(document: pymupdf.Document) -> list[str]:
    """What in this PDF can act when it is opened: JavaScript, a launch action, an
    embedded file. Names from ``errors.PDF_ACTIVE_KINDS``, in that order; empty if none."""
    found: set[str] = set()
    if document.embfile_count():
        found.add("embedded_file")
    for xref in range(1, min(document.xref_length(), MAX_OBJECTS)):
        try:
            source = document.xref_object(xref, compressed=True)
        except Exception:  # noqa: BLE001, S112 - a damaged object holds no action we can see
            continue
        for kind, pattern in _ACTIVE_KEYS.items():
            if kind not in found and pattern.search(source):
                found.add(kind)
        if len(found) == len(_ACTIVE_KEYS):
            break
    return [kind for kind in errors.PDF_ACTIVE_KINDS if kind in found]


def render_pages(
    data: bytes, numbers: list[int], dpi: int = 300, max_pixels: int = 40_000_000
) -> Iterator[tuple[int, bytes]]:
    """Yield ``(number, image)`` for each page: a grey PGM for tesseract.

    A scanned page (one full-page image at 150-400 dpi) gives its own image, unchanged in
    size: no re-sampling, and nothing to draw. Other pages are drawn at ``dpi`` (tesseract
    works best at 300), never above ``max_pixels`` (a poster). PGM is uncompressed: tesseract
    reads it from stdin as fast as PNG, while encoding a PNG would cost about as much as the
    drawing itself.
    """
    document = open_pdf(data)
    for number in numbers:
        page = document[number - 1]
        pixmap = _scan_image(document, page, max_pixels)
        if pixmap is None:
            pixmap = _pixmap(page, dpi, max_pixels, pymupdf.csGRAY)
        yield number, bytes(pixmap.tobytes("pgm"))


def _scan_image(
    document: pymupdf.Document, page: pymupdf.Page, max_pixels: int
) -> pymupdf.Pixmap | None:
    images = page.get_images(full=True)
    if page.rotation or len(images) != 1:
        return None
    xref, smask, width, height, bits = images[0][:5]
    placements = page.get_image_rects(xref, transform=True)
    if smask or bits < 8 or len(placements) != 1 or width * height > max_pixels:
        return None  # masks and 1-bit fax images: drawing the page gets them right
    rect, matrix = placements[0]
    upright = matrix.a > 0 and matrix.d > 0 and matrix.b == 0 and matrix.c == 0
    if not upright or rect.get_area() < 0.9 * page.rect.get_area():
        return None
    if not 150 <= width / (rect.width / 72) <= 400:
        return None
    pixmap = pymupdf.Pixmap(document, xref)
    if pixmap.alpha:
        pixmap = pymupdf.Pixmap(pixmap, 0)
    if pixmap.n != 1:
        pixmap = pymupdf.Pixmap(pymupdf.csGRAY, pixmap)
    return pixmap


def render_preview(data: bytes, number: int, dpi: int = 100, max_pixels: int = 8_000_000) -> bytes:
    """A colour PNG of page ``number`` (1-based) for the document page in the browser.

    Run it through ``limits.run_limited(render_preview, ...)``: it lives here, in core, so the
    parsing child never has to import the web app.
    """
    document = open_pdf(data)
    if not 1 <= number <= document.page_count:
        raise DocumentError(errors.PDF_DAMAGED)
    pixmap = _pixmap(document[number - 1], dpi, max_pixels, pymupdf.csRGB)
    return bytes(pixmap.tobytes("png"))


def _pixmap(
    page: pymupdf.Page, dpi: int, max_pixels: int, colorspace: pymupdf.Colorspace
) -> pymupdf.Pixmap:
    area = max(page.rect.width * page.rect.height, 1.0)
    zoom = min(dpi / 72, (max_pixels / area) ** 0.5)
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=colorspace, alpha=False)
    pixmap.set_dpi(round(zoom * 72), round(zoom * 72))
    return pixmap
