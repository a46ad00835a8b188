"""PDF reading: text per page, scans marked for OCR, pages rendered for tesseract."""

from __future__ import annotations

import pymupdf
import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.formats.pdf import read_pdf, render_pages, render_preview

from ..builders import make_pdf, make_scanned_pdf


def test_each_page_keeps_its_own_text():
    result = read_pdf(make_pdf(["Eerste pagina over taal.", "Tweede pagina over rekenen."]), 10)
    assert "taal" in result.pages[0] and "rekenen" in result.pages[1]
    assert result.needs_ocr == [] and result.warnings == []


def test_pages_without_a_text_layer_are_marked_for_ocr():
    scan = pymupdf.open(stream=make_scanned_pdf(["Gescande pagina"]))
    mixed = pymupdf.open(stream=make_pdf(["Pagina met echte tekst erop."]))
    mixed.insert_pdf(scan)
    result = read_pdf(mixed.tobytes(), 10)
    assert result.needs_ocr == [2]


def test_a_page_with_only_a_page_number_counts_as_a_scan():
    assert read_pdf(make_pdf(["3"]), 10).needs_ocr == [1]


def test_the_page_limit_is_checked_before_reading():
    with pytest.raises(DocumentError) as caught:
        read_pdf(make_pdf(["a", "b", "c"]), 2)
    assert caught.value.message == errors.TOO_MANY_PAGES.format(pages=3, limit=2)


def test_garbage_with_a_pdf_header_is_damaged():
    with pytest.raises(DocumentError) as caught:
        read_pdf(b"%PDF-1.7\n" + bytes(200), 10)
    assert caught.value.message == errors.PDF_DAMAGED


def test_pages_are_rendered_grey_at_300_dpi():
    ((number, image),) = render_pages(make_pdf(["tekst"]), [1])
    assert image.startswith(b"P5")  # binary PGM
    pixmap = pymupdf.Pixmap(image)
    assert number == 1 and pixmap.n == 1
    assert pixmap.width == 2480 and abs(pixmap.height - 3508) <= 1  # A4 at 300 dpi


def test_a_scanned_page_gives_its_own_image_without_resampling():
    ((_, image),) = render_pages(make_scanned_pdf(["Gescande pagina"], dpi=200), [1])
    pixmap = pymupdf.Pixmap(image)
    assert (pixmap.width, pixmap.height) == (1653, 2339)  # A4 at 200 dpi, as scanned


def test_a_low_resolution_scan_is_drawn_at_300_dpi_instead():
    ((_, image),) = render_pages(make_scanned_pdf(["Gescande pagina"], dpi=100), [1])
    assert pymupdf.Pixmap(image).width == 2480


def test_a_poster_sized_page_is_rendered_smaller():
    document = pymupdf.open()
    document.new_page(width=5000, height=5000)
    ((_, png),) = render_pages(document.tobytes(), [1], max_pixels=4_000_000)
    pixmap = pymupdf.Pixmap(png)
    assert pixmap.width * pixmap.height <= 4_000_000


def test_a_preview_is_a_colour_png_of_the_asked_page():
    pixmap = pymupdf.Pixmap(render_preview(make_pdf(["een", "twee"]), 2, dpi=72))
    assert pixmap.n == 3 and (pixmap.width, pixmap.height) == (595, 842)


def test_a_preview_of_a_page_that_does_not_exist_is_refused():
    with pytest.raises(DocumentError):
        render_preview(make_pdf(["een"]), 2)
