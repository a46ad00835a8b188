"""A PDF that can act when opened (JavaScript, a launch action, an embedded file) is named."""

import pymupdf

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.formats.pdf import active_content, read_pdf
from tests.documents import pdf_with_embedded_file, pdf_with_javascript, pdf_with_text

TEXT = "Verslag van het gesprek met de mentor over de voortgang van Sanne."


def _open(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def test_an_ordinary_pdf_has_no_active_content():
    assert active_content(_open(pdf_with_text(TEXT))) == []
    assert not any("Let op: dit PDF" in w for w in read_pdf(pdf_with_text(TEXT), 50).warnings)


def test_javascript_is_found_and_warned_about():
    data = pdf_with_javascript(TEXT)
    assert active_content(_open(data)) == ["javascript"]
    warnings = read_pdf(data, 50).warnings
    assert any("JavaScript" in w and "nooit in de browser" in w for w in warnings)


def test_an_embedded_file_is_found_and_warned_about():
    data = pdf_with_embedded_file(TEXT)
    assert active_content(_open(data)) == ["embedded_file"]
    warnings = read_pdf(data, 50).warnings
    assert errors.PDF_ACTIVE_CONTENT.format(what=errors.PDF_ACTIVE_KINDS["embedded_file"]) in (
        warnings
    )
