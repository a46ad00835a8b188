"""Sharing with a purpose as a parent meets it: a TLV request from the samenwerkingsverband."""

from __future__ import annotations

import re

import pymupdf
import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit
from tests.documents import pdf_with_text

pytestmark = pytest.mark.browser

EVA = "paarse olifant danst snel"


def test_a_tlv_request_is_answered_with_only_what_is_needed(browser, live_app, tmp_path):
    live_app.cli(
        "init",
        "--kind",
        "Sanne Canarisvogel",
        "--geboortedatum",
        "2013-04-12",
        "--school",
        "OSG De Klimop",
        "--ouder",
        "Eva Canarisvogel",
        "--ouder",
        "Joost",
        passphrase=EVA,
    )
    report = tmp_path / "psychodiagnostisch-onderzoek.pdf"
    report.write_bytes(
        pdf_with_text(
            "Psychodiagnostisch onderzoek\nKinder- en Jeugdpraktijk De Vlinderboom\n"
            "Anamnese: gesprekken over de scheiding.\nConclusie: autisme.\nAdvies: voorspelbaarheid."
        )
    )
    opp = tmp_path / "ontwikkelingsperspectiefplan.pdf"
    opp.write_bytes(pdf_with_text("Ontwikkelingsperspectiefplan\nUitstroomprofiel vmbo-tl"))
    live_app.cli("import", str(report), str(opp), passphrase=EVA)

    page = new_page(browser, base_url=live_app.url)
    page.goto("/inloggen/")
    page.get_by_label("Uw wachtzin").fill(EVA)
    page.get_by_role("button", name="Openen").click()
    page.wait_for_url(re.compile(r"/$"))

    page.goto("/mijn-gegevens/")
    page.get_by_label("Uw adres").fill("Vogellaan 12\n1181 AB Amstelveen")
    page.get_by_role("button", name="Bewaren").first.click()

    page.goto("/adresboek/nieuw/")
    page.get_by_label("Naam", exact=True).fill("Samenwerkingsverband Amstelland")
    page.get_by_label("Soort").select_option("swv")
    page.get_by_label("E-mailadres").fill("tlv@swv-amstelland.example")
    page.get_by_label("Adres", exact=True).fill("Postbus 10\n1180 AA Amstelveen")
    visit(page, "delen-01-adresboek")
    page.get_by_role("button", name="Bewaren").click()

    page.goto("/delen/nieuw/")
    page.get_by_label("Wie vraagt om informatie").select_option(
        label="Samenwerkingsverband Amstelland"
    )
    page.get_by_label("Om wat voor doel gaat het?").select_option("tlv")
    page.get_by_label(re.compile("1. Waarvoor is het")).fill(
        "de aanvraag van een toelaatbaarheidsverklaring voor het vso"
    )
    page.get_by_label(re.compile("1. Voor welk doel")).fill("Passend onderwijs geven op De Klimop")
    page.get_by_label(re.compile("2. Voor welk doel")).fill(
        "Beslissen over de toelaatbaarheid tot het vso"
    )
    page.get_by_label(re.compile("3. Wat is het gezamenlijke")).fill(
        "Een besluit over de TLV voor Sanne"
    )
    page.get_by_label("Ja, de doelen passen bij elkaar").check()
    page.get_by_label("Wie zou de informatie anders doorgeven?").select_option("school")
    page.get_by_role("radio", name="Ja", exact=True).check()
    visit(page, "delen-02-vier-vragen")
    page.get_by_role("button", name="Verder").click()

    # The parent shares her own copy: the step says what would hold if the school sent it.
    expect(page.get_by_role("heading", name="U deelt zelf uw eigen kopie")).to_be_visible()
    assert (
        page.locator("#rules-answer")
        .inner_text()
        .startswith("Als de school het zelf doorgeeft, is daar geen toestemming voor nodig.")
    )
    visit(page, "delen-03-mag-dit")
    page.get_by_role("link", name="Verder: documenten kiezen").click()

    report_card = page.locator(".card", has_text="psychodiagnostisch-onderzoek")
    expect(report_card.locator("[data-warning='volledig_verslag']")).to_have_count(1)
    page.get_by_label(re.compile("psychodiagnostisch-onderzoek")).check()
    page.get_by_label(re.compile("ontwikkelingsperspectiefplan")).check()
    visit(page, "delen-04-documenten")
    page.get_by_role("button", name="Verder").click()
    visit(page, "delen-05-hoe")
    page.get_by_role("button", name="Pakket maken").click()
    expect(page.get_by_text("Het pakket is klaar")).to_be_visible()
    visit(page, "delen-06-deling")

    with page.expect_download() as download:
        page.get_by_role("link", name="Pakket downloaden (PDF)").click()
    package = pymupdf.open(download.value.path())
    for pdf_page in package:
        assert "Gedeeld door de ouders met Samenwerkingsverband Amstelland" in pdf_page.get_text()
    assert "Uitstroomprofiel" in "".join(p.get_text() for p in package)

    page.goto("/delen/")
    table = page.locator("table").inner_text()
    assert "psychodiagnostisch-onderzoek" in table and "ontwikkelingsperspectiefplan" in table
    assert "toelaatbaarheidsverklaring" in table
    assert re.search(r"\d+ \w+ 20\d\d", table)  # until when they may keep it
    visit(page, "delen-07-wie-heeft-wat")

    page.locator("table a", has_text=re.compile(r"\d{4}")).first.click()
    page.get_by_role("button", name="Vragen om verwijdering").click()
    page.goto("/delen/")
    assert page.locator("table").inner_text().count("Verwijdering gevraagd") == 2
    visit(page, "delen-08-verwijdering-gevraagd")
    page.context.close()
