"""Downloads and the export ZIP: any file name gives a valid header and a harmless name."""

import io
import re
import zipfile
from urllib.parse import unquote

from django.urls import reverse

from dossierwijs.dossier.models import Document
from dossierwijs.dossier.services import import_file
from dossierwijs.vault.downloads import content_disposition, displayable, safe_path
from dossierwijs.vault.export import build_export

RLO = "\u202e"


def _filename_star(header: str) -> str:
    """The exact name as a browser reads it (RFC 6266: filename* wins over filename)."""
    match = re.search(r"filename\*=UTF-8''([^;\s]+)", header)
    assert match, header
    return unquote(match.group(1))


def test_a_name_outside_latin_1_keeps_its_letters_through_filename_star():
    header = content_disposition("Ayşe’s verslag.pdf")
    header.encode("latin-1")  # a valid header value
    assert "filename*=UTF-8''Ay%C5%9Fe%E2%80%99s%20verslag.pdf" in header
    assert 'filename="Ayse_s verslag.pdf"' in header
    assert _filename_star(header) == "Ayşe’s verslag.pdf"


def test_control_and_override_characters_are_neutralised():
    header = content_disposition(f"rapport{RLO}fdp.exe\r\nX-Evil: 1")
    assert "\r" not in header and "\n" not in header and RLO not in header
    assert header == 'attachment; filename="rapportfdp.exe X-Evil: 1"'
    assert displayable(f"a{RLO}b\x1b[31mc\td") == "ab [31mc d"


def test_a_zip_path_never_climbs_out():
    assert safe_path("documenten/../../etc/passwd") == "documenten/bestand/bestand/etc/passwd"
    assert safe_path(f"documenten/{RLO}x.sh") == "documenten/x.sh"


def test_a_document_whose_name_holds_a_carriage_return_downloads(family, client_for):
    import_file(
        vault=family.vault,
        by=family.ouder,
        filename="Ayşe’s\rverslag.txt",
        data=b"Verslag over de spraak.",
    )
    document = Document.objects.get(vault=family.vault)
    response = client_for("ouder").get(reverse("dossier:download", args=[document.pk, 1]))
    assert response.status_code == 200
    header = response["Content-Disposition"]
    assert "\r" not in header
    assert _filename_star(header) == "Ayşe’s verslag.txt"


def test_the_export_zip_holds_no_override_or_control_characters(family):
    import_file(
        vault=family.vault,
        by=family.ouder,
        filename=f"factuur{RLO}fdp.exe",
        data=b"Gewoon tekst.",
    )
    names = zipfile.ZipFile(io.BytesIO(build_export(family.vault))).namelist()
    document_names = [n for n in names if n.startswith("documenten/") and "index" not in n]
    assert document_names
    for name in document_names:
        assert RLO not in name and "\r" not in name and ".." not in name
        assert name.endswith("factuurfdp.exe")
