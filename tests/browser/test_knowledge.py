"""Kennis, "Mag dit?" and Termijnen as a parent uses them, with and without JavaScript."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import screenshot, visit

pytestmark = pytest.mark.browser


def ask_therapist_to_school(page):
    page.get_by_role("group", name="1. Wie wil informatie over uw kind delen?").get_by_label(
        "een zorgverlener: therapeut, psycholoog, arts of jeugdhulp"
    ).check()
    page.get_by_role("group", name="2. Met wie wil die organisatie het delen?").get_by_label(
        "een (andere of nieuwe) school"
    ).check()
    page.get_by_role("group", name="3. Waarvoor?").get_by_label(
        "advies over de ondersteuning van uw kind"
    ).check()
    page.get_by_role("group", name=re.compile("4. Is uw kind al ingeschreven")).get_by_label(
        "Ja", exact=True
    ).check()
    page.get_by_role("button", name="Laat het antwoord zien").click()


def test_a_parent_reads_kennis_asks_mag_dit_and_works_out_a_deadline(log_in):
    page = log_in()

    page.get_by_role("main").get_by_role("link", name="Kennis", exact=True).click()
    page.wait_for_url(re.compile(r"/kennis/$"))
    expect(page.get_by_role("heading", name="Dit kunt u doen")).to_be_visible()
    visit(page, "kennis-01-overzicht")

    page.get_by_role(
        "link", name="Laat een verslag van een therapeut niet vanzelf naar school gaan"
    ).click()
    page.wait_for_url(re.compile(r"/kennis/verslag-zorgverlener-eerst-lezen/$"))
    expect(page.get_by_text("Meestal geldt: een therapeut")).to_be_visible()
    expect(page.get_by_text("Gecontroleerd op 28 november 2026").first).to_be_visible()
    visit(page, "kennis-02-onderwerp-met-voorbehoud")

    page.get_by_role("link", name="Zoek het uit met Mag dit?").click()
    page.wait_for_url(re.compile(r"/mag-dit/$"))
    age = page.get_by_label("5. Hoe oud is uw kind?")
    assert int(age.input_value()) in (13, 14)  # from the vault's birth date
    visit(page, "mag-dit-01-vragen")

    ask_therapist_to_school(page)
    answer = page.locator("#answer")
    answer.get_by_text("Ja, hiervoor is toestemming nodig.").wait_for()
    assert "van=zorgverlener" in page.url  # htmx pushed the question into the address
    expect(
        answer.get_by_text("Uw kind én de ouders met gezag, samen.", exact=False)
    ).to_be_visible()
    expect(answer.get_by_text("vraag het na", exact=False).first).to_be_visible()
    visit(page, "mag-dit-02-antwoord")
    page.reload()  # the pushed address renders the whole page with the answer
    expect(page.get_by_text("Ja, hiervoor is toestemming nodig.")).to_be_visible()
    visit(page, "mag-dit-03-antwoord-als-hele-pagina")

    answer.get_by_role(
        "link", name="Laat een verslag van een therapeut niet vanzelf naar school gaan"
    ).click()
    page.wait_for_url(re.compile(r"/kennis/verslag-zorgverlener-eerst-lezen/$"))

    page.goto("/termijnen/")
    expect(page.get_by_text("Er lopen nu geen termijnen.")).to_be_visible()
    visit(page, "termijnen-01-leeg")

    page.get_by_label("Welke termijn?").select_option("verzoek")
    page.get_by_label("Vanaf welke dag?").fill("2026-01-31")
    page.get_by_role("button", name="Reken uit").click()
    result = page.locator("#result")
    result.get_by_text("Waarom die datum?").wait_for()  # the example text says 2 maart too
    expect(
        result.get_by_text(
            "31 januari + 1 maand = 28 februari (31 februari bestaat niet), een zaterdag, "
            "dus maandag 2 maart.",
            exact=False,
        )
    ).to_be_visible()
    visit(page, "termijnen-02-uitkomst")

    page.get_by_label("De organisatie ontving uw verzoek op").fill("2026-01-31")
    page.get_by_label("De organisatie meldde de verlenging op").fill("2026-03-05")
    page.get_by_label("De organisatie legde uit waarom zij meer tijd nodig heeft").check()
    page.get_by_role("button", name="Controleer de verlenging").click()
    page.locator("#extension").get_by_text("De verlenging telt niet.").wait_for()
    visit(page, "termijnen-03-verlenging-te-laat")
    page.context.close()


def test_mag_dit_works_without_javascript(log_in):
    page = log_in(java_script_enabled=False)
    page.goto("/mag-dit/")
    ask_therapist_to_school(page)
    page.wait_for_url(re.compile(r"/mag-dit/\?"))
    expect(page.get_by_text("Ja, hiervoor is toestemming nodig.")).to_be_visible()
    # The answer came with a full page: the chosen answers stay selected.
    assert page.get_by_label("een (andere of nieuwe) school").is_checked()
    # axe needs JavaScript; the same page was checked as a whole page in the test above.
    screenshot(page, "mag-dit-04-zonder-javascript")
    page.context.close()
