"""Who may do what in a family vault: one table, read by the permission helper."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    # Whether a parent has gezag is asked separately (Gezag): a role never says it.
    OUDER = "ouder", _("Ouder")
    MEDE_OUDER = "mede_ouder", _("Mede-ouder")
    KIND_16PLUS = "kind_16plus", _("Kind van 16 jaar of ouder")
    MEELEZER = "meelezer", _("Meelezer")


class Gezag(models.TextChoices):
    """A parent's own answer to "Heeft u gezag?" (values of ``core.rules.gezag``)."""

    MET = "met", _("Met gezag")
    ZONDER = "zonder", _("Zonder gezag")
    ONBEKEND = "onbekend", _("Weet ik niet")


class Capability(models.TextChoices):
    VIEW_VAULT = "view_vault", _("de kluis bekijken")
    EDIT_DOSSIER = "edit_dossier", _("het dossier bijwerken")
    MANAGE_MEMBERS = "manage_members", _("gezinsleden uitnodigen en rollen wijzigen")
    REMOVE_PARENT = "remove_parent", _("een ouder verwijderen")
    READ_JOURNAL = "read_journal", _("het logboek lezen")
    EXPORT = "export", _("back-ups en exports maken")
    VIEW_SHARED_ONLY = "view_shared_only", _("alleen gedeelde stukken zien")


PARENT_ROLES = (Role.OUDER, Role.MEDE_OUDER)

_FULL = {
    Capability.VIEW_VAULT,
    Capability.EDIT_DOSSIER,
    Capability.MANAGE_MEMBERS,
    Capability.READ_JOURNAL,
    Capability.EXPORT,
}

CAPABILITIES: dict[str, frozenset[str]] = {
    Role.OUDER: frozenset(_FULL | {Capability.REMOVE_PARENT}),
    Role.MEDE_OUDER: frozenset(_FULL | {Capability.REMOVE_PARENT}),
    # A child of 16+ decides about their own data (UAVG art. 5), but a parent's
    # place in the family vault is not theirs to take away.
    Role.KIND_16PLUS: frozenset(_FULL),
    Role.MEELEZER: frozenset({Capability.VIEW_SHARED_ONLY}),
}


def role_can(role: str, capability: str) -> bool:
    return capability in CAPABILITIES.get(role, frozenset())
