"""The family vault: who is in it, in which role, and what happened (the journal)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .journal_model import JournalEntry  # noqa: F401  (registered with this app)
from .roles import Capability, Gezag, Role, role_can


class Vault(models.Model):
    """One family's vault, about one child."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child_name = models.CharField(_("naam van uw kind"), max_length=200)
    child_birth_date = models.DateField(_("geboortedatum"), null=True, blank=True)
    school_name = models.CharField(_("school"), max_length=200, blank=True)
    other_parent_name = models.CharField(_("andere ouder"), max_length=200, blank=True)
    # What the parent who made the vault said about the other parent's gezag. The other
    # parent never signs a letter on this answer: only a member's own answer counts.
    other_parent_gezag = models.CharField(
        _("gezag van de andere ouder"),
        max_length=10,
        choices=Gezag.choices,
        default=Gezag.ONBEKEND,
    )
    is_demo = models.BooleanField(default=False)
    # False from the wizard until a parent types the recovery code back (vault.recovery).
    recovery_confirmed = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.child_name

    def child_first_name(self) -> str:
        return self.child_name.split()[0] if self.child_name else ""


class Member(models.Model):
    """A person with their own passphrase and a role in the vault."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey(Vault, on_delete=models.CASCADE, related_name="members")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    display_name = models.CharField(_("naam"), max_length=200)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    key_entry_id = models.CharField(max_length=64, unique=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    postal_address = models.TextField(_("adres"), blank=True)
    access_until = models.DateField(_("toegang tot en met"), null=True, blank=True)
    # The member's own answer. Existing parents get "onbekend" until they answer, so no
    # letter says "met gezag" on an assumption (core.rules.gezag).
    gezag = models.CharField(
        _("gezag"), max_length=10, choices=Gezag.choices, default=Gezag.ONBEKEND
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["joined_at"]

    def __str__(self) -> str:
        return self.display_name

    def can(self, capability: str) -> bool:
        expired = self.access_until is not None and timezone.localdate() > self.access_until
        if self.role == Role.MEELEZER and expired:
            return False
        return role_can(self.role, capability)

    @property
    def is_parent(self) -> bool:
        return self.role in (Role.OUDER, Role.MEDE_OUDER)

    @property
    def has_gezag(self) -> bool:
        return self.is_parent and self.gezag == Gezag.MET

    @property
    def is_buddy(self) -> bool:
        return self.role == Role.MEELEZER

    def change_role(self, role: str) -> None:
        self.role = role
        self.save(update_fields=["role"])


class Invitation(models.Model):
    """A pending invitation; its id is the keyring entry that the one-time code opens."""

    id = models.CharField(primary_key=True, max_length=64)
    vault = models.ForeignKey(Vault, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    name = models.CharField(_("naam"), max_length=200)
    created_by = models.ForeignKey(Member, on_delete=models.SET_NULL, null=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    access_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def is_expired(self) -> bool:
        return timezone.now() > self.expires_at


class BuddyGrant(models.Model):
    """One item a parent explicitly shared with a meelezer, for as long as they allow."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="grants")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    item = GenericForeignKey("content_type", "object_id")
    until = models.DateField(_("zichtbaar tot en met"), null=True, blank=True)
    granted_by = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, related_name="grants_given"
    )
    granted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        unique_together = [("member", "content_type", "object_id")]

    def is_active(self) -> bool:
        return self.until is None or timezone.localdate() <= self.until


__all__ = ["BuddyGrant", "Capability", "Invitation", "JournalEntry", "Member", "Role", "Vault"]
