"""The address book: the organisations around the child and the people there, with their role.

Every app that writes to or about an organisation (letters, consents, requests, shares,
meetings) points here, so an address typed once is there the next time.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    SCHOOL = "school", _("School")
    SAMENWERKINGSVERBAND = "swv", _("Samenwerkingsverband")
    ZORGAANBIEDER = "zorg", _("Zorgaanbieder of behandelaar")
    JEUGDHULP = "jeugdhulp", _("Jeugdhulp of wijkteam")
    GEMEENTE = "gemeente", _("Gemeente (bijvoorbeeld leerplicht)")
    GGD = "ggd", _("GGD / jeugdarts")
    KINDEROPVANG = "kinderopvang", _("Kinderopvang")
    OVERIG = "overig", _("Anders")


class SchoolRelation(models.TextChoices):
    CURRENT = "huidig", _("Huidige school")
    PREVIOUS = "vorig", _("Vorige school")
    NEXT = "volgend", _("Volgende school")


class Organisation(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="organisations")
    name = models.CharField(_("naam"), max_length=300)
    kind = models.CharField(_("soort"), max_length=20, choices=OrganisationKind.choices)
    school_relation = models.CharField(
        _("welke school"), max_length=10, choices=SchoolRelation.choices, blank=True
    )
    address = models.TextField(
        _("adres"), blank=True, help_text=_("Straat en huisnummer, postcode en plaats.")
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)
    notes = models.TextField(_("notities"), blank=True)

    class Meta:
        ordering = ["name"]
        db_table = "sharing_organisation"  # moved from the sharing app; the table stayed

    def __str__(self) -> str:
        return self.name

    @property
    def rules_kind(self) -> str:
        """The word the rules core (``core.rules.sharing``) uses for this kind of organisation."""
        return {
            OrganisationKind.SCHOOL: "school",
            OrganisationKind.SAMENWERKINGSVERBAND: "swv",
            OrganisationKind.ZORGAANBIEDER: "zorgverlener",
            OrganisationKind.JEUGDHULP: "zorgverlener",
            OrganisationKind.GGD: "zorgverlener",
            OrganisationKind.KINDEROPVANG: "kinderopvang",
        }.get(self.kind, "anders")


class ContactRole(models.TextChoices):
    MENTOR = "mentor", _("Mentor")
    LEERKRACHT = "leerkracht", _("Leerkracht")
    INTERN_BEGELEIDER = "ib", _("Intern begeleider")
    ZORGCOORDINATOR = "zorgcoordinator", _("Zorgcoördinator")
    ORTHOPEDAGOOG = "orthopedagoog", _("Orthopedagoog")
    PSYCHOLOOG = "psycholoog", _("Psycholoog")
    BEHANDELAAR = "behandelaar", _("Behandelaar")
    DIRECTEUR = "directeur", _("Directeur of teamleider")
    LEERPLICHTAMBTENAAR = "leerplicht", _("Leerplichtambtenaar")
    JEUGDARTS = "jeugdarts", _("Jeugdarts")
    CONSULENT = "consulent", _("Consulent of trajectbegeleider")
    PRIVACY = "fg", _("Functionaris gegevensbescherming")
    ANDERS = "anders", _("Anders")


class Contact(models.Model):
    """A person at an organisation, with their role."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("naam"), max_length=200)
    role = models.CharField(_("rol"), max_length=20, choices=ContactRole.choices)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        db_table = "sharing_contact"

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"
