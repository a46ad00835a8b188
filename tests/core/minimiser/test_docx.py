import io
from contextlib import contextmanager

import docx
import pymupdf
import pytest

from dossierwijs.core import scratch
from dossierwijs.core.minimiser.docx import ConversionError, docx_to_pdf, libreoffice_binary

pytestmark = [
    pytest.mark.skipif(libreoffice_binary() is None, reason="LibreOffice ontbreekt"),
    pytest.mark.slow,  # LibreOffice takes seconds to start
]


def word_file(text: str) -> bytes:
    document = docx.Document()
    document.add_heading("Conclusie", level=1)
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_becomes_pdf_and_leaves_no_files_behind(monkeypatch):
    made = []
    real_workdir = scratch.workdir

    @contextmanager
    def watched(purpose):
        with real_workdir(purpose) as folder:
            made.append(folder)
            yield folder

    monkeypatch.setattr(scratch, "workdir", watched)
    pdf = docx_to_pdf(word_file("Jesse leest beter met extra tijd."))
    assert "Jesse leest beter" in pymupdf.open(stream=pdf)[0].get_text()
    # Its own scratch folder (other test workers convert at the same time) is gone.
    assert len(made) == 1 and made[0].parent == scratch.root()
    assert not made[0].exists()


def test_broken_docx_gives_a_dutch_message():
    with pytest.raises(ConversionError) as info:
        docx_to_pdf(b"PK\x03\x04 kapot")
    assert "omgezet" in info.value.message


def test_a_zip_bomb_is_refused_before_libreoffice_sees_it():
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(ConversionError) as refused:
        docx_to_pdf(buffer.getvalue())
    assert "pakt uit tot veel meer" in refused.value.message
