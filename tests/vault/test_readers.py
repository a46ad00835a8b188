"""A meelezer's passphrase opens their reader store, and through it only what was shared."""

import base64
import json
import shutil

import pytest
from django.urls import reverse

from dossierwijs.vault import crypto, reader_store, readers, services
from dossierwijs.vault.keyring import Keyring, WrongSecret
from tests.personas import PASSPHRASES

MEELEZER = PASSPHRASES["meelezer"]


@pytest.fixture
def two_documents(family, django_capture_on_commit_callbacks):
    """Two documents in the vault; only the first is shared with the meelezer."""
    from dossierwijs.dossier.services import import_file

    shared = import_file(
        vault=family.vault,
        by=family.ouder,
        filename="logopedieverslag.txt",
        data=b"Gedeeld verslag",
    )[0].document
    private = import_file(
        vault=family.vault, by=family.ouder, filename="dyslexieonderzoek.txt", data=b"Prive verslag"
    )[0].document
    with django_capture_on_commit_callbacks(execute=True):
        readers.set_grant(document=shared, buddy=family.meelezer, by=family.ouder, shared=True)
    return shared, private


def _every_blob(folder):
    return {p.parent.name + p.name: p.read_bytes() for p in (folder / "blobs").glob("??/*")}


def test_offline_the_meelezer_passphrase_opens_exactly_the_shared_documents(
    family, two_documents, tmp_path
):
    shared, private = two_documents
    copy = tmp_path / "copy"
    shutil.copytree(family.data_dir, copy)  # what a meelezer could take home

    # Only the crypto functions and the passphrase, nothing of the running vault.
    keyring = json.loads((copy / "keyring.json").read_text())
    for entry in keyring["entries"]:
        with pytest.raises(WrongSecret):
            Keyring.load(copy).get(entry["id"]).unwrap(MEELEZER)
    store = reader_store.open_with(copy, MEELEZER, (reader_store.ACTIVE,))
    assert [f.title for f in store.files] == [shared.title]
    opened = {}
    for blob_id, sealed in _every_blob(copy).items():
        for shared_file in store.files:
            try:
                opened[blob_id] = crypto.open_blob_with_data_key(
                    shared_file.data_key, sealed, blob_id
                )
            except crypto.DecryptionFailed:
                continue
    assert list(opened.values()) == [b"Gedeeld verslag"]
    assert private.current.blob_id not in opened


def test_revoking_a_grant_removes_it_and_renews_the_reader_key(
    family, two_documents, django_capture_on_commit_callbacks
):
    shared, _private = two_documents
    before = reader_store.load(family.data_dir, family.meelezer.key_entry_id)
    old_reader_key = before.entry.unwrap(MEELEZER)
    with django_capture_on_commit_callbacks(execute=True):
        readers.set_grant(document=shared, buddy=family.meelezer, by=family.ouder, shared=False)
    after = reader_store.load(family.data_dir, family.meelezer.key_entry_id)
    assert after.open(MEELEZER) == []
    assert after.entry.unwrap(MEELEZER) != old_reader_key
    with pytest.raises(crypto.DecryptionFailed):
        crypto.decrypt(old_reader_key, base64.b64decode(after.content), after._associated())


def test_a_removed_meelezer_passphrase_opens_nothing(family, two_documents):
    services.remove_member(member=family.meelezer, by=family.ouder)
    with pytest.raises(WrongSecret):
        reader_store.open_with(family.data_dir, MEELEZER, (reader_store.ACTIVE,))
    with pytest.raises(WrongSecret):
        Keyring.load(family.data_dir).open_with(MEELEZER, ("member", "recovery"))


def test_a_deleted_shared_document_leaves_the_store(
    family, two_documents, django_capture_on_commit_callbacks
):
    from dossierwijs.dossier.services import delete_document

    shared, _private = two_documents
    with django_capture_on_commit_callbacks(execute=True):
        delete_document(document=shared, by=family.ouder)
    store = reader_store.load(family.data_dir, family.meelezer.key_entry_id)
    assert store.open(MEELEZER) == []


def test_the_meelezer_logs_in_to_their_reader_pages_only(client, family, two_documents):
    shared, private = two_documents
    response = client.post(reverse("vault:login"), {"passphrase": MEELEZER})
    assert response.status_code == 302
    assert response["Location"] == reverse("vault:reader_home")
    home = client.get(reverse("vault:reader_home"))
    assert shared.title in home.content.decode()
    assert private.title not in home.content.decode()
    download = client.get(reverse("vault:reader_download", args=[shared.pk]))
    assert download.content == b"Gedeeld verslag"
    assert client.get(reverse("vault:reader_download", args=[private.pk])).status_code == 404
    assert client.get(reverse("vault:members")).status_code == 403
    assert client.get(reverse("vault:home"))["Location"] == reverse("vault:reader_home")
    client.post(reverse("vault:reader_logout"))
    assert client.get(reverse("vault:reader_home")).status_code == 302


def test_a_meelezer_invitation_code_never_opens_the_vault_key(family):
    _invitation, code = services.create_invitation(
        by=family.ouder, role="meelezer", name="Oma Truus"
    )
    with pytest.raises(WrongSecret):
        Keyring.load(family.data_dir).open_with(code, ("member", "recovery", "invitation"))
    store = reader_store.open_with(family.data_dir, code, (reader_store.INVITED,))
    assert store.files == []


def test_a_meelezer_from_before_reader_stores_loses_the_vault_key_at_their_next_login(
    family, two_documents
):
    from dossierwijs.vault.keyring import KeyEntry
    from tests.personas import TEST_VAULT_KEY

    buddy = family.meelezer
    reader_store.delete(family.data_dir, buddy.key_entry_id)
    keyring = Keyring.load(family.data_dir)
    legacy = keyring.add(KeyEntry.wrap(TEST_VAULT_KEY, MEELEZER, "member"))
    keyring.save(family.data_dir)
    buddy.key_entry_id = legacy.id
    buddy.save()

    member = services.login_with_passphrase(MEELEZER)
    assert member.pk == buddy.pk
    with pytest.raises(WrongSecret):
        Keyring.load(family.data_dir).open_with(MEELEZER, ("member",))
    store = reader_store.open_with(family.data_dir, MEELEZER, (reader_store.ACTIVE,))
    assert [f.title for f in store.files] == [two_documents[0].title]


def test_a_revoked_grant_ends_at_once_in_an_open_meelezer_session(
    client, family, two_documents, django_capture_on_commit_callbacks
):
    shared, _private = two_documents
    client.post(reverse("vault:login"), {"passphrase": MEELEZER})
    url = reverse("vault:reader_download", args=[shared.pk])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        readers.set_grant(document=shared, buddy=family.meelezer, by=family.ouder, shared=False)
    assert client.get(url).status_code == 404
    assert shared.title not in client.get(reverse("vault:reader_home")).content.decode()


def test_a_removed_meelezer_session_ends(client, family, two_documents):
    client.post(reverse("vault:login"), {"passphrase": MEELEZER})
    services.remove_member(member=family.meelezer, by=family.ouder)
    assert client.get(reverse("vault:reader_home")).status_code == 302


def test_a_parent_logged_in_in_the_same_browser_is_not_held_to_the_meelezer_pages(
    client, family, two_documents
):
    client.post(reverse("vault:login"), {"passphrase": MEELEZER})
    assert client.get(reverse("vault:members")).status_code == 403
    client.post(reverse("vault:login"), {"passphrase": PASSPHRASES["ouder"]})
    assert client.get(reverse("vault:members")).status_code == 200


def test_a_shared_file_name_outside_latin_1_downloads_with_its_name_and_nothing_hidden(
    client, family, django_capture_on_commit_callbacks
):
    from dossierwijs.dossier.services import import_file

    document = import_file(
        vault=family.vault, by=family.ouder, filename="Ayşe’s verslag\u202egpj.txt", data=b"x"
    )[0].document
    with django_capture_on_commit_callbacks(execute=True):
        readers.set_grant(document=document, buddy=family.meelezer, by=family.ouder, shared=True)
    client.post(reverse("vault:login"), {"passphrase": MEELEZER})
    header = client.get(reverse("vault:reader_download", args=[document.pk]))["Content-Disposition"]
    assert "filename*=UTF-8''Ay%C5%9Fe%E2%80%99s%20verslaggpj.txt" in header
    assert "\u202e" not in header and "\r" not in header
    header.encode("latin-1")  # a valid header value


def test_a_meelezer_accepts_while_the_vault_is_locked_and_joins_at_the_next_unlock(client, family):
    from dossierwijs.vault import keyholder
    from dossierwijs.vault.models import Invitation, Member

    _invitation, code = services.create_invitation(
        by=family.ouder, role="meelezer", name="Oma Truus"
    )
    keyholder.lock()
    response = client.post(
        reverse("vault:accept_invite"),
        {
            "code": code,
            "display_name": "Oma",
            "passphrase": "oma haar eigen lange zin",
            "passphrase_again": "oma haar eigen lange zin",
        },
    )
    assert response["Location"] == reverse("vault:reader_home")
    assert not keyholder.is_unlocked()  # her code opened no vault key
    assert (
        "Er is nog niets met u gedeeld" in client.get(reverse("vault:reader_home")).content.decode()
    )
    services.login_with_passphrase(PASSPHRASES["ouder"])
    truus = Member.objects.get(display_name="Oma Truus")
    assert truus.role == "meelezer"
    assert not Invitation.objects.filter(name="Oma Truus").exists()
    store = reader_store.load(family.data_dir, truus.key_entry_id)
    assert store.state == reader_store.ACTIVE


def test_an_ended_grant_or_an_ended_access_leaves_the_store_at_the_next_sync(family, two_documents):
    from datetime import date, timedelta

    from dossierwijs.vault.models import BuddyGrant

    def titles():
        store = reader_store.load(family.data_dir, family.meelezer.key_entry_id)
        return [f.title for f in store.open(MEELEZER)]

    yesterday = date.today() - timedelta(days=1)
    BuddyGrant.objects.filter(member=family.meelezer).update(until=yesterday)
    readers.sync(family.meelezer)
    assert titles() == []
    BuddyGrant.objects.filter(member=family.meelezer).update(until=None)
    readers.sync(family.meelezer)
    assert titles() == [two_documents[0].title]
    family.meelezer.access_until = yesterday
    family.meelezer.save()
    readers.sync(family.meelezer)
    assert titles() == []


def test_whoever_saw_the_invitation_code_cannot_open_what_is_shared_later(
    family, django_capture_on_commit_callbacks
):
    from dossierwijs.dossier.services import import_file

    invitation, code = services.create_invitation(by=family.ouder, role="meelezer", name="Oma")
    invited = reader_store.load(family.data_dir, invitation.id)  # a copy, taken with the code
    private_from_code = invited.entry.private_key(code)
    oma = services.accept_invitation(
        code=code, display_name="Oma", passphrase="oma haar eigen lange zin"
    )
    document = import_file(
        vault=family.vault, by=family.ouder, filename="voor-oma.txt", data=b"Voor oma"
    )[0].document
    with django_capture_on_commit_callbacks(execute=True):
        readers.set_grant(document=document, buddy=oma, by=family.ouder, shared=True)
    now = reader_store.load(family.data_dir, oma.key_entry_id)
    assert [f.title for f in now.open("oma haar eigen lange zin")] == ["voor-oma"]
    with pytest.raises(WrongSecret):
        now.open_with_private(private_from_code)


def test_only_a_meelezer_of_the_same_vault_can_be_given_a_grant(family, two_documents):
    with pytest.raises(ValueError):
        readers.set_grant(
            document=two_documents[1], buddy=family.mede_ouder, by=family.ouder, shared=True
        )
