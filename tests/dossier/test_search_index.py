"""A search index that disagrees with the documents is noticed and rebuilt."""

from django.db import connection

from dossierwijs.dossier import search
from dossierwijs.dossier.services import import_file


def _import(family, name, text):
    import_file(vault=family.vault, by=family.ouder, filename=name, data=text.encode())


def _empty_index(vault):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM dossier_fts WHERE vault_id = %s", [str(vault.pk)])


def test_an_emptied_index_is_noticed_and_rebuilt_with_the_same_results(family):
    _import(family, "logo.txt", "Verslag van de logopedist over de spraak van Sanne.")
    _import(family, "school.txt", "Groeidocument van De Klimop, met afspraken over toetsen.")
    before = {q: search.search(family.vault.pk, q) for q in ("logopedist", "groeidoc", "Sanne")}
    assert not search.needs_rebuild(family.vault)

    _empty_index(family.vault)
    assert search.needs_rebuild(family.vault)
    assert search.search(family.vault.pk, "logopedist") == []

    assert search.rebuild(family.vault) == 2
    assert not search.needs_rebuild(family.vault)
    after = {q: search.search(family.vault.pk, q) for q in before}
    assert [[h.document_id for h in hits] for hits in after.values()] == [
        [h.document_id for h in hits] for hits in before.values()
    ]
    assert len(after["logopedist"]) == 1


def test_a_rebuild_leaves_other_vaults_alone(family):
    _import(family, "logo.txt", "Verslag van de logopedist.")
    assert search.indexed_count(family.outsider.vault.pk) == 0
    search.rebuild(family.outsider.vault)
    assert search.indexed_count(family.vault.pk) == 1


def test_a_parent_is_offered_a_repair_and_search_works_after_it(family, client_for):
    from django.urls import reverse

    from dossierwijs.vault.journal_model import Action, JournalEntry

    _import(family, "logo.txt", "Verslag van de logopedist over de spraak van Sanne.")
    c = client_for("ouder")
    assert 'id="index-incomplete"' not in c.get(reverse("dossier:list")).content.decode()
    _empty_index(family.vault)
    page = c.get(reverse("dossier:list")).content.decode()
    assert 'id="index-incomplete"' in page and "Zoekfunctie herstellen" in page
    response = c.post(reverse("dossier:rebuild_index"), follow=True)
    assert "1 document is weer vindbaar" in response.content.decode()
    assert 'id="index-incomplete"' not in response.content.decode()
    found = c.get(reverse("dossier:list"), {"q": "logopedist"}).content.decode()
    assert "<mark>logopedist</mark>" in found
    assert JournalEntry.objects.filter(
        vault=family.vault, action=Action.EDIT, object_type="search_index"
    ).exists()


def test_a_meelezer_is_not_offered_the_repair(family, client_for):
    from django.urls import reverse

    _import(family, "logo.txt", "Verslag van de logopedist.")
    _empty_index(family.vault)
    page = client_for("meelezer").get(reverse("dossier:list")).content.decode()
    assert 'id="index-incomplete"' not in page
