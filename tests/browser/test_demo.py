"""The example family in the browser: opened from the wizard, marked everywhere, removed whole."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit

pytestmark = pytest.mark.browser


def test_a_parent_looks_around_in_the_example_and_then_starts_for_real(browser, live_app):
    page = new_page(browser, base_url=live_app.url)
    page.goto("/")
    page.get_by_role("button", name="Eerst rondkijken in een voorbeeld").click()
    page.wait_for_url(re.compile(r"/$"), timeout=120_000)
    banner = "Dit is het verzonnen gezin Canarisvogel"
    expect(page.get_by_text(banner)).to_be_visible()
    expect(page.get_by_role("heading", name="Wat u nu kunt doen")).to_be_visible()
    # What needs doing, gathered from rights, consents, sharing and the dossier.
    todo = page.locator(".todo__list").inner_text()
    assert "Antwoord op uw inzageverzoek aan OSG De Klimop" in todo  # rights
    assert "toestemming" in todo.lower()  # consents: one ends within the month
    assert "mag de gedeelde stukken niet langer bewaren" in todo  # sharing
    assert "Controleer soort, datum en afzender" in todo  # the dossier
    assert "Nodig Joost Canarisvogel uit" in todo  # the vault
    visit(page, "voorbeeld-01-overzicht")
    for path, label in [
        ("/dossier/", "voorbeeld-02-dossier"),
        ("/delen/", "voorbeeld-03-delen"),
        ("/toestemmingen/", "voorbeeld-04-toestemmingen"),
        ("/verzoeken/", "voorbeeld-05-verzoeken"),
    ]:
        page.goto(path)
        expect(page.get_by_text(banner), path).to_be_visible()
        visit(page, label)
    page.goto("/dossier/")
    expect(
        page.get_by_role("link", name="Psychodiagnostisch onderzoek De Vlinderboom")
    ).to_have_count(1)

    page.get_by_role("button", name="Voorbeeld verwijderen en zelf beginnen").click()
    page.wait_for_url(re.compile(r"/welkom/"))
    expect(page.get_by_text("Het voorbeeld is verwijderd")).to_be_visible()
    expect(page.get_by_role("button", name="Kluis maken")).to_be_visible()
    assert [p.name for p in live_app.data_dir.iterdir()] == []
    page.context.close()
