import json
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from dossierwijs.cli import main
from tests.core.minimiser.report_pdfs import (
    CHILD,
    MOTHER,
    PRACTITIONER,
    SECRET,
    TRAPS,
    build_report,
)

VENV_BIN = Path(sys.executable).parent


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow  # loads deduce
def test_persoonsgegevens_json_offsets_match_the_txt_file(tmp_path, capsys):
    path = tmp_path / "brief.txt"
    text = (
        "Beste ouders van Jesse Bosveld,\nBel mij op 06-12345678 of mail r.akkerman@example.nl.\n"
    )
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "persoonsgegevens", path, "--bekend", CHILD, "--json")
    assert code == 0
    found = json.loads(out)["gevonden"]
    assert {(f["tekst"], f["soort"]) for f in found} >= {
        ("Jesse Bosveld", "persoon"),
        ("06-12345678", "telefoon"),
        ("r.akkerman@example.nl", "email"),
    }
    for f in found:
        assert text[f["begin"] : f["eind"]] == f["tekst"]


@pytest.mark.slow  # loads deduce
def test_persoonsgegevens_reads_pdf_and_docx(tmp_path, capsys):
    import docx

    pdf = tmp_path / "verslag.pdf"
    pdf.write_bytes(build_report())
    code, out, _ = run(capsys, "persoonsgegevens", pdf, "--json")
    assert code == 0
    assert "111222333" in {f["tekst"] for f in json.loads(out)["gevonden"]}

    document = docx.Document()
    document.add_paragraph("Telefoon van de praktijk: 030-1234567")
    word = tmp_path / "brief.docx"
    document.save(word)
    code, out, _ = run(capsys, "persoonsgegevens", word, "--json")
    assert code == 0
    assert json.loads(out)["gevonden"][0]["soort"] == "telefoon"


def test_persoonsgegevens_missing_file_is_a_dutch_message(tmp_path, capsys):
    code, out, _ = run(capsys, "persoonsgegevens", tmp_path / "weg.txt", "--json")
    assert code == 2
    assert "bestaat niet" in json.loads(out)["fout"]


def test_verkort_keeps_sections_and_reports_checks(tmp_path, capsys):
    source, target = tmp_path / "in.pdf", tmp_path / "uit.pdf"
    source.write_bytes(build_report())
    code, out, err = run(
        capsys, "verkort", source, target, "--houd", "Conclusie", "--houd", "Advies",
        "--verwijder", PRACTITIONER, "--json",
    )  # fmt: skip
    assert code == 0, out + err
    report = json.loads(out)
    assert report["gelukt"] is True
    assert {"tekst": PRACTITIONER, "soort": "term"} in report["verwijderd"]["teksten"]
    assert "Anamnese" in report["verwijderd"]["hoofdstukken"]
    assert all(check["geslaagd"] for check in report["controles"])
    text = pymupdf.open(target)[0].get_text()
    assert "Conclusie" in text and PRACTITIONER not in text and "Anamnese" not in text


def test_verkort_cleans_a_trap(tmp_path, capsys):
    source, target = tmp_path / "in.pdf", tmp_path / "uit.pdf"
    source.write_bytes(TRAPS["annotatie en metadata"]())
    code, out, _ = run(capsys, "verkort", source, target, "--verwijder", SECRET, "--json")
    assert code == 0
    assert SECRET.encode() not in target.read_bytes()


@pytest.mark.slow  # loads deduce
def test_verkort_removes_personal_data_but_keeps_the_child(tmp_path, capsys):
    source, target = tmp_path / "in.pdf", tmp_path / "uit.pdf"
    source.write_bytes(build_report())
    code, out, _ = run(
        capsys, "verkort", source, target, "--houd", "Conclusie", "--persoonsgegevens",
        "--bekend", MOTHER, "--kind", CHILD, "--json",
    )  # fmt: skip
    assert code == 0, out
    text = pymupdf.open(target)[0].get_text()
    assert "Jesse" in text and PRACTITIONER not in text


def test_verkort_writes_nothing_when_it_cannot_be_done(tmp_path):
    source, target = tmp_path / "in.pdf", tmp_path / "uit.pdf"
    source.write_bytes(build_report())
    result = subprocess.run(
        [VENV_BIN / "dossierwijs", "verkort", source, target, "--houd", "Diagnose", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["gelukt"] is False and report["uitvoer"] is None
    assert "niet in dit document" in report["melding"]
    assert not target.exists()


def test_verkort_refuses_a_file_that_is_no_pdf(tmp_path, capsys):
    source = tmp_path / "in.pdf"
    source.write_text("gewoon tekst")
    code, _, err = run(capsys, "verkort", source, tmp_path / "uit.pdf")
    assert code == 2 and "geen PDF" in err


def test_persoonsgegevens_on_a_scan_without_readable_text_is_no_all_clear(tmp_path, capsys):
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(100, 100, 300, 200), color=(0, 0, 0), fill=(0.8, 0.8, 0.8))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(doc.tobytes())
    code, out, err = run(capsys, "persoonsgegevens", scan)
    assert code == 1
    assert "Geen persoonsgegevens gevonden" not in out + err
    assert "kon geen tekst worden gelezen" in err and "OCR" in err
    code, out, _ = run(capsys, "persoonsgegevens", scan, "--json")
    assert code == 1 and "kon geen tekst worden gelezen" in json.loads(out)["fout"]


def test_persoonsgegevens_refuses_a_text_over_the_limit_in_dutch(tmp_path, capsys):
    from dossierwijs.core.minimiser.pii import MAX_CHARACTERS

    path = tmp_path / "lang.txt"
    path.write_text(
        "Een gewone zin zonder namen.\n" * (MAX_CHARACTERS // 29 + 10), encoding="utf-8"
    )
    code, _, err = run(capsys, "persoonsgegevens", path)
    assert code == 2
    assert "te lang" in err and "Traceback" not in err
