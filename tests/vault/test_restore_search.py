"""After a restore, search finds what the original found: on SQLCipher and on PostgreSQL.

The backup is made by a separate process from a vault on its own data folder; it is
restored into this test's database (the embedded one, or PostgreSQL in the hosted pass).
"""

import subprocess
import sys
import textwrap

import pytest

from dossierwijs.dossier import search
from dossierwijs.vault.backup import restore_backup
from tests.personas import PASSPHRASES
from tests.vault.scripted import env_for

MAKE_BACKUP = """
import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
import django
django.setup()
from django.conf import settings
from dossierwijs.dossier.services import import_file
from dossierwijs.vault import services
from dossierwijs.vault.backup import write_backup
from tests.personas import TEST_VAULT_KEY
created = services.create_vault(
    child_name="Sanne", parent_name="Eva", passphrase=os.environ["DOSSIERWIJS_PASSPHRASE"],
    vault_key=TEST_VAULT_KEY,
)
for name, text in [("logo.txt", "Verslag van de logopedist over de spraak van Sanne."),
                   ("school.txt", "Groeidocument van De Klimop over Sanne.")]:
    import_file(vault=created.vault, by=created.member, filename=name, data=text.encode())
with open(sys.argv[1], "wb") as out:
    write_backup(created.vault, settings.DATA_DIR, out)
print(created.vault.pk)
"""


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_restored_vault_finds_what_the_original_found(tmp_path, data_dir):
    backup = tmp_path / "k.dwbackup"
    env = env_for(tmp_path / "origineel", PASSPHRASES["ouder"])
    made = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MAKE_BACKUP), str(backup)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    vault_id = made.stdout.split()[-1]
    restore_backup(backup, data_dir, PASSPHRASES["ouder"])
    assert len(search.search(vault_id, "logopedist")) == 1
    assert len(search.search(vault_id, "Sanne")) == 2
    assert search.indexed_count(vault_id) == 2
