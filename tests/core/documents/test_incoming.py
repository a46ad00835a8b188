"""The IncomingDocument every way in builds."""

from __future__ import annotations

from dossierwijs.core.documents.incoming import IncomingDocument, Page, ProgressEvent


def test_text_joins_pages_with_a_form_feed():
    doc = IncomingDocument("a.pdf", b"x", pages=[Page(1, "een"), Page(2, "twee")])
    assert doc.text == "een\n\ftwee"


def test_ocr_and_low_confidence_pages_are_listed():
    doc = IncomingDocument(
        "a.pdf",
        b"x",
        pages=[Page(1, "a"), Page(2, "b", ocr=True), Page(3, "c", ocr=True, low_confidence=True)],
    )
    assert doc.ocr_pages == [2, 3] and doc.low_confidence_pages == [3]


def test_a_document_without_errors_is_ok():
    doc = IncomingDocument("a.pdf", b"x")
    assert doc.ok
    doc.errors.append("Kapot.")
    assert not doc.ok


def test_the_extension_is_lower_case_and_empty_without_a_dot():
    assert IncomingDocument("map/Brief.PDF", b"x").extension == "pdf"
    assert IncomingDocument("README", b"x").extension == ""


def test_progress_is_scaled_into_the_current_step_window():
    events: list[ProgressEvent] = []
    doc = IncomingDocument("a.pdf", b"x", progress=events.append)
    doc.progress_window = (0.5, 0.75)
    doc.report("ocr", "Tekst herkennen", 0.5, "pagina 1 van 2")
    assert events == [ProgressEvent("a.pdf", "ocr", "Tekst herkennen", 0.625, "pagina 1 van 2")]


def test_a_broken_progress_callback_does_not_stop_the_import():
    def broken(event):
        raise RuntimeError("de voortgangsbalk is weg")

    IncomingDocument("a.pdf", b"x", progress=broken).report("ocr", "Tekst", 0.5)


def test_the_fingerprint_is_the_sha256_of_the_bytes():
    assert IncomingDocument("a", b"abc").sha256.startswith("ba7816bf")
