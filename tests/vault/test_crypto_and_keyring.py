import json

import pytest

from dossierwijs.vault import crypto
from dossierwijs.vault.keyring import KeyEntry, Keyring, KeyringError, WrongSecret


def test_a_wrapped_key_opens_only_with_its_passphrase():
    key = crypto.new_vault_key()
    entry = KeyEntry.wrap(key, "juiste wachtzin hier", "member")
    assert entry.unwrap("juiste wachtzin hier") == key
    with pytest.raises(WrongSecret):
        entry.unwrap("verkeerde wachtzin")


def test_a_changed_byte_in_a_blob_is_detected():
    key = crypto.new_vault_key()
    sealed = bytearray(crypto.encrypt(key, b"verslag", associated=b"id"))
    sealed[-1] ^= 1
    with pytest.raises(crypto.DecryptionFailed):
        crypto.decrypt(key, bytes(sealed), associated=b"id")


def test_a_blob_under_another_name_does_not_decrypt():
    key = crypto.new_vault_key()
    sealed = crypto.encrypt(key, b"verslag", associated=b"id-a")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.decrypt(key, sealed, associated=b"id-b")


def test_codes_are_long_and_forgiving_to_type():
    code = crypto.new_code()
    assert len(code.replace("-", "")) == 32
    assert crypto.normalise_code(code.lower().replace("-", " ")) == code


def test_the_keyring_holds_no_names(tmp_path):
    keyring = Keyring.new()
    keyring.add(KeyEntry.wrap(crypto.new_vault_key(), "Eva haar wachtzin", "member"))
    keyring.save(tmp_path)
    text = (tmp_path / "keyring.json").read_text()
    assert "Eva" not in text
    assert Keyring.load(tmp_path).vault_id == keyring.vault_id


def test_a_foreign_or_damaged_keyring_gives_a_dutch_message(tmp_path):
    (tmp_path / "keyring.json").write_text(json.dumps({"app": "iets anders"}))
    with pytest.raises(KeyringError, match="hoort niet bij dossierwijs"):
        Keyring.load(tmp_path)
    (tmp_path / "keyring.json").write_text("{kapot")
    with pytest.raises(KeyringError, match="beschadigd"):
        Keyring.load(tmp_path)
