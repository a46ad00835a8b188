"""Word and OpenDocument text, including letterheads in page headers and tables."""

from __future__ import annotations

import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.formats.office import read_docx, read_odt

from ..builders import make_docx, make_odt


def test_a_docx_header_comes_first_then_the_body_in_order_with_its_table():
    data = make_docx(
        ["Geachte ouders,", "Met vriendelijke groet"],
        header="OBS De Linde",
        table=[["Vak", "Niveau"], ["Lezen", "E5"]],
    )
    text = read_docx(data)
    lines = text.splitlines()
    assert lines[0] == "OBS De Linde"
    assert lines[1:3] == ["Geachte ouders,", "Met vriendelijke groet"]
    assert "Lezen | E5" in lines


def test_a_damaged_docx_gives_a_dutch_message():
    data = make_docx(["tekst"])
    with pytest.raises(DocumentError) as caught:
        read_docx(data[: len(data) // 2])
    assert caught.value.message == errors.OFFICE_DAMAGED.format(name="Word")


def test_an_odt_gives_its_heading_and_paragraphs():
    text = read_odt(make_odt("Gespreksverslag", ["Wij spraken over lezen.", "Tot ziens."]))
    assert text.splitlines() == ["Gespreksverslag", "Wij spraken over lezen.", "Tot ziens."]


def test_a_damaged_odt_gives_a_dutch_message():
    with pytest.raises(DocumentError) as caught:
        read_odt(b"PK\x03\x04 kapot")
    assert caught.value.message == errors.OFFICE_DAMAGED.format(name="OpenDocument")
