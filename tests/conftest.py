"""Shared fixtures: a throwaway data folder per test, and the personas of a family.

Personas (as in ../shared/design/scenario.md): Eva (ouder), Joost (mede-ouder),
Sanne (kind 16+), Mirjam (meelezer), and an outsider: a member of another vault.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

import pytest

# Before Django is set up: cheap Argon2 for tests (stored per entry, never for real
# vaults), a data folder that is not the user's (one per xdist worker), and a fixed key
# for the test database so it can be created before any test unlocks a vault. The test
# database itself is SQLite's in-memory database, so each worker process has its own.
os.environ["DOSSIERWIJS_FAST_KDF"] = "1"
os.environ["DOSSIERWIJS_IMPORT_IN_BACKGROUND"] = "0"
# The xdist workers and every process a test starts (CLI calls, scripted vaults, the
# extraction forkserver) keep their bytecode in __pycache__, as an installed copy does.
# With PYTHONDONTWRITEBYTECODE (set on some machines) each of them compiled the sources
# again: about 0.3 s of CPU per process, a few hundred processes per run.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("DOSSIERWIJS_DATA_DIR", tempfile.mkdtemp(prefix="dossierwijs-tests-"))
if _worker := os.environ.get("PYTEST_XDIST_WORKER"):  # pytest -n: one data folder per worker
    _worker_dir = Path(os.environ["DOSSIERWIJS_DATA_DIR"]) / _worker
    _worker_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ["DOSSIERWIJS_DATA_DIR"] = str(_worker_dir)
from tests.personas import PASSPHRASES, TEST_VAULT_KEY  # noqa: E402


def pytest_configure(config):
    from django.conf import settings

    from dossierwijs.vault import keyholder

    keyholder.unlock(TEST_VAULT_KEY)
    # The SQLCipher test database is SQLite's in-memory one, private to each process, so
    # xdist workers need no suffix. Said explicitly: for an ENGINE that is not Django's
    # sqlite3, pytest-django would otherwise make "test_<NAME>_gw0" of it, a path that
    # cannot be opened. (PostgreSQL gets its per-worker test_dossierwijs_gw0 as usual.)
    for database in settings.DATABASES.values():
        if database["ENGINE"] == "dossierwijs.vault.sqlcipher_backend":
            test = database.setdefault("TEST", {})
            test["NAME"] = test.get("NAME") or ":memory:"


def pytest_collection_modifyitems(config, items):
    """pytest -n --dist loadgroup: tests that share a module-scoped fixture (a running app
    whose vault the tests build on one after another) run on one worker, in file order."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        fixtures = getattr(item, "_fixtureinfo", None)
        if fixtures and any(
            definition.scope == "module"
            for definitions in fixtures.name2fixturedefs.values()
            for definition in definitions
        ):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))


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


def _build_family() -> dict:
    """Make the family through the real services; return the primary keys of its personas."""
    from dossierwijs.vault import services
    from dossierwijs.vault.models import Member, Vault
    from dossierwijs.vault.roles import Role
    from dossierwijs.vault.users import new_user

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
        user=new_user(),
        display_name="Olaf Buiten",
        role=Role.OUDER,
        key_entry_id="outsider-entry",
    )
    return {
        "vault": created.vault.pk,
        "ouder": eva.pk,
        "mede_ouder": joost.pk,
        "kind_16plus": sanne.pk,
        "meelezer": mirjam.pk,
        "outsider": outsider.pk,
        "recovery_code": created.recovery_code,
    }


@dataclass(frozen=True)
class FamilySnapshot:
    """The family made once per test process: its new rows, its data folder, its keys."""

    rows: list  # Django's "python" serialisation, in the order the models are registered
    models: list
    folder: Path  # keyring.json, journal anchor, reader stores: everything it wrote
    ids: dict


def _all_rows() -> dict:
    from django.apps import apps

    rows = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            rows[model] = set(model._base_manager.values_list("pk", flat=True))
    return rows


@pytest.fixture(scope="session")
def family_snapshot(django_db_setup, django_db_blocker, tmp_path_factory) -> FamilySnapshot:
    """Make the family once per test process (per xdist worker), then roll it back.

    Creating it costs eleven Argon2 derivations, seven keyring writes with fsync and some
    sixty queries: most of the time of a view test. ``family`` puts the saved rows and
    files back for each test instead. Tests that are about key derivation make their own
    vault (the services do the work there); tests/vault/test_production_kdf.py runs the
    production Argon2 cost.
    """
    from django.core import serializers
    from django.db import transaction
    from django.test import override_settings

    from dossierwijs.vault import journal_anchor, keyholder

    folder = tmp_path_factory.mktemp("family-snapshot") / "data"
    folder.mkdir(mode=0o700)
    with django_db_blocker.unblock(), override_settings(DATA_DIR=folder):
        keyholder.unlock(TEST_VAULT_KEY)
        with transaction.atomic():
            before = _all_rows()
            ids = _build_family()
            # The journal's anchor file is written after a commit that never comes here.
            journal_anchor.flush()
            new_objects, models = [], []
            for model, pks in _all_rows().items():
                added = pks - before.get(model, set())
                if added:
                    models.append(model)
                    new_objects.extend(model._base_manager.filter(pk__in=added).order_by("pk"))
            rows = serializers.serialize("python", new_objects)
            transaction.set_rollback(True)
        journal_anchor.forget_pending()
    return FamilySnapshot(rows=rows, models=models, folder=folder, ids=ids)


def _restore_family(snapshot: FamilySnapshot, data_dir: Path) -> None:
    """Put the snapshot's rows and files back, as Django's loaddata does with a fixture."""
    import shutil

    from django.core import serializers
    from django.core.management.color import no_style
    from django.db import connection, transaction

    shutil.copytree(snapshot.folder, data_dir, dirs_exist_ok=True)
    restored = list(serializers.deserialize("python", snapshot.rows))
    with transaction.atomic():  # foreign keys are checked at the end, whatever the order
        # One INSERT per model, raw as loaddata's save does (field values as stored, no
        # auto_now), instead of an UPDATE and an INSERT per row: most of a view test's set-up.
        for model, group in groupby(restored, key=lambda d: type(d.object)):
            objects = [d.object for d in group]
            fields = model._meta.local_concrete_fields
            size = connection.ops.bulk_batch_size(fields, objects) or len(objects)
            for start in range(0, len(objects), size):
                model._base_manager._insert(objects[start : start + size], fields=fields, raw=True)
        for obj in restored:
            for accessor, values in obj.m2m_data.items():
                if values:
                    getattr(obj.object, accessor).set(values)
        # PostgreSQL's sequences do not move for rows inserted with their primary key.
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), snapshot.models):
                cursor.execute(sql)


@pytest.fixture
def family(db, data_dir, family_snapshot) -> Family:
    from dossierwijs.vault.models import Member, Vault

    _restore_family(family_snapshot, data_dir)
    ids = family_snapshot.ids
    vault = Vault.objects.get(pk=ids["vault"])
    members = Member.objects.select_related("vault", "user").in_bulk(
        [ids[p] for p in ("ouder", "mede_ouder", "kind_16plus", "meelezer", "outsider")]
    )
    for member in members.values():
        if member.vault_id == vault.pk:
            member.vault = vault  # one object, as the services hand it out
    return Family(
        vault=vault,
        ouder=members[ids["ouder"]],
        mede_ouder=members[ids["mede_ouder"]],
        kind_16plus=members[ids["kind_16plus"]],
        meelezer=members[ids["meelezer"]],
        outsider=members[ids["outsider"]],
        recovery_code=ids["recovery_code"],
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
