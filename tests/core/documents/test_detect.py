"""The format comes from the bytes, not from the file name."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from dossierwijs.core.documents.detect import detect_kind, misleading_extension
from dossierwijs.core.documents.incoming import DocumentKind

from .builders import make_docx, make_eml, make_odt, make_pdf, render_text_png


def image_bytes(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("L", (40, 20), 255).save(out, format=fmt)
    return out.getvalue()


def heic_bytes() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    return image_bytes("HEIF")


@pytest.mark.parametrize(
    ("build", "kind"),
    [
        (lambda: make_pdf(["tekst"]), DocumentKind.PDF),
        (lambda: make_docx(["tekst"]), DocumentKind.DOCX),
        (lambda: make_odt("Kop", ["tekst"]), DocumentKind.ODT),
        (lambda: make_eml("Onderwerp", "Tekst"), DocumentKind.EML),
        (lambda: image_bytes("JPEG"), DocumentKind.JPEG),
        (lambda: render_text_png("tekst", dpi=30), DocumentKind.PNG),
        (heic_bytes, DocumentKind.HEIC),
        (lambda: "Gewone notitie met é\n".encode(), DocumentKind.TEXT),
        (lambda: "Notitie".encode("utf-16"), DocumentKind.TEXT),
        (lambda: bytes(range(256)), DocumentKind.UNKNOWN),
    ],
)
def test_each_format_is_recognised_by_its_content(build, kind):
    assert detect_kind(build()) is kind


def test_a_pdf_with_junk_before_its_header_is_still_a_pdf():
    assert detect_kind(b"\r\n" + make_pdf(["tekst"])) is DocumentKind.PDF


def test_a_zip_that_is_not_an_office_file_is_unknown():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("foto.jpg", b"x")
    assert detect_kind(out.getvalue()) is DocumentKind.UNKNOWN


def test_outlook_and_old_word_files_are_told_apart():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    assert detect_kind(ole + "__substg1.0_0037001F".encode("utf-16-le")) is DocumentKind.MSG
    assert detect_kind(ole + "WordDocument".encode("utf-16-le")) is DocumentKind.OLD_WORD


def test_a_text_starting_with_from_is_not_taken_for_an_email():
    assert detect_kind(b"From: de notities van vanavond\nverder niets") is DocumentKind.TEXT


def test_a_pdf_named_docx_has_a_misleading_extension():
    assert misleading_extension(DocumentKind.PDF, "verslag.docx") == "docx"


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (DocumentKind.PDF, "verslag.PDF"),
        (DocumentKind.PDF, "verslag"),
        (DocumentKind.PDF, "verslag.download"),
        (DocumentKind.JPEG, "foto.jpeg"),
        (DocumentKind.TEXT, "notitie.eml"),
    ],
)
def test_matching_or_unknown_extensions_are_not_misleading(kind, name):
    assert misleading_extension(kind, name) is None
