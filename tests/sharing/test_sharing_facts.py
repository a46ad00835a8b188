"""sharing.facts.organisation_facts: the documents an organisation still has, from the ledger."""

from __future__ import annotations

from dossierwijs.addressbook.models import Organisation
from dossierwijs.sharing.facts import organisation_facts
from dossierwijs.sharing.models import HoldingStatus, SharedItem
from tests.test_authorization_matrix import family_share


def test_a_held_document_is_a_fact_until_its_deletion_is_confirmed(family):
    item_id = family_share(family, "item_id")
    organisation = Organisation.objects.get(vault=family.vault, name="OSG De Klimop")
    facts = organisation_facts(family.vault, organisation)
    assert len(facts) == 1 and facts[0].kind == "heeft"
    assert facts[0].text.startswith("heeft: ") and " sinds " in facts[0].text

    SharedItem.objects.get(pk=item_id).set_status(HoldingStatus.DELETED, on=None)
    assert organisation_facts(family.vault, organisation) == []


def test_another_organisation_has_nothing(family):
    family_share(family, "share_id")
    other = Organisation.objects.create(vault=family.vault, name="Praktijk De Brug", kind="zorg")
    assert organisation_facts(family.vault, other) == []
