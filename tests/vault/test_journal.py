import json

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


# -- the anchor outside the table: a missing tail and a re-hashed chain ------------------
def _delete_last(vault, n):
    last = list(
        JournalEntry.objects.filter(vault=vault).order_by("-seq").values_list("pk", flat=True)[:n]
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM vault_journalentry WHERE id IN ({', '.join(['%s'] * n)})",  # noqa: S608
            last,
        )


def test_deleting_the_last_rows_is_noticed(family):
    assert journal.verify(family.vault).intact
    head = JournalEntry.objects.filter(vault=family.vault).order_by("-seq")[0].seq
    _delete_last(family.vault, 2)
    check = journal.verify(family.vault)
    assert not check.intact
    assert check.reason == "tail"
    assert check.broken_seq == head
    assert "laatste regels ontbreken" in check.explanation


def test_a_chain_rehashed_from_the_start_is_noticed(family):
    assert journal.verify(family.vault).intact
    # Someone with access to the database (not to the vault key) rewrites the first
    # entry and then every hash after it, so the chain itself is consistent again.
    prev = "0" * 64
    for entry in JournalEntry.objects.filter(vault=family.vault).order_by("seq"):
        if entry.seq == 1:
            entry.actor_label = "Iemand anders"
        entry.prev_hash = prev
        entry.hash = entry.compute_hash()
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE vault_journalentry SET actor_label = %s, prev_hash = %s, hash = %s "
                "WHERE id = %s",
                [entry.actor_label, entry.prev_hash, entry.hash, entry.pk],
            )
        prev = entry.hash
    check = journal.verify(family.vault)
    assert not check.intact
    assert check.reason == "anchor"


def test_an_anchor_made_without_the_vault_key_is_noticed(family):
    from dossierwijs.vault import journal_anchor

    assert journal.verify(family.vault).intact
    _delete_last(family.vault, 2)
    path = family.data_dir / journal_anchor.FILENAME
    anchors = json.loads(path.read_text())
    new_head = JournalEntry.objects.filter(vault=family.vault).order_by("-seq")[0]
    anchors["anchors"][str(family.vault.pk)].update(seq=new_head.seq, head=new_head.hash)
    path.write_text(json.dumps(anchors))
    check = journal.verify(family.vault)
    assert not check.intact and check.reason == "anchor"


def test_a_removed_anchor_is_noticed(family):
    from dossierwijs.vault import journal_anchor

    assert journal.verify(family.vault).intact
    (family.data_dir / journal_anchor.FILENAME).unlink()
    check = journal.verify(family.vault)
    assert not check.intact and check.reason == "anchor-missing"


def test_the_anchor_moves_only_along_the_same_chain(family):
    """A new entry after deleted rows must not paper over them by moving the anchor."""
    assert journal.verify(family.vault).intact
    _delete_last(family.vault, 2)
    journal.record(vault=family.vault, actor=family.ouder, action=Action.LOGIN)
    assert not journal.verify(family.vault).intact


def test_the_logbook_page_says_the_last_rows_are_missing(client_for, family):
    assert journal.verify(family.vault).intact
    _delete_last(family.vault, 1)
    text = client_for("ouder").get(reverse("vault:journal")).content.decode()
    assert "compleet en ongewijzigd" not in text
    assert "laatste regels ontbreken" in text


def test_the_logboek_names_the_document_and_groups_repeated_views(client_for, family):
    from django.urls import reverse as url

    from tests.test_authorization_matrix import family_document

    document = family_document(family)
    eva = client_for("ouder")
    for _ in range(3):
        eva.get(url("dossier:detail", args=[document.pk]))
    response = eva.get(url("vault:journal"))
    rows = response.context["rows"]
    views = [r for r in rows if r.entry.action == "view"]
    assert len(views) == 1 and views[0].times == 3
    assert views[0].about == document.title
    html = response.content.decode()
    assert "(3 keer)" in html and document.title in html
    # The title is looked up when shown: the journal itself never stored it.
    from dossierwijs.vault.journal_model import JournalEntry

    assert not JournalEntry.objects.filter(summary__contains=document.title).exists()
