"""E-mail files: Dutch header block, body, attachments as separate files."""

from __future__ import annotations

import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.formats.email import html_to_text, read_eml, read_msg

from ..builders import make_eml, make_pdf


def test_an_eml_gives_its_headers_in_dutch_and_its_body():
    result = read_eml(make_eml("Toetsweek", "Beste Eva,\nDe toetsweek begint maandag."))
    text = result.pages[0]
    assert text.startswith("Van: Ellen Kroon <e.kroon@zonnewijzer.example.nl>\nAan: Eva")
    assert "Onderwerp: Toetsweek" in text and "De toetsweek begint maandag." in text
    assert result.email.subject == "Toetsweek" and result.attachments == []


def test_attachments_come_back_with_their_names_and_bytes():
    pdf = make_pdf(["bijlage"])
    eml = make_eml("Verslag", "Zie bijlage.", [("verslag.pdf", pdf, "application/pdf")])
    assert read_eml(eml).attachments == [("verslag.pdf", pdf)]


def test_an_attached_email_becomes_an_eml_attachment():
    inner = make_eml("Binnenste", "Tekst van de doorgestuurde mail.")
    outer = make_eml("Doorgestuurd", "Zie onder.", [("origineel", inner, "message/rfc822")])
    ((name, data),) = read_eml(outer).attachments
    assert name == "origineel.eml" and b"Binnenste" in data


def test_an_html_only_email_is_read_as_text():
    html = "<p>Beste Eva,</p><p>De <b>toets</b> is verschoven.</p><style>p{}</style>"
    body = read_eml(make_eml("Toets", "", html=html)).pages[0].split("\n\n", 1)[1]
    assert body == "Beste Eva,\nDe toets is verschoven."


def test_html_entities_and_breaks_become_text():
    assert html_to_text("Caf&eacute;<br>groet") == "Café\ngroet"


def test_a_broken_outlook_file_gives_a_dutch_message():
    with pytest.raises(DocumentError) as caught:
        read_msg(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3000))
    assert caught.value.message == errors.EMAIL_DAMAGED
