"""The preparation letter for a meeting: what the parents know, and the ask to confirm it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossierwijs.core.letters.model import TONES, normalise
from dossierwijs.core.letters.registry import write_letter
from dossierwijs.core.letters.render_pdf import render_pdf
from tests.core.letters.letter_extract import pdf_text
from tests.core.letters.letter_family import EVA, context_for, sample_input

KIND = "gesprek_voorbereiding"


@pytest.mark.parametrize("tone", TONES)
def test_purpose_agenda_participants_and_documents_reach_school(tone):
    data = sample_input(KIND)
    text = normalise(pdf_text(render_pdf(write_letter(KIND, data, context_for(KIND), tone))))
    for phrase in (
        "Onderwerp: de ondersteuning in de klas",
        "Datum: 10 december 2026, 14.30 uur",
        "Plaats: De Klimop, kamer van de intern begeleider",
        "Afspreken welke hulp Sanne krijgt bij rekenen.",
        "Het onderzoek naar dyscalculie",
        "Tom Bakker (mentor): vertelt hoe het in de klas gaat",
        "Het groeidocument (Tom Bakker heeft het al)",
        "vóór het gesprek",
    ):
        assert normalise(phrase) in text, phrase
    assert "nog geen agenda" not in text


@pytest.mark.parametrize("tone", TONES)
def test_what_the_parent_does_not_know_yet_is_asked_in_the_singular(tone):
    data = replace(sample_input(KIND), purpose="", agenda=(), participants=(), documents=())
    ctx = replace(context_for(KIND), signers=(EVA,))
    text = normalise(write_letter(KIND, data, ctx, tone).body_text())
    assert "nog geen agenda. welke punten wilt u bespreken?" in text
    assert "wie komen er, in welke rol, en waarom?" in text
    assert "welke stukken dat zijn en wie ze krijgt" in text
    for plural in ("wij ", " ons ", "kunnen ik", "ik weten"):
        assert plural not in f" {text} ", plural
