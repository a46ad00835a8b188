"""A whole Verkorte versie, Word file included, leaves no plaintext in the data folder."""

from __future__ import annotations

import json

import pytest

from tests.vault.scripted import cli, python

CANARIES = ["Kanariepietje", "Spreeuwenverslag", "Zwaluwstaart", "Merelzang"]

SCRIPT = """
import io
import json
from pathlib import Path
import docx
import pymupdf
from django.conf import settings
from dossierwijs.dossier.services import import_file
from dossierwijs.minimiser import services as minimiser

def scan():
    found = []
    for path in Path(settings.DATA_DIR).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for c in %(canaries)r:
                if c.encode() in data or c.lower().encode() in data:
                    found.append((str(path), c))
    return found

pdf = pymupdf.open()
page = pdf.new_page()
page.insert_text((50, 60), "Aanleiding", fontsize=13, fontname="hebo")
page.insert_text((50, 80), "Spreeuwenverslag over Kanariepietje.", fontsize=10)
page.insert_text((50, 120), "Conclusie", fontsize=13, fontname="hebo")
page.insert_text((50, 140), "Kanariepietje leest goed. Onderzoeker Zwaluwstaart.", fontsize=10)
page.insert_text((50, 160), "Merelzang is de naam van de zus.", fontsize=10)
report = import_file(vault=vault, by=member, filename="verslag.pdf", data=pdf.tobytes())[0].document
draft = minimiser.start_draft(document=report, by=member)
minimiser.choose_sections(draft=draft, keep=["Conclusie"])
minimiser.set_extra_terms(draft=draft, text="Merelzang")
draft.manual_boxes = [[0, 45, 150, 400, 165]]
draft.save()
preview = minimiser.make_copy(draft)
assert preview.ok, preview.message
minimiser.preview_pages(preview.output)
result, copy = minimiser.store_copy(draft=draft, by=member)
assert copy is not None, result.message

word = docx.Document()
word.add_paragraph("Conclusie")
word.add_paragraph("Spreeuwenverslag: Kanariepietje rekent goed.")
buffer = io.BytesIO()
word.save(buffer)
letter = import_file(vault=vault, by=member, filename="brief.docx", data=buffer.getvalue())
draft = minimiser.start_draft(document=letter[0].document, by=member)
assert draft.converted
print(json.dumps(scan()))
"""


@pytest.mark.slow
def test_no_canary_of_an_abridged_copy_reaches_the_data_folder(tmp_path, monkeypatch):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kanariepietje de Vries", "--ouder", "Eva")
    found = json.loads(python(data, SCRIPT % {"canaries": CANARIES}).strip().splitlines()[-1])
    assert found == []
    leftovers = [
        c
        for path in data.rglob("*")
        if path.is_file()
        for c in CANARIES
        if c.encode() in path.read_bytes() or c.lower().encode() in path.read_bytes()
    ]
    assert leftovers == []
