"""A rights request as a parent meets it (issue 5, "Done when").

Create an access request to the school on behalf of both parents, download the .eml, mark it
sent, see the deadline on Termijnen, record an extension, see the new deadline. axe runs on
every page visited; screenshots go to test-output/screenshots/rights-*.png.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from dossierwijs.core.rules.deadlines import rights_request_deadline
from dossierwijs.core.rules.dutch_dates import long_date
from tests.browser.harness import check_accessibility, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# The vault names both parents: the request is sent on behalf of both.
SECOND_PARENT = "Joost Canarisvogel"


def visit(page, label: str):
    check_accessibility(page, f"rights-{label}")
    screenshot(page, f"rights-{label}")


def start_access_request(page):
    page.goto("/verzoeken/nieuw/?soort=inzage")
    organisation = page.get_by_label("Aan welke organisatie")
    if organisation.locator("option", has_text="OSG De Klimop").count():
        organisation.select_option(label="OSG De Klimop")
    page.get_by_role("radio", name=re.compile("Alleen ik; Joost")).check()
    # What the first test typed, for when this module's tests run on different workers; a
    # field the page hides (the organisation's address is known) is not asked.
    for label, value in [
        ("E-mailadres van de organisatie", "privacy@klimop.example"),
        ("Welk leerlingvolgsysteem gebruikt de school", "Magister"),
    ]:
        field = page.get_by_label(label)
        if field.count() and field.first.is_visible() and not field.first.input_value():
            field.first.fill(value)
    address = page.get_by_label("Uw adres", exact=False)
    if address.count() and address.first.is_visible() and not address.first.input_value():
        address.first.fill("Lijsterbeslaan 14\n3581 AB Utrecht")
    page.get_by_role("button", name="Brief maken").click()
    # Making the letter (PDF, stored in the dossier) can take a while on a busy machine.
    page.wait_for_url(re.compile(r"/verzoeken/[0-9a-f-]{36}/$"), timeout=90_000)


def test_an_access_request_is_tracked_to_its_deadline(log_in, tmp_path):
    page = log_in()
    page.goto("/verzoeken/")
    visit(page, "01-verzoeken-leeg")
    with page.expect_navigation():
        page.get_by_role("link", name="Nieuw verzoek").click()
    visit(page, "02-welk-recht")
    page.get_by_role("radio", name="Inzage en een kopie (artikel 15 AVG)").check()
    page.get_by_role("button", name="Verder").click()

    # The letters app's form: the school from the vault is offered; add its e-mail address.
    assert page.get_by_label("Naam van de organisatie").input_value() == "OSG De Klimop"
    page.get_by_label("E-mailadres van de organisatie").fill("privacy@klimop.example")
    page.get_by_role("radio", name=re.compile("Alleen ik; Joost")).check()
    page.get_by_label("Uw adres", exact=False).first.fill("Lijsterbeslaan 14\n3581 AB Utrecht")
    assert page.get_by_role("checkbox", name="De bewaartermijn").is_checked()
    page.get_by_label("Welk leerlingvolgsysteem gebruikt de school").fill("Magister")
    visit(page, "03-inzageverzoek-invullen")
    page.get_by_role("button", name="Brief maken").click()
    # Making the letter (PDF, stored in the dossier) can take a while on a busy machine.
    page.wait_for_url(re.compile(r"/verzoeken/[0-9a-f-]{36}/$"), timeout=90_000)
    expect(page.get_by_text("Dit verzoek is nog niet verstuurd.")).to_be_visible()
    visit(page, "04-brief-klaar")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="E-mail (.eml)").first.click()
    eml = tmp_path / "verzoek.eml"
    download_info.value.save_as(eml)
    message = eml.read_text(encoding="utf-8", errors="replace")
    assert "privacy@klimop.example" in message
    assert re.search(r"(?im)^Subject:", message)

    # Mark it sent today, by e-mail: the deadline appears, from the rules core.
    today = date.fromisoformat(page.get_by_label("Verstuurd op").input_value())
    page.get_by_role("radio", name="Per e-mail").check()
    page.get_by_role("button", name="Markeer als verstuurd").click()
    first_due = long_date(rights_request_deadline(today).due)
    expect(page.locator("#deadline").get_by_text(first_due)).to_be_visible()
    visit(page, "05-verstuurd")
    detail_url = page.url

    page.goto("/termijnen/")
    row = page.get_by_role("row").filter(has_text="Antwoord op uw inzageverzoek aan OSG De Klimop")
    expect(row.get_by_text(first_due)).to_be_visible()
    visit(page, "06-termijnen")

    # The school announces, with reasons, that it needs more time: three months.
    page.goto(detail_url)
    page.get_by_label("Wanneer meldde de organisatie de verlenging?").fill(today.isoformat())
    page.get_by_role("radio", name="Ja, met redenen").check()
    page.get_by_role("button", name="Verlenging vastleggen").click()
    new_due = long_date(rights_request_deadline(today, extended=True).due)
    expect(page.locator("#deadline").get_by_text(new_due)).to_be_visible()
    expect(page.locator("#extension-verdict").get_by_text("De verlenging telt.")).to_be_visible()
    visit(page, "07-verlengd")

    page.goto("/termijnen/")
    expect(
        page.get_by_role("row").filter(has_text="OSG De Klimop").get_by_text(new_due)
    ).to_be_visible()
    page.goto("/verzoeken/agenda/")
    visit(page, "08-agenda")
    page.context.close()


def test_an_unanswered_request_leads_to_a_reminder_and_a_complaint(log_in, tmp_path):
    page = log_in()
    start_access_request(page)
    page.get_by_label("Verstuurd op").fill("2026-01-31")
    page.get_by_role("radio", name="Per e-mail").check()
    page.get_by_role("button", name="Markeer als verstuurd").click()
    expect(page.locator("#deadline").get_by_text("maandag 2 maart 2026")).to_be_visible()
    visit(page, "11-te-laat")

    page.get_by_role("button", name="Herinnering maken").click()
    expect(page.get_by_text("De herinnering staat klaar")).to_be_visible()
    expect(page.get_by_role("heading", name="Herinnering")).to_be_visible()
    visit(page, "12-herinnering")

    page.get_by_role("button", name="Klacht maken voor de Autoriteit Persoonsgegevens").click()
    expect(page.get_by_text("Zo dient u de klacht in")).to_be_visible()
    visit(page, "13-klacht")

    # A partial answer arrives after all: upload it; it goes into the dossier.
    answer = tmp_path / "antwoord-school.txt"
    answer.write_text("Hierbij een deel van het dossier van Sanne.", encoding="utf-8")
    page.get_by_label("Ontvangen op", exact=True).fill("2026-03-20")
    page.get_by_role("radio", name="Deels antwoord").check()
    page.get_by_label("Het antwoord als bestand (PDF, Word, e-mail, foto)").set_input_files(
        str(answer)
    )
    page.get_by_role("button", name="Reactie bewaren").click()
    expect(
        page.get_by_text("De reactie is bewaard in het dossier en bij dit verzoek.")
    ).to_be_visible()
    page.locator("#timeline").get_by_role("link", name="Reactie: deels antwoord").click()
    page.wait_for_url(re.compile(r"/dossier/[0-9a-f-]{36}/$"))
    page.go_back()
    page.get_by_label("Datum", exact=True).fill("2026-03-25")
    page.get_by_role("button", name="Klacht is ingediend").click()
    expect(page.locator(".lead").get_by_text("Klacht ingediend")).to_be_visible()
    visit(page, "14-klacht-ingediend")
    page.context.close()
