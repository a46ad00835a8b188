"""A crash at any step of a passphrase change or of joining leaves a passphrase that opens.

Each step that writes (the keyring's temporary file, its rename, the folder sync, the
database transaction) is stopped in turn by raising from it, as a killed process would
stop there; then the vault is locked (a restart) and opened again.
"""

from __future__ import annotations

import json
import stat
from contextlib import contextmanager
from unittest import mock

import pytest

from dossierwijs.vault import files, journal, keyholder, services
from dossierwijs.vault.keyring import KeyEntry, Keyring, WrongSecret
from dossierwijs.vault.roles import Role
from tests.personas import PASSPHRASES, TEST_VAULT_KEY

OLD = PASSPHRASES["ouder"]
NEW = "nieuwe zin voor eva vandaag"
JOINER = PASSPHRASES["mede_ouder"]
STEPS = [
    (files, "_write_temp"),
    (files, "_replace"),
    (files, "_sync_folder"),
    (journal, "record"),
]


class Crash(BaseException):
    """A stop that nothing in the code catches, like kill -9."""


@contextmanager
def steps_counted(crash_at: int | None = None):
    """Count the calls of every step; raise Crash instead of the step numbered ``crash_at``."""
    seen: list[str] = []
    patches = []
    for module, name in STEPS:
        real = getattr(module, name)

        def step(*args, _real=real, _name=name, **kwargs):
            if crash_at is not None and len(seen) == crash_at:
                seen.append(_name)
                raise Crash(_name)
            seen.append(_name)
            return _real(*args, **kwargs)

        patches.append(mock.patch.object(module, name, step))
    for p in patches:
        p.start()
    try:
        yield seen
    finally:
        for p in patches:
            p.stop()


def _fresh_vault(tmp_path, settings, n: int):
    folder = tmp_path / f"kluis-{n}"
    settings.DATA_DIR = folder
    keyholder.unlock(TEST_VAULT_KEY)
    return services.create_vault(
        child_name="Sanne", parent_name="Eva", passphrase=OLD, vault_key=TEST_VAULT_KEY
    )


def _opens(secret: str):
    """After a restart: the member this passphrase logs in as, or None."""
    keyholder.lock()
    try:
        return services.login_with_passphrase(secret)
    except (WrongSecret, services.VaultError):
        return None
    finally:
        keyholder.unlock(TEST_VAULT_KEY)


def _every_crash_point(tmp_path, settings, prepare, act, check):
    """Crash before the first step, then the second, …, until a run finishes."""
    crashed_in: list[str] = []
    for crash_at in range(100):
        created = _fresh_vault(tmp_path, settings, crash_at)
        prepared = prepare(created)
        finished = False
        with steps_counted(crash_at) as steps:
            try:
                act(prepared)
                finished = True
            except Crash:
                crashed_in.append(steps[-1])
        Keyring.load(settings.DATA_DIR)  # never half written
        check(created, steps if finished else steps[:-1], finished)
        if finished:
            break
    assert {"_write_temp", "_replace", "_sync_folder", "record"} <= set(crashed_in), crashed_in


@pytest.mark.django_db
def test_every_crash_point_of_a_passphrase_change_leaves_a_passphrase(tmp_path, settings):
    def check(created, done, finished):
        old, new = _opens(OLD), _opens(NEW)
        assert old or new, f"locked out after a crash after {done}"
        assert (old or new).pk == created.member.pk
        if finished:
            assert new and not old

    _every_crash_point(
        tmp_path,
        settings,
        prepare=lambda created: created.member,
        act=lambda member: services.set_passphrase(member=member, passphrase=NEW),
        check=check,
    )


@pytest.mark.django_db
def test_every_crash_point_of_joining_leaves_the_code_or_the_new_passphrase(tmp_path, settings):
    def prepare(created):
        _inv, code = services.create_invitation(
            by=created.member, role=Role.MEDE_OUDER, name="Joost"
        )
        return code

    def act(code):
        services.accept_invitation(code=code, display_name="Joost", passphrase=JOINER)

    codes = {}

    def prepare_and_remember(created):
        codes[created.vault.pk] = prepare(created)
        return codes[created.vault.pk]

    def check(created, done, finished):
        assert _opens(OLD), "the inviting parent was locked out"
        if _opens(JOINER):
            return
        # Not joined yet: the code must still work, so joining can be done again.
        keyholder.lock()
        try:
            member = services.accept_invitation(
                code=codes[created.vault.pk], display_name="Joost", passphrase=JOINER
            )
        finally:
            keyholder.unlock(TEST_VAULT_KEY)
        assert member.role == Role.MEDE_OUDER, f"crash after {done}"
        assert _opens(JOINER)

    _every_crash_point(tmp_path, settings, prepare_and_remember, act, check)


def test_the_keyring_is_written_privately_and_atomically(tmp_path):
    path = tmp_path / "keyring.json"
    files.write_private_file(path, b'{"a": 1}')
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with mock.patch.object(files, "_replace", side_effect=Crash("rename")), pytest.raises(Crash):
        files.write_private_file(path, b'{"a": 2}')
    assert json.loads(path.read_text()) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["keyring.json"]


@pytest.mark.django_db
def test_a_passphrase_change_keeps_what_another_writer_added_meanwhile(tmp_path, settings):
    """Another writer (the command line beside the server) adds an invitation while the
    passphrase change is in its database step: the final keyring keeps both."""
    created = _fresh_vault(tmp_path, settings, 0)
    added = []
    real_record = journal.record

    def record_while_another_writes(**kwargs):
        keyring = Keyring.load(settings.DATA_DIR)
        entry = keyring.add(KeyEntry.wrap(TEST_VAULT_KEY, "ANDER-CODE", "invitation"))
        keyring.save(settings.DATA_DIR)
        added.append(entry.id)
        return real_record(**kwargs)

    with mock.patch.object(journal, "record", record_while_another_writes):
        services.set_passphrase(member=created.member, passphrase=NEW)
    ids = {e.id for e in Keyring.load(settings.DATA_DIR).entries}
    assert added and added[0] in ids
    assert _opens(NEW)


@pytest.mark.django_db
def test_the_old_entry_left_by_a_crash_is_removed_at_a_later_login(tmp_path, settings):
    created = _fresh_vault(tmp_path, settings, 0)
    with steps_counted() as seen:
        services.set_passphrase(member=created.member, passphrase=NEW)
    last_write = len(seen) - 1 - seen[::-1].index("_write_temp")
    created = _fresh_vault(tmp_path, settings, 1)
    with steps_counted(last_write), pytest.raises(Crash):
        services.set_passphrase(member=created.member, passphrase=NEW)
    assert len(Keyring.load(settings.DATA_DIR).entries) == 3  # old, new and recovery
    assert _opens(NEW)
    # Ten minutes later the left-over entry is no longer part of a change in progress.
    path = settings.DATA_DIR / "keyring.json"
    raw = json.loads(path.read_text())
    for entry in raw["entries"]:
        entry["created"] = "2020-01-01T00:00:00+00:00"
    path.write_text(json.dumps(raw))
    assert _opens(NEW)
    kinds = sorted(e.kind for e in Keyring.load(settings.DATA_DIR).entries)
    assert kinds == ["member", "recovery"]
    keyholder.lock()
    try:
        with pytest.raises(WrongSecret):
            services.login_with_passphrase(OLD)
    finally:
        keyholder.unlock(TEST_VAULT_KEY)
