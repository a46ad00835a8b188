"""A parent removes someone who held the vault key, is told what stays readable, and renews it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit
from tests.browser.test_foundation import accept, invite

pytestmark = pytest.mark.browser

EVA = "paarse olifant danst snel"
SANNE = "blauwe vis zwemt ver weg"


def login(page, passphrase: str) -> None:
    page.goto("/inloggen/")
    page.get_by_label("Uw wachtzin").fill(passphrase)
    page.get_by_role("button", name="Openen").click()


def test_removing_someone_and_renewing_the_key(browser, live_app):
    live_app.cli("init", "--kind", "Sanne Canarisvogel", "--ouder", "Eva", passphrase=EVA)
    eva = new_page(browser, base_url=live_app.url)
    login(eva, EVA)
    eva.wait_for_url(re.compile(r"/$"))
    code = invite(eva, "Sanne Canarisvogel", "Kind van 16 jaar of ouder")
    accept(browser, live_app, code, "Sanne Canarisvogel", SANNE).context.close()

    eva.goto("/gezin/")
    eva.get_by_role("button", name="Sanne Canarisvogel verwijderen").click()
    expect(eva.get_by_text("oude back-ups en een oude kopie van de gegevensmap")).to_be_visible()
    visit(eva, "sleutel-01-verwijderd")
    with eva.expect_navigation():
        eva.get_by_role("link", name="Sleutel vernieuwen").click()
    visit(eva, "sleutel-02-uitleg")
    eva.get_by_label("Uw eigen wachtzin").fill(EVA)
    eva.get_by_role("button", name="Sleutel nu vernieuwen").click()
    code = eva.locator("#recovery-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){7}", code)
    visit(eva, "sleutel-03-nieuwe-herstelcode")
    # The new code is typed back before anything else, as after the wizard.
    eva.get_by_label("Typ de herstelcode over").fill(code)
    eva.get_by_role("button", name="Bevestigen en verder").click()
    eva.wait_for_url(re.compile(r"/$"))
    eva.get_by_role("button", name="Uitloggen en vergrendelen").click()
    eva.wait_for_url(re.compile(r"/inloggen/"))

    login(eva, EVA)  # her own passphrase opens the renewed vault
    eva.wait_for_url(re.compile(r"/$"))
    eva.context.close()
    sanne = new_page(browser, base_url=live_app.url)
    login(sanne, SANNE)
    expect(sanne.get_by_text("Deze wachtzin opent de kluis niet")).to_be_visible()
    sanne.context.close()
