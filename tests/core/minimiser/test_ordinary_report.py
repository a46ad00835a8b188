"""An ordinary three-page report, as a parent would abridge it for school.

Conclusie and Advies are kept, personal data removed, the child's name kept. What must
hold: every kept word that is not personal data is still text in the copy (in reading
order); the child's name and its parts stay; no function word or common word is proposed
or removed; the psychologist's name, BIG number, phone, address and e-mail are gone from
the text, the pictures, the metadata and the bytes.
"""

from __future__ import annotations

import json
import re
import subprocess

import pymupdf
import pytest

from dossierwijs.cli import main
from dossierwijs.core.minimiser.pii import detect_personal_data
from dossierwijs.core.minimiser.redact import (
    MADE_AS_TEXT,
    MADE_AS_TEXT_IMAGE_PART,
    make_abridged_copy,
)
from dossierwijs.core.minimiser.words import is_common_word, is_function_word
from tests.core.minimiser.ordinary_report import (
    CHILD,
    PRACTITIONER_DATA,
    build_ordinary_report,
    kept_words,
    words_of,
)
from tests.core.minimiser.test_redact import occurs_anywhere

pytestmark = pytest.mark.slow  # loads deduce


@pytest.fixture(scope="module")
def report() -> bytes:
    return build_ordinary_report()


@pytest.fixture(scope="module")
def copy(report):
    result = make_abridged_copy(
        report,
        keep_sections=["Conclusie", "Advies"],
        remove_personal_data=True,
        known=[CHILD],
        keep_names=[CHILD],
    )
    assert result.ok, result.message
    return result


def _in_order(expected: list[str], actual: list[str]) -> float:
    """Share of ``expected`` found in ``actual`` in the same order (a greedy subsequence)."""
    position, found = 0, 0
    for word in expected:
        try:
            position = actual.index(word, position) + 1
            found += 1
        except ValueError:
            continue
    return found / len(expected)


def test_every_kept_word_is_text_in_the_copy_in_reading_order(copy):
    text = "\n".join(page.get_text() for page in pymupdf.open(stream=copy.output))
    copy_words = words_of(text)
    missing = [w for w in kept_words() if w not in copy_words]
    assert missing == []
    assert _in_order(kept_words(), copy_words) >= 0.95
    # No page became a picture: the stamp's name is blacked out in the stamp alone.
    assert copy.pages_made == [MADE_AS_TEXT, MADE_AS_TEXT_IMAGE_PART]
    assert copy.rasterised_pages == []


def test_the_childs_name_and_its_parts_stay(copy):
    text = "\n".join(page.get_text() for page in pymupdf.open(stream=copy.output))
    assert "Geef Sanne een rustige werkplek" in text
    assert "Laat Sanne teksten" in text
    assert "Sanne's motivatie" in text
    assert not any(CHILD.split()[0] in t["tekst"] for t in copy.removed_terms)


def test_the_practitioner_is_gone_from_text_images_metadata_and_bytes(copy):
    for secret in PRACTITIONER_DATA:
        assert occurs_anywhere(copy.output, secret) == [], secret
    assert copy.verification.passed
    advice = pymupdf.open(stream=copy.output)[1]
    assert len(advice.get_images()) == 1  # the stamp stays, without the name
    seen = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "nld"],
        input=advice.get_pixmap(dpi=200).tobytes("png"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "rustige werkplek" in seen  # OCR reads this page ...
    assert "Dijkhuizen" not in seen and "Marloes" not in seen  # ... but not her name


def test_no_function_word_or_common_word_is_removed(copy):
    for term in copy.removed_terms:
        words = term["tekst"].split()
        assert not (len(words) == 1 and is_function_word(words[0])), term
        if term["soort"] != "plaats":  # a city's name is a common word too
            assert not (len(words) == 1 and is_common_word(words[0])), term
    # The school is removed whole, with its kind, and never by its article alone.
    assert {"tekst": "OBS De Klimop", "soort": "school"} in copy.removed_terms


def test_proposals_on_the_whole_report_are_no_common_words(report):
    text = "\n".join(page.get_text() for page in pymupdf.open(stream=report))
    findings = detect_personal_data(text, known=[CHILD])
    texts = {f.tekst for f in findings}
    for finding in findings:
        words = finding.tekst.split()
        assert not (len(words) == 1 and is_function_word(words[0])), finding
        if finding.soort in ("persoon", "school", "instelling"):
            assert not (len(words) == 1 and is_common_word(words[0])), finding
        if finding.soort == "persoon":  # no verb at the start of a sentence
            assert not is_common_word(words[0]), finding
    assert not {"De", "Het", "Geef", "Geef Sanne", "Laat", "Laat Sanne", "Klimop"} & texts
    assert "Openbare Basisschool De Klimop" in texts
    persons = {f.tekst for f in findings if f.soort == "persoon"}
    assert not any("Klimop" in p or "Basisschool" in p for p in persons)


def test_a_term_removes_whole_words_only(report):
    result = make_abridged_copy(
        report, keep_sections=["Aanleiding", "Onderzoek"], remove_terms=["de"]
    )
    assert result.ok, result.message
    text = "\n".join(page.get_text() for page in pymupdf.open(stream=result.output))
    for word in ("Onderzoek", "gemiddeld", "ouders", "begeleider", "Klimop"):
        assert re.search(rf"\b{word}\b", text), word
    assert not re.search(r"\bde\b", text)


def test_a_name_is_removed_as_written_and_a_common_word_like_it_stays():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 100), "Roos Akkerman gaf Sanne een roos. ROOS AKKERMAN tekende.")
    result = make_abridged_copy(doc.tobytes(), remove_names=["Roos Akkerman", "Roos"], ocr=False)
    assert result.ok, result.message
    text = pymupdf.open(stream=result.output)[0].get_text()
    assert "Roos" not in text and "ROOS" not in text and "AKKERMAN" not in text.upper()
    assert "een roos." in text and "gaf Sanne" in text


def test_the_command_line_keeps_the_child_and_removes_the_rest(report, tmp_path, capsys):
    source, target = tmp_path / "verslag.pdf", tmp_path / "kort.pdf"
    source.write_bytes(report)
    code = main(
        ["verkort", str(source), str(target), "--houd", "Conclusie", "--houd", "Advies",
         "--persoonsgegevens", "--kind", CHILD, "--json"]
    )  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0, out
    assert out["gelukt"] and out["uitvoer"] == str(target)
    assert [p["gemaakt_als"] for p in out["per_pagina"]] == [MADE_AS_TEXT, MADE_AS_TEXT_IMAGE_PART]
    text = "\n".join(page.get_text() for page in pymupdf.open(target))
    assert "Geef Sanne" in text and "Sanne's" in text
    assert _in_order(kept_words(), words_of(text)) >= 0.95
    for secret in PRACTITIONER_DATA:
        assert occurs_anywhere(target.read_bytes(), secret) == [], secret
