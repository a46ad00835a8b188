"""Shared fixtures: a throwaway data folder per test, and the personas of a family.

Personas (as in ../shared/design/scenario.md): Eva (ouder), Joost (mede-ouder),
Sanne (kind 16+), Mirjam (meelezer), and an outsider: a member of another vault.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

# Before Django is set up: cheap Argon2 for tests (stored per entry, never for real
# vaults), a data folder that is not the user's, and a fixed key for the test
# database so it can be created before any test unlocks a vault.
os.environ["DOSSIERWIJS_FAST_KDF"] = "1"
os.environ["DOSSIERWIJS_IMPORT_IN_BACKGROUND"] = "0"
os.environ.setdefault("DOSSIERWIJS_DATA_DIR", tempfile.mkdtemp(prefix="dossierwijs-tests-"))
from tests.personas import PASSPHRASES, TEST_VAULT_KEY  # noqa: E402


def pytest_configure(config):
    from dossierwijs.vault import keyholder

    keyholder.unlock(TEST_VAULT_KEY)


@pytest.fixture(autouse=True)
def _unlocked_test_key():
    """Every test starts with the test key held, as after a login."""
    from dossierwijs.vault import keyholder, throttle

    keyholder.unlock(TEST_VAULT_KEY)
    throttle.reset()
    yield
    keyholder.unlock(TEST_VAULT_KEY)


@pytest.fixture(autouse=True)
def _imports_inline(settings):
    """Imports run in the test's own thread (the test database is not shared with workers)."""
    settings.IMPORT_IN_BACKGROUND = False


@pytest.fixture
def data_dir(tmp_path, settings) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    settings.DATA_DIR = folder
    return folder


@dataclass
class Family:
    vault: object
    ouder: object
    mede_ouder: object
    kind_16plus: object
    meelezer: object
    outsider: object
    recovery_code: str
    data_dir: Path

    def member(self, persona: str):
        return getattr(self, persona)


@pytest.fixture
def family(db, data_dir) -> Family:
    from dossierwijs.vault import services
    from dossierwijs.vault.models import Member, Vault
    from dossierwijs.vault.roles import Role

    created = services.create_vault(
        child_name="Sanne Canarisvogel",
        parent_name="Eva Canarisvogel",
        passphrase=PASSPHRASES["ouder"],
        school_name="OSG De Klimop",
        other_parent_name="Joost Canarisvogel",
        child_birth_date=date(2013, 4, 12),
        vault_key=TEST_VAULT_KEY,
    )
    eva = created.member

    def join(role, name):
        _inv, code = services.create_invitation(by=eva, role=role, name=name)
        return services.accept_invitation(
            code=code, display_name=name, passphrase=PASSPHRASES[role]
        )

    joost = join(Role.MEDE_OUDER, "Joost Canarisvogel")
    sanne = join(Role.KIND_16PLUS, "Sanne Canarisvogel")
    mirjam = join(Role.MEELEZER, "Mirjam Buddy")
    other_vault = Vault.objects.create(child_name="Ander Kind")
    outsider = Member.objects.create(
        vault=other_vault,
        user=services._new_user(),
        display_name="Olaf Buiten",
        role=Role.OUDER,
        key_entry_id="outsider-entry",
    )
    return Family(
        vault=created.vault,
        ouder=eva,
        mede_ouder=joost,
        kind_16plus=sanne,
        meelezer=mirjam,
        outsider=outsider,
        recovery_code=created.recovery_code,
        data_dir=data_dir,
    )


PERSONAS = ["ouder", "mede_ouder", "kind_16plus", "meelezer", "outsider", "anonymous"]


@pytest.fixture
def client_for(client, family):
    """A logged-in test client for a persona (or anonymous)."""

    def make(persona: str):
        from django.test import Client

        c = Client()
        if persona != "anonymous":
            c.force_login(family.member(persona).user)
        return c

    return make
