"""``dossierwijs verslag-vergelijk`` on text, PDF and Word versions of two meeting reports."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossierwijs.cli import main

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

OWN = """Verslag van ons gesprek over Milan

Datum: maandag 19 januari 2026, 15.00 uur
Aanwezig: Sarah Dekker (moeder), meneer Vos (mentor), mevrouw Akkerman (zorgcoördinator)

Besproken
Meneer Vos vertelde dat Milan zijn huiswerk vaak niet af heeft.
Wij willen niet dat Milan nu al wordt aangemeld bij het samenwerkingsverband.

Afspraken
- Mevrouw Akkerman stuurt ons uiterlijk 30 januari het handelingsplan.
- Milan krijgt elke dinsdag huiswerkbegeleiding van meneer Vos.
- Vervolggesprek op maandag 2 maart 2026 om 15.00 uur.
"""

SCHOOL = """Verslag gesprek Milan Dekker, klas 2A
Datum: 19 januari 2026
Aanwezig: moeder, mentor, zorgcoördinator

De mentor geeft aan dat Milan zijn huiswerk regelmatig niet af heeft. Moeder was erg emotioneel.

Afspraken
- De zorgcoördinator stuurt moeder voor de voorjaarsvakantie het handelingsplan.
- Milan krijgt elke dinsdag huiswerkbegeleiding van de mentor.
- De mentor meldt Milan aan bij de leerplichtambtenaar.
- Vervolggesprek maandag 2 maart 2026, 15.00 uur.
"""

EXPECTED = [
    (
        "ontbreekt",
        "Wij willen niet dat Milan nu al wordt aangemeld bij het samenwerkingsverband.",
        "",
    ),
    (
        "anders",
        "Mevrouw Akkerman stuurt ons uiterlijk 30 januari het handelingsplan.",
        "De zorgcoördinator stuurt moeder voor de voorjaarsvakantie het handelingsplan.",
    ),
    ("oordelend", "", "Moeder was erg emotioneel."),
    ("extra", "", "De mentor meldt Milan aan bij de leerplichtambtenaar."),
]


def write_txt(text: str, path: Path) -> Path:
    path = path.with_suffix(".txt")
    path.write_text(text, encoding="utf-8")
    return path


def write_pdf(text: str, path: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    overflow = page.insert_textbox(
        pymupdf.Rect(40, 40, 555, 810), text, fontsize=9, fontname="dejavu", fontfile=FONT
    )
    assert overflow >= 0, "the report must fit on one page"
    path = path.with_suffix(".pdf")
    doc.save(path)
    return path


def write_docx(text: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = path.with_suffix(".docx")
    document.save(path)
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("writer", [write_txt, write_pdf, write_docx])
def test_json_lists_each_kind_of_difference_for_txt_pdf_and_docx(capsys, tmp_path, writer):
    own = writer(OWN, tmp_path / "eigen")
    school = writer(SCHOOL, tmp_path / "school")
    code, out, err = run(capsys, "verslag-vergelijk", str(own), str(school), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["verschillen"]
    for item in data["verschillen"]:
        assert list(item) == ["soort", "eigen", "school", "uitleg"]
        assert item["uitleg"]
    found = [(d["soort"], d["eigen"], d["school"]) for d in data["verschillen"]]
    assert found == EXPECTED


def test_two_docx_of_a_faithful_report_give_an_empty_list(capsys, tmp_path):
    own = write_docx(OWN, tmp_path / "eigen")
    code, out, _ = run(capsys, "verslag-vergelijk", str(own), str(own), "--json")
    assert code == 0
    assert json.loads(out) == {"verschillen": []}


def test_readable_output_is_dutch_with_both_sentences(capsys, tmp_path):
    own, school = write_txt(OWN, tmp_path / "eigen"), write_txt(SCHOOL, tmp_path / "school")
    code, out, _ = run(capsys, "verslag-vergelijk", str(own), str(school))
    assert code == 0
    assert out.startswith("4 verschillen gevonden")
    assert "Ontbreekt bij school" in out and "Oordelend of vaag" in out
    assert "voorjaarsvakantie" in out and "30 januari" in out


def test_a_missing_file_gives_a_dutch_message_and_exit_1(capsys, tmp_path):
    own = write_txt(OWN, tmp_path / "eigen")
    code, _, err = run(capsys, "verslag-vergelijk", str(own), str(tmp_path / "weg.pdf"))
    assert code == 1
    assert "bestaat niet" in err and "verslag van school" in err
    assert "Traceback" not in err


def test_a_damaged_pdf_gives_a_dutch_message_in_json(capsys, tmp_path):
    own = write_txt(OWN, tmp_path / "eigen")
    broken = tmp_path / "school.pdf"
    broken.write_bytes(b"%PDF-1.7\nniet echt\n")
    code, out, _ = run(capsys, "verslag-vergelijk", str(own), str(broken), "--json")
    assert code == 1
    assert "verslag van school" in json.loads(out)["fout"]


def test_command_needs_no_django(tmp_path):
    own, school = write_txt(OWN, tmp_path / "eigen"), write_txt(SCHOOL, tmp_path / "school")
    script = (
        "import sys; from dossierwijs.cli import main; "
        f"code = main(['verslag-vergelijk', {str(own)!r}, {str(school)!r}, '--json']); "
        "assert 'django' not in sys.modules, 'django was imported'; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["verschillen"]) == 4
