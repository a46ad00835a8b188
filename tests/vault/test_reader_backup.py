"""A backup keeps the meelezers' reader stores: after a restore they still open what was shared."""

import pytest

from dossierwijs.vault import reader_store
from dossierwijs.vault.keyring import Keyring, WrongSecret
from tests.vault.scripted import cli, python

MEELEZER = "oma leest graag mee hier"

SHARE = f"""
from dossierwijs.dossier.services import import_file
from dossierwijs.vault import readers
from dossierwijs.vault.roles import Role
_inv, code = services.create_invitation(by=member, role=Role.MEELEZER, name="Oma")
oma = services.accept_invitation(code=code, display_name="Oma", passphrase={MEELEZER!r})
shared = import_file(vault=vault, by=member, filename="logopedie.txt", data=b"Voor oma")[0]
import_file(vault=vault, by=member, filename="geheim.txt", data=b"Niet voor oma")
readers.set_grant(document=shared.document, buddy=oma, by=member, shared=True)
"""


@pytest.mark.slow
def test_a_restored_vault_keeps_what_was_shared_with_a_meelezer_and_nothing_more(tmp_path):
    original, restored = tmp_path / "origineel", tmp_path / "terug"
    cli(original, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    python(original, SHARE)
    cli(original, "backup", str(tmp_path / "kluis.dwbackup"))
    cli(restored, "restore", str(tmp_path / "kluis.dwbackup"))

    store = reader_store.open_with(restored, MEELEZER, (reader_store.ACTIVE,))
    assert [f.title for f in store.files] == ["logopedie"]
    assert reader_store.read_file(restored, store.files[0]) == b"Voor oma"
    with pytest.raises(WrongSecret):
        Keyring.load(restored).open_with(MEELEZER, ("member", "recovery", "invitation"))


@pytest.mark.slow
def test_a_renewed_vault_key_leaves_the_meelezer_exactly_what_was_shared(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Kind de Vries", "--ouder", "Eva")
    python(data, SHARE)
    cli(data, "sleutel-vernieuwen")
    store = reader_store.open_with(data, MEELEZER, (reader_store.ACTIVE,))
    assert [f.title for f in store.files] == ["logopedie"]
    assert reader_store.read_file(data, store.files[0]) == b"Voor oma"
    with pytest.raises(WrongSecret):
        Keyring.load(data).open_with(MEELEZER, ("member", "recovery", "invitation"))
