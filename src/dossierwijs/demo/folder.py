"""Removing the example vault: only an example, and the whole folder, nothing half."""

from __future__ import annotations

import shutil
from pathlib import Path

from django.conf import settings
from django.db import connections

from dossierwijs.vault import keyholder
from dossierwijs.vault.keyring import FILENAME as KEYRING
from dossierwijs.vault.models import Vault


class NotAnExample(Exception):
    """The data folder holds a real vault: it is never removed by this module."""


def remove_example() -> None:
    """Empty the data folder of the example vault, so the wizard can start a real one.

    The keyring goes first: from that moment the folder holds no vault, whatever happens
    to the rest (a crash leaves files the next ``remove_example`` or the wizard cleans up).
    """
    vaults = list(Vault.objects.values_list("is_demo", flat=True))
    if vaults != [True]:
        raise NotAnExample()
    data_dir = Path(settings.DATA_DIR)
    connections.close_all()
    keyholder.lock()
    (data_dir / KEYRING).unlink(missing_ok=True)
    for child in data_dir.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink(missing_ok=True)
