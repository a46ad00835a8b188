"""The recovery code cannot be skipped, and Mijn gegevens can make a new one."""

from __future__ import annotations

import re

from django.urls import reverse

from dossierwijs.vault import keyholder
from dossierwijs.vault.journal_model import JournalEntry
from dossierwijs.vault.keyring import Keyring, WrongSecret
from dossierwijs.vault.models import Vault
from tests.personas import PASSPHRASES
from tests.vault.test_gezag import WELCOME

CODE = re.compile(r'id="recovery-code">([A-Z0-9-]+)<')


def shown_code(response) -> str:
    return CODE.search(response.content.decode()).group(1)


def opens(data_dir, code: str) -> bool:
    try:
        Keyring.load(data_dir).open_with(code, ("recovery",))
    except WrongSecret:
        return False
    return True


def new_vault(client):
    keyholder.lock()
    made = client.post(
        reverse("vault:welcome"), {**WELCOME, "parent_gezag": "met", "other_parent_gezag": "met"}
    )
    assert made.status_code == 200
    return shown_code(made)


def test_every_page_leads_back_to_the_code_until_it_is_confirmed(client, db, data_dir):
    first = new_vault(client)
    for name in ("vault:home", "dossier:list", "vault:profile", "knowledge:index"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("vault:recovery_code")
    page = client.get(reverse("vault:recovery_code"))
    html = page.content.decode()
    assert 'aria-label="Hoofdmenu"' not in html  # no way around it from the menu
    assert "Uitloggen" in html
    second = shown_code(page)
    # The code shown before was never confirmed: a fresh one replaces it.
    assert second != first
    assert opens(data_dir, second) and not opens(data_dir, first)


def test_typing_the_code_back_opens_the_vault(client, db, data_dir):
    code = new_vault(client)
    wrong = client.post(reverse("vault:recovery_code"), {"code": "AAAA-BBBB", "shown": code})
    assert wrong.status_code == 400
    assert shown_code(wrong) == code  # the code the parent copies stays on the screen
    assert "Dit is niet de code" in wrong.content.decode()
    assert not Vault.objects.get().recovery_confirmed
    right = client.post(reverse("vault:recovery_code"), {"code": code.lower().replace("-", " ")})
    assert right["Location"] == reverse("vault:home")
    assert Vault.objects.get().recovery_confirmed
    assert client.get(reverse("vault:home")).status_code == 200
    assert JournalEntry.objects.filter(summary__contains="Herstelcode bewaard").exists()


def test_logging_out_is_allowed_before_confirming(client, db, data_dir):
    new_vault(client)
    assert client.post(reverse("vault:logout")).status_code == 302


def test_a_parent_makes_a_new_code_with_their_passphrase(client_for, family):
    client = client_for("ouder")
    profile = client.get(reverse("vault:profile")).content.decode()
    assert "Nieuwe herstelcode maken" in profile
    refused = client.post(
        reverse("vault:renew_recovery_code"), {"renew-current": "niet mijn wachtzin"}, follow=True
    )
    assert "Deze wachtzin klopt niet" in refused.content.decode()
    assert opens(family.data_dir, family.recovery_code)
    made = client.post(
        reverse("vault:renew_recovery_code"), {"renew-current": PASSPHRASES["ouder"]}
    )
    code = shown_code(made)
    assert opens(family.data_dir, code)
    assert not opens(family.data_dir, family.recovery_code)  # the old one stops working
    assert client.get(reverse("vault:home"))["Location"] == reverse("vault:recovery_code")
    assert JournalEntry.objects.filter(summary__contains="Nieuwe herstelcode").exists()


def test_a_meelezer_cannot_make_a_new_code(client_for, family):
    response = client_for("meelezer").post(
        reverse("vault:renew_recovery_code"), {"renew-current": PASSPHRASES["meelezer"]}
    )
    assert response.status_code in (302, 403)
    assert opens(family.data_dir, family.recovery_code)


def test_the_door_sends_a_logged_in_parent_home(client_for, family):
    client = client_for("ouder")
    for name in ("vault:welcome", "vault:login"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("vault:home")


def test_a_stray_request_does_not_replace_the_code_on_the_screen(client, db, data_dir):
    """Browsers fetch an icon or prefetch pages on their own; such a request once followed
    the redirect to this page and made a new code, so the one on the screen stopped working."""
    code = new_vault(client)
    assert client.get("/favicon.ico").status_code == 200
    stray = client.get(reverse("vault:recovery_code"), headers={"Sec-Fetch-Dest": "image"})
    assert stray.status_code == 204
    assert opens(data_dir, code)


def test_a_code_replaced_elsewhere_is_not_kept_on_the_screen(client, db, data_dir):
    """Another tab (or the other parent) made a newer code: typing back the one on this
    screen cannot work, so the page says so and shows a code that does."""
    first = new_vault(client)
    client.get(reverse("vault:recovery_code"))  # a second tab: a newer code, the first dies
    response = client.post(reverse("vault:recovery_code"), {"code": first, "shown": first})
    assert response.status_code == 409
    assert "Er is intussen een nieuwe herstelcode gemaakt" in response.content.decode()
    now = shown_code(response)
    assert now != first and opens(data_dir, now)


def test_other_requests_are_refused_until_the_code_is_confirmed(client, db, data_dir):
    new_vault(client)
    response = client.get(reverse("vault:profile"), headers={"Sec-Fetch-Dest": "empty"})
    assert response.status_code == 403
