"""One Kennis item: text, rule, sources with confidence and date; stable slugs for "Waarom?"."""

from __future__ import annotations

import pytest
from django.template import Context, Template, TemplateSyntaxError

from dossierwijs.core.knowledge import BY_SLUG
from tests.knowledge.conftest import page_text

# Other pages link "Waarom?" to these. Renaming one breaks their links: add, never rename.
STABLE_SLUGS = {
    "inzage-schriftelijk-met-kopie",
    "termijn-een-maand",
    "verlenging-alleen-met-redenen",
    "toestemming-per-doel",
    "toestemming-intrekken",
    "verslag-zorgverlener-eerst-lezen",
    "okr-eerst-lezen",
    "okr-vijf-onderdelen",
    "eigen-gespreksverslag",
    "opp-handelingsdeel-instemming",
    "tlv-aanvraag-meelezen",
    "aanmelding-niet-zomaar-opvragen",
    "fout-laten-verbeteren",
    "verwijderen-na-vertrek",
    "vanaf-16-machtiging",
    "niet-alles-tegenhouden",
    "vraag-met-wie-gedeeld",
    "eerst-school-dan-ap",
}


def test_the_documented_slugs_still_exist():
    assert set(BY_SLUG) >= STABLE_SLUGS


@pytest.mark.parametrize("slug", sorted(STABLE_SLUGS))
def test_every_item_page_opens(client_for, slug):
    response = client_for("ouder").get(f"/kennis/{slug}/")
    assert response.status_code == 200
    assert BY_SLUG[slug].title in page_text(response)


def test_an_unknown_slug_is_a_404(client_for):
    assert client_for("ouder").get("/kennis/bestaat-niet/").status_code == 404


@pytest.mark.parametrize("persona", ["meelezer", "outsider", "kind_16plus"])
def test_members_of_any_role_may_read_an_item(client_for, persona):
    assert client_for(persona).get("/kennis/termijn-een-maand/").status_code == 200


def test_anonymous_is_sent_to_the_login(client_for):
    response = client_for("anonymous").get("/kennis/termijn-een-maand/")
    assert response.status_code == 302


def test_a_verified_item_shows_its_rule_sources_confidence_and_date(client_for):
    response = client_for("ouder").get("/kennis/termijn-een-maand/")
    text = page_text(response)
    assert "deadlines:rights_request_deadline" in text
    assert "AVG artikel 12 lid 3" in text
    assert "Gecontroleerd op 28 november 2026" in text
    assert "Laatst gecontroleerd 28 november 2026" in text
    assert "Staat zo in de wet" in text
    assert "Meestal geldt" not in text  # V and V-sec are stated plainly
    assert 'href="/termijnen/"' in response.content.decode()  # try it out


def test_an_inferred_item_is_visibly_hedged(client_for):
    text = page_text(client_for("ouder").get("/kennis/verslag-zorgverlener-eerst-lezen/"))
    assert text.count("Vraag het na") >= 2
    assert "Meestal geldt: een therapeut, psycholoog of arts mag" in text
    assert "geen letterlijke wettekst" in text
    # Each source says how sure it is: the inferred one hedged, the statute plainly.
    assert "Zorgverlener aan school: alleen met toestemming (afgeleid)" in text
    assert "Onze uitleg op basis van de bronnen: meestal klopt het, vraag het na" in text


def test_waarom_tag_links_to_the_item(db):
    html = Template('{% load knowledge %}{% waarom "termijn-een-maand" %}').render(Context())
    assert html == '<a class="why" href="/kennis/termijn-een-maand/">Waarom?</a>'


def test_waarom_tag_refuses_an_unknown_slug(db):
    with pytest.raises(TemplateSyntaxError):
        Template('{% load knowledge %}{% waarom "bestaat-niet" %}').render(Context())
