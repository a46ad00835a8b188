"""A PDF that can run code or carries a file: the parent is warned on its page; never inline."""

from django.urls import reverse

from dossierwijs.dossier.models import Document
from dossierwijs.dossier.services import import_file
from tests.documents import pdf_with_embedded_file, pdf_with_javascript, pdf_with_text

TEXT = "Verslag van het gesprek met de mentor over de voortgang van Sanne in klas twee."


def _document(family, name, data):
    outcome = import_file(vault=family.vault, by=family.ouder, filename=name, data=data)[0]
    assert outcome.document is not None, outcome.errors
    return Document.objects.get(pk=outcome.document.pk)


def test_the_document_page_warns_about_javascript_in_a_pdf(family, client_for):
    document = _document(family, "verslag.pdf", pdf_with_javascript(TEXT))
    page = client_for("ouder").get(reverse("dossier:detail", args=[document.pk]))
    text = page.content.decode()
    assert 'id="document-warnings"' in text
    assert "JavaScript" in text and "nooit in de browser" in text


def test_the_document_page_warns_about_an_embedded_file(family, client_for):
    document = _document(family, "factuur.pdf", pdf_with_embedded_file(TEXT))
    text = client_for("ouder").get(reverse("dossier:detail", args=[document.pk])).content.decode()
    assert "ingesloten bestand" in text


def test_an_ordinary_pdf_gets_no_warning(family, client_for):
    document = _document(family, "brief.pdf", pdf_with_text(TEXT))
    text = client_for("ouder").get(reverse("dossier:detail", args=[document.pk])).content.decode()
    assert 'id="document-warnings"' not in text


def test_an_active_pdf_is_only_ever_downloaded_never_shown_inline(family, client_for):
    document = _document(family, "verslag.pdf", pdf_with_javascript(TEXT))
    response = client_for("ouder").get(reverse("dossier:download", args=[document.pk, 1]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
