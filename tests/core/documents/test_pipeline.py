"""The import pipeline end to end: every bad input gives a Dutch message, never a crash."""

from __future__ import annotations

import io
import zipfile

import pymupdf
import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.incoming import DocumentKind, IncomingDocument, Source
from dossierwijs.core.documents.limits import FileLimits
from dossierwijs.core.documents.metadata import DocumentType
from dossierwijs.core.documents.pipeline import (
    PipelineContext,
    PipelineStep,
    StepOutcome,
    detect_step,
    extract_step,
    metadata_step,
    ocr_step,
    run_pipeline,
)

from .builders import DEJAVU, make_docx, make_eml, make_odt, make_pdf, make_scanned_pdf

REPORT = (
    "Onderwijskundig rapport\nBasisschool De Linde\nDatum: 12 april 2024\n"
    "Noor leest op niveau E5 en rekent op niveau M6."
)


def run(filename: str, data: bytes, **context) -> IncomingDocument:
    context_ = PipelineContext(**context) if context else None
    return run_pipeline(IncomingDocument(filename, data), context=context_).document


def test_a_born_digital_pdf_gets_text_and_suggestions():
    doc = run("okr.pdf", make_pdf([REPORT, "Tweede pagina met de conclusie."]))
    assert doc.ok, doc.errors
    assert doc.kind is DocumentKind.PDF
    assert "niveau E5" in doc.pages[0].text and "conclusie" in doc.pages[1].text
    assert doc.ocr_pages == []
    assert doc.metadata.document_type is DocumentType.OKR
    assert doc.metadata.date.isoformat() == "2024-04-12"
    assert doc.metadata.organisation == "Basisschool De Linde"
    assert doc.completed_steps == ["detect", "extract", "metadata"]  # ocr declined


def test_a_zero_byte_file_is_refused_with_a_dutch_message():
    doc = run("leeg.pdf", b"")
    assert doc.errors == [errors.EMPTY_FILE]
    assert doc.completed_steps == []


def test_a_truncated_pdf_keeps_what_can_be_read_and_says_it_is_damaged():
    data = make_pdf(["Eerste pagina van het verslag.", "Tweede pagina.", "Derde pagina."])
    doc = run("kapot.pdf", data[: len(data) - 60])
    assert doc.ok
    assert errors.PDF_REPAIRED in doc.warnings
    assert "Eerste pagina" in doc.text


def test_a_pdf_cut_off_after_its_header_is_refused_as_damaged():
    data = make_pdf(["Eerste pagina van het verslag."])
    doc = run("kapot.pdf", data[:300])
    assert doc.errors == [errors.PDF_DAMAGED]


def test_a_password_protected_pdf_is_refused_with_what_to_do():
    document = pymupdf.open(stream=make_pdf(["Geheim verslag"]))
    data = document.tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="eigenaar"
    )
    doc = run("beveiligd.pdf", data)
    assert doc.errors == [errors.PDF_PASSWORD]
    assert "wachtwoord" in doc.errors[0]


def test_a_pdf_with_thousands_of_pages_is_refused_before_reading_them():
    document = pymupdf.open()
    for _ in range(2001):
        document.new_page()
    doc = run("dik.pdf", document.tobytes())
    assert doc.errors == [errors.TOO_MANY_PAGES.format(pages=2001, limit=2000)]


def test_the_page_limit_is_configurable():
    doc = run("zes.pdf", make_pdf(["pagina"] * 6), limits=FileLimits(max_pages=5))
    assert doc.errors == [errors.TOO_MANY_PAGES.format(pages=6, limit=5)]


def zip_bomb_docx() -> bytes:
    """A real .docx with 300 MB of zeros hidden in it (about 1 MB packed)."""
    buffer = io.BytesIO(make_docx(["Gewone tekst"]))
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("word/media/image1.bin", "w", force_zip64=True) as member,
    ):
        zeros = bytes(1 << 20)
        for _ in range(300):
            member.write(zeros)
    return buffer.getvalue()


def test_a_docx_zip_bomb_is_refused_without_unpacking_it():
    data = zip_bomb_docx()
    assert len(data) < 5 * 1024 * 1024
    doc = run("bom.docx", data)
    unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    assert unpacked > 300 * 1024 * 1024
    assert doc.errors == [errors.ZIP_BOMB.format(size=errors.human_size(unpacked))]
    assert doc.completed_steps == []  # refused in the detect step, before any parser ran


def test_a_file_over_the_size_limit_is_refused():
    doc = run("groot.txt", b"a" * 2048, limits=FileLimits(max_bytes=1024))
    assert doc.errors == [errors.TOO_LARGE.format(limit="1 kB")]


def test_the_default_size_limit_is_100_mb():
    assert FileLimits().max_bytes == 100 * 1024 * 1024
    assert "100 MB" in errors.TOO_LARGE.format(limit=errors.human_size(FileLimits().max_bytes))


def test_a_pdf_called_docx_is_read_as_a_pdf_and_the_parent_is_told():
    doc = run("verslag.docx", make_pdf([REPORT]))
    assert doc.ok and doc.kind is DocumentKind.PDF
    assert "niveau E5" in doc.text
    assert errors.MISLEADING_EXTENSION.format(extension="docx", kind="PDF") in doc.warnings


def test_a_scan_in_a_script_tesseract_misreads_is_flagged_not_crashed():
    russian = "Уважаемые родители, это отчёт о разговоре в школе.\nМы обсудили, как дела."
    doc = run("scan.pdf", make_scanned_pdf([russian], font=DEJAVU))
    assert doc.ok
    assert doc.pages[0].ocr and doc.pages[0].low_confidence
    assert errors.OCR_LOW_CONFIDENCE.format(pages="1") in doc.warnings


def test_a_scanned_pdf_becomes_searchable_and_reports_progress_per_page():
    events = []
    scan = make_scanned_pdf(
        ["Gespreksverslag over de leesontwikkeling.", "Afspraak: extra leesbegeleiding."]
    )
    incoming = IncomingDocument("scan.pdf", scan)
    doc = run_pipeline(incoming, progress=events.append).document
    assert doc.ok and doc.ocr_pages == [1, 2]
    assert "leesontwikkeling" in doc.pages[0].text
    assert "leesbegeleiding" in doc.pages[1].text
    ocr_details = sorted(event.detail for event in events if event.step == "ocr" and event.detail)
    assert ocr_details == ["pagina 1 van 2", "pagina 2 van 2"]
    fractions = [event.fraction for event in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert events[-1].label == "Klaar"


def test_a_photo_becomes_a_searchable_pdf():
    from .builders import render_text_png

    doc = run("brief.jpg.png", render_text_png("Geachte ouders, de brief over de toets."))
    assert doc.ok, doc.errors
    assert doc.kind is DocumentKind.PNG
    assert doc.searchable_pdf is not None
    assert "toets" in pymupdf.open(stream=doc.searchable_pdf)[0].get_text()
    assert "toets" in doc.text and doc.pages[0].ocr


def test_a_photo_tesseract_cannot_read_is_kept_with_a_warning():
    doc = IncomingDocument("foto.jpg", b"", kind=DocumentKind.JPEG, needs_ocr=[1])
    doc.photo_image = b"geen afbeelding"
    assert ocr_step(doc, PipelineContext()) is StepOutcome.DONE
    assert doc.ok and doc.warnings == [errors.OCR_FAILED.format(page=1)]
    assert doc.searchable_pdf is None


def test_an_email_brings_its_attachment_as_a_linked_document():
    attachment = make_pdf(["Verslag van het gesprek over de ondersteuning."])
    eml = make_eml(
        "Verslag gesprek", "Hierbij het verslag.", [("verslag.pdf", attachment, "application/pdf")]
    )
    result = run_pipeline(IncomingDocument("mail.eml", eml, source=Source.CLI))
    assert result.ok
    mail, child = result.documents
    assert mail.kind is DocumentKind.EML and child.kind is DocumentKind.PDF
    assert mail.metadata.document_type is DocumentType.EMAIL
    assert mail.metadata.date.isoformat() == "2024-04-12"
    assert child.parent is mail and child.source is Source.EMAIL_ATTACHMENT
    assert child.filename == "verslag.pdf" and "ondersteuning" in child.text


def test_a_broken_attachment_fails_alone_and_the_email_still_imports():
    eml = make_eml("Twee bijlagen", "Zie bijlagen.", [
        ("leeg.pdf", b"", "application/pdf"),
        ("goed.txt", b"Gewone tekst", "text/plain"),
    ])  # fmt: skip
    result = run_pipeline(IncomingDocument("mail.eml", eml))
    mail, empty, good = result.documents
    assert mail.ok and good.ok
    assert empty.errors == [errors.EMPTY_FILE]
    assert result.failed == [empty]


def test_docx_and_odt_are_read():
    docx_doc = run("brief.docx", make_docx(["Geachte ouders,"], header="OBS De Linde"))
    odt_doc = run("verslag.odt", make_odt("Gespreksverslag", ["Wij spraken over lezen."]))
    assert docx_doc.ok and odt_doc.ok
    assert docx_doc.text.startswith("OBS De Linde")
    assert "Wij spraken over lezen." in odt_doc.text


def test_an_unknown_binary_file_is_refused_with_the_formats_we_read():
    doc = run("data.bin", bytes(range(256)) * 20)
    assert doc.errors == [errors.UNKNOWN_KIND]


def test_an_extra_step_of_the_app_runs_last_and_sees_the_suggestions():
    seen = []

    def store(doc, context):
        seen.append((doc.filename, doc.metadata.document_type))
        doc.app_data["stored_id"] = 7

    doc = run_pipeline(IncomingDocument("okr.pdf", make_pdf([REPORT])), extra_steps=[store])
    assert seen == [("okr.pdf", DocumentType.OKR)]
    assert doc.document.completed_steps[-1] == "store"
    assert doc.document.app_data["stored_id"] == 7


def test_a_refused_file_never_reaches_the_store_step():
    stored = []
    result = run_pipeline(IncomingDocument("leeg.pdf", b""), extra_steps=[stored.append])
    assert stored == [] and not result.ok


def test_an_extra_step_can_refuse_or_decline_and_a_crashing_step_gives_a_calm_message():
    def refuse(doc, context):
        raise DocumentError("Dit bestand staat al in uw dossier.")

    def crash(doc, context):
        raise RuntimeError("bug")

    def decline(doc, context):
        return StepOutcome.DECLINED

    pdf = make_pdf(["tekst op een pagina"])
    refused = run_pipeline(IncomingDocument("a.pdf", pdf), extra_steps=[refuse]).document
    crashed = run_pipeline(IncomingDocument("b.pdf", pdf), extra_steps=[crash]).document
    step = PipelineStep("index", "Doorzoekbaar maken", decline)
    declined = run_pipeline(IncomingDocument("c.pdf", pdf), extra_steps=[step]).document
    assert refused.errors == ["Dit bestand staat al in uw dossier."]
    assert crashed.errors == [errors.UNEXPECTED]
    assert declined.ok and "index" not in declined.completed_steps


def test_the_same_content_under_another_name_has_the_same_fingerprint():
    pdf = make_pdf([REPORT])
    assert IncomingDocument("a.pdf", pdf).sha256 == IncomingDocument("b.docx", pdf).sha256
    assert IncomingDocument("a.pdf", pdf).sha256 != IncomingDocument("a.pdf", pdf + b" ").sha256


@pytest.mark.parametrize("name", ["notitie.txt", "notitie"])
def test_a_windows_text_file_is_decoded_and_the_guess_is_said(name):
    doc = run(name, "Gesprek met de intern begeleider over Noés cijfers.".encode("cp1252"))
    assert doc.ok and "Noés" in doc.text
    assert any("geraden" in warning for warning in doc.warnings)


def test_each_step_runs_alone_on_a_document_built_by_hand():
    doc = IncomingDocument("okr.pdf", make_pdf([REPORT]))
    context = PipelineContext()
    assert detect_step(doc, context) is StepOutcome.DONE and doc.kind is DocumentKind.PDF
    assert extract_step(doc, context) is StepOutcome.DONE and "E5" in doc.text
    assert ocr_step(doc, context) is StepOutcome.DECLINED
    assert metadata_step(doc, context) is StepOutcome.DONE
    assert doc.metadata.document_type is DocumentType.OKR


def test_reading_happens_in_a_child_under_the_memory_limit():
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (3000, 3000), 255).save(out, format="PNG")  # small file, 9 MB decoded
    context = PipelineContext()
    roomy = IncomingDocument("foto.png", out.getvalue())
    detect_step(roomy, context)
    assert extract_step(roomy, context) is StepOutcome.DONE and roomy.photo_image
    tight = IncomingDocument("foto.png", out.getvalue())
    detect_step(tight, context)
    with pytest.raises(DocumentError) as caught:
        extract_step(tight, PipelineContext(limits=FileLimits(max_memory_bytes=64 * 1024**2)))
    assert caught.value.message in (errors.IMAGE_DAMAGED, errors.OUT_OF_MEMORY)


def test_ocr_stops_at_the_page_bound_and_says_how_far_it_got():
    scan = make_scanned_pdf(["Eerste pagina verslag.", "Tweede pagina verslag.", "Derde pagina."])
    context = PipelineContext(limits=FileLimits(ocr_max_pages=2))
    doc = run_pipeline(IncomingDocument("scan.pdf", scan), context=context).document
    assert doc.ok and doc.ocr_pages == [1, 2]  # the file is kept whole; page 3 is not read
    assert len(doc.pages) == 3 and not doc.pages[2].text
    reason = errors.OCR_REASON_PAGES.format(limit=2)
    expected = errors.OCR_PARTIAL.format(done=2, total=3, reason=reason, first=1, last=2)
    assert expected in doc.warnings


def test_the_parent_can_stop_ocr_and_keeps_what_was_read():
    scan = make_scanned_pdf(["Eerste pagina verslag.", "Tweede pagina.", "Derde pagina."])
    asked = []

    def should_stop() -> bool:
        asked.append(True)
        return len(asked) > 1  # after the first page image: stop

    context = PipelineContext(should_stop=should_stop, ocr_workers=1)
    doc = run_pipeline(IncomingDocument("scan.pdf", scan), context=context).document
    assert doc.ok and doc.ocr_pages == [1]
    assert "verslag" in doc.pages[0].text.lower()
    assert any(errors.OCR_REASON_STOPPED in warning for warning in doc.warnings)


def test_ocr_stops_at_the_time_bound_without_losing_the_file():
    scan = make_scanned_pdf(["Eerste pagina verslag.", "Tweede pagina."])
    context = PipelineContext(limits=FileLimits(ocr_max_seconds=0))
    doc = run_pipeline(IncomingDocument("scan.pdf", scan), context=context).document
    assert doc.ok and doc.ocr_pages == []
    reason = errors.OCR_REASON_TIME.format(minutes=0)
    assert errors.OCR_NONE.format(reason=reason) in doc.warnings
