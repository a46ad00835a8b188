"""Plant distinctive strings in every kind of stored data; find none of them on disk."""

import json

import pytest

from tests.vault.scripted import cli, python

CANARIES = [
    "Kanariepietje",  # the child's name
    "Zwaluwstaart",  # a parent's name
    "Merelzang",  # an invited member
    "Klimopschool",  # the school
    "Spreeuwenverslag",  # document text
    "Roodborstbestand",  # a file name
    "Winterkoningnotitie",  # a note
]

PLANT = """
import json
from pathlib import Path
from django.conf import settings
from django.db import transaction
from dossierwijs.vault import journal
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.journal_model import Action
from dossierwijs.vault.roles import Role

CANARIES = json.loads(os.environ["CANARIES"])

def scan():
    found = []
    for path in Path(settings.DATA_DIR).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for c in CANARIES:
                for form in (c.encode(), c.encode("utf-16-le"), c.lower().encode()):
                    if form in data:
                        found.append((str(path), c))
        for c in CANARIES:
            if c in path.name:
                found.append((str(path), c))
    return found

inv, code = services.create_invitation(by=member, role=Role.MEELEZER, name="Merelzang")
services.accept_invitation(code=code, display_name="Merelzang", passphrase="gele zon schijnt warm nu")
store = BlobStore.for_data_dir(settings.DATA_DIR)
store.put(("Psychologisch onderzoek. Spreeuwenverslag. " * 200).encode())
mid_transaction = []
with transaction.atomic():
    journal.record(vault=vault, actor=member, action=Action.UPLOAD,
                   summary="Winterkoningnotitie Roodborstbestand.pdf")
    member.postal_address = "Winterkoningnotitie 12"
    member.save()
    mid_transaction = scan()  # the rollback journal exists now
import pymupdf
from dossierwijs.dossier import services as dossier_services
from dossierwijs.dossier.preview import render_page
from dossierwijs.dossier.search import search
from dossierwijs.addressbook.models import Organisation

outcomes = dossier_services.plant_canary(vault=vault, member=member,
    filename="Roodborstbestand.txt", text="Spreeuwenverslag Winterkoningnotitie")
pdf = pymupdf.open()
pdf.new_page().insert_text((72, 72), "Spreeuwenverslag over Kanariepietje")
stored = dossier_services.import_file(vault=vault, by=member, filename="Roodborstbestand.pdf",
                                      data=pdf.tobytes())
document = stored[0].document
dossier_services.update_metadata(document=document, by=member, description="Winterkoningnotitie",
                                 tags="Merelzang", organisation="Klimopschool")
render_page(document.current, 1)
# The meelezer's reader store holds the shared document's title and file name.
from dossierwijs.vault import readers
from dossierwijs.vault.models import Member
readers.set_grant(document=document, by=member, shared=True,
                  buddy=Member.objects.get(display_name="Merelzang"))
school = Organisation.objects.create(vault=vault, name="Klimopschool", kind="school",
                                     notes="Winterkoningnotitie", address="Schoolstraat 1\\n1234 AB Amstelveen")
import datetime
from dossierwijs.letters.services import produce_letter
vault.child_birth_date = datetime.date(2013, 4, 12)
vault.save()
member.postal_address = "Winterkoningnotitie 12\\n1234 AB Amstelveen"
member.save()
produce_letter(vault=vault, by=member, kind="inzage", tone="zakelijk", organisation=school,
               fields={"checklist": ("leerlingvolgsysteem", "emails"),
                       "pupil_system": "Magister", "extra": ("de Merelzang-notities",)})
# Gesprekken: a meeting, the parents' own report and a check of the school's report.
from dossierwijs.meetings import services as meeting_services
meeting = meeting_services.create_meeting(vault=vault, by=member, title="Gesprek Merelzang",
    held_on=datetime.date(2026, 3, 12), place="Klimopschool", purpose="Winterkoningnotitie")
meeting_services.save_own_report(report=meeting.own_report, by=member,
    discussed="Wij willen niet dat Kanariepietje naar de Klimopschool gaat.",
    agreements="Zwaluwstaart stuurt uiterlijk 27 maart het Spreeuwenverslag.")
meeting_services.mark_report_sent(report=meeting.own_report, by=member,
                                  sent_on=datetime.date(2026, 3, 13))
meeting_services.check_school_report(meeting=meeting, by=member,
    school_text="Afspraken\\n- Zwaluwstaart stuurt na de zomer het Spreeuwenverslag.")
recording = meeting_services.add_recording(meeting=meeting, by=member,
    filename="Roodborstbestand.wav", data=b"RIFF\\x24\\x00\\x00\\x00WAVEfmt " + b"Spreeuwenverslag" * 64)
meeting_services.add_recording_note(recording=recording, by=member, at_seconds=75,
    text="Winterkoningnotitie: Merelzang zegt dat Kanariepietje moet wachten.")
# Toestemmingen: a check of a form, and the parent's own judgement with their reason.
from dossierwijs.consent import services as consent_services
form_check = consent_services.check_text(vault=vault, by=member, title="Klimopschool",
    text="Toestemming Klimopschool\\nWij delen het Spreeuwenverslag van Kanariepietje.")
consent_services.correct_judgement(check=form_check, by=member, code="intrekken", oordeel="ok",
    quote="Wij delen het Spreeuwenverslag van Kanariepietje.")
consent_services.correct_judgement(check=form_check, by=member, code="termijn", oordeel="ok",
    reason="Winterkoningnotitie: de einddatum staat in de brief van Merelzang.")
assert outcomes[0].document is not None and document is not None
assert search(vault.pk, "Spreeuwenverslag")
# Write-ahead logging: the -wal and -shm files exist now (this connection is open) and hold
# every write above; the scan below covers them.
wal = {p.name: p.stat().st_size for p in Path(settings.DATA_DIR).glob("vault.db-*")}
print(json.dumps({"mid": mid_transaction, "after": scan(), "wal": wal}))
"""


@pytest.mark.slow
def test_no_canary_can_be_found_in_any_file_of_the_data_folder(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("CANARIES", json.dumps(CANARIES))
    cli(
        data,
        "init",
        "--kind",
        "Kanariepietje de Vries",
        "--school",
        "Klimopschool",
        "--ouder",
        "Zwaluwstaart",
        "--ouder",
        "Anna",
    )
    result = json.loads(python(data, PLANT))
    assert result["mid"] == []
    assert result["after"] == []
    assert set(result["wal"]) == {"vault.db-wal", "vault.db-shm"}
    assert result["wal"]["vault.db-wal"] > 0, "the writes must have gone through the -wal file"
    # And after the processes have ended (journal files closed or removed):
    leftovers = []
    for path in data.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            leftovers += [c for c in CANARIES if c.encode() in blob or c.lower().encode() in blob]
    assert leftovers == []
    files = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert "vault.db" in files and "keyring.json" in files
    assert any(f.startswith("blobs/") for f in files), "the test must have stored a blob"
    assert any(f.startswith("readers/") for f in files), "and a meelezer's reader store"
