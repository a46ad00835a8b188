"""The journal ("Logboek"): append-only, every entry chained to the previous by hash."""

from __future__ import annotations

import hashlib
import json

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    VAULT_CREATED = "vault_created", _("Kluis aangemaakt")
    LOGIN = "login", _("Ingelogd")
    LOGIN_FAILED = "login_failed", _("Mislukte inlogpoging")
    LOGOUT = "logout", _("Uitgelogd")
    LOCK = "lock", _("Kluis vergrendeld")
    RECOVERY_USED = "recovery_used", _("Herstelcode gebruikt")
    VIEW = "view", _("Bekeken")
    UPLOAD = "upload", _("Toegevoegd")
    DOWNLOAD = "download", _("Gedownload")
    EXPORT = "export", _("Alles gedownload")
    BACKUP = "backup", _("Back-up gemaakt")
    RESTORE = "restore", _("Back-up teruggezet")
    EDIT = "edit", _("Gewijzigd")
    DELETE = "delete", _("Verwijderd")
    INVITE = "invite", _("Uitnodiging gemaakt")
    INVITE_REVOKED = "invite_revoked", _("Uitnodiging ingetrokken")
    JOIN = "join", _("Lid geworden")
    ROLE_CHANGE = "role_change", _("Rol gewijzigd")
    MEMBER_REMOVED = "member_removed", _("Lid verwijderd")
    PASSPHRASE_CHANGED = "passphrase_changed", _("Wachtzin gewijzigd")
    SHARE = "share", _("Gedeeld")
    LETTER = "letter", _("Brief gemaakt")


GENESIS = "0" * 64


class JournalEntry(models.Model):
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="journal")
    seq = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)
    # Who did it is stored as values, not a foreign key, so removing a member
    # neither breaks the chain nor rewrites history.
    actor_id = models.CharField(max_length=64, blank=True)
    actor_label = models.CharField(max_length=200, blank=True)
    action = models.CharField(max_length=32, choices=Action.choices)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["-seq"]
        unique_together = [("vault", "seq")]
        indexes = [models.Index(fields=["vault", "action"])]

    def __str__(self) -> str:
        return f"{self.seq}: {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Journal entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Journal entries are append-only.")

    def compute_hash(self) -> str:
        payload = json.dumps(
            [
                str(self.vault_id),
                self.seq,
                self.at.isoformat(),
                self.actor_id,
                self.actor_label,
                self.action,
                self.object_type,
                self.object_id,
                self.summary,
                self.prev_hash,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
