"""Letters the parents produced: which kind, to whom, in which tone, and the text as sent."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Letter(models.Model):
    """One produced letter. The PDF lives in the dossier; DOCX and .eml are rendered again."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(_("soort brief"), max_length=40)
    tone = models.CharField(_("toon"), max_length=20)
    title = models.CharField(_("titel"), max_length=300)
    organisation = models.ForeignKey(
        "addressbook.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_name = models.CharField(_("organisatie"), max_length=300, blank=True)
    document = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The authorisation (machtiging) produced with a letter from the parents of a 16+ child.
    companion = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="companion_of"
    )
    text = models.TextField(_("tekst"))  # the letter as produced, letterhead included
    letter_data = models.TextField(blank=True)  # the core Letter as JSON, to render DOCX/.eml again
    # The form's answers (no files), e.g. last year's mentor letter for comparison.
    fields_data = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title
