"""A meelezer reads what a parent shared, from their own reader store, while the vault is locked."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import new_page, visit
from tests.browser.test_foundation import accept, invite
from tests.documents import pdf_with_text

pytestmark = pytest.mark.browser

EVA = "paarse olifant danst snel"
MIRJAM = "gele zon schijnt warm nu"


def test_a_meelezer_sees_only_what_is_shared_also_while_the_vault_is_locked(
    browser, live_app, tmp_path
):
    live_app.cli("init", "--kind", "Sanne Canarisvogel", "--ouder", "Eva", passphrase=EVA)
    for name, text in (("logopedie.pdf", "Verslag logopedie"), ("psycholoog.pdf", "Geheim")):
        (tmp_path / name).write_bytes(pdf_with_text(text))
        live_app.cli("import", str(tmp_path / name), passphrase=EVA)

    eva = new_page(browser, base_url=live_app.url)
    eva.goto("/inloggen/")
    eva.get_by_label("Uw wachtzin").fill(EVA)
    eva.get_by_role("button", name="Openen").click()
    eva.wait_for_url(re.compile(r"/$"))
    code = invite(eva, "Mirjam de Buddy", "Meelezer")
    mirjam = accept(browser, live_app, code, "Mirjam de Buddy", MIRJAM)
    mirjam.wait_for_url(re.compile(r"/meelezen/$"))
    expect(mirjam.get_by_text("Er is nog niets met u gedeeld.")).to_be_visible()

    eva.goto("/dossier/")
    eva.get_by_role("link", name="logopedie").first.click()
    eva.locator("#buddy-title ~ ul").get_by_role("button", name="Delen").click()
    expect(eva.get_by_text("kan dit document nu lezen")).to_be_visible()
    eva.get_by_role("button", name="Uitloggen en vergrendelen").click()
    eva.wait_for_url(re.compile(r"/inloggen/"))

    # The vault is locked now: the meelezer's page comes from the reader store alone.
    mirjam.goto("/meelezen/")
    visit(mirjam, "meelezer-01-gedeeld")
    expect(mirjam.get_by_role("link", name="logopedie")).to_be_visible()
    expect(mirjam.get_by_role("link", name="psycholoog")).to_have_count(0)
    with mirjam.expect_download() as download:
        mirjam.get_by_role("link", name="logopedie").click()
    assert download.value.suggested_filename == "logopedie.pdf"
    response = mirjam.goto("/gezin/")
    assert response.status == 403
    mirjam.goto("/meelezen/")
    mirjam.get_by_role("button", name="Uitloggen", exact=True).click()
    mirjam.wait_for_url(re.compile(r"/inloggen/"))
    assert mirjam.goto("/meelezen/").url.endswith("/inloggen/?next=/meelezen/")
    mirjam.context.close()
    eva.context.close()
