"""Who takes part in a meeting, as a parent meets it (issue 15, "Before the meeting").

Three participants from the address book: the mentor of the child's own school, the
samenwerkingsverband (a legal task for extra support: no flag) and a practice without a
consent in the register (flagged, with the way out). axe runs on every page visited;
screenshots go to test-output/screenshots/meetings-participants-*.png.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import check_accessibility, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def visit(page, label: str):
    check_accessibility(page, f"meetings-participants-{label}")
    screenshot(page, f"meetings-participants-{label}")


def add_organisation(page, name: str, kind: str, relation: str | None = None):
    page.goto("/adresboek/nieuw/")
    page.get_by_label("Naam", exact=True).fill(name)
    page.get_by_label("Soort").select_option(label=kind)
    if relation:
        page.get_by_label("Welke school").select_option(label=relation)
    page.get_by_role("button", name="Bewaren").click()
    page.wait_for_url(re.compile(r"/adresboek/[0-9a-f-]{36}/$"))


def test_three_participants_one_flagged_for_consent(log_in):
    page = log_in()
    add_organisation(page, "OSG De Klimop", "School", "Huidige school")
    contact = page.locator("form", has=page.get_by_role("button", name="Toevoegen"))
    contact.get_by_label("Naam", exact=True).fill("Meneer Bakker")
    contact.get_by_label("Rol", exact=True).select_option(label="Mentor")
    contact.get_by_role("button", name="Toevoegen").click()
    page.wait_for_load_state()
    add_organisation(page, "SWV Utrecht PO", "Samenwerkingsverband")
    add_organisation(page, "Praktijk De Brug", "Zorgaanbieder of behandelaar")

    page.goto("/gesprekken/nieuw/")
    page.get_by_label("Onderwerp").fill("Gesprek over rekenen")
    page.get_by_label("Datum").fill("2026-11-20")
    page.get_by_label("Waarvoor is dit gesprek?").fill("Afspraken over extra hulp bij rekenen.")
    page.get_by_role("button", name="Bewaren").click()
    page.wait_for_url(re.compile(r"/gesprekken/[0-9a-f-]{36}/$"))
    page.get_by_role("link", name="Wie doen er mee?").click()
    page.wait_for_url(re.compile(r"/deelnemers/$"))
    visit(page, "01-leeg")

    for who, role in (
        ("Meneer Bakker – Mentor", "voorzitter"),
        ("SWV Utrecht PO (de organisatie)", "geeft advies over een arrangement"),
        ("Praktijk De Brug (de organisatie)", "behandelaar van Sanne"),
    ):
        page.get_by_label("Wie doet mee?").select_option(label=who)
        page.get_by_label("Rol in dit gesprek").fill(role)
        page.get_by_role("button", name="Toevoegen").click()
        page.wait_for_url(re.compile(r"/deelnemers/$"))

    flags = page.locator('[data-flag="toestemming"]')
    expect(flags).to_have_count(1)
    assert "Praktijk De Brug" in flags.first.text_content()
    expect(
        flags.first.get_by_role("link", name="Toestemming geven voor dit gesprek")
    ).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("Meneer Bakker"))).to_be_visible()
    visit(page, "02-drie-deelnemers")

    with page.expect_navigation():
        page.get_by_role("link", name="Wijzigen Praktijk De Brug").click()
    visit(page, "03-wijzigen")
    page.get_by_label("Welke documenten krijgt deze deelnemer te zien?").fill("Verslag logopedie")
    page.get_by_role("button", name="Bewaren").click()
    page.wait_for_url(re.compile(r"/deelnemers/$"))
    expect(page.get_by_text("Verslag logopedie")).to_be_visible()
