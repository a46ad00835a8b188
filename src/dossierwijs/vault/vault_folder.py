"""What the vault's writes stand on: the data folder, its keyring changed under the lock,
the database brought up to the code's migrations, and the Dutch error a parent reads.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from .files import keyring_lock
from .keyring import Keyring


class VaultError(Exception):
    """A Dutch message for the person in front of the screen."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _data_dir() -> Path:
    return Path(settings.DATA_DIR)


def migrate_if_needed() -> None:
    connection = connections["default"]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def _change_keyring(*, add: tuple | list = (), remove: tuple | list = ()) -> None:
    """Read, change and write the keyring under its lock, so that what another writer
    changed meanwhile (an invitation, a passphrase) is kept, not overwritten."""
    data_dir = _data_dir()
    with keyring_lock(data_dir):
        keyring = Keyring.load(data_dir)
        for entry in add:
            keyring.add(entry)
        for entry_id in remove:
            keyring.remove(entry_id)
        keyring.save(data_dir)
