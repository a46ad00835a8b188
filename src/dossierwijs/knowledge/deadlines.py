"""Open deadlines from every app, for the "Open termijnen" list and its calendar file.

Other apps (letters and rights requests, meetings, ...) tell the Termijnen page about their
open deadlines by registering a source function, typically in their ``AppConfig.ready()``::

    from dossierwijs.knowledge.deadlines import OpenDeadline, register_deadline_source

    def open_request_deadlines(vault) -> list[OpenDeadline]:
        return [
            OpenDeadline(
                title="Antwoord op uw inzageverzoek aan OSG De Klimop",
                due=request.deadline().due,
                url=reverse("letters:request", args=[request.pk]),
                next_step="Stuur een herinnering",
                kind="verzoek",
                key=f"verzoek:{request.pk}",
            )
            for request in RightsRequest.objects.filter(vault=vault, closed=False)
        ]

    register_deadline_source(open_request_deadlines)

A source receives the member's vault and must return only that vault's deadlines. The page
shows them only to members who may see the whole vault (never to a meelezer).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenDeadline:
    title: str  # Dutch, says what must happen: "Antwoord op uw inzageverzoek aan …"
    due: date  # the last day on which it is still in time
    url: str | None  # where the parent can see or act on it
    next_step: str | None  # Dutch, what the parent can do next ("Stuur een herinnering")
    kind: str  # "verzoek", "gespreksverslag", "gpo", "opp", "aanmelding" or the app's own word
    # Stable identity for the calendar (the event keeps its UID when the date moves).
    # Empty: derived from kind, url and title.
    key: str = ""

    def calendar_key(self) -> str:
        return self.key or f"{self.kind}:{self.url or self.title}"


DeadlineSource = Callable[[object], list[OpenDeadline]]

_SOURCES: list[DeadlineSource] = []


def register_deadline_source(func: DeadlineSource) -> DeadlineSource:
    """Add a source of open deadlines; registering the same function twice adds it once.

    Returns ``func``, so it can be used as a decorator.
    """
    if func not in _SOURCES:
        _SOURCES.append(func)
    return func


def unregister_deadline_source(func: DeadlineSource) -> None:
    """Remove a source (for tests, and for apps that switch a source off)."""
    if func in _SOURCES:
        _SOURCES.remove(func)


@dataclass(frozen=True)
class CollectedDeadlines:
    deadlines: list[OpenDeadline]
    failed_sources: int  # sources that raised: the list is then incomplete, and we say so


def open_deadlines(vault) -> CollectedDeadlines:
    """Every registered source's deadlines for `vault`, most urgent first.

    A source that fails does not take the page down: its deadlines are missing, the count of
    failures is returned so the page can say the list is incomplete. Only the function's name
    and the exception class are logged (never names or document text).
    """
    found: list[OpenDeadline] = []
    failed = 0
    for source in list(_SOURCES):
        try:
            found.extend(source(vault))
        except Exception as exc:  # noqa: BLE001 - one broken app must not hide the others
            failed += 1
            logger.error(
                "deadline source %s failed: %s",
                getattr(source, "__qualname__", repr(source)),
                type(exc).__name__,
            )
    found.sort(key=lambda d: (d.due, d.title))
    return CollectedDeadlines(deadlines=found, failed_sources=failed)
