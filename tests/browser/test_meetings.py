"""A meeting with school as a parent meets it (issue 15, "Done when").

Prepare a meeting (the age-aware suggestion shows), write the own report, upload a short
recording and play it from a seek, add a note at a moment, download the report as an e-mail, mark it sent and see the reaction date on Termijnen, paste the school's report,
compare, tick two differences and make the reply letter. axe runs on every page visited;
screenshots go to test-output/screenshots/meetings-*.png.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from dossierwijs.core.meetings import report_clause
from dossierwijs.core.rules.dutch_dates import long_date
from tests.browser.harness import check_accessibility, screenshot
from tests.meetings.factories import OWN_REPORT, SCHOOL_REPORT
from tests.meetings.test_meetings_recording_view import sine_wav

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def visit(page, label: str):
    check_accessibility(page, f"meetings-{label}")
    screenshot(page, f"meetings-{label}")


def test_a_meeting_from_preparation_to_the_reply_on_the_schools_report(log_in, tmp_path):
    page = log_in()
    page.goto("/mijn-gegevens/")
    page.get_by_label("Uw adres").fill("Lijsterbeslaan 14\n3581 AB Utrecht")
    page.get_by_role("button", name="Bewaren").first.click()

    page.goto("/gesprekken/")
    visit(page, "01-leeg")
    page.get_by_role("link", name="Nieuw gesprek").first.click()
    expect(page.get_by_text("Nodig uw kind uit voor (een deel van) het gesprek")).to_be_visible()
    page.get_by_label("Onderwerp").fill("Gesprek over rekenen")
    page.get_by_label("Datum").fill("2026-11-20")
    page.get_by_label("Waarvoor is dit gesprek?").fill(OWN_REPORT["purpose"])
    page.get_by_role("radio", name="Een deel van het gesprek").check()
    visit(page, "02-voorbereiden")
    page.get_by_role("button", name="Bewaren").click()
    page.wait_for_url(re.compile(r"/gesprekken/[0-9a-f-]{36}/$"))
    detail_url = page.url

    # The preparation letter to school, from the meeting page; kept and linked back.
    preparing = page.get_by_role("region", name="Voorbereiding")
    preparing.get_by_role("radio", name="Vriendelijk").check()
    preparing.get_by_role("button", name="Voorbereidingsbrief maken").click()
    page.wait_for_url(re.compile(r"/brieven/"))
    expect(page.get_by_text("Onderwerp: Gesprek over rekenen").first).to_be_visible()
    visit(page, "02b-voorbereidingsbrief")
    page.goto(detail_url)
    expect(page.get_by_role("link", name="Uw voorbereidingsbrief aan school")).to_be_visible()

    page.get_by_role("link", name="Verslag schrijven of aanpassen").click()
    for name, label in (
        ("attendees", "Aanwezigen"),
        ("discussed", "Wat er besproken is"),
        ("agreements", "Afspraken"),
    ):
        page.get_by_label(label, exact=True).fill(OWN_REPORT[name])
    visit(page, "03-eigen-verslag")
    page.get_by_role("button", name="Bewaren").click()
    page.wait_for_url(detail_url)

    # A short recording (a sine wave made here), played from a seek to the middle.
    wav = tmp_path / "gesprek.wav"
    wav.write_bytes(sine_wav(seconds=4.0))
    page.get_by_label(re.compile("^Opname \\(mp3")).set_input_files(str(wav))
    page.get_by_role("button", name="Opname toevoegen").click()
    page.wait_for_url(detail_url)
    seeked = page.locator("audio").first.evaluate(
        """audio => new Promise((resolve, reject) => {
            const seek = () => { audio.currentTime = 2; };
            audio.addEventListener("seeked", () => resolve(audio.currentTime), {once: true});
            audio.addEventListener("error", () => reject(audio.error && audio.error.code));
            if (audio.readyState >= 1) seek(); else audio.addEventListener("loadedmetadata", seek, {once: true});
            audio.load && audio.readyState < 1 && audio.load();
        })"""
    )
    assert 1.5 <= seeked <= 2.5
    page.get_by_label("Moment in de opname").fill("0:02")
    page.get_by_label("Notitie").fill("Hier noemt de IB 1 april.")
    page.get_by_role("button", name="Notitie toevoegen").click()
    expect(page.get_by_text("Hier noemt de IB 1 april.")).to_be_visible()
    visit(page, "03b-opname")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Verslag versturen (e-mail met PDF)").click()
    eml = tmp_path / "verslag.eml"
    download_info.value.save_as(eml)
    assert "X-Unsent: 1" in eml.read_text(encoding="utf-8", errors="replace")

    today = date.fromisoformat(page.get_by_label("Verstuurd op").input_value())
    page.get_by_role("button", name="Ik heb het verslag verstuurd").click()
    due = long_date(report_clause(today).due)
    expect(page.get_by_text(f"School kan reageren tot en met {due}")).to_be_visible()
    # Nothing to press later: silence until then makes the report count as correct by itself.
    expect(page.get_by_text("dan geldt het verslag daarna vanzelf als juist")).to_be_visible()
    visit(page, "04-verstuurd")

    page.goto("/termijnen/")
    expect(
        page.get_by_text("Reactie op uw gespreksverslag: Gesprek over rekenen").first
    ).to_be_visible()
    visit(page, "05-termijnen")

    page.goto(detail_url)
    page.get_by_role("link", name="Verslag van school vergelijken").click()
    page.get_by_label("Het verslag van school").fill(SCHOOL_REPORT)
    visit(page, "06-verslag-school")
    page.get_by_role("button", name="Vergelijken").click()
    page.wait_for_url(detail_url)
    expect(
        page.get_by_text(re.compile(r"Er zijn \d+ verschillen met uw eigen verslag"))
    ).to_be_visible()
    for kind in ("Anders weergegeven", "Oordelend of vaag"):
        page.locator("fieldset").filter(has_text=kind).get_by_label("Dit wil ik voorleggen").check()
    page.get_by_role("button", name="Keuze bewaren").click()
    visit(page, "07-verschillen")

    school_part = page.get_by_role("region", name="Het verslag van school")
    # The preparation letter put the school in the address book: it is chosen from there now.
    school_part.get_by_label("Aan wie").select_option(label="OSG De Klimop")
    school_part.get_by_role("radio", name="Zakelijk").check()
    school_part.get_by_role("button", name="Brief maken", exact=True).click()
    page.wait_for_url(re.compile(r"/brieven/"))
    expect(page.get_by_text("na de zomervakantie").first).to_be_visible()
    visit(page, "08-reactie")
