"""Writing to and checking the journal."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .journal_model import GENESIS, Action, JournalEntry


def record(
    *,
    vault,
    action: str,
    actor=None,
    actor_label: str = "",
    obj=None,
    object_type: str = "",
    object_id: str = "",
    summary: str = "",
) -> JournalEntry:
    """Append one entry. Never put document text or file names in ``summary``."""
    if obj is not None:
        object_type = object_type or obj._meta.model_name
        object_id = object_id or str(obj.pk)
    with transaction.atomic():
        # Serialise appends per vault (a no-op lock on SQLite, a row lock on PostgreSQL).
        type(vault).objects.select_for_update().filter(pk=vault.pk).exists()
        last = JournalEntry.objects.filter(vault=vault).order_by("-seq").first()
        now = timezone.now()
        # Whole milliseconds: what a JSON backup keeps, so a restored chain still verifies.
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        entry = JournalEntry(
            vault=vault,
            seq=(last.seq + 1) if last else 1,
            at=now,
            actor_id=str(actor.pk) if actor is not None else "",
            actor_label=actor_label or (actor.display_name if actor is not None else ""),
            action=action,
            object_type=object_type,
            object_id=object_id,
            summary=summary[:300],
            prev_hash=last.hash if last else GENESIS,
        )
        entry.hash = entry.compute_hash()
        entry.save()
    return entry


@dataclass(frozen=True)
class ChainCheck:
    intact: bool
    count: int
    broken_seq: int | None = None
    reason: str = ""


def verify(vault) -> ChainCheck:
    """Walk the chain from the first entry; name the first entry that does not fit."""
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for entry in JournalEntry.objects.filter(vault=vault).order_by("seq").iterator():
        count += 1
        if entry.seq != expected_seq:
            return ChainCheck(False, count, expected_seq, "missing")
        if entry.prev_hash != expected_prev:
            return ChainCheck(False, count, entry.seq, "link")
        if entry.compute_hash() != entry.hash:
            return ChainCheck(False, count, entry.seq, "content")
        expected_prev = entry.hash
        expected_seq += 1
    return ChainCheck(True, count)


__all__ = ["Action", "ChainCheck", "record", "verify"]
