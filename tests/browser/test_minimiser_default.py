"""Verkorte versie on the default path: an ordinary report, "voor school", every proposal as
proposed, Maken; the stored copy's text is checked (screenshots: verkort-standaard-*)."""

from __future__ import annotations

import re

import pymupdf
import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit
from tests.core.minimiser.ordinary_report import (
    PRACTITIONER_DATA,
    build_ordinary_report,
    kept_words,
    words_of,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EVA = "paarse olifant danst snel"


def test_the_default_path_keeps_the_child_and_every_kept_word(browser, live_app, tmp_path):
    """An ordinary report, "voor school", every proposal as proposed, Maken: nothing else."""
    live_app.cli(
        "init", "--kind", "Sanne Canarisvogel", "--geboortedatum", "2016-05-20",
        "--school", "OBS De Klimop", "--ouder", "Eva Canarisvogel", passphrase=EVA,
    )  # fmt: skip
    report = tmp_path / "verslag-sanne.pdf"
    report.write_bytes(build_ordinary_report())
    live_app.cli("import", str(report), passphrase=EVA)

    page = new_page(browser, base_url=live_app.url)
    page.goto("/inloggen/")
    page.get_by_label("Uw wachtzin").fill(EVA)
    page.get_by_role("button", name="Openen").click()
    page.wait_for_url(re.compile(r"/$"))
    page.goto("/dossier/")
    page.get_by_role("link", name="verslag-sanne").first.click()
    page.wait_for_url(re.compile(r"/dossier/[0-9a-f-]+/$"))
    page.get_by_role("link", name="Verkorte versie maken").click()

    page.wait_for_url(re.compile(r"/verkorten/$"))
    page.get_by_role("button", name="Voor school: alleen conclusie en advies").click()
    page.wait_for_load_state()
    visit(page, "verkort-standaard-01-voor-school")
    page.get_by_role("button", name="Verder: gegevens weglakken").click()
    page.wait_for_url(re.compile(r"/verkorten/[0-9a-f-]+/$"), timeout=180_000)
    listed = " ".join(page.locator(".proposal-list li").all_inner_texts())
    assert "Dijkhuizen" in listed and "OBS De Klimop" in listed
    for word in ("Geef", "Laat"):  # a verb that starts an advice is no name
        assert word not in listed, word
    visit(page, "verkort-standaard-02-voorstellen")
    page.get_by_role("button", name="Verder: voorbeeld bekijken").click()
    page.wait_for_url(re.compile(r"/voorbeeld/$"))
    page.get_by_role("button", name="Maken en bewaren").wait_for(timeout=180_000)
    expect(page.get_by_text("Niets van wat weg moest, is gevonden")).to_be_visible()
    expect(page.get_by_text("Pagina 2: tekst, zoals in het origineel")).to_be_visible()
    visit(page, "verkort-standaard-03-voorbeeld")
    page.get_by_role("button", name="Maken en bewaren").click()
    page.wait_for_url(re.compile(r"/dossier/[0-9a-f-]+/$"), timeout=180_000)
    visit(page, "verkort-standaard-04-in-het-dossier")

    link = page.get_by_role("link", name="Downloaden", exact=True)
    response = page.request.get(link.get_attribute("href"))
    assert "verslag-sanne - verkort" in response.headers.get("content-disposition", "")
    with pymupdf.open(stream=response.body(), filetype="pdf") as pdf:
        text = "\n".join(p.get_text() for p in pdf)
    assert [w for w in kept_words() if w not in words_of(text)] == []
    assert "Geef Sanne een rustige werkplek" in text and "Sanne's motivatie" in text
    for secret in PRACTITIONER_DATA:
        assert secret not in text, secret
    page.go_back()  # Back after "Maken en bewaren": the copy, not a bare 404
    page.wait_for_load_state()
    assert "404" not in page.title()
    page.context.close()
