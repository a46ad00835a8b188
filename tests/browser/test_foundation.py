"""The foundation as a parent meets it: wizard, login, invitations, roles, logbook."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit

pytestmark = pytest.mark.browser

EVA = "paarse olifant danst snel"
JOOST = "groene kikker zingt hard"
MIRJAM = "gele zon schijnt warm nu"


def login(page, passphrase: str):
    page.goto("/inloggen/")
    page.get_by_label("Uw wachtzin").fill(passphrase)
    page.get_by_role("button", name="Openen").click()


def logout(page):
    page.get_by_role("button", name="Uitloggen en vergrendelen").click()
    page.wait_for_url(re.compile(r"/inloggen/"))


def accept(browser, live_app, code: str, name: str, passphrase: str, gezag: str = ""):
    page = new_page(browser, base_url=live_app.url)
    page.goto("/inloggen/")
    with page.expect_navigation():
        page.get_by_role("link", name="Heeft u een uitnodigingscode gekregen?").click()
    visit(page, f"uitnodiging-accepteren-{name.split()[0].lower()}")
    page.get_by_label("Uitnodigingscode").fill(code)
    page.get_by_label("Uw naam").fill(name)
    if gezag:  # a parent says for themselves whether they have gezag
        page.get_by_role("radio", name=gezag, exact=True).check()
    page.get_by_label("Wachtzin", exact=True).fill(passphrase)
    page.get_by_label("Wachtzin nog een keer").fill(passphrase)
    page.get_by_role("button", name="Account maken").click()
    return page


def invite(page, name: str, role_label: str) -> str:
    page.goto("/gezin/uitnodigen/")
    page.get_by_label("Naam van wie u uitnodigt").fill(name)
    page.get_by_role("radio", name=role_label).check()
    page.get_by_role("button", name="Code maken").click()
    code = page.locator("#invite-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){5}", code)
    return code


def test_a_family_sets_up_the_vault_and_invites_each_other(browser, live_app):
    page = new_page(browser, base_url=live_app.url)
    page.goto("/")
    assert page.url.endswith("/welkom/")
    visit(page, "01-welkom")

    page.get_by_label("Naam van uw kind").fill("Sanne Canarisvogel")
    page.get_by_label("Geboortedatum van uw kind").fill("2013-04-12")
    page.get_by_label("School").fill("OSG De Klimop")
    page.get_by_label("Naam van de andere ouder (niet verplicht)").fill("Joost Canarisvogel")
    page.get_by_role("radio", name="Heeft gezag", exact=True).check()
    page.get_by_label("Uw naam").fill("Eva Canarisvogel")
    page.get_by_role("radio", name="Ik heb gezag", exact=True).check()
    page.get_by_label("Wachtzin", exact=True).fill(EVA)
    assert page.locator(".meter__bar").get_attribute("data-level") not in (None, "0")
    page.get_by_label("Wachtzin nog een keer").fill(EVA)
    page.get_by_label(re.compile("Ik begrijp het")).check()
    page.get_by_role("button", name="Kluis maken").click()

    code = page.locator("#recovery-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){7}", code)
    visit(page, "02-herstelcode")
    # Skipping the code is not possible: the vault leads back to it, with a fresh code
    # (the unconfirmed one stops working) and no menu to go around it.
    page.goto("/dossier/")
    assert page.url.endswith("/herstelcode/")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_have_count(0)
    fresh = page.locator("#recovery-code").inner_text().strip()
    assert fresh != code
    page.get_by_label("Typ de herstelcode over").fill(code)
    page.get_by_role("button", name="Bevestigen en naar mijn kluis").click()
    expect(page.get_by_text("Dit is niet de code die hierboven staat")).to_be_visible()
    visit(page, "02b-herstelcode-verkeerd-overgetypt")
    page.get_by_label("Typ de herstelcode over").fill(fresh.lower())
    page.get_by_role("button", name="Bevestigen en naar mijn kluis").click()
    page.wait_for_url(live_app.url + "/")

    expect(page.get_by_role("heading", name="De kluis van Sanne Canarisvogel")).to_be_visible()
    for section in [
        "Dossier",
        "Delen",
        "Toestemmingen",
        "Brieven & verzoeken",
        "Termijnen",
        "Kennis",
    ]:
        expect(page.get_by_role("heading", name=section, exact=True)).to_have_count(1)
    expect(page.get_by_role("heading", name="Wat u nu kunt doen")).to_be_visible()
    expect(page.get_by_role("link", name="Voeg uw eerste document toe")).to_be_visible()
    visit(page, "03-overzicht")

    # A new recovery code from Mijn gegevens, confirmed the same way.
    page.goto("/mijn-gegevens/")
    page.get_by_label("Uw wachtzin", exact=True).fill(EVA)
    page.get_by_role("button", name="Nieuwe herstelcode maken").click()
    renewed = page.locator("#recovery-code").inner_text().strip()
    assert renewed != fresh
    visit(page, "03b-nieuwe-herstelcode")
    page.get_by_label("Typ de herstelcode over").fill(renewed)
    page.get_by_role("button", name="Bevestigen en naar mijn kluis").click()
    page.wait_for_url(live_app.url + "/")
    expect(page.get_by_role("heading", name="De kluis van Sanne Canarisvogel")).to_be_visible()

    joost_code = invite(page, "Joost Canarisvogel", "Mede-ouder")
    visit(page, "04-uitnodigingscode")
    mirjam_code = invite(page, "Mirjam de Buddy", "Meelezer")
    page.goto("/gezin/")
    visit(page, "05-gezin")
    logout(page)
    visit(page, "06-inloggen-vergrendeld")

    joost = accept(browser, live_app, joost_code, "Joost Canarisvogel", JOOST, "Ik heb gezag")
    expect(joost.get_by_role("heading", name="De kluis van Sanne Canarisvogel")).to_be_visible()
    expect(joost.get_by_text("U bent ingelogd als Joost Canarisvogel")).to_be_visible()
    logout(joost)
    joost.context.close()

    mirjam = accept(browser, live_app, mirjam_code, "Mirjam de Buddy", MIRJAM)
    expect(mirjam.get_by_text("U bent meelezer")).to_be_visible()
    visit(mirjam, "07-meelezer-overzicht")
    for path in ["/gezin/", "/logboek/", "/gegevens/"]:
        response = mirjam.goto(path)
        assert response.status == 403
        expect(mirjam.get_by_role("heading", name="Dit kunt u niet openen")).to_be_visible()
    visit(mirjam, "08-meelezer-geen-toegang")
    # A meelezer's pages come from their reader store; logging out there locks nothing.
    mirjam.goto("/meelezen/")
    mirjam.get_by_role("button", name="Uitloggen", exact=True).click()
    mirjam.wait_for_url(re.compile(r"/inloggen/"))
    mirjam.context.close()

    login(page, "verkeerde wachtzin hier")
    expect(page.get_by_text("Deze wachtzin opent de kluis niet")).to_be_visible()
    visit(page, "09-verkeerde-wachtzin")

    login(page, EVA)
    page.goto("/logboek/")
    expect(page.get_by_text("Het logboek is compleet en ongewijzigd")).to_be_visible()
    assert page.get_by_role("cell", name="Mislukte inlogpoging").count() >= 1
    expect(page.get_by_role("cell", name="Lid geworden", exact=True)).to_have_count(2)
    visit(page, "10-logboek")
    page.goto("/gegevens/")
    visit(page, "11-back-up")
    with page.expect_download() as download:
        page.get_by_role("button", name="Back-up downloaden").click()
    assert download.value.suggested_filename.endswith(".dwbackup")
    logout(page)
    page.context.close()
