import pymupdf

from dossierwijs.core.minimiser.verify import leak_pattern, verify_pdf


def plain_pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 80), text, fontsize=11)
    return doc.tobytes(garbage=4, deflate=True)


def test_leak_pattern_ignores_case_and_inner_spaces_but_not_word_parts():
    pattern = leak_pattern("Noor")
    assert pattern.search("met noor gesproken")
    assert pattern.search("met N oor gesproken")
    assert not pattern.search("in Noordwijk")


def test_clean_file_passes_every_check():
    report = verify_pdf(plain_pdf("Korte instructies helpen."), ["Femke"])
    assert report.passed
    assert {c.name for c in report.checks} >= {
        "tekst volgens PyMuPDF", "tekst volgens pdfminer", "tekst in afbeeldingen (OCR)",
        "ruwe bestandsinhoud (uitgepakt)", "één revisie",
    }  # fmt: skip


def test_visible_name_fails_both_extractors_on_its_page():
    report = verify_pdf(plain_pdf("Femke komt morgen."), ["Femke"])
    failed = {c.name for c in report.checks if not c.passed}
    assert {"tekst volgens PyMuPDF", "tekst volgens pdfminer"} <= failed
    assert report.leaking_pages == {0}


def test_line_of_a_removed_section_is_a_leak():
    line = "Het gezin verhuisde drie keer in twee jaar."
    report = verify_pdf(plain_pdf(line), [], removed_lines=[line])
    assert not report.passed


def test_metadata_is_reported():
    doc = pymupdf.open()
    doc.new_page()
    doc.set_metadata({"author": "Iemand"})
    report = verify_pdf(doc.tobytes(), ["Iemand"])
    assert not report.passed
    assert report.leaks_outside_pages


def test_pdfminer_text_joins_split_runs_and_keeps_word_gaps():
    from dossierwijs.core.minimiser.verify import _pdfminer_pages
    from tests.core.minimiser.report_pdfs import SECRET, TRAPS

    text = _pdfminer_pages(TRAPS["naam in twee stukken"]())[0]
    assert leak_pattern(SECRET).search(text)
    assert "Verslag van het gesprek" in text
