import pytest

from dossierwijs.core.letters import LetterError, produce, write_letter
from tests.core.letters.letter_extract import docx_text, parse_eml, pdf_text
from tests.core.letters.letter_family import family_context, sample_input


@pytest.fixture
def letter():
    return write_letter("bezwaar", sample_input("bezwaar"), family_context(), "zakelijk")


def test_every_format_comes_with_a_file_name_and_type(letter):
    pdf = produce(letter, "pdf")
    assert pdf.filename.endswith(".pdf") and pdf.mime_type == "application/pdf"
    assert "artikel 21 lid 1 AVG" in " ".join(pdf_text(pdf.content).split())
    assert "dwingende" in docx_text(produce(letter, "docx").content)
    assert parse_eml(produce(letter, "eml").content)["To"] == "administratie@klimop.example"
    assert produce(letter, "txt").content.decode().startswith("Eva Canarisvogel en Joost")


def test_unknown_format_gives_a_dutch_message(letter):
    with pytest.raises(LetterError, match="Onbekend formaat"):
        produce(letter, "odt")


def test_importing_the_package_does_not_load_the_renderers():
    import subprocess
    import sys

    code = (
        "import sys, dossierwijs.core.letters;"
        "print(any(m in sys.modules for m in ('fpdf', 'docx', 'pymupdf', 'django')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
