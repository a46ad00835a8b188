"""Withdrawal: one action that writes the letter (AVG art. 7 lid 3) and marks the consent."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.consent.models import Status
from dossierwijs.letters.models import Letter
from tests.consent.factories import consent


def test_withdrawing_produces_the_letter_and_marks_the_consent_withdrawn(letter_family, eva):
    item = consent(letter_family, given_on=date(2026, 9, 1))
    response = eva.post(reverse("consent:withdraw", args=[item.pk]), {"tone": "stellig"})
    assert response["Location"] == reverse("consent:detail", args=[item.pk])
    item.refresh_from_db()
    letter = Letter.objects.get(vault=letter_family.vault)
    assert item.status == Status.INGETROKKEN
    assert item.withdrawn_on == timezone.localdate()
    assert item.withdrawal_letter == letter
    assert letter.kind == "intrekking" and letter.tone == "stellig"
    assert "artikel 7 lid 3 AVG" in letter.text
    assert "de overstap van Sanne naar het vso" in letter.text
    assert "1 september 2026" in letter.text
    page = eva.get(reverse("consent:detail", args=[item.pk])).content.decode()
    assert reverse("letters:detail", args=[letter.pk]) in page


def test_without_an_address_the_consent_is_not_withdrawn_and_the_parent_is_told(family, eva):
    item = consent(family)
    response = eva.post(reverse("consent:withdraw", args=[item.pk]), {"tone": "zakelijk"})
    page = response.content.decode()
    item.refresh_from_db()
    assert item.status == Status.GEGEVEN
    assert "De toestemming is nog niet ingetrokken" in page
    assert 'name="address"' in page
    assert not Letter.objects.exists()


def test_a_withdrawn_consent_is_not_withdrawn_twice(letter_family, eva):
    item = consent(letter_family, status=Status.INGETROKKEN, withdrawn_on=date(2026, 10, 1))
    response = eva.post(
        reverse("consent:withdraw", args=[item.pk]), {"tone": "zakelijk"}, follow=True
    )
    assert "geldt al niet meer" in response.content.decode()
    assert not Letter.objects.exists()


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_cannot_withdraw(letter_family, client_for, persona, status):
    item = consent(letter_family)
    response = client_for(persona).post(
        reverse("consent:withdraw", args=[item.pk]), {"tone": "zakelijk"}
    )
    assert response.status_code == status
    item.refresh_from_db()
    assert item.status == Status.GEGEVEN


def test_from_16_the_young_person_writes_the_withdrawal(letter_family, client_for):
    vault = letter_family.vault
    vault.child_birth_date = date(date.today().year - 17, 1, 1)
    vault.save()
    item = consent(letter_family)
    client = client_for("kind_16plus")
    page = client.get(reverse("consent:detail", args=[item.pk])).content.decode()
    assert "Sanne Canarisvogel schrijft zelf" in page
    response = client.post(
        reverse("consent:withdraw", args=[item.pk]),
        {"tone": "zakelijk", "writer": "jongere", "address": "Lijsterbeslaan 14, 3581 AB Utrecht"},
    )
    item.refresh_from_db()
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert item.status == Status.INGETROKKEN


def test_withdrawing_just_after_midnight_in_the_netherlands_is_dated_that_day(
    letter_family, eva, monkeypatch
):
    # 23:30 UTC on 1 December is 00:30 on 2 December in Amsterdam: the parent's date.
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 12, 1, 23, 30, tzinfo=UTC))
    item = consent(letter_family, given_on=date(2026, 9, 1))
    eva.post(reverse("consent:withdraw", args=[item.pk]), {"tone": "stellig"})
    item.refresh_from_db()
    assert item.withdrawn_on == date(2026, 12, 2)


def _consent_without_birth_date(letter_family):
    """A vault made on the command line without --geboortedatum, with one consent."""
    letter_family.vault.child_birth_date = None
    letter_family.vault.save()
    return consent(letter_family)


def test_a_vault_without_the_childs_birth_date_asks_for_it_and_keeps_it(letter_family, eva):
    item = _consent_without_birth_date(letter_family)
    page = eva.get(reverse("consent:detail", args=[item.pk])).content.decode()
    assert 'name="child_birth_date"' in page and "Geboortedatum van uw kind" in page
    response = eva.post(reverse("consent:withdraw", args=[item.pk]), {"tone": "zakelijk"})
    item.refresh_from_db()
    assert response.status_code == 200 and item.status == Status.GEGEVEN
    assert not Letter.objects.exists()
    eva.post(
        reverse("consent:withdraw", args=[item.pk]),
        {"tone": "zakelijk", "child_birth_date": "2013-04-12", "writer": "ouders"},
    )
    item.refresh_from_db()
    letter_family.vault.refresh_from_db()
    assert item.status == Status.INGETROKKEN
    assert letter_family.vault.child_birth_date == date(2013, 4, 12)


def test_without_a_birth_date_a_young_person_of_16_withdraws_in_one_go(letter_family, eva):
    # The writer choice came only after the date was sent: a parent of a 17-year-old got an
    # error page and had to send the form twice (parent walk).
    item = _consent_without_birth_date(letter_family)
    page = eva.get(reverse("consent:detail", args=[item.pk])).content.decode()
    assert 'name="writer"' in page and "jonger dan 16" in page
    born = date(timezone.localdate().year - 17, 1, 1).isoformat()
    response = eva.post(
        reverse("consent:withdraw", args=[item.pk]),
        {"tone": "zakelijk", "child_birth_date": born, "writer": "ouders_met_machtiging"},
    )
    item.refresh_from_db()
    assert response.status_code == 302 and item.status == Status.INGETROKKEN
    assert "machtiging" in Letter.objects.get(kind="intrekking").text


@pytest.mark.parametrize(
    ("years", "writer", "error"),
    [(17, "ouders", "beslist nu zelf"), (12, "jongere", "een machtiging is niet nodig")],
)
def test_a_writer_that_does_not_fit_the_typed_birth_date_is_named(
    letter_family, eva, years, writer, error
):
    item = _consent_without_birth_date(letter_family)
    born = date(timezone.localdate().year - years, 1, 1).isoformat()
    response = eva.post(
        reverse("consent:withdraw", args=[item.pk]),
        {"tone": "zakelijk", "child_birth_date": born, "writer": writer},
    )
    item.refresh_from_db()
    assert response.status_code == 200 and error in response.content.decode()
    assert item.status == Status.GEGEVEN
    letter_family.vault.refresh_from_db()
    assert letter_family.vault.child_birth_date is None
