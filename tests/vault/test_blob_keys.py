"""A key per blob, wrapped by the vault key; key pairs that let a new vault key be handed on."""

import pytest

from dossierwijs.vault import crypto
from dossierwijs.vault.blobs import BlobDamaged, BlobStore
from dossierwijs.vault.keyring import KeyEntry, Keyring, WrongSecret


def _old_style_blob(store: BlobStore, data: bytes) -> str:
    """Write a blob the way every vault did before data keys: under the vault key itself."""
    blob_id = store.blob_id(data)
    path = store._path(blob_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(crypto.encrypt(store._key, data, associated=blob_id.encode()))
    return blob_id


def test_each_blob_has_its_own_data_key_that_opens_it_alone(tmp_path):
    store = BlobStore(tmp_path, crypto.new_vault_key())
    first, _ = store.put(b"verslag een")
    second, _ = store.put(b"verslag twee")
    key = store.data_key(first)
    assert key != store.data_key(second)
    sealed = store._path(first).read_bytes()
    assert crypto.open_blob_with_data_key(key, sealed, first) == b"verslag een"
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_blob_with_data_key(key, store._path(second).read_bytes(), second)
    # The id is bound in: the same file under another name does not open.
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_blob_with_data_key(key, sealed, second)


def test_identical_files_are_still_stored_once(tmp_path):
    store = BlobStore(tmp_path, crypto.new_vault_key())
    assert store.put(b"zelfde")[1] is True
    assert store.put(b"zelfde")[1] is False


def test_a_blob_from_before_data_keys_is_read_and_upgraded(tmp_path):
    store = BlobStore(tmp_path, crypto.new_vault_key())
    blob_id = _old_style_blob(store, b"oud verslag")
    assert store.get(blob_id) == b"oud verslag"
    assert store.upgrade(blob_id) is True
    assert crypto.is_enveloped(store._path(blob_id).read_bytes())
    assert store.get(blob_id) == b"oud verslag"
    assert store.upgrade(blob_id) is False


def test_a_new_vault_key_rewraps_the_data_key_in_place_and_the_old_key_no_longer_opens(
    tmp_path,
):
    old_key, new_key = crypto.new_vault_key(), crypto.new_vault_key()
    store = BlobStore(tmp_path, old_key)
    blob_id, _ = store.put(b"verslag" * 1000)
    legacy_id = _old_style_blob(store, b"ouder verslag")
    body_before = store._path(blob_id).read_bytes()[crypto.BLOB_HEADER_BYTES :]
    for bid in (blob_id, legacy_id):
        store.rewrap(bid, new_key)
        store.rewrap(bid, new_key)  # again, as after a crash: harmless
    assert store._path(blob_id).read_bytes()[crypto.BLOB_HEADER_BYTES :] == body_before
    renewed = BlobStore(tmp_path, new_key, id_key=store._id_key)
    assert renewed.get(blob_id) == b"verslag" * 1000
    assert renewed.get(legacy_id) == b"ouder verslag"
    with pytest.raises(BlobDamaged):
        store.get(blob_id)
    with pytest.raises(BlobDamaged):
        store.get(legacy_id)


def test_a_crash_between_writing_the_new_slot_and_wiping_the_old_still_opens_with_both(
    tmp_path,
):
    old_key, new_key = crypto.new_vault_key(), crypto.new_vault_key()
    store = BlobStore(tmp_path, old_key)
    blob_id, _ = store.put(b"verslag")
    path = store._path(blob_id)
    sealed = bytearray(path.read_bytes())
    data_key = crypto.blob_data_key(old_key, bytes(sealed), blob_id)
    offset = crypto.slot_offset(1)
    sealed[offset : offset + crypto.WRAPPED_KEY_BYTES] = crypto.wrap_data_key(
        new_key, data_key, blob_id
    )
    path.write_bytes(bytes(sealed))  # the crash: slot 1 written, slot 0 not yet wiped
    assert crypto.open_blob(old_key, bytes(sealed), blob_id) == b"verslag"
    assert crypto.open_blob(new_key, bytes(sealed), blob_id) == b"verslag"
    store.rewrap(blob_id, new_key)
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_blob(old_key, path.read_bytes(), blob_id)


def test_a_holder_gets_a_new_vault_key_without_their_passphrase():
    old_key, new_key = crypto.new_vault_key(), crypto.new_vault_key()
    entry = KeyEntry.wrap(old_key, "juiste wachtzin hier", "member")
    entry.reseal(new_key)
    assert entry.unwrap("juiste wachtzin hier") == new_key
    with pytest.raises(WrongSecret):
        entry.unwrap("verkeerde wachtzin")


def test_an_entry_from_before_key_pairs_still_opens():
    key = crypto.new_vault_key()
    entry = KeyEntry.wrap(key, "oude wachtzin hier", "member")
    # The old form: the vault key wrapped by the passphrase directly, no key pair.
    wrapping = crypto.derive_key(
        "oude wachtzin hier",
        __import__("base64").b64decode(entry.salt),
        crypto.KdfParams.from_dict(entry.kdf),
    )
    entry.wrapped = (
        __import__("base64")
        .b64encode(crypto.encrypt(wrapping, key, associated=entry.id.encode()))
        .decode()
    )
    entry.public = entry.private = None
    assert entry.unwrap("oude wachtzin hier") == key
    assert not entry.can_be_resealed


def test_the_blob_id_key_survives_a_new_vault_key(tmp_path):
    old_key, new_key = crypto.new_vault_key(), crypto.new_vault_key()
    keyring = Keyring.new()
    id_key = keyring.id_key(old_key)
    keyring.set_id_key(new_key, id_key)
    keyring.save(tmp_path)
    assert Keyring.load(tmp_path).id_key(new_key) == id_key
    with pytest.raises(crypto.DecryptionFailed):
        Keyring.load(tmp_path).id_key(old_key)


def test_a_member_whose_entry_predates_key_pairs_gets_one_at_login(family):
    import base64

    from dossierwijs.vault import services
    from tests.personas import PASSPHRASES, TEST_VAULT_KEY

    secret = PASSPHRASES["kind_16plus"]
    keyring = Keyring.load(family.data_dir)
    entry = keyring.get(family.kind_16plus.key_entry_id)
    wrapping = crypto.derive_key(
        secret, base64.b64decode(entry.salt), crypto.KdfParams.from_dict(entry.kdf)
    )
    entry.wrapped = base64.b64encode(
        crypto.encrypt(wrapping, TEST_VAULT_KEY, associated=entry.id.encode())
    ).decode()
    entry.public = entry.private = None
    keyring.save(family.data_dir)
    assert not Keyring.load(family.data_dir).get(entry.id).can_be_resealed

    assert services.login_with_passphrase(secret).pk == family.kind_16plus.pk
    upgraded = Keyring.load(family.data_dir).get(entry.id)
    assert upgraded.can_be_resealed
    assert upgraded.unwrap(secret) == TEST_VAULT_KEY
