"""Kennis: "Woorden die u tegenkomt", and the words linked where they appear (issue 14)."""

from __future__ import annotations

from django.template import Context, Template

from dossierwijs.core.knowledge.glossary import GLOSSARY, TERMS, first_mentions
from tests.knowledge.conftest import page_text

REQUIRED = {"opp", "tlv", "samenwerkingsverband", "gezag", "grondslag"}


def test_the_words_parents_meet_are_explained_with_sources():
    assert set(TERMS) >= REQUIRED
    for term in GLOSSARY:
        assert term.sources, term.slug
        assert term.regex.search(term.word), f"{term.slug}: the word does not match itself"
        # B1: short sentences.
        for sentence in term.text.split(". "):
            assert len(sentence.split()) <= 25, (term.slug, sentence)


def test_the_glossary_page_lists_every_word_with_an_anchor(client_for):
    response = client_for("ouder").get("/kennis/begrippen/")
    assert response.status_code == 200
    html = response.content.decode()
    for term in GLOSSARY:
        assert f'id="begrip-{term.slug}"' in html
    assert "Een besluit van het samenwerkingsverband dat uw kind naar het speciaal" in page_text(
        response
    )
    # The Kennis index leads there.
    assert "/kennis/begrippen/" in client_for("ouder").get("/kennis/").content.decode()


def test_only_the_first_mention_of_each_word_is_linked_and_the_text_is_escaped():
    text = "Het OPP en de TLV: het samenwerkingsverband <b>beslist</b>; weer een OPP."
    html = Template("{% load knowledge %}{{ text|begrippen }}").render(Context({"text": text}))
    assert html.count('href="/kennis/begrippen/#begrip-opp"') == 1
    assert '<a class="begrip" href="/kennis/begrippen/#begrip-tlv">TLV</a>' in html
    assert "#begrip-samenwerkingsverband" in html
    assert "&lt;b&gt;beslist&lt;/b&gt;" in html
    assert html.endswith("weer een OPP.")


def test_overlapping_words_are_linked_once():
    # "Autoriteit Persoonsgegevens" is one word here, not two.
    spans = first_mentions("Klaag bij de Autoriteit Persoonsgegevens over de AVG.")
    assert [t.slug for _s, _e, t in spans] == ["autoriteit-persoonsgegevens", "avg"]


def test_words_are_linked_on_a_kennis_item_and_in_the_share_wizard(client_for):
    item = client_for("ouder").get("/kennis/tlv-aanvraag-meelezen/").content.decode()
    assert 'href="/kennis/begrippen/#begrip-samenwerkingsverband"' in item
    start = client_for("ouder").get("/delen/nieuw/").content.decode()
    assert 'href="/kennis/begrippen/#begrip-tlv"' in start
    home = client_for("ouder").get("/").content.decode()
    assert 'href="/kennis/begrippen/"' in home
