import pytest
from django.urls import reverse

from dossierwijs.vault import keyholder, reader_store
from dossierwijs.vault.journal_model import Action, JournalEntry
from dossierwijs.vault.keyring import Keyring
from dossierwijs.vault.models import Invitation, Member
from dossierwijs.vault.roles import Role


def test_a_parent_gets_a_one_time_code_to_pass_on(client_for, family):
    response = client_for("ouder").post(
        reverse("vault:invite"), {"name": "Oma Truus", "role": Role.MEELEZER}
    )
    assert response.status_code == 200
    code = response.context["code"]
    assert code in response.content.decode()
    invitation = Invitation.objects.get(name="Oma Truus")
    assert invitation.role == Role.MEELEZER
    # A meelezer's code opens their own reader store, never the vault key.
    assert Keyring.load(family.data_dir).get(invitation.id) is None
    assert reader_store.load(family.data_dir, invitation.id).state == reader_store.INVITED


def test_an_invitation_for_a_full_role_wraps_the_vault_key(client_for, family):
    client_for("ouder").post(reverse("vault:invite"), {"name": "Sanne", "role": Role.KIND_16PLUS})
    invitation = Invitation.objects.get(name="Sanne")
    assert Keyring.load(family.data_dir).get(invitation.id).kind == "invitation"


def test_an_invitee_joins_with_the_code_while_the_vault_is_locked(client, client_for, family):
    response = client_for("ouder").post(
        reverse("vault:invite"), {"name": "Oma Truus", "role": Role.KIND_16PLUS}
    )
    code = response.context["code"]
    keyholder.lock()
    joined = client.post(
        reverse("vault:accept_invite"),
        {
            "code": code,
            "display_name": "Oma Truus",
            "passphrase": "oma haar eigen lange zin",
            "passphrase_again": "oma haar eigen lange zin",
        },
    )
    assert joined.status_code == 302
    truus = Member.objects.get(display_name="Oma Truus")
    assert truus.role == Role.KIND_16PLUS
    # The code works once.
    keyholder.lock()
    again = client.post(
        reverse("vault:accept_invite"),
        {
            "code": code,
            "display_name": "Iemand anders",
            "passphrase": "nog een andere lange zin",
            "passphrase_again": "nog een andere lange zin",
        },
    )
    assert "klopt niet" in again.content.decode()


def test_a_child_of_16_cannot_remove_a_parent(client_for, family):
    response = client_for("kind_16plus").post(
        reverse("vault:remove_member", args=[family.mede_ouder.pk])
    )
    assert response.status_code == 403
    assert Member.objects.filter(pk=family.mede_ouder.pk).exists()


def test_a_parent_removes_a_buddy_and_their_key(client_for, family):
    entry_id = family.meelezer.key_entry_id
    response = client_for("ouder").post(reverse("vault:remove_member", args=[family.meelezer.pk]))
    assert response.status_code == 302
    assert not Member.objects.filter(pk=family.meelezer.pk).exists()
    assert Keyring.load(family.data_dir).get(entry_id) is None
    assert JournalEntry.objects.filter(action=Action.MEMBER_REMOVED).exists()


def test_a_role_change_is_journaled(client_for, family):
    client_for("ouder").post(
        reverse("vault:change_role", args=[family.kind_16plus.pk]), {"role": Role.MEDE_OUDER}
    )
    family.kind_16plus.refresh_from_db()
    assert family.kind_16plus.role == Role.MEDE_OUDER
    assert JournalEntry.objects.filter(action=Action.ROLE_CHANGE).exists()


def test_a_meelezer_cannot_be_made_a_key_holder_or_the_other_way_round(client_for, family):
    for member, role in ((family.meelezer, Role.KIND_16PLUS), (family.kind_16plus, Role.MEELEZER)):
        response = client_for("ouder").post(
            reverse("vault:change_role", args=[member.pk]), {"role": role}, follow=True
        )
        assert "opnieuw uit met de nieuwe rol" in response.content.decode()
        before = member.role
        member.refresh_from_db()
        assert member.role == before
    assert not JournalEntry.objects.filter(action=Action.ROLE_CHANGE).exists()


def test_a_buddy_sees_only_what_is_shared(client_for, family):
    home = client_for("meelezer").get(reverse("vault:home"))
    assert "U bent meelezer" in home.content.decode()
    assert client_for("meelezer").get(reverse("vault:members")).status_code == 403


def test_the_home_page_says_what_is_in_the_dossier(client_for, family):
    from dossierwijs.dossier.services import import_file

    import_file(vault=family.vault, by=family.ouder, filename="a.txt", data=b"Verslag")
    text = client_for("ouder").get(reverse("vault:home")).content.decode()
    assert "1 document" in text


def test_only_a_parent_may_make_someone_a_parent_also_in_the_service(family):
    """The rule lived only in the view; the service is what every caller goes through."""
    from dossierwijs.vault import services as vault_services

    _invitation, code = vault_services.create_invitation(
        by=family.ouder, role=Role.KIND_16PLUS, name="Tim Canarisvogel"
    )
    brother = vault_services.accept_invitation(
        code=code, display_name="Tim Canarisvogel", passphrase="tim heeft een lange wachtzin"
    )
    with pytest.raises(vault_services.VaultError, match="Alleen een ouder kan iemand ouder"):
        vault_services.change_role(member=brother, role=Role.MEDE_OUDER, by=family.kind_16plus)
    brother.refresh_from_db()
    assert brother.role == Role.KIND_16PLUS
    vault_services.change_role(member=brother, role=Role.MEDE_OUDER, by=family.ouder)
    brother.refresh_from_db()
    assert brother.role == Role.MEDE_OUDER
