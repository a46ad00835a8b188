"""Consent as a parent uses it: check a blanket form and refuse it; give a consent, withdraw it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import visit
from tests.consent.factories import DOUBTFUL_FORM

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BLANKET_FORM = [
    "Toestemmingsformulier gegevensuitwisseling",
    "",
    "Beste ouders,",
    "",
    "Om uw kind zo goed mogelijk te begeleiden, werkt onze school samen met alle",
    "betrokken instanties en hulpverleners. Hiervoor vragen wij uw toestemming.",
    "",
    "Met uw handtekening geeft u toestemming om alle relevante gegevens over uw kind",
    "uit te wisselen met externe partijen, indien nodig.",
    "",
    "[x] Ik geef toestemming voor de uitwisseling van gegevens.",
    "",
    "Als u het formulier niet terugstuurt, gaan wij ervan uit dat u akkoord bent.",
    "Zonder deze toestemming kunnen wij de ondersteuning van uw kind niet goed regelen.",
    "",
    "Handtekening ouder: ______________________",
]
CRITERIA = [
    "Doel",
    "Welke gegevens",
    "Welke organisaties",
    "Waar bewaard",
    "Hoe lang",
    "Vrije keuze",
    "Actieve toestemming",
    "Apart kiezen per onderdeel",
    "Intrekken",
]


def blanket_form_pdf() -> bytes:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 72
    for line in BLANKET_FORM:
        page.insert_text((56, y), line, fontsize=11, fontname="helv")
        y += 16
    return doc.tobytes()


def check_pasted(page, text: str) -> None:
    """Paste a form's text on "Formulier controleren" and wait for the result page."""
    page.goto("/toestemmingen/controleren/")
    page.get_by_label("Plak de tekst van het formulier").fill(text)
    page.get_by_role("button", name="Controleer het formulier").click()
    page.wait_for_url(re.compile(r"/toestemmingen/controleren/[0-9a-f-]{36}/$"))


def test_a_parent_checks_a_blanket_form_and_refuses_it(log_in, tmp_path):
    page = log_in()
    page.goto("/toestemmingen/")
    visit(page, "toestemming-01-overzicht-leeg")

    page.get_by_role("link", name="Formulier controleren").first.click()
    page.wait_for_url(re.compile(r"/toestemmingen/controleren/$"))
    visit(page, "toestemming-02-formulier-controleren")
    form = tmp_path / "toestemming_school.pdf"
    form.write_bytes(blanket_form_pdf())
    page.get_by_label("Of kies het bestand").set_input_files(str(form))
    assert page.get_by_label("Bewaar het formulier in het dossier").is_checked()
    page.get_by_role("button", name="Controleer het formulier").click()
    page.wait_for_url(re.compile(r"/toestemmingen/controleren/[0-9a-f-]{36}/$"))

    expect(page.get_by_role("heading", name="Oordeel: ongeldig")).to_be_visible()
    for title in CRITERIA:
        heading = page.get_by_role("heading", name=re.compile(rf"^{re.escape(title)}\b"))
        expect(heading, title).to_be_visible()
        # Storage and duration are owed information (AVG art. 13), not validity conditions.
        expected = "ontbreekt" if title in ("Waar bewaard", "Hoe lang") else "gebrek"
        assert expected in heading.inner_text(), title
    marked = page.locator("mark.highlight")
    assert marked.count() >= 4
    assert "alle betrokken instanties" in page.locator("main").inner_text()
    expect(
        page.get_by_text("dossierwijs vond hierover geen zin in het formulier.").first
    ).to_be_visible()
    # Each marked sentence links to the criterion it is evidence for, and back.
    page.locator("#eis-ontvangers").get_by_role("link", name=re.compile("alle")).first.click()
    assert page.url.split("#")[1].startswith("zin-")
    visit(page, "toestemming-03-uitkomst-ongeldig")

    # The parent reads the form and corrects the checker on one criterion: htmx swaps the
    # card, the verdict and the next steps; focus lands on the card's heading.
    url = page.url
    card = page.locator("#eis-intrekken")
    card.get_by_text("Het formulier zegt dit wél").click()
    expect(card.get_by_text("dossierwijs leest formulieren niet altijd goed")).to_be_visible()
    card.get_by_label("Welke zin zegt het?").select_option(index=1)
    card.get_by_role("button", name=re.compile("Bewaar: het formulier zegt")).click()
    heading = page.locator("#eis-intrekken h3")
    expect(heading).to_contain_text("u: in orde")
    expect(heading).to_contain_text("dossierwijs: gebrek")
    expect(heading).to_be_focused()
    expect(page.locator("#correction-status")).to_contain_text("Bij “Intrekken” telt nu uw oordeel")
    expect(page.get_by_text("voldoet niet aan 6 van de zeven eisen")).to_be_visible()
    assert page.url == url  # swapped in place, not a new page
    visit(page, "toestemming-03b-eigen-oordeel")

    refuse = page.locator(
        "section", has=page.get_by_role("heading", name="Geen-toestemmingsverklaring maken")
    )
    # What the checker is sure of goes in the letter; a point it doubts only when ticked.
    certain = refuse.locator(":scope > ul > li").all_inner_texts()
    doubted = [
        line.split("“", 1)[1].rstrip("”")
        for line in refuse.locator("[data-to-confirm] [id$='-brief']").all_inner_texts()
    ]
    for box in refuse.get_by_role("checkbox").all():
        expect(box).not_to_be_checked()
    refuse.get_by_label("Vriendelijk").check()
    if refuse.get_by_label("Of typ de naam van de organisatie").input_value() == "":
        refuse.get_by_label("Aan welke organisatie").select_option(label="OSG De Klimop")
    refuse.get_by_label("Uw adres").fill("Lijsterbeslaan 14\n3581 AB Utrecht")
    refuse.get_by_role("button", name="Maak de Geen-toestemmingsverklaring").click()
    page.wait_for_url(re.compile(r"/brieven/[0-9a-f-]{36}/$"))
    text = page.locator("main").inner_text()
    assert "Geen-toestemmingsverklaring is gemaakt" in text
    letter = page.locator("#letter-text").input_value()
    assert "Er staat geen concreet doel in" in letter
    assert "altijd kan worden ingetrokken" not in letter  # the parent said the form says it
    assert certain and all(line in letter for line in certain)
    assert not any(line in letter for line in doubted)
    visit(page, "toestemming-04-geen-toestemmingsverklaring")
    page.context.close()


# The checker is not sure of its one defect in DOUBTFUL_FORM: it says the consent can be
# withdrawn, not how. It goes in the letter only when the parent confirms it.
CONFIRM_LABEL = "Ik heb het formulier nagelezen: dit klopt. Zet het in de brief."


def test_a_doubtful_defect_goes_in_the_refusal_only_when_the_parent_confirms_it(log_in):
    page = log_in()
    check_pasted(page, DOUBTFUL_FORM)
    expect(page.get_by_role("heading", name="Oordeel: ongeldig")).to_be_visible()
    expect(page.locator("#eis-intrekken h3")).to_contain_text("twijfel")

    refuse = page.locator(
        "section", has=page.get_by_role("heading", name="Geen-toestemmingsverklaring maken")
    )
    expect(refuse.get_by_role("heading", name="Eerst zelf nalezen")).to_be_visible()
    expect(refuse.get_by_text("dossierwijs is bij geen enkel gebrek zeker.")).to_be_visible()
    point = refuse.get_by_role("group", name="Intrekken")
    expect(point).to_contain_text("maar niet hoe")
    box = point.get_by_role("checkbox", name=CONFIRM_LABEL)
    expect(box).not_to_be_checked()
    visit(page, "toestemming-09-twijfel-eerst-nalezen")

    # Nothing ticked: no letter, a clear error, and what the parent typed stays.
    refuse.get_by_label("Hoe heet het formulier").fill("Verslag naar de jeugdarts")
    refuse.get_by_label("Stellig").check()
    refuse.get_by_label("Aan welke organisatie").select_option(value="")
    refuse.get_by_label("Of typ de naam van de organisatie").fill("Basisschool De Regenboog")
    if refuse.get_by_label("Uw adres").count():
        refuse.get_by_label("Uw adres").fill("Lijsterbeslaan 14\n3581 AB Utrecht")
    refuse.get_by_role("button", name="Maak de Geen-toestemmingsverklaring").click()
    page.wait_for_url(re.compile(r"/weigeren/$"))
    alert = refuse.get_by_role("alert")
    expect(alert).to_contain_text("De brief is niet gemaakt: er zou geen gebrek in staan.")
    expect(alert).to_contain_text("Lees het formulier zelf na.")
    expect(refuse.get_by_label("Of typ de naam van de organisatie")).to_have_value(
        "Basisschool De Regenboog"
    )
    expect(refuse.get_by_label("Stellig")).to_be_checked()
    visit(page, "toestemming-10-twijfel-niets-aangevinkt")

    # The point's link leads to the criterion and its sentences on the same page.
    point.get_by_role("link", name=re.compile("Intrekken")).click()
    assert page.url.endswith("#eis-intrekken")
    expect(page.locator("#eis-intrekken")).to_contain_text("U kunt uw toestemming intrekken.")

    point.get_by_role("checkbox", name=CONFIRM_LABEL).check()
    refuse.get_by_role("button", name="Maak de Geen-toestemmingsverklaring").click()
    page.wait_for_url(re.compile(r"/brieven/[0-9a-f-]{36}/$"))
    letter = page.locator("#letter-text").input_value()
    assert "altijd kan worden ingetrokken, en hoe" in letter
    assert "Verslag naar de jeugdarts" in letter
    visit(page, "toestemming-11-brief-na-nalezen")
    page.context.close()


INCOMPLETE_FORM = """Toestemming overleg logopedie
De logopedist van Praktijk Klankrijk, mevrouw J. Smit, wil de uitslag van de laatste leestoets
van Sanne opvragen bij de leerkracht van groep 7 van OSG De Klimop, zodat zij de oefeningen
kan afstemmen op wat in de klas gebeurt.
[ ] Ja, de uitslag mag naar de logopedist.
[ ] Nee.
U bent vrij om nee te zeggen; de behandeling gaat dan gewoon door.
U kunt uw toestemming altijd intrekken met een e-mail aan info@klankrijk.nl.
Handtekening ouder: ____________   Datum: ________
"""


def test_a_form_silent_on_storage_and_duration_reads_valid_but_ask_first(log_in):
    page = log_in()
    check_pasted(page, INCOMPLETE_FORM)
    expect(page.get_by_role("heading", name="Oordeel: onvolledig")).to_be_visible()
    text = page.locator("main").inner_text()
    assert "Geldig volgens de AVG, maar waar of hoe lang ontbreekt" in text
    expect(page.get_by_role("heading", name="Eerst navragen")).to_be_visible()
    expect(page.get_by_role("heading", name="Geen-toestemmingsverklaring maken")).to_have_count(0)
    visit(page, "toestemming-05-uitkomst-onvolledig")
    page.context.close()


def test_a_parent_gives_a_specific_consent_and_withdraws_it(log_in):
    page = log_in()
    # The withdrawal letter needs the parent's address: typed here, not left by another test
    # (test workers may run this module's tests in other orders).
    page.goto("/mijn-gegevens/")
    page.get_by_label("Uw adres").fill("Lijsterbeslaan 14\n3581 AB Utrecht")
    page.get_by_role("button", name="Bewaren").first.click()
    page.goto("/adresboek/nieuw/")
    page.get_by_label("Naam", exact=True).fill("Logopedie De Klank")
    page.get_by_label("Soort").select_option(label="Zorgaanbieder of behandelaar")
    page.get_by_label("Adres", exact=True).fill("Klankweg 2, 3511 AA Utrecht")
    page.get_by_role("button", name="Bewaren").click()

    page.goto("/toestemmingen/")
    page.get_by_role("link", name="Toestemming geven").click()
    page.wait_for_url(re.compile(r"/toestemmingen/geven/$"))
    expect(page.get_by_role("heading", name="Wie moet tekenen?")).to_be_visible()
    visit(page, "toestemming-05-geven")
    page.get_by_label("Welke organisatie vraagt de toestemming").select_option(
        label="Logopedie De Klank"
    )
    page.get_by_label("Het kind zelf").check()
    page.get_by_label("Waarvoor precies").fill("advies over de leesbegeleiding in groep 7")
    page.get_by_label("Welke gegevens of documenten").fill("het OPP van dit schooljaar")
    page.get_by_label("Waar worden de gegevens bewaard").fill("het cliëntdossier in Intramed")
    page.get_by_label("Geldig tot en met").fill("2027-07-31")
    page.get_by_label("Bij wie kunt u de toestemming intrekken").fill(
        "Logopedie De Klank, info@deklank.example"
    )
    page.get_by_role("button", name="Formulier maken").click()
    page.wait_for_url(re.compile(r"/toestemmingen/[0-9a-f-]{36}/$"))
    main = page.locator("main")
    assert "Gegeven" in main.inner_text()
    expect(main.get_by_role("link", name="Download als Word-bestand")).to_be_visible()
    visit(page, "toestemming-06-gegeven")

    page.get_by_label("Stellig").check()
    page.get_by_role("button", name="Toestemming intrekken en brief maken").click()
    page.get_by_text("De toestemming is ingetrokken.").wait_for()
    expect(main.get_by_text("Ingetrokken", exact=True).first).to_be_visible()
    expect(main.get_by_role("link", name=re.compile("Intrekking van toestemming"))).to_be_visible()
    visit(page, "toestemming-07-ingetrokken")

    page.goto("/toestemmingen/")
    expect(page.get_by_role("heading", name="Ingetrokken, geweigerd of verlopen")).to_be_visible()
    visit(page, "toestemming-08-overzicht")
    page.context.close()
