"""The words check of the browser harness, on pages a test client can reach (issue 14).

The browser tests run ``check_words`` on every page they visit; this runs the same word lists
over the server-rendered pages where jargon was seen, without a browser, so a regression shows
in the fast suite too. Marked elements are left out exactly as in the browser:
data-technical and data-user-content for engineering words, data-source-line as well for
legal citations.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from dossierwijs.core.knowledge import ITEMS
from tests.browser.harness import CITATION_WORDS, ENGINEERING_WORDS

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


class _Text(HTMLParser):
    """The page's text without the subtrees marked with one of `skip` (and script/style)."""

    def __init__(self, skip: set[str]):
        super().__init__(convert_charrefs=True)
        self.skip, self.depth, self.parts = skip, 0, []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        names = {name for name, _value in attrs}
        if self.depth or names & self.skip or tag in ("script", "style", "template", "head"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag not in _VOID and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def words_for_engineers(html: str) -> list[str]:
    def text(skip):
        parser = _Text(skip)
        parser.feed(html)
        return " ".join(" ".join(parser.parts).split())

    engineering = text({"data-technical", "data-user-content"})
    citations = text({"data-technical", "data-user-content", "data-source-line"})
    return [w for w in ENGINEERING_WORDS if w in engineering] + [
        w for w in CITATION_WORDS if w in citations
    ]


def test_the_text_reader_leaves_marked_elements_out():
    html = (
        "<body><p>Waarop dit rust:</p><p data-source-line>Verordening 1182/71 <b>x</b></p>"
        "<p>na</p><details data-technical><br>PyMuPDF</details><p>overweging 32</p></body>"
    )
    assert words_for_engineers(html) == ["overweging 32"]


PAGES = [
    "/",
    "/kennis/",
    "/kennis/begrippen/",
    *[f"/kennis/{item.slug}/" for item in ITEMS],
    "/mag-dit/?van=school&naar=swv&doel=tlv&ingeschreven=ja",
    "/mag-dit/?van=zorgverlener&naar=school&doel=advies&ingeschreven=ja",
    "/termijnen/",
    "/verzoeken/agenda/",
    "/adresboek/nieuw/",
    "/delen/nieuw/",
    "/dossier/",
    "/toestemmingen/",
    "/toestemmingen/geven/",
    "/toestemmingen/vastleggen/",
    "/toestemmingen/controleren/",
    "/verzoeken/",
    "/verzoeken/nieuw/",
    "/brieven/",
    "/adresboek/",
    "/delen/",
]


@pytest.mark.parametrize("url", PAGES)
def test_no_words_for_engineers_on_a_parents_page(client_for, url):
    response = client_for("ouder").get(url)
    assert response.status_code == 200
    assert words_for_engineers(response.content.decode()) == []


def test_a_checked_consent_form_gives_its_legal_sources_as_source_lines(client_for):
    from tests.consent.factories import BLANKET_FORM

    ouder = client_for("ouder")
    response = ouder.post("/toestemmingen/controleren/", {"text": BLANKET_FORM}, follow=True)
    html = response.content.decode()
    assert "data-source-line" in html
    assert words_for_engineers(html) == []
