"""Who has what: every share with an organisation, what was in it, and shares in the making."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from dossierwijs.addressbook.models import Organisation


class Basis(models.TextChoices):
    CONSENT = "toestemming", _("Toestemming van de ouders")
    LEGAL_TASK = "wettelijke_taak", _("Wettelijke taak (geen toestemming nodig)")
    EXCEPTION = "uitzondering", _("Wettelijke uitzondering")
    PARENTS = "ouders_zelf", _("De ouders deelden het zelf")
    UNKNOWN = "onbekend", _("Onbekend")


class ShareMethod(models.TextChoices):
    PACKAGE = "pakket", _("Pakket gemaakt met dossierwijs")
    OTHER = "anders", _("Op een andere manier gedeeld")


class ShareEvent(models.Model):
    """One exchange: which organisation got which documents, when, for what, on what basis."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="shares")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="received"
    )
    # Empty when the parents shared; set when the parent records that another
    # organisation passed documents on (e.g. the school sent the OKR to the new school).
    from_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="passed_on"
    )
    purpose_key = models.CharField(max_length=32, blank=True)
    purpose = models.CharField(_("doel"), max_length=500)
    school_purpose = models.TextField(blank=True)
    partner_purpose = models.TextField(blank=True)
    joint_purpose = models.TextField(blank=True)
    compatible = models.CharField(max_length=10, blank=True)
    # The parent's four questions to the recipient (core.sharing.purpose.PARENT_QUESTIONS),
    # recorded with the share so the ledger shows what was agreed.
    needs = models.TextField(_("wat de ontvanger nodig heeft"), blank=True)
    stored_where = models.TextField(_("waar de ontvanger het bewaart"), blank=True)
    keep_for = models.TextField(_("hoe lang de ontvanger het bewaart"), blank=True)
    who_sees = models.TextField(_("wie het te zien krijgt"), blank=True)
    basis = models.CharField(
        _("grondslag"), max_length=20, choices=Basis.choices, default=Basis.PARENTS
    )
    rules_answer = models.JSONField(default=dict, blank=True)
    method = models.CharField(
        max_length=10, choices=ShareMethod.choices, default=ShareMethod.PACKAGE
    )
    shared_on = models.DateField(_("gedeeld op"))
    cover_letter = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("notitie"), blank=True)
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-shared_on", "-created_at"]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.purpose}"


class HoldingStatus(models.TextChoices):
    HOLDS = "in_bezit", _("Heeft het")
    DELETION_ASKED = "verwijdering_gevraagd", _("Verwijdering gevraagd")
    DELETED = "verwijderd", _("Verwijderd (bevestigd)")
    KEPT = "bewaard", _("Wil het bewaren")


class SharedItem(models.Model):
    """One document in one share: the ledger line "this organisation has this document"."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    share = models.ForeignKey(ShareEvent, on_delete=models.CASCADE, related_name="items")
    document = models.ForeignKey(
        "dossier.Document", null=True, on_delete=models.SET_NULL, related_name="shared_items"
    )
    title = models.CharField(max_length=300)  # kept when the document is deleted later
    version_number = models.PositiveIntegerField(default=1)
    left_out_pages = models.JSONField(default=list, blank=True)
    keep_until = models.DateField(null=True, blank=True)
    keep_until_text = models.TextField(blank=True)
    status = models.CharField(
        max_length=24, choices=HoldingStatus.choices, default=HoldingStatus.HOLDS
    )
    status_changed_on = models.DateField(null=True, blank=True)
    answer = models.TextField(_("antwoord van de organisatie"), blank=True)

    class Meta:
        ordering = ["title"]

    def set_status(self, status: str, on, answer: str = "") -> None:
        self.status = status
        self.status_changed_on = on
        if answer:
            self.answer = answer
        self.save(update_fields=["status", "status_changed_on", "answer"])


class ShareDraft(models.Model):
    """The share wizard's answers while the parent goes through its steps."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey("vault.Member", null=True, on_delete=models.SET_NULL)
    organisation = models.ForeignKey(Organisation, null=True, on_delete=models.CASCADE)
    sender = models.CharField(max_length=32, default="school")
    purpose_key = models.CharField(max_length=32, blank=True)
    purpose = models.CharField(max_length=500, blank=True)
    school_purpose = models.TextField(blank=True)
    partner_purpose = models.TextField(blank=True)
    joint_purpose = models.TextField(blank=True)
    compatible = models.CharField(max_length=10, blank=True)
    needs = models.TextField(blank=True)
    stored_where = models.TextField(blank=True)
    keep_for = models.TextField(blank=True)
    who_sees = models.TextField(blank=True)
    enrolled = models.CharField(max_length=10, default="ja")
    school_wants_to_send = models.BooleanField(default=False)
    document_ids = models.JSONField(default=list, blank=True)
    left_out = models.JSONField(default=dict, blank=True)  # document id -> [pages]
    created_at = models.DateTimeField(auto_now_add=True)
