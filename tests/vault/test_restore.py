"""Restore from hostile or damaged backups: refused clearly, nothing written outside the folder."""

import json
import stat
import subprocess
import sys
import textwrap

import pytest

from tests.vault.scripted import cli, env_for, python

pytestmark = pytest.mark.slow

# A backup in the first format (unauthenticated header, payload a ZIP) whose ZIP holds a
# member that climbs out of the blobs folder. Any member's passphrase opens it.
CRAFT_CLIMBING_BACKUP = """
import io, struct, zipfile, json, sys
from django.conf import settings
from dossierwijs.vault import crypto, keyholder
from dossierwijs.vault.backup import records_json
from dossierwijs.vault.keyring import Keyring
target, victim = sys.argv[1], sys.argv[2]
payload = io.BytesIO()
with zipfile.ZipFile(payload, "w") as archive:
    archive.writestr("records.json", records_json(vault))
    archive.writestr("meta.json", json.dumps({"vault_id": str(vault.pk), "format": 1}))
    archive.writestr("blobs/../../" + victim, b"#!/bin/sh\\necho pwned\\n")
header = Keyring.load(settings.DATA_DIR).to_json().encode()
key = crypto.subkey(keyholder.key(), "backup")
sealed = crypto.encrypt(key, payload.getvalue(), associated=struct.pack(">I?", 0, True))
with open(target, "wb") as out:
    out.write(b"DOSSIERWIJS-BACKUP\\n" + struct.pack(">I", len(header)) + header)
    out.write(struct.pack(">I", len(sealed)) + sealed)
"""


# A backup as the first format wrote it (before the header was authenticated): still restored.
CRAFT_FORMAT_1_BACKUP = """
import io, struct, zipfile, json
from django.conf import settings
from dossierwijs.vault import crypto, keyholder
from dossierwijs.vault.backup import records_json
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.keyring import Keyring
store = BlobStore.for_data_dir(settings.DATA_DIR)
blob_id, _new = store.put(b"oud document")
payload = io.BytesIO()
with zipfile.ZipFile(payload, "w") as archive:
    archive.writestr("records.json", records_json(vault))
    archive.writestr("meta.json", json.dumps({"vault_id": str(vault.pk), "format": 1}))
    archive.write(store._path(blob_id), "blobs/" + blob_id)
header = Keyring.load(settings.DATA_DIR).to_json().encode()
key = crypto.subkey(keyholder.key(), "backup")
sealed = crypto.encrypt(key, payload.getvalue(), associated=struct.pack(">I?", 0, True))
with open(TARGET, "wb") as out:
    out.write(b"DOSSIERWIJS-BACKUP\\n" + struct.pack(">I", len(header)) + header)
    out.write(struct.pack(">I", len(sealed)) + sealed)
print(blob_id)
"""


def test_a_backup_in_the_first_format_is_still_restored(tmp_path):
    _init(tmp_path / "a")
    backup = tmp_path / "oud.dwbackup"
    blob_id = python(tmp_path / "a", CRAFT_FORMAT_1_BACKUP.replace("TARGET", repr(str(backup))))
    cli(tmp_path / "b", "restore", str(backup))
    out = python(
        tmp_path / "b",
        "from django.conf import settings\n"
        "from dossierwijs.vault.blobs import BlobStore\n"
        f"print(BlobStore.for_data_dir(settings.DATA_DIR).get({blob_id.strip()!r}))",
    )
    assert "oud document" in out


def _init(folder):
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")


def test_a_backup_member_that_climbs_out_of_the_folder_is_refused(tmp_path):
    _init(tmp_path / "a")
    backup = tmp_path / "boos.dwbackup"
    # The member name of the report: blobs/../../../../tmp/x.sh, with a name of our own.
    victim = tmp_path / f"klim-{tmp_path.name}.sh"
    code = CRAFT_CLIMBING_BACKUP.replace(
        "sys.argv[1], sys.argv[2]", f"{str(backup)!r}, {'../../../..' + str(victim)!r}"
    )
    python(tmp_path / "a", code)
    result = cli(tmp_path / "b", "restore", str(backup), check=False)
    try:
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "niet goed gevormd" in result.stderr
        assert not victim.exists()
    finally:
        victim.unlink(missing_ok=True)
    # Nothing half-restored is left behind either.
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def _corrupt_recovery_entry(path):
    """Change one character of the recovery code's wrapped key inside the backup header."""
    data = bytearray(path.read_bytes())
    kind = data.index(b'"kind": "recovery"')
    start = data.index(b'"wrapped": "', kind) + len(b'"wrapped": "') + 10
    data[start] = ord("A") if data[start] != ord("A") else ord("B")
    path.write_bytes(bytes(data))


def test_a_corrupted_key_header_is_refused_not_restored(tmp_path):
    _init(tmp_path / "a")
    backup = tmp_path / "k.dwbackup"
    cli(tmp_path / "a", "backup", str(backup))
    _corrupt_recovery_entry(backup)
    result = cli(tmp_path / "b", "restore", str(backup), check=False)
    assert result.returncode == 1, result.stdout
    assert "sleutels" in result.stderr and "beschadigd of gewijzigd" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_the_restored_folder_is_private_and_journals_the_restore(tmp_path):
    _init(tmp_path / "a")
    backup = tmp_path / "k.dwbackup"
    cli(tmp_path / "a", "backup", str(backup))
    restored = tmp_path / "b"
    cli(restored, "restore", str(backup))
    assert stat.S_IMODE(restored.stat().st_mode) == 0o700
    for path in restored.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    actions = python(
        restored,
        "from dossierwijs.vault.journal_model import JournalEntry\n"
        "print(list(JournalEntry.objects.filter(vault=vault).order_by('seq')"
        ".values_list('action', flat=True)))",
    )
    assert "'restore'" in actions
    assert actions.index("'vault_created'") < actions.index("'restore'")


def test_restoring_a_folder_instead_of_a_file_says_so(tmp_path):
    (tmp_path / "map").mkdir()
    result = cli(tmp_path / "b", "restore", str(tmp_path / "map"), check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is een map" in result.stderr


MEASURE_BACKUP = """
import tracemalloc, os, sys
from django.conf import settings
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.backup import write_backup
store = BlobStore.for_data_dir(settings.DATA_DIR)
for i in range(BLOBS):
    store.put(os.urandom(16 * 1024 * 1024))
size = sum(p.stat().st_size for p in settings.DATA_DIR.rglob("*") if p.is_file())
tracemalloc.start()
with open(TARGET, "wb") as out:
    write_backup(vault, settings.DATA_DIR, out)
print(size, tracemalloc.get_traced_memory()[1])
"""

MEASURE_RESTORE = """
import os, sys, tracemalloc
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
import django
django.setup()
from django.conf import settings
from dossierwijs.vault.backup import restore_backup
tracemalloc.start()
restore_backup(sys.argv[1], settings.DATA_DIR, os.environ["DOSSIERWIJS_PASSPHRASE"])
print(tracemalloc.get_traced_memory()[1])
"""


def _peaks(folder, blobs: int) -> tuple[int, int, int]:
    """(size of the vault, peak memory of its backup, peak memory of its restore)."""
    _init(folder / "a")
    backup = folder / "k.dwbackup"
    code = MEASURE_BACKUP.replace("BLOBS", str(blobs)).replace("TARGET", repr(str(backup)))
    size, backup_peak = map(int, python(folder / "a", code).split())
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MEASURE_RESTORE), str(backup)],
        env=env_for(folder / "b"),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return size, backup_peak, int(result.stdout.split()[-1])


def test_backup_and_restore_stream_instead_of_holding_the_vault_in_memory(tmp_path):
    # Peaks of an empty vault first: Django's own start-up (migrations) is not the backup.
    _size, empty_backup, empty_restore = _peaks(tmp_path / "leeg", 0)
    size, backup_peak, restore_peak = _peaks(tmp_path / "groot", 3)
    assert size > 48 * 1024 * 1024
    assert backup_peak - empty_backup < size / 8, (backup_peak, empty_backup, size)
    assert restore_peak - empty_restore < size / 8, (restore_peak, empty_restore, size)
    blobs = json.loads(
        python(
            tmp_path / "groot" / "b",
            "import json\nfrom django.conf import settings\n"
            "from dossierwijs.vault.blobs import BlobStore\n"
            "s = BlobStore.for_data_dir(settings.DATA_DIR)\n"
            "print(json.dumps([len(s.get(b)) for b in s.all_ids()]))",
        )
    )
    assert sorted(blobs) == [16 * 1024 * 1024] * 3
