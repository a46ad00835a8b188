"""Every letter kind, in every tone and every output, states all its essential facts."""

from __future__ import annotations

import re

import pytest

from dossierwijs.core.letters.model import TONES, normalise, placeholders_in
from dossierwijs.core.letters.registry import KINDS, essential_phrases, write_letter
from dossierwijs.core.letters.render_docx import render_docx
from dossierwijs.core.letters.render_eml import render_eml
from dossierwijs.core.letters.render_pdf import render_pdf
from tests.core.letters.letter_extract import docx_text, eml_text, parse_eml, pdf_text
from tests.core.letters.letter_family import EVA, JOOST, context_for, family_context, sample_input

RENDER = {
    "pdf": lambda letter: pdf_text(render_pdf(letter)),
    "docx": lambda letter: docx_text(render_docx(letter)),
    "eml": lambda letter: eml_text(render_eml(letter)),
}
EMAIL_KINDS = [k for k in KINDS if k not in ("klacht_ap", "machtiging")]  # no e-mail recipient
# The information request (BW 1:377c) is written by one parent without gezag, never by two.
ONE_WRITER_KINDS = ("machtiging", "informatie")
CO_SIGNED_KINDS = [k for k in EMAIL_KINDS if k not in ONE_WRITER_KINDS]


# Each kind and output is checked signed by one parent (the other in CC) and by both.
SIGNING = {"vriendelijk": "een ouder", "zakelijk": "beide ouders", "stellig": "een ouder"}


def _cases():
    for kind in KINDS:
        for tone in TONES:
            for output in RENDER:
                if output == "eml" and kind not in EMAIL_KINDS:
                    continue
                yield pytest.param(kind, tone, output, id=f"{kind}-{tone}-{output}")


def _context(kind, tone):
    ctx = context_for(kind)
    if SIGNING[tone] == "een ouder" and kind not in ONE_WRITER_KINDS:
        return family_context(signers=(EVA,), other_parents=(JOOST,), recipient=ctx.recipient)
    return ctx


@pytest.mark.parametrize(("kind", "tone", "output"), list(_cases()))
def test_output_states_every_essential_fact_and_no_placeholder(kind, tone, output):
    ctx = _context(kind, tone)
    data = sample_input(kind)
    letter = write_letter(kind, data, ctx, tone)
    text = RENDER[output](letter)
    haystack = normalise(text)
    for label, phrases in essential_phrases(kind, data, ctx).items():
        for phrase in phrases:
            assert normalise(phrase) in haystack, f"{label}: {phrase!r} missing in {output}"
    assert placeholders_in(text) == []
    if kind == "informatie":
        assert list(letter.signatures) == ["Joost Canarisvogel"]
    elif kind != "machtiging":  # the authorisation is signed by the young person
        expected = ["Eva Canarisvogel"]
        if SIGNING[tone] == "beide ouders":
            expected.append("Joost Canarisvogel")
        if kind == "verkort_verslag":
            expected.append("Sanne Canarisvogel")  # 13 years old: co-signs (WGBO)
        assert list(letter.signatures) == expected
    for name in letter.signatures:
        assert name in text
    if output == "eml" and kind not in ONE_WRITER_KINDS:
        assert "joost@example.nl" in str(parse_eml(render_eml(letter))["Cc"])


@pytest.mark.parametrize(
    "kind", [k for k in KINDS if not getattr(KINDS[k].module, "SAME_IN_EVERY_TONE", False)]
)
def test_tones_differ_in_wording(kind):
    ctx, data = context_for(kind), sample_input(kind)
    bodies = {tone: write_letter(kind, data, ctx, tone).body_text() for tone in TONES}
    assert len(set(bodies.values())) == 3


@pytest.mark.parametrize("kind", CO_SIGNED_KINDS)
def test_letter_signed_by_one_parent_speaks_as_i_and_copies_the_other(kind):
    ctx = context_for(kind)
    ctx = family_context(signers=(EVA,), other_parents=(JOOST,), recipient=ctx.recipient)
    data = sample_input(kind)
    for tone in TONES:
        letter = write_letter(kind, data, ctx, tone)
        assert letter.signatures[0] == "Eva Canarisvogel"
        assert "Joost Canarisvogel" not in letter.signatures
        own_words = normalise(letter.body_text())
        assert not re.search(r"\b(wij|ons|onze)\b", own_words), (tone, own_words)
        msg = parse_eml(render_eml(letter))
        assert "joost@example.nl" in msg["Cc"]
        assert "Kopie aan: Joost Canarisvogel" in pdf_text(render_pdf(letter))


@pytest.mark.parametrize("kind", CO_SIGNED_KINDS)
def test_letter_signed_by_both_parents_is_signed_twice_and_copies_the_co_signer(kind):
    letter = write_letter(kind, sample_input(kind), context_for(kind), "zakelijk")
    assert letter.signatures[:2] == ("Eva Canarisvogel", "Joost Canarisvogel")
    msg = parse_eml(render_eml(letter))
    assert msg["From"].addresses[0].addr_spec == "eva@example.nl"
    assert "joost@example.nl" in msg["Cc"]
    text = docx_text(render_docx(letter))
    assert "Eva Canarisvogel" in text and "Joost Canarisvogel" in text


@pytest.mark.parametrize("kind", ["aanbieding", "klacht_ap"])
def test_given_attachments_travel_in_the_eml(kind):
    ctx = context_for(kind)
    data = sample_input(kind)
    letter = write_letter(kind, data, ctx, "vriendelijk")
    if not letter.to:  # the complaint goes to the AP's web form; give an address to test
        from dataclasses import replace

        letter = replace(letter, to=("klachten@example.nl",))
    msg = parse_eml(render_eml(letter))
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert names == [a.filename for a in data.attachments]
    assert all(
        part.get_content() == b"%PDF-1.4\n% test attachment\n" for part in msg.iter_attachments()
    )
