"""Maken: the verified copy goes into the dossier, derived from the original; or nothing does."""

from __future__ import annotations

import datetime

import pymupdf
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from dossierwijs.dossier.models import Document
from dossierwijs.minimiser import abridged_copy
from dossierwijs.minimiser.models import AbridgeDraft
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.journal_model import JournalEntry
from tests.core.minimiser.checks import always_leaks
from tests.minimiser.factories import ADDRESS, BSN, DIAGNOSIS, SIBLING, THERAPIST

pytestmark = pytest.mark.slow


def _text_of(document) -> str:
    data = BlobStore.for_data_dir(settings.DATA_DIR).get(document.current.blob_id)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "\n".join(page.get_text() for page in pdf)


def test_the_copy_is_stored_derived_from_the_original_without_what_was_removed(
    draft_for_school, report, ouder, family
):
    from dossierwijs.dossier.services import update_metadata

    update_metadata(
        document=report, by=family.ouder, organisation="Praktijk De Linde",
        document_date=datetime.date(2026, 3, 2),
    )  # fmt: skip
    details = reverse("minimiser:details", args=[draft_for_school.pk])
    accept = [str(i) for i, p in enumerate(draft_for_school.proposals) if not p["child"]]
    # A box by hand over the line "Geef korte instructies …" (y about 159 on page two).
    box = {"box_page": "2", "box_x0": "45", "box_y0": "150", "box_x1": "560", "box_y1": "163"}
    ouder.post(details, {"accept": accept, **box, "action": "add_box", "include_cover_page": "1"})
    ouder.post(
        details,
        {"accept": accept, "extra_terms": DIAGNOSIS, "include_cover_page": "1", "action": "save"},
    )
    response = ouder.post(reverse("minimiser:make", args=[draft_for_school.pk]))
    assert response.status_code == 302
    copy = Document.objects.get(derived_from=report)
    assert response["Location"] == reverse("dossier:detail", args=[copy.pk])
    assert copy.title == "Verkorte versie van onderzoek"
    assert copy.doc_type == report.doc_type and copy.origin == "eigen"
    text = _text_of(copy)
    assert "Verkorte versie" in text and "gemaakt voor het onderwijs" in text  # the cover page
    assert "zwak werkgeheugen" in text  # kept text stays text: the box rasterised nothing
    assert "rekenkaart" not in text  # under the box drawn by hand
    assert "Sanne" in text  # the child's name stays
    for gone in (THERAPIST, BSN, "06-12345678", DIAGNOSIS, "korte instructies", ADDRESS,
                 SIBLING, "Anamnese", "Totaal IQ", "Praktijk De Linde"):  # fmt: skip
        assert gone.lower() not in text.lower(), gone
    entry = JournalEntry.objects.filter(object_id=str(copy.pk), summary__startswith="Verkorte")
    assert entry.exists()
    assert THERAPIST not in entry.first().summary
    assert "hoofdstukken" in entry.first().summary and "(ken)" not in entry.first().summary
    assert "1 vak met de hand" in entry.first().summary
    # Named after the original and the day; the original's date and organisation stay.
    assert copy.current.filename == f"onderzoek - verkort {timezone.localdate().isoformat()}.pdf"
    assert copy.document_date == datetime.date(2026, 3, 2)
    assert copy.organisation == "Praktijk De Linde"
    # The draft keeps no choices, only where the copy is: Back leads to the copy.
    draft = AbridgeDraft.objects.get()
    assert draft.made_copy == copy and draft.proposals == [] and draft.manual_boxes == []
    for url in (
        reverse("minimiser:preview", args=[draft.pk]),
        reverse("minimiser:details", args=[draft.pk]),
    ):
        assert ouder.get(url)["Location"] == reverse("dossier:detail", args=[copy.pk])
    response = ouder.get(reverse("minimiser:preview", args=[draft.pk]), follow=True)
    assert "al gemaakt" in response.content.decode()
    # A new abridged copy of the same report starts afresh.
    assert ouder.get(reverse("minimiser:new", args=[report.pk])).status_code == 200


def test_removing_the_childs_name_too_leaves_no_trace_of_it(draft_for_school, report, ouder):
    ouder.post(
        reverse("minimiser:details", args=[draft_for_school.pk]),
        {"remove_child_name": "1", "action": "save"},
    )
    ouder.post(reverse("minimiser:make", args=[draft_for_school.pk]))
    text = _text_of(Document.objects.get(derived_from=report))
    assert "sanne" not in text.lower() and "canarisvogel" not in text.lower()


def test_a_failed_verification_stores_nothing_and_says_why(
    draft_for_school, report, ouder, monkeypatch
):
    # Where make_copy reads it (services re-exports the same list, but setting it there
    # would not reach make_copy).
    monkeypatch.setattr(abridged_copy, "EXTRA_CHECKS", [always_leaks])
    before = Document.objects.count()
    response = ouder.post(reverse("minimiser:make", args=[draft_for_school.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "De verkorte versie is niet gemaakt" in page and "strenge controle" in page
    assert "Er is niets bewaard" in page
    assert Document.objects.count() == before
    assert not Document.objects.filter(derived_from=report).exists()
    assert AbridgeDraft.objects.filter(pk=draft_for_school.pk).exists()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_make_the_copy(draft_for_school, report, client_for, persona, status):
    response = client_for(persona).post(reverse("minimiser:make", args=[draft_for_school.pk]))
    assert response.status_code == status
    assert not Document.objects.filter(derived_from=report).exists()


def test_a_box_over_a_heading_is_refused_because_sections_would_merge(
    draft_for_school, report, ouder
):
    # "Advies" stands at about y 140 on page two.
    draft_for_school.manual_boxes = [[1, 45, 128, 200, 145]]
    draft_for_school.save()
    response = ouder.post(reverse("minimiser:make", args=[draft_for_school.pk]))
    assert "valt over een kopje" in response.content.decode()
    assert not Document.objects.filter(derived_from=report).exists()


def test_the_cover_page_is_there_when_no_section_was_removed(draft_for_school, report, ouder):
    titles = [s["title"] for s in draft_for_school.layout["sections"]]
    start = reverse("minimiser:new", args=[report.pk])
    ouder.post(start, {"keep": [str(i) for i in range(len(titles))]})  # keep everything
    details = reverse("minimiser:details", args=[draft_for_school.pk])
    ouder.post(details, {"include_cover_page": "1", "action": "save"})  # no proposal accepted
    response = ouder.post(reverse("minimiser:make", args=[draft_for_school.pk]))
    assert response.status_code == 302
    copy = Document.objects.get(derived_from=report)
    data = BlobStore.for_data_dir(settings.DATA_DIR).get(copy.current.blob_id)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        assert "Verkorte versie" in pdf[0].get_text()
        assert len(pdf) == 3  # the cover and both pages of the report
