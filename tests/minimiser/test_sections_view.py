"""Step 1, "Verkorte versie maken": the report's sections with checkboxes and the school preset."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.minimiser.models import AbridgeDraft
from tests.documents import docx_with_text
from tests.minimiser.factories import report_document


def test_the_sections_of_a_psychological_report_are_listed_with_checkboxes(report, ouder):
    response = ouder.get(reverse("minimiser:new", args=[report.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    headings = ("Aanleiding", "Anamnese", "Testresultaten", "Conclusie", "Advies")
    positions = [page.index(f"{heading}\n") for heading in headings]
    assert positions == sorted(positions)  # in reading order
    # The five headings, the bold letterhead line, and the part before it.
    assert page.count('name="keep"') == 7
    assert "Voor school" in page and "alleen wat het onderwijs nodig heeft" in page
    assert reverse("knowledge:item", args=["verslag-zorgverlener-eerst-lezen"]) in page


def test_looking_at_step_one_writes_nothing(report, ouder):
    assert ouder.get(reverse("minimiser:new", args=[report.pk])).status_code == 200
    assert not AbridgeDraft.objects.exists()


def test_voor_school_ticks_conclusie_and_advies_only(report, ouder):
    url = reverse("minimiser:new", args=[report.pk])
    ouder.get(url)
    response = ouder.post(url, {"preset": "school"})
    assert response.status_code == 302
    draft = AbridgeDraft.objects.get(document=report)
    assert draft.keep_sections == ["Conclusie", "Advies"]
    page = ouder.get(url).content.decode()
    checked = [line for line in page.splitlines() if 'name="keep"' in line and " checked" in line]
    assert len(checked) == 2


def test_choosing_nothing_keeps_the_parent_on_step_one(report, ouder):
    url = reverse("minimiser:new", args=[report.pk])
    ouder.get(url)
    response = ouder.post(url, {}, follow=True)
    assert "Kies minstens één deel" in response.content.decode()
    assert AbridgeDraft.objects.get(document=report).proposals == []


def test_the_document_page_offers_verkorte_versie_maken(report, ouder):
    page = ouder.get(reverse("dossier:detail", args=[report.pk])).content.decode()
    assert reverse("minimiser:new", args=[report.pk]) in page
    assert "Verkorte versie maken" in page


def test_a_text_file_cannot_be_abridged_and_says_so(family, ouder):
    from dossierwijs.dossier.services import import_file

    document = import_file(
        vault=family.vault, by=family.ouder, filename="notitie.txt", data=b"Een notitie."
    )[0].document
    page = ouder.get(reverse("dossier:detail", args=[document.pk])).content.decode()
    assert reverse("minimiser:new", args=[document.pk]) not in page
    response = ouder.get(reverse("minimiser:new", args=[document.pk]))
    assert "geen verkorte versie maken" in response.content.decode()
    assert not AbridgeDraft.objects.exists()


@pytest.mark.slow
def test_a_word_file_is_converted_on_request_and_then_shows_its_sections(family, ouder):
    data = docx_with_text("Conclusie", "Sanne leest vloeiend.", "Advies", "Geef extra tijd.")
    document = report_document(family, data, filename="verslag.docx")
    url = reverse("minimiser:new", args=[document.pk])
    first = ouder.get(url).content.decode()
    assert "Eerst omzetten naar PDF" in first and "Dat duurt even" in first
    assert not AbridgeDraft.objects.exists()
    response = ouder.post(url, {"convert": "1"})
    assert response.status_code == 302
    draft = AbridgeDraft.objects.get(document=document)
    assert draft.converted
    page = ouder.get(url).content.decode()
    assert "Conclusie" in page and "Advies" in page


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_cannot_start_an_abridged_copy(report, client_for, persona, status):
    response = client_for(persona).get(reverse("minimiser:new", args=[report.pk]))
    assert response.status_code == status
    if persona == "anonymous":
        assert reverse("vault:login") in response["Location"]
    assert not AbridgeDraft.objects.exists()


@pytest.mark.slow
def test_a_scan_is_read_again_on_request_so_its_headings_and_words_have_a_place(family, ouder):
    from tests.documents import scanned_pdf

    scan = scanned_pdf("Conclusie\nSanne leest vloeiend.\n\nAdvies\nGeef extra tijd bij toetsen.")
    document = report_document(family, scan, filename="scan.pdf")
    assert document.current.ocr_pages  # the import read it with OCR
    url = reverse("minimiser:new", args=[document.pk])
    assert "Eerst de scan lezen" in ouder.get(url).content.decode()
    assert ouder.post(url, {"convert": "1"}).status_code == 302
    draft = AbridgeDraft.objects.get(document=document)
    titles = [s["title"] for s in draft.layout["sections"]]
    assert "Conclusie" in titles and "Advies" in titles
    # The copy of the scan passes the same verification (OCR of what is left included).
    from dossierwijs.minimiser import services

    draft.keep_sections = ["Advies"]
    services.set_extra_terms(draft=draft, text="toetsen")
    assert draft.term_boxes["toetsen"]  # found on the page, thanks to the words' places
    result = services.make_copy(draft)
    assert result.ok, result.message
    assert "Conclusie" in result.removed_sections


@pytest.mark.slow
def test_deleting_the_word_file_also_deletes_the_pdf_made_for_the_draft(
    family, django_capture_on_commit_callbacks
):
    from django.conf import settings

    from dossierwijs.dossier.services import delete_document
    from dossierwijs.minimiser import services
    from dossierwijs.vault.blobs import BlobStore

    data = docx_with_text("Conclusie", "Sanne leest vloeiend.")
    document = report_document(family, data, filename="verslag.docx")
    draft = services.start_draft(document=document, by=family.ouder)
    store = BlobStore.for_data_dir(settings.DATA_DIR)
    assert store.exists(draft.source_blob_id)
    with django_capture_on_commit_callbacks(execute=True):
        delete_document(document=document, by=family.ouder)
    assert not AbridgeDraft.objects.exists()
    assert not store.exists(draft.source_blob_id)
