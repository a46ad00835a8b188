"""Letters as a parent meets them: choose the access request, fill in, preview, edit, produce."""

from __future__ import annotations

import email
import email.policy
import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import visit

pytestmark = pytest.mark.browser


# The vault names both parents.
SECOND_PARENT = "Joost Canarisvogel"


def test_an_access_request_from_choice_to_eml(eva_page, tmp_path):
    page = eva_page
    page.get_by_role("link", name="Brieven & verzoeken").first.click()
    page.wait_for_url(re.compile(r"/brieven/$"))
    visit(page, "brieven-01-overzicht")

    page.get_by_role("link", name="Inzageverzoek (artikel 15 AVG)").click()
    page.wait_for_url(re.compile(r"/brieven/nieuw/inzage/$"))
    visit(page, "brieven-02-inzage-formulier")
    assert page.get_by_label("Naam van de organisatie").input_value() == "OSG De Klimop"
    page.get_by_role("textbox", name=re.compile("^Adres van de organisatie")).fill(
        "Schoolpad 3\n3512 KL Utrecht"
    )
    page.get_by_label("E-mailadres van de organisatie").fill("administratie@klimop.example")
    page.get_by_label("Welk leerlingvolgsysteem gebruikt de school").fill("Magister")
    page.get_by_role("checkbox", name="De bewaartermijn").uncheck()
    page.get_by_role("textbox", name=re.compile("^Uw adres")).fill(
        "Lijsterbeslaan 14\n3581 AB Utrecht"
    )
    page.get_by_label("Uw e-mailadres").fill("eva@example.nl")
    page.get_by_role("radio", name=re.compile("^Vriendelijk")).check()
    page.get_by_role("button", name="Bekijk de brief").click()

    text = page.get_by_label("Tekst van de brief (u mag hem aanpassen)")
    assert "Magister" in text.input_value()
    assert "bewaartermijn" not in text.input_value()
    visit(page, "brieven-03-voorbeeld-vriendelijk")

    page.get_by_role("radio", name=re.compile("^Stellig")).check()  # htmx: only the preview
    page.get_by_text("Hoogachtend,").wait_for()
    assert "U bent verplicht te antwoorden" in text.input_value()
    visit(page, "brieven-04-voorbeeld-stellig")

    text.fill(text.input_value() + "\n\nGraag ook de verslagen van de zorgcommissie.")
    page.get_by_role("button", name="Brief maken").click()
    page.wait_for_url(re.compile(r"/brieven/[0-9a-f-]{36}/$"))
    expect(
        page.get_by_role("heading", name=re.compile("Inzageverzoek aan OSG De Klimop"))
    ).to_be_visible()
    expect(page.get_by_role("button", name="Kopieer de tekst")).to_be_visible()
    mailto = page.get_by_role("link", name="Open in uw mailprogramma").get_attribute("href")
    assert mailto.startswith("mailto:administratie@klimop.example?")
    visit(page, "brieven-05-brief-gemaakt")

    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile(r"\(\.eml\)")).click()
    path = tmp_path / "brief.eml"
    info.value.save_as(path)
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "administratie@klimop.example"
    assert message["From"] == "Eva Canarisvogel <eva@example.nl>"
    body = " ".join(message.get_body().get_content().split())
    assert "verslagen van de zorgcommissie" in body
    assert "artikel 15 lid 3 AVG" in body

    page.goto("/brieven/")
    expect(
        page.get_by_role("link", name=re.compile("Inzageverzoek aan OSG De Klimop"))
    ).to_be_visible()
    page.goto("/dossier/")
    expect(
        page.get_by_role("link", name=re.compile("Inzageverzoek aan OSG De Klimop"))
    ).to_be_visible()


def test_a_masked_id_copy(eva_page, tmp_path):
    import io

    from PIL import Image

    page = eva_page
    page.goto("/brieven/identiteitsbewijs/")
    visit(page, "brieven-06-id-kopie")
    picture = Image.new("RGB", (600, 380), (235, 235, 240))
    photo = tmp_path / "id.jpg"
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG")
    photo.write_bytes(buffer.getvalue())
    page.get_by_label("Foto of scan van uw identiteitsbewijs").set_input_files(str(photo))
    page.get_by_role("button", name="Maak de afgeschermde kopie").click()
    page.get_by_role("heading", name="Uw afgeschermde kopie").wait_for()
    expect(
        page.get_by_role("img", name=re.compile("kopie voor inzageverzoek OSG De Klimop"))
    ).to_be_visible()
    visit(page, "brieven-07-id-kopie-gemaakt")
