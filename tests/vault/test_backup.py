"""Backup and restore round trip through the command line, on real data folders."""

import json

import pytest

from tests.vault.scripted import cli, python

FILL = """
from dossierwijs.vault.blobs import BlobStore
from django.conf import settings
from dossierwijs.vault.roles import Role
inv, code = services.create_invitation(by=member, role=Role.MEDE_OUDER, name="Joost")
services.accept_invitation(code=code, display_name="Joost", passphrase="groene kikker zingt hard")
store = BlobStore.for_data_dir(settings.DATA_DIR)
for i in range(3):
    store.put(f"document nummer {i} over Sanne".encode() * 1000)
from dossierwijs.dossier.services import import_file
for name, text in [("logopedie.txt", "Verslag van de logopedist over Sanne en haar spraak."),
                   ("school.txt", "Brief van De Klimop over het groeidocument van Sanne.")]:
    import_file(vault=vault, by=member, filename=name, data=text.encode())
"""

SNAPSHOT = """
import json, hashlib
from django.conf import settings
from dossierwijs.vault.backup import records_json
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.journal import verify
from dossierwijs.dossier.search import search
store = BlobStore.for_data_dir(settings.DATA_DIR)
blobs = {b: hashlib.sha256(store.get(b)).hexdigest() for b in store.all_ids()}
records = json.loads(records_json(vault))
# Logins after the restore add entries; compare what was there at backup time.
records = [r for r in records if not (r["model"] == "vault.journalentry" and r["fields"]["action"] == "login")]
found = {q: [h.document_id for h in search(vault.pk, q)] for q in ("Sanne", "logopedist", "groeidoc")}
print(json.dumps({"records": records, "blobs": blobs, "chain": verify(vault).intact, "found": found}))
"""


@pytest.mark.slow
def test_backup_then_restore_gives_back_exactly_the_same_vault(tmp_path):
    original, restored = tmp_path / "origineel", tmp_path / "terug"
    cli(
        original,
        "init",
        "--kind",
        "Sanne Canarisvogel",
        "--geboortedatum",
        "2013-04-12",
        "--school",
        "De Klimop",
        "--ouder",
        "Eva",
        "--ouder",
        "Joost",
    )
    python(original, FILL)
    before = json.loads(python(original, SNAPSHOT))
    cli(original, "backup", str(tmp_path / "kluis.dwbackup"))
    # The other parent's passphrase opens the backup too.
    cli(
        restored, "restore", str(tmp_path / "kluis.dwbackup"), passphrase="groene kikker zingt hard"
    )
    after = json.loads(python(restored, SNAPSHOT))
    assert len(before["blobs"]) >= 5 and after["blobs"] == before["blobs"]
    assert after["chain"] is True
    # The restore adds its own journal entry after the restored chain.
    restore_rows = [
        r
        for r in after["records"]
        if r["model"] == "vault.journalentry" and r["fields"]["action"] == "restore"
    ]
    assert len(restore_rows) == 1
    assert [r for r in after["records"] if r not in restore_rows] == before["records"]
    # What the original finds, the restored vault finds (the search index is rebuilt).
    assert len(before["found"]["Sanne"]) == 2 and len(before["found"]["logopedist"]) == 1
    assert after["found"] == before["found"]


@pytest.mark.slow
def test_a_backup_does_not_open_with_a_wrong_passphrase_and_restores_nothing(tmp_path):
    cli(tmp_path / "a", "init", "--kind", "Sanne", "--ouder", "Eva")
    cli(tmp_path / "a", "backup", str(tmp_path / "k.dwbackup"))
    result = cli(
        tmp_path / "b",
        "restore",
        str(tmp_path / "k.dwbackup"),
        passphrase="helemaal niet goed",
        check=False,
    )
    assert result.returncode == 1
    assert "opent de back-up niet" in result.stderr
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


@pytest.mark.slow
def test_a_changed_backup_is_refused(tmp_path):
    cli(tmp_path / "a", "init", "--kind", "Sanne", "--ouder", "Eva")
    cli(tmp_path / "a", "backup", str(tmp_path / "k.dwbackup"))
    data = bytearray((tmp_path / "k.dwbackup").read_bytes())
    data[-20] ^= 0xFF
    (tmp_path / "k.dwbackup").write_bytes(bytes(data))
    result = cli(tmp_path / "b", "restore", str(tmp_path / "k.dwbackup"), check=False)
    assert result.returncode == 1
    assert "beschadigd of gewijzigd" in result.stderr
