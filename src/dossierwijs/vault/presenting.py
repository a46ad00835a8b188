"""What the home page shows: what needs doing, gathered from every app, and the sections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs import contributions
from dossierwijs.contributions import TodoItem

from .journal_model import Action
from .models import Invitation
from .roles import PARENT_ROLES

# Deadlines further away than this wait on Termijnen; the home page shows what is near.
SOON_DAYS = 30


@dataclass(frozen=True)
class Task:
    title: str
    url: str | None
    detail: str
    due: date | None
    late: bool
    first_step: bool


@dataclass(frozen=True)
class ToDo:
    tasks: list[Task]
    later: int  # deadlines further away, counted, for "and N more on Termijnen"
    incomplete: bool  # an app failed to answer: the list may miss something


def to_do(vault, member, today: date | None = None) -> ToDo:
    """Late deadlines first, then those within a month, then what waits without a date."""
    today = today or timezone.localdate()
    deadlines, failed_deadlines = contributions.gather("deadline_sources", vault)
    items, failed_items = contributions.gather("todo_sources", vault, member)
    near = [d for d in deadlines if d.due <= today + timedelta(days=SOON_DAYS)]
    near.sort(key=lambda d: (d.due, d.title))
    tasks = [Task(d.title, d.url, d.next_step or "", d.due, d.due < today, False) for d in near] + [
        Task(i.title, i.url, i.detail, i.due, bool(i.due and i.due < today), i.kind == "begin")
        for i in sorted(items, key=lambda i: (i.kind == "begin", i.due or date.max, i.rank))
    ]
    return ToDo(tasks, len(deadlines) - len(near), bool(failed_deadlines or failed_items))


def invite_the_other_parent(vault, member) -> list[TodoItem]:
    """While the other parent has no account and no invitation is open: invite them."""
    if not vault.other_parent_name or not member.can("manage_members"):
        return []
    parents = vault.members.filter(role__in=PARENT_ROLES).count()
    open_invitation = Invitation.objects.filter(
        vault=vault, role__in=PARENT_ROLES, expires_at__gt=timezone.now()
    ).exists()
    if parents >= 2 or open_invitation:
        return []
    return [
        TodoItem(
            title=_("Nodig %(name)s uit") % {"name": vault.other_parent_name},
            url=reverse("vault:invite"),
            kind="begin",
            rank=20,
            detail=_("Met een eigen wachtzin ziet de andere ouder alles en kan meedoen."),
        )
    ]


def section_cards(vault) -> list[dict]:
    """The cards the apps declare (``home_cards``), each with its line of what is in it."""
    return [
        {
            "key": card.key,
            "title": card.title,
            "url": reverse(card.url_name),
            "description": card.description,
            "summary": summary(vault) if summary else None,
        }
        for card, summary in contributions.home_cards()
    ]


@dataclass
class JournalRow:
    """One line of the Logboek; repeated views of one thing by one person are one line."""

    entry: object
    about: str = ""  # what it concerns ("Verslag psycholoog"), looked up now
    times: int = 1
    first_at: object = None  # the earliest of a group of views


def journal_rows(vault, entries) -> list[JournalRow]:
    """Lines for a page of journal entries (newest first), views grouped, objects named."""
    entries = list(entries)
    labels: dict[tuple[str, str], str] = {}
    by_type: dict[str, set[str]] = {}
    for e in entries:
        if e.object_id:
            by_type.setdefault(e.object_type, set()).add(e.object_id)
    for object_type, ids in by_type.items():
        # A failing app leaves its entries unnamed ("Waarover" empty), not the Logboek down.
        found, _failed = contributions.gather("journal_labels", vault, object_type, sorted(ids))
        for object_id, label in found:
            labels[(object_type, object_id)] = label
    rows: list[JournalRow] = []
    for e in entries:
        last = rows[-1] if rows else None
        if (
            last is not None
            and e.action == Action.VIEW == last.entry.action
            and (e.actor_id, e.object_type, e.object_id)
            == (last.entry.actor_id, last.entry.object_type, last.entry.object_id)
        ):
            last.times += 1
            last.first_at = e.at
            continue
        about = labels.get((e.object_type, e.object_id), "")
        if e.object_id and not about and e.object_type == "document":
            about = _("een verwijderd document")
        rows.append(JournalRow(entry=e, about=about, first_at=e.at))
    return rows
