from django.db import connection
from django.urls import reverse

from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action, JournalEntry


def test_a_fresh_chain_is_intact(family):
    check = journal.verify(family.vault)
    assert check.intact
    assert check.count >= 4


def test_an_altered_entry_is_named_by_verification(family):
    entry = JournalEntry.objects.filter(vault=family.vault, action=Action.JOIN).order_by("seq")[0]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE vault_journalentry SET actor_label = %s WHERE id = %s",
            ["Iemand anders", entry.pk],
        )
    check = journal.verify(family.vault)
    assert not check.intact
    assert check.broken_seq == entry.seq


def test_a_removed_entry_is_noticed(family):
    entry = JournalEntry.objects.filter(vault=family.vault).order_by("seq")[1]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM vault_journalentry WHERE id = %s", [entry.pk])
    check = journal.verify(family.vault)
    assert not check.intact
    assert check.broken_seq == entry.seq


def test_entries_cannot_be_changed_through_the_app(family):
    entry = JournalEntry.objects.filter(vault=family.vault).first()
    entry.summary = "anders"
    try:
        entry.save()
    except ValueError:
        pass
    else:
        raise AssertionError("an entry was changed")


def test_the_logbook_page_shows_the_chain_and_filters(client_for, family):
    c = client_for("ouder")
    page = c.get(reverse("vault:journal"), {"action": Action.JOIN})
    text = page.content.decode()
    assert "compleet en ongewijzigd" in text
    assert "Lid geworden" in text
    assert "Kluis aangemaakt" not in text.split('id="journal-entries"')[1]


def test_the_logbook_page_warns_when_the_chain_is_broken(client_for, family):
    entry = JournalEntry.objects.filter(vault=family.vault).order_by("seq")[0]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE vault_journalentry SET summary = 'x' WHERE id = %s", [entry.pk])
    text = client_for("ouder").get(reverse("vault:journal")).content.decode()
    assert "gewijzigd of beschadigd vanaf regel 1" in text


def test_the_logbook_exports_as_csv_and_json(client_for, family):
    c = client_for("ouder")
    csv_response = c.get(reverse("vault:journal_export", args=["csv"]))
    assert csv_response["Content-Type"].startswith("text/csv")
    assert "volgnummer" in csv_response.content.decode()
    json_response = c.get(reverse("vault:journal_export", args=["json"]))
    assert json_response.json()[0]["volgnummer"] == 1


def test_htmx_filtering_returns_only_the_entries_partial(client_for, family):
    response = client_for("ouder").get(reverse("vault:journal"), HTTP_HX_REQUEST="true")
    text = response.content.decode()
    assert 'id="journal-entries"' in text
    assert "<html" not in text
