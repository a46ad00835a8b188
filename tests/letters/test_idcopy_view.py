"""The masked ID copy: black out areas, burn in the purpose, keep it in the vault."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image


def id_photo() -> bytes:
    picture = Image.new("RGB", (400, 250), (240, 240, 240))
    for x in range(250, 390):  # a "BSN" printed bottom right, in red
        for y in range(190, 215):
            picture.putpixel((x, y), (200, 0, 0))
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=95)
    return out.getvalue()


def post(client, **changes):
    data = {
        "photo": SimpleUploadedFile("id.jpg", id_photo(), content_type="image/jpeg"),
        "organisation": "OSG De Klimop",
        "presets": ["pasfoto", "bsn"],
    }
    data.update(changes)
    return client.post(reverse("letters:id_copy"), data)


def test_masked_copy_is_kept_in_the_dossier(letter_family, client_for):
    from dossierwijs.dossier.models import Document
    from dossierwijs.dossier.services import _store

    response = post(client_for("ouder"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'src="data:image/png;base64,' in html
    document = Document.objects.get(vault=letter_family.vault)
    assert document.title.startswith("Afgeschermde kopie identiteitsbewijs – OSG De Klimop")
    version = document.versions.get()
    stored = Image.open(io.BytesIO(_store().get(version.blob_id))).convert("RGB")
    width, height = stored.size
    assert stored.getpixel((int(width * 0.8), int(height * 0.8))) == (0, 0, 0)  # BSN area
    assert stored.getpixel((int(width * 0.2), int(height * 0.5))) == (0, 0, 0)  # photo area


def test_the_copy_can_go_with_the_access_request(letter_family, client_for):
    client = client_for("ouder")
    post(client)
    html = client.get(reverse("letters:new", args=["inzage"])).content.decode()
    assert "Afgeschermde kopie identiteitsbewijs – OSG De Klimop" in html


def test_an_own_area_needs_all_four_numbers(letter_family, client_for):
    from dossierwijs.dossier.models import Document

    html = post(client_for("ouder"), left="10", top="10").content.decode()
    assert "alle vier de getallen" in html
    assert not Document.objects.exists()


def test_nothing_to_black_out_is_refused(letter_family, client_for):
    html = post(client_for("ouder"), presets=[]).content.decode()
    assert "BSN" in html
    assert 'src="data:image' not in html


def test_a_meelezer_cannot_make_a_copy(letter_family, client_for):
    assert post(client_for("meelezer")).status_code == 403


def test_the_chosen_copy_is_attached_to_the_email(letter_family, school, client_for):
    from dossierwijs.dossier.models import Document
    from dossierwijs.letters.services import render
    from tests.letters.conftest import parse_eml
    from tests.letters.test_preview_view import form_data, preview_url

    client = client_for("ouder")
    post(client)
    copy = Document.objects.get()
    response = client.post(
        preview_url(), form_data(school, action="produce", f_id_copy=str(copy.pk))
    )
    assert response.status_code == 302
    from dossierwijs.letters.models import Letter

    letter = Letter.objects.get()
    assert "Het burgerservicenummer en de pasfoto zijn afgeschermd" in letter.text
    mail = parse_eml(render(letter, "eml").content)
    names = [part.get_filename() for part in mail.iter_attachments()]
    assert "afgeschermde-kopie-id.png" in names


def test_a_deleted_copy_no_longer_travels_with_the_email(letter_family, school, client_for):
    from dossierwijs.dossier.models import Document
    from dossierwijs.dossier.services import delete_document
    from dossierwijs.letters.models import Letter
    from dossierwijs.letters.services import render
    from tests.letters.conftest import parse_eml
    from tests.letters.test_preview_view import form_data, preview_url

    client = client_for("ouder")
    post(client)
    copy = Document.objects.get()
    client.post(preview_url(), form_data(school, action="produce", f_id_copy=str(copy.pk)))
    letter = Letter.objects.get()
    assert "afgeschermde-kopie-id.png" in letter.letter_data  # by name and reference only
    assert len(letter.letter_data) < 20_000
    delete_document(document=copy, by=letter_family.ouder)
    mail = parse_eml(render(letter, "eml").content)
    assert [part.get_filename() for part in mail.iter_attachments()] == []
