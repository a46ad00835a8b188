"""OCR through real tesseract: Dutch text, confidence, parallel pages, searchable PDFs."""

from __future__ import annotations

import tempfile

import pymupdf
import pytest

from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.ocr import (
    LOW_CONFIDENCE,
    available_workers,
    ocr_image,
    ocr_pages,
    parse_tsv,
    searchable_pdf,
    tesseract_ready,
)

from .builders import DEJAVU, render_text_png

pytestmark = pytest.mark.skipif(not tesseract_ready("nld"), reason="tesseract-ocr-nld missing")

DUTCH = "Gespreksverslag over de ondersteuning van Noor.\nAfspraken: extra leesbegeleiding."


def test_dutch_text_is_read_with_high_confidence():
    result = ocr_image(render_text_png(DUTCH))
    assert "ondersteuning" in result.text and "leesbegeleiding" in result.text
    assert result.confidence > 80 and not result.low_confidence


def test_text_in_another_script_is_flagged_as_low_confidence():
    greek = "Αγαπητοί γονείς, αυτή είναι η αναφορά της συνάντησης στο σχολείο."
    result = ocr_image(render_text_png(greek, font=DEJAVU))
    assert result.words > 0
    assert result.confidence < LOW_CONFIDENCE and result.low_confidence


def test_a_blank_page_has_no_words_and_is_not_flagged():
    blank = pymupdf.open().new_page().get_pixmap(dpi=100).tobytes("png")
    result = ocr_image(blank)
    assert result.text == "" and result.confidence is None and not result.low_confidence


def test_something_that_is_not_an_image_gives_a_dutch_error():
    with pytest.raises(DocumentError) as caught:
        ocr_image(b"geen afbeelding")
    assert "niet worden herkend" in caught.value.message


def test_tsv_words_become_lines_and_paragraphs_weighted_by_length():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tl\tt\tw\th\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tGeachte",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t60\touders,",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t-1\t ",
        "5\t1\t1\t1\t2\t2\t0\t0\t1\t1\t80\tdank",
        "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t100\tGroet",
    ]
    result = parse_tsv("\n".join([header, *rows]))
    assert result.text == "Geachte ouders,\ndank\n\nGroet"
    assert result.words == 4
    assert result.confidence == pytest.approx((90 * 7 + 60 * 7 + 80 * 4 + 100 * 5) / 23)


def test_pages_are_read_in_parallel_and_each_keeps_its_number():
    texts = {1: "Eerste pagina over rekenen.", 2: "Tweede pagina over taal.", 3: "Derde."}
    seen = []
    images = ((number, render_text_png(text)) for number, text in texts.items())
    results = ocr_pages(images, workers=2, on_page=lambda number, outcome: seen.append(number))
    assert sorted(results) == [1, 2, 3] and sorted(seen) == [1, 2, 3]
    assert "rekenen" in results[1].text and "taal" in results[2].text


def test_a_failing_page_gives_its_error_and_the_others_still_finish():
    results = ocr_pages([(1, b"kapot"), (2, render_text_png("Goede pagina."))], workers=2)
    assert isinstance(results[1], DocumentError)
    assert "Goede" in results[2].text


def test_a_photo_becomes_a_searchable_pdf_without_text_files_on_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # our own temp folder, watched
    pdf, result = searchable_pdf(render_text_png(DUTCH))
    seen = list(tmp_path.iterdir())
    assert pdf.startswith(b"%PDF")
    assert "leesbegeleiding" in pymupdf.open(stream=pdf)[0].get_text()
    assert "leesbegeleiding" in result.text and result.confidence > 80
    assert seen == []  # the named pipes' folder is gone again


def test_at_least_one_worker_is_available():
    assert available_workers() >= 1
