"""``dossierwijs toestemming-check`` on text, PDF, Word and a real OCR'd scan of one form."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dossierwijs.cli import main
from dossierwijs.core.consent_check.compose import Exchange, Storage, compose_specific_consent

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

BLANKET = """Toestemmingsverklaring gegevensuitwisseling

Ondergetekende geeft de school toestemming om indien nodig alle relevante gegevens over
mijn kind op te vragen bij en te verstrekken aan alle betrokken instanties en hulpverleners.
Zonder deze toestemming kan de school geen extra ondersteuning aanvragen.
Deze toestemming geldt voor de gehele schoolloopbaan van uw kind.

[x] Ik ga akkoord met alle bovenstaande punten.

Handtekening ouder: ______________________   Datum: ____________
"""


def specific_consent() -> str:
    return compose_specific_consent(
        child="Noor Jansen",
        given_by=["Eva Jansen"],
        requested_by="Basisschool De Linde",
        exchanges=[
            Exchange(
                "Basisschool De Linde",
                "Logopedie De Klank",
                ["de uitslag van de leestoets"],
                "de logopedist stemt de oefeningen af op de klas",
            ),
            Exchange(
                "Logopedie De Klank",
                "Basisschool De Linde",
                ["het behandelplan"],
                "de leerkracht gebruikt dezelfde oefeningen in de klas",
            ),
        ],
        storage=[
            Storage("Basisschool De Linde", "het leerlingdossier in ParnasSys"),
            Storage("Logopedie De Klank", "het cliëntdossier van de praktijk"),
        ],
        withdraw_contact="de intern begeleider (ib@delinde.nl)",
        valid_until=date(2026, 7, 3),
        today=date(2026, 1, 5),
    )


# Valid consent, but silent on where the data is kept and for how long (AVG art. 13).
INCOMPLETE = """Toestemming overleg logopedie

De logopedist van Praktijk Klankrijk, mevrouw J. Smit, wil de uitslag van de laatste
leestoets van uw kind opvragen bij de leerkracht van groep 4 van OBS De Vlinder, zodat zij
de oefeningen kan afstemmen op wat in de klas gebeurt.

[ ] Ja, de uitslag mag naar de logopedist.
[ ] Nee.

U bent vrij om nee te zeggen; de behandeling gaat dan gewoon door.
U kunt uw toestemming altijd intrekken met een e-mail aan info@klankrijk.nl.

Handtekening ouder: ______________________   Datum: ____________
"""

FORMS = {
    "blanket": (BLANKET, "ongeldig"),
    "specific": (specific_consent(), "geldig"),
    "incomplete": (INCOMPLETE, "onvolledig"),
}


def write_txt(text: str, folder: Path) -> Path:
    path = folder / "formulier.txt"
    path.write_text(text, encoding="utf-8")
    return path


def write_pdf(text: str, folder: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    overflow = page.insert_textbox(
        pymupdf.Rect(40, 40, 555, 810), text, fontsize=9, fontname="dejavu", fontfile=FONT
    )
    assert overflow >= 0, "the form must fit on one page"
    path = folder / "formulier.pdf"
    doc.save(path)
    return path


def write_docx(text: str, folder: Path) -> Path:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = folder / "formulier.docx"
    document.save(path)
    return path


def write_png(text: str, folder: Path) -> Path:
    """A scan: the form rendered to an image at 250 dpi, with no text layer."""
    import pymupdf

    pdf = pymupdf.open(write_pdf(text, folder))
    path = folder / "scan.png"
    path.write_bytes(pdf[0].get_pixmap(dpi=250).tobytes("png"))
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def verdict_of(capsys, path: Path) -> dict:
    code, out, err = run(capsys, "toestemming-check", str(path), "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("writer", [write_txt, write_pdf, write_docx])
def test_same_verdict_for_text_pdf_and_docx(capsys, tmp_path, form, writer):
    text, verdict = FORMS[form]
    data = verdict_of(capsys, writer(text, tmp_path))
    assert data["verdict"] == verdict


@pytest.mark.slow
@pytest.mark.parametrize("form", sorted(FORMS))
def test_same_verdict_for_a_scanned_image_through_real_ocr(capsys, tmp_path, form):
    text, verdict = FORMS[form]
    from_text = verdict_of(capsys, write_txt(text, tmp_path))
    from_scan = verdict_of(capsys, write_png(text, tmp_path))
    assert from_scan["verdict"] == from_text["verdict"] == verdict
    assert "scan of foto" in from_scan["criteria"]["ondubbelzinnig"]["uitleg"]
    assert "scan of foto" not in from_text["criteria"]["ondubbelzinnig"]["uitleg"]
    if form == "blanket":
        for code in ("doel", "gegevens", "ontvangers", "termijn", "vrij", "ondubbelzinnig"):
            assert from_scan["criteria"][code]["oordeel"] == "gebrek", code


def test_json_output_has_exactly_the_published_shape(capsys, tmp_path):
    data = verdict_of(capsys, write_txt(BLANKET, tmp_path))
    assert set(data) == {"criteria", "verdict"}
    assert list(data["criteria"]) == [
        "doel",
        "gegevens",
        "ontvangers",
        "opslag",
        "termijn",
        "vrij",
        "ondubbelzinnig",
        "granulair",
        "intrekken",
    ]
    for judgement in data["criteria"].values():
        assert set(judgement) == {"oordeel", "uitleg", "bewijs"}
    assert any(
        "alle betrokken instanties" in quote for quote in data["criteria"]["ontvangers"]["bewijs"]
    )


def test_a_report_resting_only_on_doubt_says_so_in_its_verdict(capsys, tmp_path):
    from tests.consent.factories import DOUBTFUL_FORM, SILENCE_FORM

    code, out, _ = run(capsys, "toestemming-check", str(write_txt(DOUBTFUL_FORM, tmp_path)))
    assert code == 0
    assert "Oordeel: ONGELDIG, met twijfel." in " ".join(out.split())
    (tmp_path / "sure").mkdir()
    code, out, _ = run(capsys, "toestemming-check", str(write_txt(SILENCE_FORM, tmp_path / "sure")))
    assert "Oordeel: ONGELDIG. Het formulier voldoet niet aan 2" in " ".join(out.split())


def test_readable_report_is_dutch_and_quotes_the_form(capsys, tmp_path):
    code, out, _ = run(capsys, "toestemming-check", str(write_txt(BLANKET, tmp_path)))
    assert code == 0
    assert "Oordeel: ONGELDIG" in out
    assert "3. Welke organisaties: GEBREK" in out
    assert "Uit het formulier:" in out
    assert "dossierwijs vond hierover geen zin in het formulier." in out  # nothing on withdrawal
    assert "AVG art. 7 lid 3" in out


def test_valid_form_report_says_valid(capsys, tmp_path):
    code, out, _ = run(capsys, "toestemming-check", str(write_txt(specific_consent(), tmp_path)))
    assert code == 0
    assert "Oordeel: GELDIG" in out


def test_incomplete_form_report_says_valid_but_ask_where_and_how_long(capsys, tmp_path):
    code, out, _ = run(capsys, "toestemming-check", str(write_txt(INCOMPLETE, tmp_path)))
    assert code == 0
    assert "Oordeel: ONVOLLEDIG" in out
    flat = " ".join(out.split())
    assert "geldig volgens de AVG" in flat
    assert "waar de gegevens worden bewaard en hoe lang het geldt" in flat
    assert "Vraag het na vóór u tekent" in flat


def test_missing_file_gives_a_dutch_message_and_non_zero_exit(capsys, tmp_path):
    code, out, err = run(capsys, "toestemming-check", str(tmp_path / "bestaat-niet.pdf"))
    assert code != 0
    assert out == ""
    assert "bestaat niet" in err


def test_damaged_pdf_gives_a_dutch_message(capsys, tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    code, _, err = run(capsys, "toestemming-check", str(path), "--json")
    assert code != 0
    assert err.startswith("Fout: ")
    assert "Traceback" not in err


def test_empty_file_gives_a_dutch_message(capsys, tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    code, _, err = run(capsys, "toestemming-check", str(path))
    assert code != 0
    assert err.startswith("Fout: ")


def test_command_needs_no_django(tmp_path):
    path = write_txt(BLANKET, tmp_path)
    script = (
        "import sys; from dossierwijs.cli import main; "
        f"code = main(['toestemming-check', {str(path)!r}, '--json']); "
        "assert 'django' not in sys.modules, 'django was imported'; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "ongeldig"
