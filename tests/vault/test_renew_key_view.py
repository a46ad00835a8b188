"""The members page: removing someone says what stays readable, and offers a new key."""

from django.urls import reverse

from dossierwijs.vault.keyring import Keyring
from tests.personas import PASSPHRASES


def test_removing_a_key_holder_tells_the_parent_old_backups_stay_readable(client_for, family):
    response = client_for("ouder").post(
        reverse("vault:remove_member", args=[family.kind_16plus.pk]), follow=True
    )
    text = response.content.decode()
    assert "oude back-ups" in text
    assert "Sleutel vernieuwen" in text


def test_removing_a_meelezer_says_they_may_keep_what_was_shared(client_for, family):
    response = client_for("ouder").post(
        reverse("vault:remove_member", args=[family.meelezer.pk]), follow=True
    )
    assert "kan Mirjam Buddy wel bewaard hebben" in response.content.decode()


def test_the_renewal_page_explains_and_asks_for_the_passphrase(client_for, family):
    response = client_for("ouder").get(reverse("vault:renew_key"))
    assert response.status_code == 200
    assert "Oude back-ups blijven werken met de oude sleutel" in response.content.decode()


def test_a_wrong_passphrase_renews_nothing(client_for, family):
    before = Keyring.load(family.data_dir).to_json()
    response = client_for("ouder").post(
        reverse("vault:renew_key"), {"passphrase": PASSPHRASES["mede_ouder"]}
    )
    assert "Deze wachtzin klopt niet" in response.content.decode()
    assert Keyring.load(family.data_dir).to_json() == before
    assert not (family.data_dir / "rekey.json").exists()


def test_a_meelezer_cannot_renew_the_key(client_for, family):
    assert client_for("meelezer").get(reverse("vault:renew_key")).status_code == 403


def test_the_renewal_page_names_members_it_cannot_reach(client_for, family):
    keyring = Keyring.load(family.data_dir)
    entry = keyring.get(family.mede_ouder.key_entry_id)
    entry.public = entry.private = None  # as an entry from before key pairs
    keyring.save(family.data_dir)
    text = client_for("ouder").get(reverse("vault:renew_key")).content.decode()
    assert "niet ingelogd: Joost Canarisvogel" in text
