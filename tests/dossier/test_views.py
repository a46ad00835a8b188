from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dossierwijs.dossier.models import Document, ImportJob
from tests.documents import pdf_with_text


def _upload(client, *files):
    return client.post(
        reverse("dossier:upload"),
        {"files": [SimpleUploadedFile(name, data) for name, data in files]},
    )


def test_several_files_are_added_at_once_and_a_bad_one_does_not_stop_the_others(client_for, family):
    c = client_for("ouder")
    response = _upload(
        c,
        ("verslag.pdf", pdf_with_text("Behandelverslag\nSanne maakt goede vorderingen.")),
        ("leeg.pdf", b""),
        ("notitie.txt", b"Afspraak met de mentor over huiswerk."),
    )
    assert response.status_code == 302
    jobs = {j.filename: j for j in ImportJob.objects.filter(vault=family.vault)}
    assert jobs["verslag.pdf"].status == "klaar"
    assert jobs["notitie.txt"].status == "klaar"
    assert jobs["leeg.pdf"].status == "mislukt"
    assert "leeg" in jobs["leeg.pdf"].message
    page = c.get(reverse("dossier:imports")).content.decode()
    assert "verslag.pdf" in page and "Niet gelukt" in page


def test_the_progress_list_is_an_htmx_partial(client_for, family):
    c = client_for("ouder")
    _upload(c, ("a.txt", b"tekst"))
    response = c.get(reverse("dossier:imports"), HTTP_HX_REQUEST="true")
    text = response.content.decode()
    assert 'id="jobs"' in text and "<html" not in text


def test_search_finds_a_word_and_highlights_it(client_for, family):
    c = client_for("ouder")
    _upload(c, ("gesprek.txt", b"Verslagen van drie gesprekken met de intern begeleider."))
    text = c.get(reverse("dossier:list"), {"q": "verslag"}).content.decode()
    assert "<mark>Verslagen</mark>" in text
    assert "Niets gevonden" in c.get(reverse("dossier:list"), {"q": "olifant"}).content.decode()


def test_the_document_page_shows_text_previews_and_history(client_for, family):
    c = client_for("ouder")
    _upload(c, ("opp.pdf", pdf_with_text("Ontwikkelingsperspectiefplan\nUitstroomprofiel vmbo-tl")))
    document = Document.objects.get(vault=family.vault)
    text = c.get(reverse("dossier:detail", args=[document.pk])).content.decode()
    assert "Uitstroomprofiel" in text
    assert reverse("dossier:page", args=[document.pk, 1]) in text
    png = c.get(reverse("dossier:page", args=[document.pk, 1]))
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG")
    assert "Document toegevoegd" in text


def test_a_parent_shares_one_document_with_the_buddy_who_then_sees_only_that(client_for, family):
    c = client_for("ouder")
    _upload(c, ("a.txt", b"Eerste document"), ("b.txt", b"Tweede document"))
    shared = Document.objects.get(title="a")
    c.post(reverse("dossier:share_buddy", args=[shared.pk]), {"member": family.meelezer.pk})
    buddy = client_for("meelezer")
    listing = buddy.get(reverse("dossier:list")).content.decode()
    assert ">a</a>" in listing and ">b</a>" not in listing
    assert buddy.get(reverse("dossier:detail", args=[shared.pk])).status_code == 200
    other = Document.objects.get(title="b")
    assert buddy.get(reverse("dossier:detail", args=[other.pk])).status_code == 404


def test_an_outsider_cannot_see_a_document(client_for, family):
    _upload(client_for("ouder"), ("a.txt", b"Eerste document"))
    document = Document.objects.get(vault=family.vault)
    assert (
        client_for("outsider").get(reverse("dossier:detail", args=[document.pk])).status_code == 404
    )


def test_editing_metadata_confirms_the_suggestion(client_for, family):
    c = client_for("ouder")
    _upload(c, ("a.txt", b"Iets"))
    document = Document.objects.get(vault=family.vault)
    c.post(
        reverse("dossier:edit", args=[document.pk]),
        {
            "title": "Verslag logopedie",
            "doc_type": "behandelverslag",
            "organisation": "Praktijk X",
            "origin": "ontvangen",
            "special_category": "on",
            "tags": "logopedie, 2023",
        },
    )
    document.refresh_from_db()
    assert document.title == "Verslag logopedie" and document.metadata_confirmed
    assert document.tag_list() == ["logopedie", "2023"]


def test_a_full_disk_gets_a_dutch_message_and_changes_nothing(client_for, family, monkeypatch):
    import errno

    from dossierwijs.vault.blobs import BlobStore

    def disk_full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(BlobStore, "put", disk_full)  # fault injection: the disk is full
    response = _upload(client_for("ouder"), ("verslag.txt", b"Een verslag"))
    assert response.status_code == 200
    assert "geen ruimte meer op de schijf" in response.content.decode()
    assert not ImportJob.objects.exists() and not Document.objects.exists()


def test_an_import_cut_off_by_a_killed_process_is_finished_on_the_next_visit(client_for, family):
    from django.conf import settings

    from dossierwijs.vault.blobs import BlobStore

    # What a killed process leaves behind: the upload stored encrypted, the job "bezig".
    blob_id, _new = BlobStore.for_data_dir(settings.DATA_DIR).put(b"Verslag van het MDO")
    job = ImportJob.objects.create(
        vault=family.vault,
        created_by=family.ouder,
        filename="mdo.txt",
        upload_blob_id=blob_id,
        status="bezig",
    )
    page = client_for("ouder").get(reverse("dossier:imports")).content.decode()
    job.refresh_from_db()
    assert job.status == "klaar" and job.document is not None
    assert "mdo.txt" in page


def test_the_import_page_stops_saying_busy_once_every_file_is_done(client_for, family):
    c = client_for("ouder")
    _upload(c, ("a.txt", b"tekst"), ("b.txt", b"meer tekst"))
    assert all(j.finished for j in ImportJob.objects.filter(vault=family.vault))
    for response in (
        c.get(reverse("dossier:imports")),
        # The last htmx poll swaps the heading too, so an open page changes as well.
        c.get(reverse("dossier:imports"), HTTP_HX_REQUEST="true"),
    ):
        text = response.content.decode()
        assert "Documenten worden toegevoegd" not in text
        assert "Klaar met toevoegen" in text
        assert "hx-trigger" not in text


def test_search_says_how_many_documents_it_found(client_for, family):
    c = client_for("ouder")
    _upload(
        c,
        ("een.txt", b"Verslag van het gesprek over rekenen."),
        ("twee.txt", b"Nog een verslag, nu over lezen."),
        ("drie.txt", b"Rooster van de week."),
    )
    assert (
        "2 documenten gevonden" in c.get(reverse("dossier:list"), {"q": "verslag"}).content.decode()
    )
    one = c.get(reverse("dossier:list"), {"q": "rooster"}, HTTP_HX_REQUEST="true").content.decode()
    assert "1 document gevonden" in one
    # Without a search there is nothing "gevonden" to count.
    assert "gevonden" not in c.get(reverse("dossier:list")).content.decode()


def test_a_scan_named_by_the_scanner_gets_its_title_date_sender_and_author_from_the_text(
    client_for, family
):
    from tests.core.documents.builders import make_scanned_pdf

    scan = make_scanned_pdf(
        [
            "Praktijk voor Kinderpsychologie De Linde\n"
            "Psychologisch onderzoeksverslag\n"
            "Amstelveen, 14 maart 2026\n"
            "Onderzoeker: drs. M. de Vries, GZ-psycholoog\n"
            "Sanne werd onderzocht op verzoek van school."
        ]
    )
    _upload(client_for("ouder"), ("scan_0001.pdf", scan))
    document = Document.objects.get(vault=family.vault)
    assert document.title == "Psychologisch onderzoeksverslag"
    assert document.document_date.isoformat() == "2026-03-14"
    assert document.organisation == "Praktijk voor Kinderpsychologie De Linde"
    assert document.author == "drs. M. de Vries"


def test_a_file_name_the_parent_chose_stays_the_title(client_for, family):
    _upload(client_for("ouder"), ("verslag_psycholoog.txt", b"Psychologisch onderzoeksverslag\n"))
    assert Document.objects.get(vault=family.vault).title == "verslag psycholoog"
