"""Words parents meet anyway: linked where they appear, explained under Kennis (issue 14)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import visit

pytestmark = pytest.mark.browser


def test_a_parent_follows_a_word_to_its_plain_explanation(log_in):
    page = log_in()
    page.goto("/kennis/")
    visit(page, "begrippen-01-kennis")
    with page.expect_navigation():
        page.get_by_role("link", name="Lees een aanvraag bij het samenwerkingsverband mee").click()
    visit(page, "begrippen-02-tip")
    # The first "samenwerkingsverband" in the tip's text is a link to what the word means.
    page.locator("p.lead a.begrip", has_text=re.compile("samenwerkingsverband")).click()
    page.wait_for_url(re.compile(r"/kennis/begrippen/#begrip-samenwerkingsverband$"))
    term = page.locator("#begrip-samenwerkingsverband")
    expect(term).to_be_visible()
    assert "Samenwerkingsverband" in term.inner_text()
    visit(page, "begrippen-03-woorden")
    # Sources sit under the plain words, folded away; a certainty label per source.
    page.locator("#begrip-gezag + dd details summary").click()
    assert "BW 1:251" in page.locator("#begrip-gezag + dd").inner_text()
