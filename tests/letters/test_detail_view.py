"""One letter: downloads in each format, the mailto link, copy-to-clipboard, nothing sent."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.core.letters import placeholders_in
from tests.letters.conftest import docx_text, flat, parse_eml, pdf_text
from tests.letters.helpers import family_letter


def test_detail_offers_every_way_to_send(letter_family, client_for):
    letter = family_letter(letter_family)
    html = client_for("ouder").get(reverse("letters:detail", args=[letter.pk])).content.decode()
    for fmt in ("pdf", "docx", "eml"):
        assert reverse("letters:download", args=[letter.pk, fmt]) in html
    assert 'href="mailto:administratie@klimop.example?cc=joost@example.nl' in html
    assert 'data-copy-target="letter-text"' in html
    assert 'id="letter-text"' in html
    assert reverse("dossier:detail", args=[letter.document.pk]) in html


def test_downloads_are_the_same_letter_in_each_format(letter_family, client_for):
    letter = family_letter(letter_family)
    client = client_for("mede_ouder")

    def get(fmt):
        response = client.get(reverse("letters:download", args=[letter.pk, fmt]))
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        return response.content

    pdf, word, mail = (
        flat(pdf_text(get("pdf"))),
        flat(docx_text(get("docx"))),
        parse_eml(get("eml")),
    )
    for text in (pdf, word, flat(mail.get_body().get_content())):
        assert "artikel 15 lid 3 AVG" in text
        assert not placeholders_in(text)
    assert mail["To"] == "administratie@klimop.example"
    assert "joost@example.nl" in mail["Cc"]
    assert mail["X-Unsent"] == "1"


def test_downloading_is_journaled(letter_family, client_for):
    from dossierwijs.vault.journal_model import Action, JournalEntry

    letter = family_letter(letter_family)
    client_for("ouder").get(reverse("letters:download", args=[letter.pk, "docx"]))
    assert JournalEntry.objects.filter(action=Action.DOWNLOAD, object_id=str(letter.pk)).exists()


def test_an_unknown_format_is_not_found(letter_family, client_for):
    letter = family_letter(letter_family)
    url = reverse("letters:download", args=[letter.pk, "exe"])
    assert client_for("ouder").get(url).status_code == 404


@pytest.mark.parametrize(
    "persona,status", [("meelezer", 403), ("outsider", 404), ("kind_16plus", 200)]
)
def test_who_may_open_a_letter(persona, status, letter_family, client_for):
    letter = family_letter(letter_family)
    client = client_for(persona)
    assert client.get(reverse("letters:detail", args=[letter.pk])).status_code == status
    assert client.get(reverse("letters:download", args=[letter.pk, "pdf"])).status_code == status


def test_deleting_a_letter_removes_its_pdf_from_the_dossier(letter_family, client_for):
    from dossierwijs.dossier.models import Document
    from dossierwijs.letters.models import Letter

    letter = family_letter(letter_family)
    document_id = letter.document.pk
    client = client_for("ouder")
    assert client.get(reverse("letters:delete", args=[letter.pk])).status_code == 302
    assert Letter.objects.filter(pk=letter.pk).exists()  # only a POST deletes
    response = client.post(reverse("letters:delete", args=[letter.pk]))
    assert response.status_code == 302
    assert not Letter.objects.filter(pk=letter.pk).exists()
    assert not Document.objects.filter(pk=document_id).exists()


def test_deleting_the_pdf_in_the_dossier_forgets_the_letter_text(letter_family):
    from dossierwijs.dossier.services import delete_document
    from dossierwijs.letters.models import Letter

    letter = family_letter(letter_family)
    delete_document(document=letter.document, by=letter_family.ouder)
    assert not Letter.objects.exists()


@pytest.mark.parametrize("persona,status", [("meelezer", 403), ("outsider", 404)])
def test_who_may_not_delete(persona, status, letter_family, client_for):
    from dossierwijs.letters.models import Letter

    letter = family_letter(letter_family)
    response = client_for(persona).post(reverse("letters:delete", args=[letter.pk]))
    assert response.status_code == status
    assert Letter.objects.filter(pk=letter.pk).exists()


def test_the_page_title_is_the_letters_title_and_nothing_else(letter_family, client_for):
    """The delete form once sat inside the title block: its markup and CSRF token ended up
    in the browser's title bar and history."""
    import re

    letter = family_letter(letter_family)
    html = client_for("ouder").get(reverse("letters:detail", args=[letter.pk])).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "csrfmiddlewaretoken" not in title and "<form" not in title
    assert letter.title in title
    assert html.count("csrfmiddlewaretoken") >= 1  # the delete form is still on the page


def test_a_rights_request_letter_offers_volgen_right_there(letter_family, client_for):
    letter = family_letter(letter_family)
    html = client_for("ouder").get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert reverse("rights:track", args=[letter.pk]) in html
    assert "Kies hierna &#x27;Volgen&#x27;" in html or "Kies hierna 'Volgen'" in html
    followed = client_for("ouder").post(reverse("rights:track", args=[letter.pk]))
    assert followed.status_code == 302


def test_a_letter_without_a_deadline_has_no_volgen(letter_family, client_for):
    from dossierwijs.letters.services import produce_letter
    from tests.letters.conftest import sample_fields
    from tests.letters.helpers import family_school

    row = produce_letter(
        vault=letter_family.vault,
        by=letter_family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields=sample_fields("mentor_update"),
        organisation=family_school(letter_family),
    ).letter
    html = client_for("ouder").get(reverse("letters:detail", args=[row.pk])).content.decode()
    assert "verzoeken/volgen" not in html
