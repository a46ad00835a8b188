"""A certainty label matches the kind of source: "Staat zo in de wet" only for a law (issue 14).

A regional association's web page (swv-praktijk, read verbatim) was labelled "Staat zo in de
wet, een uitspraak of bij de toezichthouder".
"""

from __future__ import annotations

import re

from dossierwijs.core.knowledge.wording import confidence_label
from dossierwijs.core.rules.source_kinds import KINDS, SOURCE_KINDS, strongest_kind
from dossierwijs.core.rules.sources import SOURCES


def test_every_source_has_a_kind():
    assert set(SOURCES) - set(KINDS) == set()
    assert set(KINDS) <= set(SOURCES), "a kind for a source that does not exist"
    assert set(KINDS.values()) <= set(SOURCE_KINDS)


def test_a_verbatim_label_names_the_kind_of_source():
    assert confidence_label("V", "wet") == "Staat zo in de wet"
    assert "wet" not in confidence_label("V", "uitspraak")
    assert "niet in de wet" in confidence_label("V", "organisatie")
    assert "nog geen wet" in confidence_label("V", "voorstel")
    # Less certain labels do not change with the kind: they already say "niet letterlijk".
    assert confidence_label("V-sec", "wet") == confidence_label("V-sec", "organisatie")
    assert "vraag het na" in confidence_label("NV", "wet")


def test_a_conclusion_stands_where_its_strongest_source_stands():
    assert strongest_kind(["swv-praktijk", "swv-taak"]) == "wet"
    assert strongest_kind(["swv-praktijk", "balans-dos-donts"]) == "organisatie"
    assert strongest_kind(["lkc-104548", "ap-inzage"]) == "uitspraak"
    assert strongest_kind([]) is None


def test_the_regional_association_page_is_not_labelled_as_law(client_for):
    html = client_for("ouder").get("/kennis/tlv-aanvraag-meelezen/").content.decode()
    items = re.findall(r"(?s)<li[ >](.*?)</li>", html)
    swv = [li for li in items if "swvapeldoornpo.nl" in li]
    assert swv, "the item lists the regional association's page as a source"
    assert "Staat zo bij een organisatie" in swv[0]
    assert "in de wet" not in swv[0].replace("niet in de wet", "")
    statute = [li for li in items if "WPO artikel 18a: school en" in li]
    assert "Staat zo in de wet" in statute[0]
