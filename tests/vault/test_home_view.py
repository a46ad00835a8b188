"""The home page is the parent's to-do list, gathered from every app's declared sources."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from dossierwijs.vault.presenting import to_do
from tests.consent.factories import consent
from tests.rights.factories import access_request, bare_request
from tests.test_authorization_matrix import family_document, family_share

HOME = reverse("vault:home")


def titles(family):
    return [task.title for task in to_do(family.vault, family.ouder).tasks]


def test_an_empty_vault_says_where_to_begin(client_for, family):
    html = client_for("ouder").get(HOME).content.decode()
    assert "Wat u nu kunt doen" in html
    assert "Voeg uw eerste document toe" in html
    assert reverse("dossier:upload") in html
    assert "Laat een toestemmingsformulier van school controleren" in html
    assert "in aanbouw" not in html


def test_the_other_parent_is_invited_until_they_join(family):
    from dossierwijs.vault.models import Member
    from dossierwijs.vault.roles import Role

    assert not any("Nodig" in t for t in titles(family))  # Joost joined in the fixture
    Member.objects.filter(pk=family.mede_ouder.pk).update(role=Role.KIND_16PLUS)
    assert "Nodig Joost Canarisvogel uit" in titles(family)


def test_a_document_whose_suggestions_nobody_confirmed(family):
    document = family_document(family)
    assert f"Controleer soort, datum en afzender van “{document.title}”" in titles(family)
    assert not any(t.startswith("Voeg uw eerste") for t in titles(family))


def test_a_request_not_yet_sent_and_one_that_is_late(family):
    bare_request(family)
    late = access_request(family, sent_on=timezone.localdate() - timedelta(days=60))
    tasks = to_do(family.vault, family.ouder).tasks
    assert tasks[0].late and tasks[0].url == reverse("rights:detail", args=[late.pk])
    assert any(t.title.startswith("Verstuur uw inzageverzoek aan") for t in tasks)


def test_a_consent_that_ends_soon(family):
    consent(family, valid_until=timezone.localdate() + timedelta(days=10))
    assert any("toestemming" in t.lower() for t in titles(family))


def test_a_share_past_its_keep_until_date_asks_for_deletion(family):
    from dossierwijs.sharing.models import SharedItem

    item = SharedItem.objects.get(pk=family_share(family, "item_id"))
    item.keep_until = timezone.localdate() - timedelta(days=1)
    item.save()
    tasks = to_do(family.vault, family.ouder).tasks
    task = next(t for t in tasks if "niet langer bewaren" in t.title)
    assert task.late
    assert task.url == reverse("sharing:ask_deletion", args=[item.share.pk])
    assert task.detail == "Vraag om verwijdering"


def test_far_deadlines_wait_on_termijnen(client_for, family):
    consent(family, valid_until=timezone.localdate() + timedelta(days=20))
    assert to_do(family.vault, family.ouder, today=timezone.localdate() - timedelta(days=60)).later


def test_a_meelezer_sees_no_family_to_do_list(client_for, family):
    bare_request(family)
    html = client_for("meelezer").get(HOME).content.decode()
    assert "Wat u nu kunt doen" not in html
    assert "inzageverzoek" not in html
