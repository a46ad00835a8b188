from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, NavEntry


class VaultConfig(AppConfig):
    name = "dossierwijs.vault"
    label = "vault"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Kluis"
    contributions = Contributions(
        todo_sources=("dossierwijs.vault.presenting.invite_the_other_parent",),
        navigation=(
            NavEntry(
                "vault:home", _("Overzicht"), order=10, current=("vault:home",), for_readers=True
            ),
        ),
    )
