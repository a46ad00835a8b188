"""What reaches the organisation: every kind in every tone, read as the school receives it.

Advice for the parent (``Letter.guidance``) never reaches the letter; grammar-sensitive
phrases are checked per tone; text that speaks to the parent is never in the body.
"""

from __future__ import annotations

import pytest

from dossierwijs.core.letters.model import TONES, normalise
from dossierwijs.core.letters.registry import KINDS, write_letter
from dossierwijs.core.letters.render_docx import render_docx
from dossierwijs.core.letters.render_eml import render_eml
from dossierwijs.core.letters.render_pdf import render_pdf
from dossierwijs.core.rules.deadlines import COURT_ROUTE
from tests.core.letters.letter_extract import docx_text, eml_text, pdf_text
from tests.core.letters.letter_family import context_for, sample_input

# Phrases that speak to the parent, not to the organisation.
PARENT_FACING = (
    "dossierwijs",
    "noteer",
    "stap 1",
    "juridisch loket",
    "vraag de school welke termijn",
    "meestal hooguit",
    "bewaar ze niet langer dan nodig:",
    "..",
)


def _outputs(letter):
    yield "pdf", pdf_text(render_pdf(letter))
    yield "docx", docx_text(render_docx(letter))
    if letter.to:
        yield "eml", eml_text(render_eml(letter))


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_advice_for_the_parent_reaches_the_organisation(kind, tone):
    letter = write_letter(kind, sample_input(kind), context_for(kind), tone)
    for output, text in _outputs(letter):
        flat = normalise(text)
        for advice in letter.guidance:
            assert normalise(advice) not in flat, (output, advice)
        for phrase in PARENT_FACING:
            assert phrase not in flat, (output, phrase)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_glued_or_doubled_words(kind, tone):
    body = normalise(write_letter(kind, sample_input(kind), context_for(kind), tone).body_text())
    for wrong in (" te te ", " de de ", " het het ", " wilt u ook wilt", " ,", " .", "voor voor"):
        assert wrong not in body, wrong


def test_the_complaint_tells_the_parent_the_court_term_is_short():
    letter = write_letter(
        "klacht_ap", sample_input("klacht_ap"), context_for("klacht_ap"), "zakelijk"
    )
    assert COURT_ROUTE in letter.guidance
    assert "zes weken" in COURT_ROUTE and "UAVG artikel 34" in COURT_ROUTE
    assert "UAVG artikel 35" in COURT_ROUTE


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_pdf_round_trips_without_question_mark_substitutions(kind, tone):
    letter = write_letter(kind, sample_input(kind), context_for(kind), tone)
    text = pdf_text(render_pdf(letter))
    assert text.count("?") == letter.full_text().count("?")
