"""Verkorte versie as a parent meets it: a psychological report, for school, with a box by hand."""

from __future__ import annotations

import re

import pymupdf
import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit
from tests.minimiser.factories import BSN, THERAPIST, psychological_report

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EVA = "paarse olifant danst snel"


def test_an_abridged_copy_for_school_with_a_box_drawn_by_hand(browser, live_app, tmp_path):
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
        passphrase=EVA,
    )
    report = tmp_path / "psychologisch-onderzoek.pdf"
    report.write_bytes(psychological_report())
    live_app.cli("import", str(report), passphrase=EVA)

    page = new_page(browser, base_url=live_app.url)
    page.goto("/inloggen/")
    page.get_by_label("Uw wachtzin").fill(EVA)
    page.get_by_role("button", name="Openen").click()
    page.wait_for_url(re.compile(r"/$"))

    page.goto("/dossier/")
    page.get_by_role("link", name="psychologisch-onderzoek").first.click()
    page.wait_for_url(re.compile(r"/dossier/[0-9a-f-]+/$"))
    original_url = page.url
    visit(page, "verkort-01-document")
    page.get_by_role("link", name="Verkorte versie maken").click()

    # Step 1: the sections; "Voor school" ticks Conclusie and Advies.
    page.wait_for_url(re.compile(r"/verkorten/$"))
    for heading in ("Aanleiding", "Anamnese", "Testresultaten", "Conclusie", "Advies"):
        assert page.get_by_label(heading, exact=False).count() >= 1
    visit(page, "verkort-02-delen")
    page.get_by_role("button", name="Voor school: alleen conclusie en advies").click()
    page.wait_for_load_state()
    assert page.get_by_label("Conclusie").is_checked()
    assert page.get_by_label("Advies").is_checked()
    assert not page.get_by_label("Anamnese").is_checked()
    visit(page, "verkort-03-voor-school")
    page.get_by_role("button", name="Verder: gegevens weglakken").click()

    # Step 2: the proposals, on the page and in the list; accept them; draw a box.
    page.wait_for_url(re.compile(r"/verkorten/[0-9a-f-]+/$"), timeout=180_000)
    proposals = page.locator(".proposal-list li")
    assert THERAPIST in proposals.all_inner_texts().__str__()
    assert BSN in proposals.all_inner_texts().__str__()
    for box in page.locator("input[name=accept]").all():
        box.check()
    canvas = page.locator("svg.page-canvas[data-page='2']")
    canvas.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => document.querySelectorAll('svg.page-canvas rect.proposal-removed').length >= 3"
    )
    visit(page, "verkort-04-voorstellen")
    # Drag over the line "Geef korte instructies …" (PDF points 45..560 × 150..163 on page 2).
    area = canvas.bounding_box()
    scale = area["width"] / 595
    page.mouse.move(area["x"] + 45 * scale, area["y"] + 150 * scale)
    page.mouse.down()
    page.mouse.move(area["x"] + 300 * scale, area["y"] + 158 * scale, steps=5)
    page.mouse.move(area["x"] + 560 * scale, area["y"] + 163 * scale, steps=5)
    page.mouse.up()
    assert page.locator("#id_box_page").input_value() == "2"
    assert 140 < float(page.locator("#id_box_y0").input_value()) < 160
    page.get_by_role("button", name="Vak toevoegen").click()
    page.wait_for_load_state()
    expect(page.locator("svg.page-canvas rect.box-manual")).to_have_count(1)
    expect(page.get_by_text("Vak 1 op pagina 2")).to_be_visible()
    visit(page, "verkort-05-vak-getekend")

    # Step 3: the preview shows "bezig…" and then the pages; then make it.
    page.get_by_role("button", name="Verder: voorbeeld bekijken").click()
    page.wait_for_url(re.compile(r"/voorbeeld/$"))
    page.get_by_role("button", name="Maken en bewaren").wait_for(timeout=180_000)
    expect(page.locator("img[alt^='Verkorte versie, pagina']")).to_have_count(2)
    visit(page, "verkort-06-voorbeeld")
    page.get_by_role("button", name="Maken en bewaren").click()

    # The copy is in the dossier, linked to the original, without what was removed.
    page.wait_for_url(re.compile(r"/dossier/[0-9a-f-]+/$"), timeout=180_000)
    assert page.url != original_url
    assert page.get_by_role("heading", name="Verkorte versie van psychologisch-onderzoek").count()
    expect(page.get_by_role("link", name="psychologisch-onderzoek").first).to_be_visible()
    visit(page, "verkort-07-in-het-dossier")
    download = page.get_by_role("link", name="Downloaden", exact=True).get_attribute("href")
    data = page.request.get(download).body()
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        text = "\n".join(p.get_text() for p in pdf)
    assert "Conclusie" in text and "Advies" in text
    for gone in (THERAPIST, BSN, "06-12345678", "korte instructies", "Anamnese"):
        assert gone not in text, gone
    page.goto("/dossier/")
    assert page.get_by_role("link", name="Verkorte versie van psychologisch-onderzoek").count()
    page.context.close()
