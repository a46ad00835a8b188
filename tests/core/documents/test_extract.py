"""The simple text_from_* front that other helpers use."""

from __future__ import annotations

import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.extract import (
    ExtractionError,
    ocr_image_bytes,
    text_from_bytes,
    text_from_path,
)
from dossierwijs.core.documents.limits import FileLimits

from .builders import make_docx, make_pdf, make_scanned_pdf, render_text_png


def test_text_from_path_reads_a_pdf_a_docx_and_a_text_file(tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf(["Toestemming voor logopedie"]))
    (tmp_path / "b.docx").write_bytes(make_docx(["Toestemming voor foto's"]))
    (tmp_path / "c.txt").write_text("Toestemming voor het MDO", encoding="utf-8")
    assert "logopedie" in text_from_path(tmp_path / "a.pdf")
    assert "foto's" in text_from_path(tmp_path / "b.docx")
    assert text_from_path(tmp_path / "c.txt") == "Toestemming voor het MDO"


def test_a_scanned_pdf_is_read_through_ocr():
    assert "handtekening" in text_from_bytes(make_scanned_pdf(["Plaats hier uw handtekening."]))


def test_an_unreadable_file_raises_with_a_dutch_message(tmp_path):
    (tmp_path / "leeg.pdf").write_bytes(b"")
    with pytest.raises(ExtractionError) as caught:
        text_from_path(tmp_path / "leeg.pdf")
    assert caught.value.message == errors.EMPTY_FILE


@pytest.mark.parametrize("name", ["bestaat-niet.pdf", "."])
def test_a_missing_file_or_a_folder_raises_with_a_dutch_message(tmp_path, name):
    with pytest.raises(ExtractionError) as caught:
        text_from_path(tmp_path / name)
    assert "niet worden geopend" in caught.value.message


def test_a_too_large_file_is_refused_before_it_is_read(tmp_path):
    (tmp_path / "groot.txt").write_bytes(b"a" * 5000)
    with pytest.raises(ExtractionError) as caught:
        text_from_path(tmp_path / "groot.txt", FileLimits(max_bytes=4096))
    assert "4 kB" in caught.value.message


def test_ocr_image_bytes_reads_an_image():
    assert "ouders" in ocr_image_bytes(render_text_png("Beste ouders"))
