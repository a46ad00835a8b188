import importlib
import re

import pytest

from dossierwijs.core.knowledge import BY_SLUG, ITEMS, is_hedged, items_for_rule
from dossierwijs.core.rules.sharing import may_share


def test_there_are_12_to_24_items_with_unique_slugs_and_both_dos_and_donts():
    assert 12 <= len(ITEMS) <= 24
    assert len(BY_SLUG) == len(ITEMS)
    assert {item.kind for item in ITEMS} == {"doe", "niet"}


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.slug)
def test_each_item_points_to_a_rule_that_exists(item):
    module_name, _, name = item.rule.partition(":")
    assert module_name.startswith("dossierwijs.core.rules.")
    assert hasattr(importlib.import_module(module_name), name)


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.slug)
def test_each_item_has_sources_with_a_date_last_checked(item):
    assert item.sources
    assert item.last_checked.year >= 2026
    assert item.confidence in ("V", "V-sec", "I", "NV")


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.slug)
def test_inferred_or_unverified_items_are_hedged(item):
    if item.confidence in ("I", "NV"):
        assert is_hedged(item.text + " " + item.why)


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.slug)
def test_items_are_written_in_short_plain_sentences(item):
    for part in (item.title, item.text, item.why):
        for sentence in re.split(r"(?<=[.?!])\s+", part):
            assert len(sentence.split()) <= 25, sentence
    assert not re.search(r"\b(derhalve|teneinde|middels|conform|dientengevolge)\b", item.text)


@pytest.mark.parametrize("item", [i for i in ITEMS if i.check], ids=lambda i: i.slug)
def test_items_about_sharing_agree_with_the_sharing_rules(item):
    c = item.check
    answer = may_share(c.sender, c.recipient, c.purpose, c.enrolled)
    assert answer.consent_needed == c.expected


def test_waarom_links_find_items_by_rule():
    slugs = {i.slug for i in items_for_rule("rights_request_deadline")}
    assert "termijn-een-maand" in slugs
    assert items_for_rule("dossierwijs.core.rules.age:access_request_requester")


def test_gezag_items_explain_377b_and_377c():
    informs = BY_SLUG["ouder-met-gezag-informeert"]
    asks = BY_SLUG["ouder-zonder-gezag-informatie"]
    assert "1:377b" in informs.why and informs.confidence == "V"
    assert "1:377c" in asks.why and "uitleggen waarom" in asks.why
