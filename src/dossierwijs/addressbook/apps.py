from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions


class AddressbookConfig(AppConfig):
    name = "dossierwijs.addressbook"
    label = "addressbook"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Adresboek")
    contributions = Contributions(
        journal_labels=("dossierwijs.addressbook.presenting.journal_labels",),
    )
