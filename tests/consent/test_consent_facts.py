"""consent.facts.organisation_facts: what the register says about one organisation."""

from __future__ import annotations

from datetime import date

from dossierwijs.consent.facts import organisation_facts
from tests.consent.factories import consent, organisation


def test_a_current_consent_is_a_fact_with_its_end_date(family):
    given = consent(family, valid_until=date(2099, 7, 31))
    facts = organisation_facts(family.vault, given.from_organisation)
    assert [f.kind for f in facts] == ["toestemming"]
    assert "31-07-2099" in facts[0].text


def test_an_organisation_without_a_current_consent_says_so(family):
    brug = organisation(family, "Praktijk De Brug", "zorg")
    consent(family, from_organisation=brug, valid_until=date(2020, 1, 1))  # lapsed
    facts = organisation_facts(family.vault, brug)
    assert [f.kind for f in facts] == ["geen_toestemming"]


def test_a_consent_to_the_organisation_counts_too(family):
    brug = organisation(family, "Praktijk De Brug", "zorg")
    consent(family, to_organisation=brug)
    assert [f.kind for f in organisation_facts(family.vault, brug)] == ["toestemming"]
