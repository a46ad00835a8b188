"""Facts about the data folder that are known before unlocking."""

from __future__ import annotations

from django.conf import settings

from .keyring import FILENAME, Keyring


def vault_exists() -> bool:
    return (settings.DATA_DIR / FILENAME).exists()


def load_keyring() -> Keyring:
    return Keyring.load(settings.DATA_DIR)
