import pytest
from django.urls import reverse

from dossierwijs.vault import keyholder
from dossierwijs.vault.journal_model import Action, JournalEntry
from tests.personas import PASSPHRASES, TEST_VAULT_KEY


def _files(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_right_passphrase_unlocks_and_logs_in(client, family):
    keyholder.lock()
    response = client.post(reverse("vault:login"), {"passphrase": PASSPHRASES["mede_ouder"]})
    assert response.status_code == 302
    assert keyholder.key() == TEST_VAULT_KEY
    home = client.get(reverse("vault:home"))
    assert "Joost Canarisvogel" in home.content.decode()
    assert JournalEntry.objects.filter(
        action=Action.LOGIN, actor_label="Joost Canarisvogel"
    ).exists()


def test_a_wrong_passphrase_says_so_in_dutch_and_changes_nothing_on_disk(client, family):
    keyholder.lock()
    before = _files(family.data_dir)
    response = client.post(reverse("vault:login"), {"passphrase": "dit is hem niet"})
    assert response.status_code == 401
    assert "Deze wachtzin opent de kluis niet" in response.content.decode()
    assert not keyholder.is_unlocked()
    assert _files(family.data_dir) == before


def test_a_failed_attempt_while_locked_reaches_the_journal_at_the_next_login(client, family):
    keyholder.lock()
    client.post(reverse("vault:login"), {"passphrase": "fout geraden wachtwoord"})
    client.post(reverse("vault:login"), {"passphrase": PASSPHRASES["ouder"]})
    assert JournalEntry.objects.filter(vault=family.vault, action=Action.LOGIN_FAILED).count() == 1


def test_login_is_throttled_after_repeated_failures(client, family):
    keyholder.lock()
    for _ in range(5):
        client.post(reverse("vault:login"), {"passphrase": "fout fout fout fout"})
    response = client.post(reverse("vault:login"), {"passphrase": PASSPHRASES["ouder"]})
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.content.decode()
    assert not keyholder.is_unlocked()


def test_every_page_sends_the_visitor_to_the_door_while_locked(client, family):
    keyholder.lock()
    response = client.get(reverse("vault:journal"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("vault:login"))


def test_a_new_data_folder_opens_the_welcome_wizard(client, data_dir):
    keyholder.lock()
    response = client.get(reverse("vault:home"))
    assert response["Location"] == reverse("vault:welcome")


def test_logout_ends_the_session_and_locks_the_local_vault(client_for, family, settings):
    c = client_for("ouder")
    response = c.post(reverse("vault:logout"))
    assert response.status_code == 302
    # Locally the key leaves memory; hosted, other families' sessions keep theirs.
    assert keyholder.is_unlocked() is settings.HOSTED
    assert c.get(reverse("vault:home"))["Location"].startswith(reverse("vault:login"))


def test_logging_out_says_it_locks_the_vault_for_everyone_on_this_computer(
    client_for, family, settings
):
    c = client_for("ouder")
    page = c.post(reverse("vault:logout"), follow=True).content.decode()
    if settings.HOSTED:  # hosted: the key stays for the other families, nothing to warn
        assert "ook voor andere gezinsleden" not in page
        return
    assert "ook voor andere gezinsleden die op deze computer waren ingelogd" in page
    other = client_for("mede_ouder")
    assert other.get(reverse("vault:home"))["Location"].startswith(reverse("vault:login"))


def test_the_recovery_code_lets_a_parent_choose_a_new_passphrase(client, family):
    keyholder.lock()
    response = client.post(reverse("vault:recover"), {"code": family.recovery_code.lower()})
    assert response.status_code == 302
    response = client.post(
        reverse("vault:recover_passphrase"),
        {
            "member": str(family.ouder.pk),
            "passphrase": "nieuwe lange wachtzin voor eva",
            "passphrase_again": "nieuwe lange wachtzin voor eva",
        },
    )
    assert response.status_code == 302
    keyholder.lock()
    ok = client.post(reverse("vault:login"), {"passphrase": "nieuwe lange wachtzin voor eva"})
    assert ok.status_code == 302
    keyholder.lock()
    old = client.post(reverse("vault:login"), {"passphrase": PASSPHRASES["ouder"]})
    assert old.status_code == 401


def test_a_wrong_recovery_code_changes_nothing(client, family):
    keyholder.lock()
    before = _files(family.data_dir)
    response = client.post(reverse("vault:recover"), {"code": "AAAA-BBBB-CCCC-DDDD"})
    assert "klopt niet" in response.content.decode()
    assert _files(family.data_dir) == before


@pytest.mark.parametrize("header", ["Content-Security-Policy", "X-Frame-Options"])
def test_pages_carry_strict_security_headers(client, family, header):
    response = client.get(reverse("vault:login"))
    assert header in response.headers
    if header == "Content-Security-Policy":
        assert "script-src 'self'" in response[header]
        assert "unsafe-inline" not in response[header]


def test_a_calendar_feed_does_not_open_or_keep_open_a_locked_vault(client, family):
    keyholder.lock()
    response = client.get("/agenda/eenwillekeurigtoken.ics")
    assert response.status_code == 503
    assert not keyholder.is_unlocked()


def test_guessing_recovery_codes_is_throttled_like_the_login(client, family):
    keyholder.lock()
    for _ in range(5):
        client.post(reverse("vault:recover"), {"code": "AAAA-BBBB-CCCC-DDDD"})
    response = client.post(reverse("vault:recover"), {"code": family.recovery_code})
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.content.decode()
    assert "recovery_vault" not in client.session


def test_guessing_invitation_codes_is_throttled_like_the_login(client, family):
    keyholder.lock()
    answer = {"code": "AAAA-BBBB-CCCC-DDDD", "display_name": "Iemand"}
    answer["passphrase"] = answer["passphrase_again"] = "een lange goede wachtzin voor mij"
    for _ in range(5):
        client.post(reverse("vault:accept_invite"), answer)
    response = client.post(reverse("vault:accept_invite"), answer)
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.content.decode()


def test_the_key_is_dropped_when_the_idle_time_is_up_without_a_request(settings):
    import time

    from dossierwijs.vault import keyholder
    from tests.personas import TEST_VAULT_KEY

    settings.LOCK_AFTER_SECONDS = 0.3
    keyholder.unlock(TEST_VAULT_KEY)
    time.sleep(0.15)
    keyholder.touch()  # activity moves the moment
    time.sleep(0.25)
    assert keyholder.is_unlocked()
    deadline = time.monotonic() + 3
    while keyholder.is_unlocked() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not keyholder.is_unlocked()
