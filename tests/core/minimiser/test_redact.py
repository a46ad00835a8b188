"""The trap corpus: every place a PDF can hide a name, and the name must be gone from all.

Leaks are looked for here independently of the minimiser's own verifier: PyMuPDF text,
pdfminer text, and the raw file with every stream inflated by zlib.
"""

import io
import re
import subprocess
import zlib

import pymupdf
import pytest
from pdfminer.high_level import extract_text

from dossierwijs.core.minimiser.redact import (
    MADE_AS_IMAGE_WITH_OCR,
    MADE_AS_TEXT_IMAGE_PART,
    keeps_name,
    make_abridged_copy,
)
from dossierwijs.core.minimiser.verify import Check, verify_pdf
from tests.core.minimiser.report_pdfs import (
    CHILD,
    MOTHER,
    PRACTITIONER,
    SECRET,
    TRAPS,
    build_report,
)


def inflated_bytes(pdf: bytes) -> bytes:
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            parts.append(match.group(1))
    return b"\n".join(parts)


def occurs_anywhere(pdf: bytes, secret: str) -> list[str]:
    places = []
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    squash = re.compile(r"\s+")
    wanted = squash.sub("", secret).lower()
    if wanted in squash.sub("", "".join(page.get_text() for page in doc)).lower():
        places.append("PyMuPDF")
    if wanted in squash.sub("", extract_text(io.BytesIO(pdf))).lower():
        places.append("pdfminer")
    raw = inflated_bytes(pdf)
    for encoding in ("latin-1", "utf-16-be"):
        if secret.encode(encoding) in raw:
            places.append(f"ruw ({encoding})")
    if (
        any(v and secret in str(v) for v in doc.metadata.values())
        or secret in doc.get_xml_metadata()
    ):
        places.append("metadata")
    return places


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_trap_is_real(trap):
    # The verifier must notice each trap in the original, or the test below proves nothing.
    assert not verify_pdf(TRAPS[trap](), [SECRET]).passed


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_trap_leaves_no_trace_of_the_name(trap):
    result = make_abridged_copy(TRAPS[trap](), remove_terms=[SECRET])
    assert result.ok, result.message
    assert occurs_anywhere(result.output, SECRET) == []
    # Every trap is cured on the page itself: it keeps its text, nothing became a picture.
    assert result.rasterised_pages == []
    assert "Verslag van het gesprek" in pymupdf.open(stream=result.output)[0].get_text()
    assert result.verification.passed


def test_output_is_one_full_revision_without_extras():
    result = make_abridged_copy(TRAPS["eerdere revisie"](), remove_terms=[SECRET])
    assert result.output.count(b"%%EOF") == 1
    doc = pymupdf.open(stream=result.output, filetype="pdf")
    assert doc.version_count == 1
    assert doc.embfile_count() == 0
    assert doc.get_toc() == []


@pytest.mark.slow  # tesseract runs
def test_text_in_an_image_is_blacked_out_in_the_image_and_the_page_keeps_its_text():
    result = make_abridged_copy(TRAPS["tekst in afbeelding"](), remove_terms=[SECRET])
    assert result.ok, result.message
    assert result.rasterised_pages == []
    assert result.pages_made == [MADE_AS_TEXT_IMAGE_PART]
    page = pymupdf.open(stream=result.output)[0]
    assert "Verslag van het gesprek" in page.get_text()  # the text layer stays
    assert len(page.get_images()) == 1
    seen = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "nld"],
        input=page.get_pixmap(dpi=200).tobytes("png"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "Verslag" in seen  # OCR works on this page ...
    assert "Zwanenburg" not in seen and "Femke" not in seen  # ... and finds no name


@pytest.mark.slow  # tesseract runs
def test_a_page_rasterised_as_last_resort_gets_a_verified_ocr_text_layer():
    def page_one_leaks_once(pdf, terms):
        # Pretend the first copy still leaks on page 1, so the last resort is taken.
        leaks = "Verslag" in pymupdf.open(stream=pdf)[0].get_text() and not calls
        calls.append(1)
        return Check("pagina 1 lekt", not leaks, [(SECRET, 0)] if leaks else [])

    calls: list[int] = []
    result = make_abridged_copy(
        TRAPS["tekst in afbeelding"](), remove_terms=[SECRET], extra_checks=[page_one_leaks_once]
    )
    assert result.ok, result.message
    assert result.rasterised_pages == [0]
    assert result.as_dict()["per_pagina"] == [{"pagina": 1, "gemaakt_als": MADE_AS_IMAGE_WITH_OCR}]
    text = pymupdf.open(stream=result.output)[0].get_text()
    assert "gesprek" in text  # invisible OCR text: searchable, readable aloud
    assert "Zwanenburg" not in text and "Femke" not in text


def test_image_parts_and_graphics_under_a_box_are_removed():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 100), f"Naam: {SECRET}", fontsize=11)
    page.draw_line((40, 97), (400, 97), color=(1, 0, 0))
    result = make_abridged_copy(doc.tobytes(), remove_terms=[SECRET])
    out = pymupdf.open(stream=result.output)[0]
    assert not [d for d in out.get_drawings() if d["color"] == (1.0, 0.0, 0.0)]


def test_sections_not_kept_are_removed_not_cropped():
    original = build_report()
    result = make_abridged_copy(original, keep_sections=["Conclusie", "Advies"])
    assert result.ok, result.message
    doc = pymupdf.open(stream=result.output)
    text = extract_text(io.BytesIO(result.output))
    assert "Conclusie" in text and "Korte instructies" in text
    assert "Anamnese" not in text and "Lindenhof" not in text and "Totaal IQ" not in text
    assert doc[0].cropbox == pymupdf.open(stream=original)[0].cropbox
    assert set(result.removed_sections) >= {"Aanleiding", "Anamnese", "Testresultaten"}


def test_pages_with_only_removed_sections_are_dropped():
    original = build_report(filler_lines=40)
    before = len(pymupdf.open(stream=original))
    result = make_abridged_copy(original, keep_sections=["Advies"])
    assert result.ok, result.message
    assert len(pymupdf.open(stream=result.output)) < before
    assert result.removed_pages


def test_unknown_section_gives_a_dutch_reason_and_no_file():
    result = make_abridged_copy(build_report(), keep_sections=["Diagnose"])
    assert result.output is None
    assert "niet in dit document" in result.message
    assert "Conclusie" in result.message


def test_failing_verification_produces_no_file_and_says_why():
    def always_leaks(pdf, terms):
        return Check("strenge controle", False, [(SECRET, None)])

    result = make_abridged_copy(
        TRAPS["wit op wit"](), remove_terms=[SECRET], extra_checks=[always_leaks]
    )
    assert result.output is None
    assert "niet gemaakt" in result.message and "strenge controle" in result.message


def test_a_page_that_keeps_leaking_after_rasterising_gives_no_file():
    def page_one_leaks(pdf, terms):
        return Check("pagina 1 lekt", False, [(SECRET, 0)])

    result = make_abridged_copy(
        TRAPS["wit op wit"](), remove_terms=[SECRET], extra_checks=[page_one_leaks], ocr=False
    )
    assert result.output is None
    assert result.rasterised_pages == [0]


def test_manual_box_removes_what_is_under_it():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 100), "Deze zin blijft staan.", fontsize=11)
    page.insert_text((50, 200), "Handmatig weg: geheim", fontsize=11)
    result = make_abridged_copy(doc.tobytes(), manual_boxes=[(0, (40, 185, 400, 205))])
    text = pymupdf.open(stream=result.output)[0].get_text()
    assert "Deze zin blijft staan." in text and "geheim" not in text


def test_cover_page_comes_first():
    result = make_abridged_copy(
        build_report(), cover_page_text="Verkorte versie, gemaakt door de ouders voor school."
    )
    assert "Verkorte versie" in pymupdf.open(stream=result.output)[0].get_text()


@pytest.mark.slow  # loads deduce
def test_personal_data_removed_except_the_childs_name():
    result = make_abridged_copy(
        build_report(),
        keep_sections=["Conclusie", "Advies"],
        remove_personal_data=True,
        known=[CHILD, MOTHER],
        keep_names=[CHILD],
        ocr=False,
    )
    assert result.ok, result.message
    text = pymupdf.open(stream=result.output)[0].get_text()
    assert "Jesse" in text
    assert PRACTITIONER not in text and "06-12345678" not in text


def test_keeps_name_for_the_childs_first_name_and_initial():
    assert keeps_name("Thijs", ["Thijs Verhoef"])
    assert keeps_name("Thijs V.", ["Thijs Verhoef"])
    assert keeps_name("Thijsje", ["Thijs Verhoef"])
    assert keeps_name("Thijs's", ["Thijs Verhoef"]) and keeps_name("Verhoef", ["Thijs Verhoef"])
    assert not keeps_name("E. Verhoef", ["Thijs Verhoef"])
    assert not keeps_name("Fenna", ["Thijs Verhoef"])
    assert not keeps_name("Thijs", [])


def test_damaged_pdf_gives_a_dutch_message():
    result = make_abridged_copy(b"%PDF-1.7 kapot")
    assert result.output is None and "beschadigd" in result.message


def test_known_names_are_removed_without_full_detection():
    result = make_abridged_copy(build_report(), known=[MOTHER], ocr=False)
    assert result.ok, result.message
    text = pymupdf.open(stream=result.output)[0].get_text()
    assert "Bosveld-Tromp" not in text and "Ingrid" not in text
    assert "06-12345678" in text  # personal data detection was not asked for


def test_owner_password_only_is_fine_but_a_user_password_is_refused():
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 60), f"{SECRET} belt.")
    open_pdf = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="x", user_pw="")
    result = make_abridged_copy(open_pdf, remove_terms=[SECRET], ocr=False)
    assert result.ok and not pymupdf.open(stream=result.output).is_encrypted
    locked = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="x", user_pw="y")
    result = make_abridged_copy(locked, remove_terms=[SECRET])
    assert result.output is None and "wachtwoord" in result.message


def test_words_under_a_box_are_not_looked_for_elsewhere():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 100), "Lezen en rekenen gaan goed en Femke helpt.", fontsize=11)
    page.insert_text((50, 200), "Gesprek met Femke en juf.", fontsize=11)
    box = page.search_for("Femke en juf")[0]
    result = make_abridged_copy(doc.tobytes(), manual_boxes=[(0, tuple(box))], ocr=False)
    assert result.ok, result.message
    assert result.rasterised_pages == []
    text = pymupdf.open(stream=result.output)[0].get_text()
    # Only what is under the box goes: "en" and "Femke" elsewhere stay.
    assert "Lezen en rekenen gaan goed en Femke helpt." in text
    assert "juf" not in text
