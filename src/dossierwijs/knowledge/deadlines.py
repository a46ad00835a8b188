"""Open deadlines from every app, for Termijnen, its calendar file and the home page.

Apps declare their sources in their ``AppConfig`` (``deadline_sources`` in
``dossierwijs.contributions``). A source receives the member's vault and returns only that
vault's deadlines. The page shows them only to members who may see the whole vault (never to
a meelezer).
"""

from __future__ import annotations

from dataclasses import dataclass

from dossierwijs import contributions
from dossierwijs.contributions import OpenDeadline

__all__ = ["CollectedDeadlines", "OpenDeadline", "open_deadlines"]


@dataclass(frozen=True)
class CollectedDeadlines:
    deadlines: list[OpenDeadline]
    failed_sources: int  # sources that raised: the list is then incomplete, and we say so


def open_deadlines(vault) -> CollectedDeadlines:
    """Every declared source's deadlines for ``vault``, most urgent first.

    A source that fails does not take the page down: its deadlines are missing and the
    count of failures is returned so the page can say the list is incomplete.
    """
    found, failed = contributions.gather("deadline_sources", vault)
    found.sort(key=lambda d: (d.due, d.title))
    return CollectedDeadlines(deadlines=found, failed_sources=failed)
