"""How the apps reach each other: each app declares what it offers, this module collects it.

An app's ``AppConfig`` sets ``contributions = Contributions(...)``. Every hook is a dotted
path to a function, resolved on first use, so declaring costs nothing at start-up and no app
imports a higher one to register with it. What an app can offer:

- ``document_actions``: ``f(document, member) -> [{"url": …, "label": …}]``, buttons on a
  document's page ("Verkorte versie maken", "Formulier controleren").
- ``deadline_sources``: ``f(vault) -> list[OpenDeadline]``, the app's open deadlines for
  Termijnen, the calendar feed and the home page.
- ``todo_sources``: ``f(vault, member) -> list[TodoItem]``, things waiting for the parent
  that are not a dated deadline (a reply to record, a suggestion to confirm).
- ``home_cards``: the app's cards on the home page, each with an optional ``summary(vault)``.
- ``navigation``: the app's entries in the main menu.
- ``export_parts``: ``f(vault, options) -> iterable of (name, bytes)`` for "Alles downloaden".
- ``timeline_entries``: ``f(vault) -> list[TimelineEntry]`` for the dossier's timeline.
- ``before_document_delete``: ``f(document, by)``, called inside the dossier's delete
  transaction so an app removes what it derived from that document (explicit cascades).
- ``after_unlock``: ``f()``, called once when the vault is unlocked, for tidy-ups that need
  the key (what a killed import left behind). Must be quick and must not raise.
- ``journal_labels``: ``f(vault, object_type, ids) -> {id: label}``, what the Logboek calls
  an object (a document's current title), looked up when shown, never stored in the journal.
  ``{}`` for another app's object type (without a query); one query per type, never per id;
  an object since deleted gets a calm label such as "Gesprek (verwijderd)"
  (``labels_or_deleted``).
- ``after_restore``: ``f(vault)``, called inside the restore transaction so an app rebuilds
  what is derived and therefore not in a backup (the search index).
- ``organisation_facts``: ``f(vault, organisation) -> list[OrganisationFact]``, what the app
  knows about one organisation in the address book ("heeft: … sinds …", "toestemming geldig
  tot …"), for pages of a lower app that must not import it (a meeting's participants).

The layer order (tests/test_layers.py) forbids importing a higher app; this contract is the
one way up. ``tests/test_contributions.py`` resolves every declared hook and URL name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import import_module

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenDeadline:
    title: str  # Dutch, says what must happen: "Antwoord op uw inzageverzoek aan …"
    due: date  # the last day on which it is still in time
    url: str | None  # where the parent can see or act on it
    next_step: str | None  # Dutch, what the parent can do next ("Stuur een herinnering")
    kind: str  # "verzoek", "gespreksverslag", "toestemming", … (the app's own word)
    # Stable identity for the calendar (the event keeps its UID when the date moves).
    # Empty: derived from kind, url and title.
    key: str = ""

    def calendar_key(self) -> str:
        return self.key or f"{self.kind}:{self.url or self.title}"


@dataclass(frozen=True)
class TodoItem:
    title: str  # Dutch: what is waiting ("Het antwoord van OSG De Klimop vastleggen")
    url: str  # where it is done
    kind: str  # the app's own word, for grouping and tests
    detail: str = ""  # one plain sentence of why, optional
    due: date | None = None  # when it becomes late, if it has a date
    rank: int = 50  # among items without a date: lower comes first


@dataclass(frozen=True)
class TimelineEntry:
    when: date
    title: str
    url: str | None
    kind: str  # "document", "verzoek", "gesprek", …


@dataclass(frozen=True)
class OrganisationFact:
    kind: str  # the app's own word: "heeft", "toestemming", "geen_toestemming", …
    text: str  # Dutch, one plain sentence or phrase
    url: str | None = None  # where the parent can see or act on it


@dataclass(frozen=True)
class HomeCard:
    key: str
    title: str
    url_name: str
    description: str
    order: int
    summary: str = ""  # dotted path to ``f(vault) -> str | None``


@dataclass(frozen=True)
class NavEntry:
    url_name: str
    label: str
    order: int
    # Which pages mark it current: URL namespaces, or "namespace:url_name" for one page.
    current: tuple[str, ...] = ()
    for_readers: bool = False  # shown to a meelezer too


@dataclass(frozen=True)
class Contributions:
    document_actions: tuple[str, ...] = ()
    deadline_sources: tuple[str, ...] = ()
    todo_sources: tuple[str, ...] = ()
    home_cards: tuple[HomeCard, ...] = ()
    navigation: tuple[NavEntry, ...] = ()
    export_parts: tuple[str, ...] = ()
    timeline_entries: tuple[str, ...] = ()
    before_document_delete: tuple[str, ...] = ()
    after_restore: tuple[str, ...] = ()
    journal_labels: tuple[str, ...] = ()
    after_unlock: tuple[str, ...] = ()
    organisation_facts: tuple[str, ...] = ()


HOOK_KINDS = (
    "document_actions",
    "deadline_sources",
    "todo_sources",
    "export_parts",
    "timeline_entries",
    "before_document_delete",
    "after_restore",
    "journal_labels",
    "after_unlock",
    "organisation_facts",
)


def declared() -> Iterator[tuple[str, Contributions]]:
    """(app label, contributions) of every installed app that declares any, in INSTALLED_APPS order."""
    from django.apps import apps

    for config in apps.get_app_configs():
        found = getattr(config, "contributions", None)
        if isinstance(found, Contributions):
            yield config.label, found


def _resolve(hook) -> Callable:
    """A dotted path (how apps declare hooks), or a function (how tests add one)."""
    return hook if callable(hook) else _import(hook)


@cache
def _import(path: str) -> Callable:
    module, _, name = path.rpartition(".")
    return getattr(import_module(module), name)


def hooks(kind: str) -> list[tuple[str, Callable]]:
    """Every declared hook of one kind as (app label, function)."""
    if kind not in HOOK_KINDS:
        raise ValueError(f"unknown contribution kind: {kind}")
    return [(label, _resolve(path)) for label, c in declared() for path in getattr(c, kind)]


def gather(kind: str, *args) -> tuple[list, int]:
    """Call every hook of ``kind`` and concatenate the results (a dict gives its items).

    One failing app does not take the page down: its part is missing and the number of
    failures is returned so the page can say it is incomplete. Only the hook's name and the
    exception class are logged, never names or document text.
    """
    found: list = []
    failed = 0
    for label, func in hooks(kind):
        try:
            part = func(*args)
            found.extend(part.items() if isinstance(part, dict) else part)
        except Exception as exc:  # noqa: BLE001 - one broken app must not hide the others
            failed += 1
            logger.error("%s hook of %s failed: %s", kind, label, type(exc).__name__)
    return found, failed


def call_all_quietly(kind: str, *args) -> int:
    """Call every hook of ``kind``; a failing one is logged (name and error class), not raised.

    Returns the number that failed. For tidy-ups that must never stand in the way.
    """
    failed = 0
    for label, func in hooks(kind):
        try:
            func(*args)
        except Exception as exc:  # noqa: BLE001 - a tidy-up must not block the parent
            failed += 1
            logger.error("%s hook of %s failed: %s", kind, label, type(exc).__name__)
    return failed


def call_all(kind: str, *args) -> None:
    """Call every hook of ``kind``; errors propagate (used inside transactions)."""
    for _label, func in hooks(kind):
        func(*args)


def labels_or_deleted(ids, found: dict[str, str], deleted: str) -> dict[str, str]:
    """A ``journal_labels`` answer: the label ``found`` for each id, ``deleted`` for the rest."""
    return {object_id: found.get(object_id, deleted) for object_id in ids}


def home_cards() -> list[tuple[HomeCard, Callable | None]]:
    cards = [card for _label, c in declared() for card in c.home_cards]
    return [
        (card, _resolve(card.summary) if card.summary else None)
        for card in sorted(cards, key=lambda c: c.order)
    ]


def navigation() -> list[NavEntry]:
    entries = [entry for _label, c in declared() for entry in c.navigation]
    return sorted(entries, key=lambda e: e.order)
