"""Gezag is asked per parent: in the wizard, when joining, and in Mijn gegevens."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from dossierwijs.letters.context import letter_context
from dossierwijs.vault import keyholder, services
from dossierwijs.vault.journal_model import JournalEntry
from dossierwijs.vault.models import Invitation, Member, Vault
from dossierwijs.vault.roles import Gezag, Role

WELCOME = {
    "child_name": "Sanne Canarisvogel",
    "child_birth_date": "2013-04-12",
    "school_name": "OSG De Klimop",
    "other_parent_name": "Joost Canarisvogel",
    "parent_name": "Eva Canarisvogel",
    "passphrase": "paarse olifant danst snel",
    "passphrase_again": "paarse olifant danst snel",
    "understands_loss": "on",
}


def test_the_wizard_asks_gezag_for_both_parents_and_explains_it(client, db, data_dir):
    keyholder.lock()
    page = client.get(reverse("vault:welcome")).content.decode()
    assert "Heeft u gezag over uw kind?" in page and "Heeft de andere ouder gezag?" in page
    assert "gezagsregister" in page and "Na een scheiding" in page
    missing = client.post(reverse("vault:welcome"), WELCOME)
    assert missing.status_code == 200
    assert not Vault.objects.exists()
    made = client.post(
        reverse("vault:welcome"),
        {**WELCOME, "parent_gezag": "met", "other_parent_gezag": "zonder"},
    )
    assert made.status_code == 200 and "recovery_code" in made.context
    vault = Vault.objects.get()
    assert vault.members.get().gezag == Gezag.MET
    assert vault.other_parent_gezag == Gezag.ZONDER


def test_a_joining_parent_must_answer_and_nothing_changes_until_then(client, family):
    invitation, code = services.create_invitation(
        by=family.ouder, role=Role.MEDE_OUDER, name="Kees"
    )
    keyholder.lock()
    form = {
        "code": code,
        "display_name": "Kees",
        "passphrase": "kees zijn eigen lange zin",
        "passphrase_again": "kees zijn eigen lange zin",
    }
    refused = client.post(reverse("vault:accept_invite"), form)
    assert "Geef aan of u gezag heeft" in refused.content.decode()
    assert Invitation.objects.filter(pk=invitation.pk).exists()
    assert not Member.objects.filter(display_name="Kees").exists()
    joined = client.post(reverse("vault:accept_invite"), {**form, "gezag": "onbekend"})
    assert joined.status_code == 302
    assert Member.objects.get(display_name="Kees").gezag == Gezag.ONBEKEND


def test_a_parent_changes_their_answer_in_mijn_gegevens_and_it_is_journaled(client_for, family):
    response = client_for("mede_ouder").post(
        reverse("vault:profile"),
        {"form": "profile", "display_name": "Joost Canarisvogel", "gezag": "zonder"},
    )
    assert response.status_code == 302
    family.mede_ouder.refresh_from_db()
    assert family.mede_ouder.gezag == Gezag.ZONDER
    assert JournalEntry.objects.filter(summary__startswith="Gezag aangepast").exists()


def test_a_buddy_is_not_asked_about_gezag(client_for, family):
    page = client_for("meelezer").get(reverse("vault:profile")).content.decode()
    assert "Heeft u gezag" not in page


def _ready(family):
    family.vault.child_birth_date = date(2013, 4, 12)
    family.vault.save()


def test_only_a_joined_parent_with_gezag_co_signs(family):
    _ready(family)
    both = letter_context(vault=family.vault, by=family.ouder, extra={"organisation_name": "X"})
    assert [p.name for p in both.signers] == ["Eva Canarisvogel", "Joost Canarisvogel"]
    services.set_gezag(member=family.mede_ouder, gezag="zonder")
    alone = letter_context(vault=family.vault, by=family.ouder, extra={"organisation_name": "X"})
    assert [p.name for p in alone.signers] == ["Eva Canarisvogel"]
    assert alone.other_parents == ()  # no copy unless the writer chooses it
    copied = letter_context(
        vault=family.vault,
        by=family.ouder,
        extra={"organisation_name": "X", "copy_other_parent": True},
    )
    assert [(p.name, p.gezag) for p in copied.other_parents] == [("Joost Canarisvogel", False)]


def test_a_parent_typed_in_at_set_up_never_signs(family):
    _ready(family)
    Member.objects.filter(pk=family.mede_ouder.pk).delete()
    family.vault.other_parent_gezag = Gezag.MET
    family.vault.save()
    ctx = letter_context(vault=family.vault, by=family.ouder, extra={"organisation_name": "X"})
    assert [p.name for p in ctx.signers] == ["Eva Canarisvogel"]


def test_the_family_page_shows_each_parents_own_answer(client_for, family):
    services.set_gezag(member=family.mede_ouder, gezag="onbekend")
    html = client_for("ouder").get(reverse("vault:members")).content.decode()
    assert "(met gezag)" in html and "(weet ik niet)" in html


def test_the_invitation_says_the_co_parent_answers_gezag_when_joining(client_for, family):
    html = client_for("ouder").get(reverse("vault:invite")).content.decode()
    assert "geeft bij het accepteren zelf aan of hij of zij gezag heeft" in html
