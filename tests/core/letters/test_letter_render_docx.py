import io

from docx import Document
from docx.shared import Mm

from dossierwijs.core.letters.registry import write_letter
from dossierwijs.core.letters.render_docx import render_docx
from tests.core.letters.letter_family import family_context, sample_input


def test_docx_opens_as_a4_with_bullets_as_a_word_list():
    letter = write_letter("inzage", sample_input("inzage"), family_context(), "zakelijk")
    doc = Document(io.BytesIO(render_docx(letter)))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert bullets[: len(letter.paragraphs[3].items)] == list(letter.paragraphs[3].items)
    assert doc.core_properties.title == letter.subject
    assert doc.paragraphs[0].text == "Eva Canarisvogel en Joost Canarisvogel"


def test_docx_lists_attachments_and_copy():
    from tests.core.letters.letter_family import EVA, JOOST

    ctx = family_context(signers=(EVA,), other_parents=(JOOST,))
    letter = write_letter("aanbieding", sample_input("aanbieding"), ctx, "zakelijk")
    texts = [p.text for p in Document(io.BytesIO(render_docx(letter))).paragraphs]
    assert "Kopie aan: Joost Canarisvogel" in texts
    assert texts[-2:] == ["opp.pdf", "vlinderboom-conclusie.pdf"]
