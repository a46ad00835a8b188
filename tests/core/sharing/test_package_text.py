"""What reaches the organisation in a share package: the stamp and the cover letter."""

from __future__ import annotations

from datetime import date

import pymupdf
import pytest

from dossierwijs.core.letters import write_letter
from dossierwijs.core.letters.kinds.aanbieding import AanbiedingInput
from dossierwijs.core.letters.model import TONES
from dossierwijs.core.letters.render_pdf import render_pdf
from dossierwijs.core.sharing.package import PackagePart, build_package, footer_text, text_to_pdf
from tests.core.letters.letter_family import family_context

# Parent-facing phrases (advice, hedges) that must never reach an outgoing letter.
PARENT_FACING = (
    "Vraag de school welke termijn",
    "Meestal hooguit",
    "Dit staat niet in de wet",
    "dossierwijs",
    "Noteer",
    "..",
)


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def test_every_page_stamp_round_trips_without_question_marks():
    footer = footer_text(
        "OSG De Klimop", "1 december 2026", "het OPP \u2014 de \u201cextra tijd\u201d bij toetsen"
    )
    page = text_to_pdf("Verslag \u2013 met \u2018aanhalingstekens\u2019 en \u2026", "Titel")
    pdf = build_package([PackagePart("verslag", page)], footer)
    text = _text(pdf)
    assert "?" not in text
    flat = " ".join(text.split())
    assert "Niet verder verspreiden, tenzij de wet u daartoe verplicht." in flat
    assert "Gedeeld door de ouders met OSG De Klimop op 1 december 2026 voor het OPP" in flat


@pytest.mark.parametrize("tone", TONES)
def test_the_cover_letter_carries_the_purpose_as_a_sentence_and_no_parent_advice(tone):
    data = AanbiedingInput(
        purpose="Zodat De Klimop in het OPP de juiste hulp kan opnemen.",
        documents=("het ontwikkelingsperspectief",),
        keep_until="tot en met 1 december 2029",
    )
    letter = write_letter("aanbieding", data, family_context(date=date(2026, 12, 1)), tone)
    text = " ".join(_text(render_pdf(letter)).split())
    assert text.count("?") == letter.full_text().count("?")  # no font substitution
    assert "Sanne, zodat De Klimop in het OPP de juiste hulp kan opnemen:" in text
    assert "voor Zodat" not in text and "voor zodat" not in text
    assert "niet langer dan tot en met 1 december 2029." in text
    for phrase in PARENT_FACING:
        assert phrase not in text, phrase
