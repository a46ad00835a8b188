"""Consents on the Termijnen page: ending soon, ended, trajectory ended."""

from __future__ import annotations

from datetime import date, timedelta

from django.urls import reverse

from dossierwijs.consent.deadlines import consent_deadlines
from dossierwijs.consent.models import Status
from dossierwijs.knowledge.deadlines import open_deadlines
from tests.consent.factories import consent


def test_a_consent_ending_within_30_days_is_listed(family):
    soon = consent(family, valid_until=date.today() + timedelta(days=30))
    consent(family, valid_until=date.today() + timedelta(days=31))
    (entry,) = consent_deadlines(family.vault)
    assert entry.due == soon.valid_until
    assert "loopt af" in entry.title
    assert entry.url == reverse("consent:detail", args=[soon.pk])


def test_an_ended_consent_is_listed_until_it_is_closed(family):
    item = consent(family, valid_until=date(2026, 1, 31))
    (entry,) = consent_deadlines(family.vault)
    assert "verlopen" in entry.title
    item.expire()
    assert consent_deadlines(family.vault) == []


def test_an_ended_trajectory_is_listed(family):
    consent(
        family,
        valid_until=None,
        trajectory="de behandeling",
        trajectory_ended=True,
        trajectory_ended_on=date(2026, 11, 1),
    )
    (entry,) = consent_deadlines(family.vault)
    assert "traject is afgelopen" in entry.title
    assert entry.due == date(2026, 11, 1)


def test_withdrawn_consents_and_other_vaults_are_not_listed(family):
    consent(family, valid_until=date(2026, 1, 31), status=Status.INGETROKKEN)
    assert consent_deadlines(family.vault) == []
    consent(family, valid_until=date.today())
    assert consent_deadlines(family.outsider.vault) == []


def test_the_termijnen_page_shows_the_warning(family, eva):
    consent(family, valid_until=date.today() + timedelta(days=3))
    assert any(d.kind == "toestemming" for d in open_deadlines(family.vault).deadlines)
    page = eva.get(reverse("knowledge:deadlines")).content.decode()
    assert "loopt af" in page


def test_without_a_vault_there_is_nothing_to_list():
    assert consent_deadlines(None) == []


def test_the_deadline_reads_as_a_sentence_for_a_consent_between_two_organisations(family):
    """It said "Uw toestemming aan van OSG De Klimop naar …"."""
    from datetime import timedelta

    from django.utils import timezone

    from dossierwijs.consent.deadlines import consent_deadlines
    from tests.consent.factories import consent, organisation

    swv = organisation(family, name="Samenwerkingsverband VO Utrecht", kind="swv")
    consent(family, to_organisation=swv, valid_until=timezone.localdate() + timedelta(days=5))
    [item] = consent_deadlines(family.vault)
    assert item.title == (
        "Uw toestemming voor het delen van OSG De Klimop met Samenwerkingsverband VO Utrecht "
        "loopt af"
    )
