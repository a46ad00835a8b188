"""Writing to and checking the journal."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import journal_anchor, keyholder
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
        _anchor(entry)
    return entry


def _anchor(entry: JournalEntry) -> None:
    """Note the new head for the anchor file, written once the transaction commits."""
    if keyholder.is_unlocked():
        journal_anchor.note(
            vault_key=keyholder.key(), vault_id=entry.vault_id, seq=entry.seq, head=entry.hash
        )
        transaction.on_commit(journal_anchor.flush_soon)


@dataclass(frozen=True)
class ChainCheck:
    intact: bool
    count: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def explanation(self) -> str:
        """What the check found, for the person reading it (empty when intact)."""
        return {
            "missing": _("Regel %(seq)s ontbreekt."),
            "link": _("Regel %(seq)s sluit niet aan op de regel ervoor."),
            "content": _("Regel %(seq)s is veranderd nadat hij is geschreven."),
            "tail": _(
                "De laatste regels ontbreken: het logboek liep tot ten minste regel %(seq)s."
            ),
            "anchor": _(
                "Het logboek past niet meer bij het vastgelegde einde (regel %(seq)s): "
                "het is herschreven of teruggezet naar een oudere versie."
            ),
            "anchor-missing": _(
                "Het vastgelegde einde van het logboek (journal-anchor.json) ontbreekt."
            ),
        }.get(self.reason, "") % {"seq": self.broken_seq}


def verify(vault) -> ChainCheck:
    """Walk the chain from the first entry; name the first entry that does not fit.

    Then compare its end with the anchor kept outside the table (``journal_anchor``):
    that is what notices deleted last rows and a chain re-hashed from the start.
    """
    journal_anchor.flush()
    anchor = journal_anchor.read(vault.pk)
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    hash_at_anchor = None
    for entry in JournalEntry.objects.filter(vault=vault).order_by("seq").iterator():
        count += 1
        if entry.seq != expected_seq:
            return ChainCheck(False, count, expected_seq, "missing")
        if entry.prev_hash != expected_prev:
            return ChainCheck(False, count, entry.seq, "link")
        if entry.compute_hash() != entry.hash:
            return ChainCheck(False, count, entry.seq, "content")
        if anchor is not None and entry.seq == anchor.seq:
            hash_at_anchor = entry.hash
        expected_prev = entry.hash
        expected_seq += 1
    if anchor is None:
        if count:
            return ChainCheck(False, count, count, "anchor-missing")
        return ChainCheck(True, count)
    if not anchor.is_authentic(keyholder.key()):
        return ChainCheck(False, count, anchor.seq, "anchor")
    if anchor.seq > count:
        return ChainCheck(False, count, anchor.seq, "tail")
    if hash_at_anchor != anchor.head:
        return ChainCheck(False, count, anchor.seq, "anchor")
    return ChainCheck(True, count)


__all__ = ["Action", "ChainCheck", "record", "verify"]
