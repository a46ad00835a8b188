"""The parent's own, complete dossier: documents, their versions, and imports in progress."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    # Names, values and labels are core.documents.metadata.DocumentType's (kept equal by
    # tests/test_choices_match_core.py).
    OKR = "okr", _("Onderwijskundig rapport (OKR)")
    OPP = "opp", _("OPP / groeidocument")
    ONDERZOEKSVERSLAG = "onderzoeksverslag", _("Onderzoeksverslag (psychologisch of didactisch)")
    BEHANDELVERSLAG = "behandelverslag", _("Behandel- of therapieverslag")
    GESPREKSVERSLAG = "gespreksverslag", _("Gespreksverslag")
    BRIEF = "brief", _("Brief")
    EMAIL = "email", _("E-mail")
    TOESTEMMINGSFORMULIER = "toestemmingsformulier", _("Toestemmingsformulier")
    VERKLARING = "verklaring", _("Verklaring of diagnose")
    SCHOOLRAPPORT = "schoolrapport", _("Schoolrapport")
    OVERIG = "overig", _("Overig")


class Origin(models.TextChoices):
    RECEIVED = "ontvangen", _("Ontvangen van een organisatie")
    OWN = "eigen", _("Door ons gemaakt")
    UNKNOWN = "onbekend", _("Onbekend")


class Document(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("titel"), max_length=300)
    doc_type = models.CharField(
        _("soort document"),
        max_length=32,
        choices=DocumentType.choices,
        default=DocumentType.OVERIG,
    )
    organisation = models.CharField(_("van welke organisatie"), max_length=300, blank=True)
    author = models.CharField(_("auteur"), max_length=300, blank=True)
    document_date = models.DateField(_("datum van het document"), null=True, blank=True)
    received_date = models.DateField(_("ontvangen op"), null=True, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    tags = models.CharField(
        _("labels"), max_length=500, blank=True, help_text=_("Gescheiden door komma's.")
    )
    special_category = models.BooleanField(
        _("bijzonder persoonsgegeven"),
        default=False,
        help_text=_(
            "Gegevens over gezondheid, zoals een diagnose of een verslag van een behandelaar."
        ),
    )
    origin = models.CharField(
        _("herkomst"), max_length=16, choices=Origin.choices, default=Origin.UNKNOWN
    )
    # An e-mail attachment points to its e-mail; an abridged copy to its original.
    email = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="attachments"
    )
    derived_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="derived"
    )
    metadata_confirmed = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-document_date", "-created_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def current(self) -> DocumentVersion | None:
        return self.versions.order_by("-number").first()

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]

    @property
    def sort_date(self):
        return self.document_date or self.received_date or timezone.localdate(self.created_at)

    def for_reader(self) -> dict | None:
        """What a meelezer's reader store holds of this document when it is shared with
        them (``vault.readers``): the current file and how it is shown, nothing else."""
        version = self.current
        if version is None:
            return None
        return {
            "title": self.title,
            "date": self.sort_date,
            "filename": version.filename,
            "blob_id": version.blob_id,
        }


class DocumentVersion(models.Model):
    """One version of a document's file. Earlier versions stay visible."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(default=1)
    blob_id = models.CharField(max_length=64)
    # A photo becomes a searchable PDF, kept beside the original.
    pdf_blob_id = models.CharField(max_length=64, blank=True)
    filename = models.CharField(max_length=300)
    file_kind = models.CharField(max_length=16)
    size = models.PositiveBigIntegerField(default=0)
    content_hash = models.CharField(max_length=64, db_index=True)
    page_count = models.PositiveIntegerField(default=0)
    text = models.TextField(blank=True)
    ocr_pages = models.JSONField(default=list, blank=True)
    # Dutch notes from reading the file (a PDF that runs JavaScript, a guessed encoding…),
    # shown on the document's page, not only once at import.
    warnings = models.JSONField(default=list, blank=True)
    note = models.CharField(_("wat is er anders"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-number"]
        unique_together = [("document", "number")]

    def viewable_blob_id(self) -> str:
        """The blob to render pages from: the searchable PDF of a photo, else the file itself."""
        return self.pdf_blob_id or self.blob_id

    def renders_as_pdf(self) -> bool:
        return bool(self.pdf_blob_id) or self.file_kind == "pdf"


class ImportStatus(models.TextChoices):
    WAITING = "wachten", _("Wacht")
    BUSY = "bezig", _("Bezig")
    DONE = "klaar", _("Klaar")
    DUPLICATE = "dubbel", _("Stond er al in")
    FAILED = "mislukt", _("Niet gelukt")


class ImportJob(models.Model):
    """One file on its way in; survives navigation and a restart (the upload is stored encrypted)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    filename = models.CharField(max_length=300)
    upload_blob_id = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        max_length=16, choices=ImportStatus.choices, default=ImportStatus.WAITING
    )
    progress = models.FloatField(default=0.0)
    step_label = models.CharField(max_length=200, blank=True)
    message = models.TextField(blank=True)
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL)
    new_version_of = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def percent(self) -> int:
        return int(round(self.progress * 100))

    @property
    def finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.DUPLICATE, ImportStatus.FAILED)
