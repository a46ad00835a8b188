"""Sleutel vernieuwen: after removal and renewal, the removed member's keys open nothing new.

These run in separate processes on a real data folder: the renewal re-encrypts the
database itself, which the test database of this process cannot go through.
"""

import contextlib
import json
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from dossierwijs.vault import crypto, reader_store
from dossierwijs.vault.keyring import Keyring, WrongSecret
from tests.vault.scripted import PASSPHRASE, cli, python

LEAVING = "deze zin gaat de deur uit"
STAYING = "deze zin blijft gewoon hier"

SETUP = f"""
import json
from django.conf import settings
from dossierwijs.vault import keyholder
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.roles import Role

def join(role, name, passphrase):
    _inv, code = services.create_invitation(by=member, role=role, name=name)
    return services.accept_invitation(code=code, display_name=name, passphrase=passphrase)

leaving = join(Role.KIND_16PLUS, "Vertrekt", {LEAVING!r})
staying = join(Role.KIND_16PLUS, "Blijft", {STAYING!r})
store = BlobStore.for_data_dir(settings.DATA_DIR)
blob_id, _new = store.put(b"Verslag van voor het vernieuwen")
old_key = keyholder.key().hex()
services.remove_member(member=leaving, by=member)
"""

RENEW = """
from dossierwijs.vault import rekey
renewed = rekey.renew_vault_key(by=member, passphrase=os.environ["DOSSIERWIJS_PASSPHRASE"])
after_id, after_new = BlobStore.for_data_dir(settings.DATA_DIR).put(
    b"Verslag van voor het vernieuwen")
from dossierwijs.vault import journal
print(json.dumps({"old_key": old_key, "blob_id": blob_id, "after_id": after_id,
                  "after_new": after_new, "recovery": renewed.recovery_code,
                  "left_out": renewed.must_be_invited_again,
                  "journal": journal.verify(vault).intact}))
"""


def _opens_database(data: Path, key: bytes) -> bool:
    conn = sqlcipher.connect(str(data / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def _blob(data: Path, blob_id: str) -> bytes:
    return (data / "blobs" / blob_id[:2] / blob_id[2:]).read_bytes()


@pytest.fixture
def renewed(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    result = json.loads(python(data, SETUP + RENEW))
    return data, result


@pytest.mark.slow
def test_after_removal_and_renewal_the_removed_members_keys_open_nothing(renewed):
    data, result = renewed
    old_key = bytes.fromhex(result["old_key"])
    keyring = Keyring.load(data)
    # Their passphrase opens no keyring entry and no reader store.
    with pytest.raises(WrongSecret):
        keyring.open_with(LEAVING, ("member", "recovery", "invitation"))
    with pytest.raises(WrongSecret):
        reader_store.open_with(data, LEAVING, (reader_store.ACTIVE, reader_store.ACCEPTED))
    # The old vault key they held opens neither the database nor any blob's key slot.
    assert not _opens_database(data, old_key)
    for path in (data / "blobs").glob("??/*"):
        blob_id = path.parent.name + path.name
        with pytest.raises(crypto.DecryptionFailed):
            crypto.blob_data_key(old_key, path.read_bytes(), blob_id)
    assert not (data / "rekey.json").exists()
    # Those who stay open the new key with their own passphrase, without having typed it.
    new_key, _entry = keyring.open_with(PASSPHRASE, ("member",))
    assert new_key != old_key
    assert keyring.open_with(STAYING, ("member",))[0] == new_key
    assert keyring.open_with(result["recovery"], ("recovery",))[0] == new_key
    assert _opens_database(data, new_key)
    assert (
        crypto.open_blob(new_key, _blob(data, result["blob_id"]), result["blob_id"])
        == b"Verslag van voor het vernieuwen"
    )
    # The same file still has the same id: stored once.
    assert result["after_id"] == result["blob_id"] and result["after_new"] is False
    assert result["left_out"] == []
    assert result["journal"] is True  # its anchor moved to the new key


@pytest.mark.slow
def test_the_old_recovery_code_no_longer_opens(tmp_path):
    data = tmp_path / "data"
    init = cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    old_code = next(
        word for word in init.stdout.split() if word.count("-") == 7 and len(word) == 39
    )
    assert Keyring.load(data).open_with(old_code, ("recovery",))
    python(data, SETUP + RENEW)
    with pytest.raises(WrongSecret):
        Keyring.load(data).open_with(old_code, ("recovery",))


RENEWAL_CUT_OFF = """
from dossierwijs.vault import crypto, rekey
from dossierwijs.vault.keyring import KeyEntry, Keyring
keyring = Keyring.load(settings.DATA_DIR)
new_key = crypto.new_vault_key()
old = keyholder.key()
for entry in keyring.entries:
    if entry.can_be_resealed:
        entry.reseal(new_key)
keyring.set_id_key(new_key, keyring.id_key(old))
rekey._write_pending(settings.DATA_DIR, keyring, old, new_key)
# The crash: blobs rewrapped, but the database and the keyring still under the old key.
store = BlobStore.for_data_dir(settings.DATA_DIR)
for b in store.all_ids():
    store.rewrap(b, new_key)
print(json.dumps({"old_key": old.hex(), "new_key": new_key.hex(), "blob_id": blob_id}))
"""

AFTER_RESTART = """
from django.conf import settings
from dossierwijs.vault import keyholder
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.models import Member
print(json.dumps({"key": keyholder.key().hex(), "members": Member.objects.count(),
                  "blob": BlobStore.for_data_dir(settings.DATA_DIR).get(BLOB).decode()}))
"""


@pytest.mark.slow
def test_a_renewal_cut_off_by_a_crash_is_finished_at_the_next_login(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    cut = json.loads(python(data, SETUP + RENEWAL_CUT_OFF))
    assert (data / "rekey.json").exists()
    after = json.loads(
        python(data, "import json\nBLOB = " + repr(cut["blob_id"]) + "\n" + AFTER_RESTART)
    )
    assert after["key"] == cut["new_key"]
    assert after["blob"] == "Verslag van voor het vernieuwen"
    assert after["members"] == 2  # Eva and the one who stayed
    assert not (data / "rekey.json").exists()
    assert not _opens_database(data, bytes.fromhex(cut["old_key"]))


MAKE_STAYING_OLD_STYLE = f"""
import base64
from dossierwijs.vault import crypto
from dossierwijs.vault.keyring import Keyring
keyring = Keyring.load(settings.DATA_DIR)
entry = keyring.get(staying.key_entry_id)
# As every entry was before key pairs: the vault key wrapped by the passphrase itself.
wrapping = crypto.derive_key({STAYING!r}, base64.b64decode(entry.salt),
                             crypto.KdfParams.from_dict(entry.kdf))
entry.wrapped = base64.b64encode(
    crypto.encrypt(wrapping, keyholder.key(), associated=entry.id.encode())).decode()
entry.public = entry.private = None
keyring.save(settings.DATA_DIR)
"""


@pytest.mark.slow
def test_a_member_with_an_entry_from_before_key_pairs_is_named_to_invite_again(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    result = json.loads(python(data, SETUP + MAKE_STAYING_OLD_STYLE + RENEW))
    assert result["left_out"] == ["Blijft"]
    with pytest.raises(WrongSecret):
        Keyring.load(data).open_with(STAYING, ("member",))
    assert Keyring.load(data).open_with(PASSPHRASE, ("member",))


CRASH_AT = """
from unittest import mock
from dossierwijs.vault import files, rekey
from dossierwijs.vault.blobs import BlobStore

class Crash(BaseException):
    pass

seen = []
def counted(module, name):
    real = getattr(module, name)
    def step(*args, **kwargs):
        if len(seen) == CRASH:
            raise Crash(name)
        seen.append(name)
        return real(*args, **kwargs)
    return mock.patch.object(module, name, step)

patches = [counted(files, "_write_temp"), counted(files, "_replace"),
           counted(files, "_sync_folder"), counted(BlobStore, "rewrap"),
           counted(rekey, "_rekey_database")]
for p in patches:
    p.start()
try:
    rekey.renew_vault_key(by=member, passphrase=os.environ["DOSSIERWIJS_PASSPHRASE"])
    crashed = False
except Crash:
    crashed = True
print(json.dumps({"crashed": crashed, "steps": seen}))
os._exit(0)  # as a killed process: nothing more runs
"""

CHECK = """
from django.conf import settings
from dossierwijs.vault import journal, keyholder
from dossierwijs.vault.blobs import BlobStore
store = BlobStore.for_data_dir(settings.DATA_DIR)
print(json.dumps({"key": keyholder.key().hex(), "journal": journal.verify(vault).intact,
                  "blobs": sorted(store.get(b).decode("latin-1")[:7] for b in store.all_ids()),
                  "same_id": store.put(b"Verslag van voor het vernieuwen")[1] is False}))
"""


@pytest.mark.slow
def test_a_crash_at_any_step_of_a_renewal_leaves_a_vault_that_opens_whole(tmp_path):
    import shutil

    base = tmp_path / "basis"
    cli(base, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    python(base, SETUP.replace("services.remove_member(member=leaving, by=member)", ""))
    crash_at = 0
    while True:
        data = tmp_path / f"crash-{crash_at}"
        shutil.copytree(base, data)
        old_key = Keyring.load(data).open_with(PASSPHRASE, ("member",))[0]
        run = json.loads(
            python(data, "import json, os\nCRASH = " + str(crash_at) + "\n" + CRASH_AT)
        )
        after = json.loads(python(data, "import json\n" + CHECK))  # opens, or fails the test
        assert after["journal"] is True, (crash_at, run)
        assert after["same_id"] is True
        assert after["blobs"] == ["Verslag"]
        assert not (data / "rekey.json").exists()
        key = bytes.fromhex(after["key"])
        # Whole: the database, the blobs and the keyring all under one key.
        assert _opens_database(data, key)
        assert Keyring.load(data).open_with(STAYING, ("member",))[0] == key
        assert not _opens_database(data, old_key) or key == old_key
        if not run["crashed"]:
            assert key != old_key
            break
        crash_at += 1
    assert crash_at >= 8  # every write step was stopped once


@pytest.mark.slow
def test_the_command_line_renews_the_key_and_prints_the_new_recovery_code(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    old_key = Keyring.load(data).open_with(PASSPHRASE, ("member",))[0]
    result = cli(data, "sleutel-vernieuwen")
    code = result.stdout.split("u ziet hem maar één keer):\n")[1].split("\n")[0]
    new_key = Keyring.load(data).open_with(code, ("recovery",))[0]
    assert new_key != old_key and _opens_database(data, new_key)
    assert "Oude back-ups openen nog met de oude sleutel" in result.stdout
    wrong = cli(data, "sleutel-vernieuwen", passphrase="niet de goede wachtzin", check=False)
    assert wrong.returncode == 1 and "opent de kluis niet" in wrong.stderr


BUSY = """
from sqlcipher3 import dbapi2 as sqlcipher
from dossierwijs.vault import keyholder, rekey
busy = sqlcipher.connect(str(settings.DATA_DIR / "vault.db"))
busy.execute(f"PRAGMA key = \\"x'{keyholder.key().hex()}'\\"")
busy.execute("BEGIN IMMEDIATE")  # another writer, as an import would be
rekey.BUSY_SECONDS = 1
# The app's own connection waits for the other writer too (20 s in use): one is enough here.
from django.db import connection
connection.close()
connection.settings_dict["OPTIONS"]["timeout"] = 1
keyring_before = (settings.DATA_DIR / "keyring.json").read_text()
try:
    rekey.renew_vault_key(by=member, passphrase=os.environ["DOSSIERWIJS_PASSPHRASE"])
    message = None
except rekey.RekeyError as exc:
    message = exc.message
busy.rollback()
print(json.dumps({"message": message, "key": keyholder.key().hex(), "blob_id": blob_id,
                  "keyring_unchanged":
                      (settings.DATA_DIR / "keyring.json").read_text() == keyring_before}))
"""


@pytest.mark.slow
def test_a_busy_database_leaves_the_vault_as_it_was(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    result = json.loads(python(data, SETUP + BUSY))
    assert "Er is niets gewijzigd" in result["message"]
    key = bytes.fromhex(result["key"])
    assert not (data / "rekey.json").exists()
    assert _opens_database(data, key)
    assert Keyring.load(data).open_with(PASSPHRASE, ("member",))[0] == key
    assert (
        crypto.open_blob(key, _blob(data, result["blob_id"]), result["blob_id"])
        == b"Verslag van voor het vernieuwen"
    )
    assert result["keyring_unchanged"] is True


CRASH_BEFORE_THE_CODE_IS_SHOWN = f"""
import os
from dossierwijs.vault import rekey
real_finish = rekey._finish
def crash(*args, **kwargs):
    real_finish.__globals__["_rekey_this_database"](*args[1:3])
    os._exit(9)  # a power cut after the database got the new key: the code was never shown
rekey._finish = crash
rekey.renew_vault_key(by=member, passphrase={PASSPHRASE!r})
"""


def test_a_renewal_cut_off_before_the_code_is_shown_leaves_the_gate_up(tmp_path):
    """The renewal replaces the recovery code; if the parent never saw the new one (a crash,
    or a closed page), the vault must say 'not confirmed' so a fresh code is shown and typed
    back, instead of a vault whose only code nobody has."""
    data = tmp_path / "data"
    out = cli(data, "init", "--kind", "Kind", "--ouder", "Eva").stdout
    old_code = next(line for line in out.splitlines() if line.count("-") == 7).strip()
    with contextlib.suppress(AssertionError):
        python(data, CRASH_BEFORE_THE_CODE_IS_SHOWN)
    state = json.loads(
        python(
            data,
            "import json\nfrom dossierwijs.vault.models import Vault\n"
            'print(json.dumps({"confirmed": Vault.objects.get().recovery_confirmed}))',
        )
    )
    with pytest.raises(WrongSecret):
        Keyring.load(data).open_with(old_code, ("recovery",))
    assert state["confirmed"] is False
