import pymupdf

from dossierwijs.core.minimiser.sections import (
    find_sections,
    heading_kind,
    proposal_for_school,
    section_is_kept,
)
from tests.core.minimiser.report_pdfs import build_report


def test_heading_kinds_with_numbering_and_colon():
    assert heading_kind("5. Conclusie") == "conclusie"
    assert heading_kind("Hoofdstuk 6: Advies en aanbevelingen") == "advies"
    assert heading_kind("6 Advies en aanbevelingen") == "advies"
    assert heading_kind("Samenvatting en conclusie") == "conclusie"
    assert heading_kind("Reden van aanmelding:") == "aanleiding"
    assert heading_kind("Conclusies van de leerkracht over het rekenen in groep 6") is None


def test_sections_found_in_reading_order():
    sections = find_sections(build_report())
    kinds = [s.kind for s in sections]
    assert kinds[0] == "begin"
    assert [k for k in kinds if k not in ("begin", "overig")] == [
        "aanleiding", "anamnese", "onderzoek", "conclusie", "advies",
    ]  # fmt: skip


def test_section_runs_over_a_page_break():
    sections = find_sections(build_report(filler_lines=60))
    advice = next(s for s in sections if s.kind == "advies")
    assert len(advice.pages) >= 2


def test_a_bold_line_that_is_no_usual_heading_still_starts_a_section():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 60), "Gewone tekst in de brief.", fontsize=10)
    page.insert_text((50, 100), "Afspraken met de school", fontsize=12, fontname="hebo")
    page.insert_text((50, 120), "We spreken elke maand af.", fontsize=10)
    titles = [s.title for s in find_sections(doc.tobytes())]
    assert "Afspraken met de school" in titles


def test_body_sentence_naming_a_heading_word_is_no_heading():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text(
        (50, 60), "Conclusie: het gaat beter met lezen en schrijven in de klas.", fontsize=10
    )
    assert [s.kind for s in find_sections(doc.tobytes())] == ["begin"]


def test_proposal_for_school_is_conclusion_and_advice():
    sections = find_sections(build_report())
    assert proposal_for_school(sections) == ["Conclusie", "Advies en aanbevelingen"]


def test_keep_by_title_part_or_kind():
    advice = next(s for s in find_sections(build_report()) if s.kind == "advies")
    assert section_is_kept(advice, ["aanbevelingen"])
    assert section_is_kept(advice, ["Advies"])
    assert not section_is_kept(advice, ["Conclusie"])


def test_sections_in_plain_text():
    from dossierwijs.core.minimiser.sections import find_sections_in_text

    text = "Verslag\n\n1. Aanleiding\nOuders vroegen hulp.\n\n2. Conclusie\nHet gaat beter.\n"
    found = find_sections_in_text(text)
    assert [(t, k) for t, k, _, _ in found] == [
        ("Begin van het document", "begin"), ("Aanleiding", "aanleiding"), ("Conclusie", "conclusie"),
    ]  # fmt: skip
    title, kind, begin, end = found[2]
    assert text[begin:end] == "2. Conclusie\nHet gaat beter.\n"
