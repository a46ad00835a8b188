"""A draft of an abridged copy: the parent's choices so far, so the steps survive navigation."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone


class AbridgeDraft(models.Model):
    """One abridged copy in the making. It holds choices, never the copy itself.

    ``source_blob_id`` is the PDF the steps work on: the document's own PDF, the searchable
    PDF of a scan, or the (encrypted) PDF made from a Word file. ``layout`` caches the
    sections and page sizes; ``proposals`` the personal data found in what is kept, with
    their boxes on the pages (page index, x0, y0, x1, y1 in PDF points).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(
        "dossier.Document", on_delete=models.CASCADE, related_name="abridge_drafts"
    )
    version_number = models.PositiveIntegerField(default=1)
    source_blob_id = models.CharField(max_length=64)
    converted = models.BooleanField(default=False)  # the source is a PDF made from Word
    layout = models.JSONField(default=dict, blank=True)
    keep_sections = models.JSONField(default=list, blank=True)
    proposals = models.JSONField(default=list, blank=True)
    accepted_findings = models.JSONField(default=list, blank=True)
    remove_child_name = models.BooleanField(default=False)
    extra_terms = models.TextField(blank=True)
    term_boxes = models.JSONField(default=dict, blank=True)
    manual_boxes = models.JSONField(default=list, blank=True)
    include_cover_page = models.BooleanField(default=True)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    # Once the copy is stored: the copy (the choices are cleared). Back in the browser then
    # leads to the copy, not to a bare "not found".
    made_copy = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at"]

    def extra_term_list(self) -> list[str]:
        return [t.strip() for t in self.extra_terms.splitlines() if t.strip()]


def _connect_warm_up() -> None:
    # Connected here because models load at start-up; services (and deduce) load later.
    from django.contrib.auth.signals import user_logged_in

    def warm(sender, **kwargs):
        # start-up weight: the services load the detector (deduce) and PyMuPDF.
        from dossierwijs.minimiser.services import warm_after_unlock

        warm_after_unlock(sender, **kwargs)

    user_logged_in.connect(warm, dispatch_uid="minimiser-warm-detector", weak=False)


_connect_warm_up()
