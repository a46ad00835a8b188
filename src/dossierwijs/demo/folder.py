"""The example vault's folder: made only where nothing was, removed without touching anything else.

Two guards, because removing is for real: the example is only ever made in an empty folder
(which then gets a marker file), and removing deletes only what a vault writes, by name,
and only where the marker is and the database says "example". Anything else a person put
in that folder stays.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from django.conf import settings
from django.db import connections

from dossierwijs.dossier.orphans import PENDING as IMPORT_NOTES
from dossierwijs.vault import keyholder
from dossierwijs.vault.journal_anchor import FILENAME as JOURNAL_ANCHOR
from dossierwijs.vault.keyring import FILENAME as KEYRING
from dossierwijs.vault.models import Vault
from dossierwijs.vault.reader_store import FOLDER as READER_STORES
from dossierwijs.vault.rekey import PENDING as REKEY_NOTE

MARKER = "VOORBEELD.txt"
MARKER_TEXT = (
    "Deze map bevat het voorbeeldgezin van dossierwijs: verzonnen gegevens.\n"
    "dossierwijs verwijdert hier alleen zijn eigen bestanden als u het voorbeeld verwijdert.\n"
)
# What a vault writes in its folder (the keyring first: without it the folder holds no vault).
VAULT_FILES = (
    KEYRING,
    ".keyring.lock",
    "vault.db",
    "vault.db-wal",
    "vault.db-shm",
    "vault.db-journal",
    JOURNAL_ANCHOR,
    REKEY_NOTE,
    MARKER,
)
VAULT_FOLDERS = ("blobs", READER_STORES, IMPORT_NOTES)


class NotAnExample(Exception):
    """The data folder holds a real vault: it is never removed by this module."""


class FolderNotEmpty(Exception):
    """The example is made only in an empty folder, so removing it can never take more."""


def claim_for_example(data_dir: Path) -> None:
    """Before the example is made: the folder must be new or empty; then it is marked."""
    data_dir = Path(data_dir)
    own = (set(VAULT_FILES) | set(VAULT_FOLDERS)) - {KEYRING}
    if data_dir.exists() and any(p.name not in own for p in data_dir.iterdir()):
        raise FolderNotEmpty()
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    (data_dir / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def remove_example() -> None:
    """Remove the example vault's files, so the wizard can start a real one in this folder."""
    data_dir = Path(settings.DATA_DIR)
    vaults = list(Vault.objects.values_list("is_demo", flat=True))
    if vaults != [True] or not (data_dir / MARKER).is_file():
        raise NotAnExample()
    connections.close_all()
    keyholder.lock()
    for name in VAULT_FILES:
        (data_dir / name).unlink(missing_ok=True)
    for name in VAULT_FOLDERS:
        folder = data_dir / name
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)
