"""Every app's declared contributions resolve: each hook is a function, each URL name exists."""

from __future__ import annotations

import inspect

import pytest
from django.apps import apps
from django.urls import reverse

from dossierwijs import contributions
from dossierwijs.contributions import HOOK_KINDS, Contributions

# How many arguments each kind of hook is called with.
ARITY = {
    "document_actions": 2,
    "deadline_sources": 1,
    "todo_sources": 2,
    "export_parts": 2,
    "timeline_entries": 1,
    "before_document_delete": 2,
    "after_restore": 1,
    "journal_labels": 3,
    "after_unlock": 0,
    "organisation_facts": 2,
}


def declared_hooks():
    for label, declared in contributions.declared():
        for kind in HOOK_KINDS:
            for path in getattr(declared, kind):
                yield pytest.param(kind, path, id=f"{label}.{kind}.{path.rsplit('.', 1)[-1]}")


def test_every_kind_has_an_arity():
    assert set(ARITY) == set(HOOK_KINDS)


@pytest.mark.parametrize(("kind", "path"), list(declared_hooks()))
def test_every_declared_hook_is_a_function_with_the_right_arguments(kind, path):
    assert isinstance(path, str), "apps declare hooks by dotted path (cheap at start-up)"
    func = contributions._resolve(path)
    assert callable(func)
    parameters = inspect.signature(func).parameters.values()
    required = [p for p in parameters if p.default is p.empty and p.kind != p.VAR_KEYWORD]
    assert len(required) <= ARITY[kind] <= len(parameters)


def test_every_home_card_and_menu_entry_resolves():
    cards = contributions.home_cards()
    assert cards, "the home page has cards"
    for card, summary in cards:
        assert reverse(card.url_name)
        assert summary is None or callable(summary)
    entries = contributions.navigation()
    assert entries[0].url_name == "vault:home"
    for entry in entries:
        assert reverse(entry.url_name)
        assert entry.current, f"{entry.url_name} says which pages mark it current"


def test_keys_and_orders_are_unique():
    cards = [card for card, _summary in contributions.home_cards()]
    assert len({c.key for c in cards}) == len(cards)
    assert len({c.order for c in cards}) == len(cards)
    orders = [e.order for e in contributions.navigation()]
    assert len(set(orders)) == len(orders)


def test_only_our_apps_declare_and_every_one_of_them_is_an_app_config_attribute():
    ours = [c for c in apps.get_app_configs() if c.name.startswith("dossierwijs.")]
    declaring = {label for label, _c in contributions.declared()}
    assert declaring <= {c.label for c in ours}
    for config in ours:
        found = getattr(config, "contributions", None)
        assert found is None or isinstance(found, Contributions)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        contributions.hooks("timeline")


def test_a_failing_hook_is_counted_and_the_others_still_answer():
    from tests.contributing import contributing

    def broken(vault):
        raise RuntimeError("boom")

    def fine(vault):
        return ["x"]

    with contributing("knowledge", timeline_entries=(broken, fine)):
        found, failed = contributions.gather("timeline_entries", None)
    assert (found, failed) == (["x"], 1)


def test_a_failing_tidy_up_after_unlock_does_not_stop_the_login(family):
    from dossierwijs.vault import keyholder, services
    from tests.personas import PASSPHRASES

    calls = []

    def broken():
        calls.append("broken")
        raise OSError("disk")

    def fine():
        calls.append("fine")

    keyholder.lock()
    from tests.contributing import contributing

    with contributing("dossier", after_unlock=(broken, fine)):
        member = services.login_with_passphrase(PASSPHRASES["ouder"])
    assert member == family.ouder
    assert calls == ["broken", "fine"]


def test_every_app_that_journals_its_objects_names_them_in_the_logboek():
    naming = {label for label, c in contributions.declared() if c.journal_labels}
    assert {
        "dossier",
        "addressbook",
        "letters",
        "consent",
        "rights",
        "meetings",
        "sharing",
    } <= naming


def test_a_journal_label_hook_leaves_other_object_types_alone_without_a_query():
    # No database here: a query would raise. The Logboek asks every hook about every type.
    for _label, hook in contributions.hooks("journal_labels"):
        assert hook(None, "iets-anders", ["1"]) == {}
