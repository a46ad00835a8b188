"""Actions other apps offer on a document's page ("Verkorte versie maken", "Formulier controleren")."""

from __future__ import annotations

from collections.abc import Callable

DocumentAction = Callable[[object, object], list[dict]]
_actions: list[DocumentAction] = []


def register_document_action(action: DocumentAction) -> None:
    """``action(document, member)`` returns ``[{"url": …, "label": …}]`` (may be empty)."""
    if action not in _actions:
        _actions.append(action)


def actions_for(document, member) -> list[dict]:
    found: list[dict] = []
    for action in _actions:
        found.extend(action(document, member))
    return found
